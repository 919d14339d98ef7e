"""The import wizard and the export dialog, driven with qtbot like a chair would."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from ssc_desktop.domain.progress import Progress
from ssc_desktop.exchange import importer
from ssc_desktop.services import exchange as exchange_service
from ssc_desktop.services import roster
from ssc_desktop.ui import exchange_actions
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.import_dialog import PAGE_MAPPING, PAGE_PREVIEW, PAGE_SHEET, PAGE_SUMMARY

from .conftest import fingerprint

SHOTS = Path(os.environ.get("SSC_SHOTS", "/tmp/shots/exchange"))


@pytest.fixture
def context(qtbot, db, group, term):
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


def messy_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    old = wb.active
    old.title = "Old 2019 list"
    old.append(["Name"])
    old.sheet_state = "hidden"
    ws = wb.create_sheet("Sign-up Lima")
    ws.append(["Otter SG meeting, Lima 2024: who came"])
    ws.append(["Prénom", "Nom", "Courriel", "Pays", "Institution", "Statut", "Phone"])
    ws.append(["Jürgen", "Müller", "jm@uni-goettingen.de", "Allemagne",
               "Universität Göttingen", "Validated", "+49 551 39"])
    ws.append(["Søren", "Ødegård", None, "Norvège", "NINA", "Invited", None])
    ws.append(["Thị Mai", "Nguyễn", "mai@vnu.edu.vn", "Viet Nam", "VNU", "Invited", None])
    ws.append(["Ayşe", "Çelik", "ayse@itu.edu.tr", "Türkiye", "İTÜ", "Accepted", None])
    ws.append(["María José", "Rodríguez\u00a0 Peña", "mj@unal.edu.co", "Colombie", "UNAL",
               "", None])
    ws.append(["Zofia", "KOWALSKA", "zk@pw.edu.pl", "Pologne", "", "", None])
    ws.append(["Ana", "Silva", "ana.silva@example.org", "Brasil", "USP", "Validated", None])
    ws.append(["Pierre", "Dupont", "pierre@x.fr", "Untied Kingdom", "", "", None])
    ws.append(["Jürgen", "Müller", "JM@uni-goettingen.de", "Germany", "", "", None])
    wb.save(path)
    return path


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def next_page(qtbot, wizard, page: int) -> None:
    commit = wizard.currentPage().isCommitPage()
    wizard.button(QWizard.WizardButton.CommitButton if commit else
                  QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == page)


def test_import_wizard_end_to_end(qtbot, qtmodeltester, context, db, group, term,
                                  add_member, tmp_path):
    ana = add_member("Ana", "Silva", email="ana.silva@example.org", status="invited")
    path = messy_workbook(tmp_path / "sign-up.xlsx")
    wizard = exchange_actions.open_import_dialog(context, None, path=str(path))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    assert wizard.ui.filePath.text() == str(path)
    shot(wizard, "1-file.png")
    next_page(qtbot, wizard, PAGE_SHEET)
    assert wizard.ui.sheets.currentItem().text() == "Sign-up Lima"
    assert wizard.ui.sheets.item(0).text() == "Old 2019 list (hidden)"
    shot(wizard, "2-sheet.png")
    next_page(qtbot, wizard, PAGE_MAPPING)
    grid = wizard.ui.mappingTable
    assert [grid.cellWidget(r, 2).currentData() for r in range(grid.rowCount())] == \
        ["given_names", "family_name", "email", "country", "organisation", "status", ""]
    assert "Not imported: Phone." in wizard.ui.mappingMessage.text()
    shot(wizard, "3-mapping.png")
    next_page(qtbot, wizard, PAGE_PREVIEW)
    model = wizard.model
    qtmodeltester.check(model)
    qtmodeltester.check(wizard.proxy)
    assert wizard.preview.summary() == "6 new, 1 updated, 0 unchanged, 2 with problems"
    assert "6 new, 1 updated, 0 unchanged, 2 with problems." in wizard.ui.previewSummary.text()
    wizard.ui.previewTable.selectRow(0)
    shot(wizard, "4-preview.png")
    wizard.ui.kindFilter.setCurrentIndex(wizard.ui.kindFilter.findData("problem"))
    assert wizard.proxy.rowCount() == 2
    problems = [wizard.proxy.index(r, 5).data() for r in range(2)]
    assert problems[0].startswith("'Untied Kingdom' is not a country the app knows")
    assert problems[1].startswith("it repeats row 3")
    wizard.ui.previewTable.selectRow(0)
    shot(wizard, "5-preview-problems.png")
    # Zofia's capitals are a warning: her row waits, unticked, until the chair accepts.
    wizard.ui.kindFilter.setCurrentIndex(wizard.ui.kindFilter.findData("warned"))
    assert wizard.proxy.rowCount() == 1
    assert wizard.proxy.index(0, 2).data() == "New: check"
    assert wizard.proxy.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Unchecked
    wizard.ui.previewTable.selectRow(0)
    assert "'KOWALSKA' → 'Kowalska'; accept to apply." in wizard.ui.rowDetail.text()
    shot(wizard, "5b-preview-warnings.png")
    qtbot.mouseClick(wizard.ui.acceptWarnings, Qt.MouseButton.LeftButton)
    assert wizard.proxy.index(0, 2).data() == "New, accepted"
    # Then untick her again: she is not imported.
    wizard.ui.kindFilter.setCurrentIndex(0)
    zofia = next(r for r in range(model.rowCount()) if model.index(r, 3).data() ==
                 "Kowalska, Zofia")
    model.setData(model.index(zofia, 0), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    before = fingerprint(db)
    next_page(qtbot, wizard, PAGE_SUMMARY)
    assert fingerprint(db)[0] == before[0] + 1
    assert context.undo_stack.count() == 1
    assert wizard.ui.summaryText.text().startswith(
        "5 new and 1 updated member(s) imported from sign-up.xlsx.")
    shot(wizard, "6-summary.png")
    names = {r.name for r in roster.load_roster(db, group.id, term.id)}
    assert {"Müller, Jürgen", "Ødegård, Søren", "Nguyễn, Thị Mai", "Çelik, Ayşe",
            "Rodríguez Peña, María José", "Silva, Ana"} == names
    assert roster.member_detail(db, ana).status == "active"
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert [r.name for r in roster.load_roster(db, group.id, term.id)] == ["Silva, Ana"]


def test_cancelled_import_leaves_nothing(qtbot, context, db, group, monkeypatch, tmp_path):
    path = messy_workbook(tmp_path / "sign-up.xlsx")
    wizard = exchange_actions.open_import_dialog(context, None, path=str(path))
    qtbot.addWidget(wizard)
    next_page(qtbot, wizard, PAGE_SHEET)
    next_page(qtbot, wizard, PAGE_MAPPING)
    next_page(qtbot, wizard, PAGE_PREVIEW)
    real_apply = importer.apply

    def cancel_then_apply(*args, **kwargs):
        # As if the user pressed Cancel in the progress dialog as the import started.
        kwargs["progress"] = Progress(cancelled=lambda: True)
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(importer, "apply", cancel_then_apply)
    before = fingerprint(db)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.job.done)
    assert wizard.currentId() == PAGE_PREVIEW
    assert wizard.ui.previewSummary.text() == "Cancelled; nothing was changed."
    assert fingerprint(db) == before and context.undo_stack.count() == 0


def test_bad_file_is_a_sentence_on_the_first_page(qtbot, context, tmp_path):
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = exchange_actions.open_import_dialog(context, None, path=str(tmp_path / "old.xls"))
    qtbot.addWidget(wizard)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 0
    assert "save it as an Excel workbook (.xlsx)" in wizard.ui.fileMessage.text()


def test_export_dialog_with_a_saved_profile(qtbot, context, db, group, add_member, tmp_path):
    add_member("Ana", "Núñez", status="active")
    add_member("Bo", "Chen", status="declined")
    dialog = exchange_actions.open_export_dialog(context, None)
    qtbot.addWidget(dialog)
    columns = dialog.ui.columns
    assert columns.count() == 24 and columns.item(18).text() == "Record ID"
    columns.item(0).setCheckState(Qt.CheckState.Unchecked)  # no Group column
    columns.item(4).setText("E-mail address")
    columns.setCurrentRow(4)
    dialog.ui.moveUp.click()
    dialog.ui.profileName.setText("Chair's Office")
    dialog.ui.saveProfile.click()
    assert [p.name for p in exchange_service.list_layouts(db, "export_profile")] == \
        ["Chair's Office"]
    shot(dialog, "7-export.png")
    target = tmp_path / "out.xlsx"
    dialog.ui.filePath.setText(str(target))
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    ws = openpyxl.load_workbook(target).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Quadrennium", "Given name", "E-mail address", "Family name"]
    assert [r[3] for r in ws.iter_rows(min_row=2, values_only=True)] == ["Núñez"]
