"""The Letters page and the request editor, driven through their widgets."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ssc_desktop.demo.letters import add_demo_letters
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.services import letters as svc
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.letters_model import COLUMNS, OVERDUE_MARK, LettersModel
from ssc_desktop.ui.pages.letters import LettersPage
from ssc_desktop.ui.tints import tint
from tests.conftest import TODAY

SHOTS = Path("/tmp/shots/letters")


@pytest.fixture
def context(db, group, qtbot) -> AppContext:
    ctx = AppContext(db)
    ctx.set_group(group.id, None)
    return ctx


@pytest.fixture
def demo(db, group, add_member) -> int:
    add_member("Nicole", "Duplaix", roles=["chair"])
    add_member("Ирина", "Соколова", email="irina@example.org")
    return add_demo_letters(db, [group.id], random.Random(3), TODAY)


@pytest.fixture
def page(context, qtbot) -> LettersPage:
    widget = LettersPage(context, today=TODAY)
    qtbot.addWidget(widget)
    context.ops.changed.connect(lambda _changes: widget.refresh())  # as the window does
    widget.resize(1280, 520)
    widget.show()
    widget.refresh()
    return widget


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))


def test_the_model_passes_the_model_tester(qtmodeltester, db, group, demo) -> None:
    model = LettersModel()
    model.reset_rows(svc.list_letters(db, group.id, today=TODAY), TODAY)
    qtmodeltester.check(model)


def test_the_filter_passes_the_model_tester(qtmodeltester, db, group, demo) -> None:
    from ssc_desktop.ui.letters_model import LettersFilter

    model = LettersModel()
    model.reset_rows(svc.list_letters(db, group.id, today=TODAY), TODAY)
    proxy = LettersFilter()
    proxy.setSourceModel(model)
    proxy.sort(0)
    qtmodeltester.check(proxy)
    proxy.set_filter(state="open", overdue=False, text="a")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() <= model.rowCount()


def test_an_empty_group_says_how_to_start(page) -> None:
    assert "No letter requests yet" in page.ui.summary.text()
    assert not page.ui.openButton.isEnabled()


def test_the_page_shows_state_holder_age_and_overdue(page, demo) -> None:
    page.refresh()
    assert page.proxy.rowCount() == demo == 8  # six recent requests, two from the last term
    model = page.model
    overdue = [i for i, r in enumerate(model.rows()) if r.overdue]
    assert len(overdue) == 2
    cell = model.index(overdue[0], COLUMNS.index("follow_up"))
    text = model.data(cell)
    assert text.startswith(OVERDUE_MARK) and "overdue by" in text  # not colour alone
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == tint("bad")
    assert "2 follow-up(s) overdue" in page.ui.summary.text()
    holders = {model.data(model.index(i, COLUMNS.index("holder")))
               for i in range(model.rowCount())}
    assert {"Addressee", "Chair's Office", "Group leader", "Nobody"} <= holders
    shot(page, "page.png")


def test_filters_by_state_species_and_overdue(page, demo, qtbot) -> None:
    page.refresh()
    combo = page.ui.stateFilter
    combo.setCurrentIndex(combo.findData("withdrawn"))
    assert page.proxy.rowCount() == 1
    combo.setCurrentIndex(combo.findData("open"))
    assert page.proxy.rowCount() == 5
    combo.setCurrentIndex(0)
    species = page.ui.speciesFilter
    species.setCurrentIndex(1)
    assert page.proxy.rowCount() == 1
    page.ui.clearFiltersButton.click()
    qtbot.mouseClick(page.ui.overdueOnly, Qt.MouseButton.LeftButton)
    assert page.proxy.rowCount() == 2
    page.ui.clearFiltersButton.click()
    qtbot.keyClicks(page.ui.search, "pangolin")
    assert page.proxy.rowCount() == 1
    page.ui.search.clear()
    qtbot.keyClicks(page.ui.search, "no such thing")
    assert page.proxy.rowCount() == 0
    assert "No request matches" in page.ui.summary.text()


def test_a_new_request_is_saved_as_one_undo_step(page, context, group, qtbot) -> None:
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.ui.title, "Gold mining on the Rio Madre de Dios")
    editor.ui.speciesScientific.setText("Lontra longicaudis")
    editor.ui.addresseeName.setText("Ministerio del Ambiente")
    editor.ui.addresseeCountry.setCurrentIndex(editor.ui.addresseeCountry.findData("PE"))
    save = editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert context.undo_stack.count() == 1
    assert [r.title for r in page.model.rows()] == ["Gold mining on the Rio Madre de Dios"]
    assert set(editor.step_buttons) == {"evidence_gathered", "withdrawn"}
    shot(editor, "editor-new.png")


def test_a_follow_up_before_the_request_is_refused_and_nothing_saved(page, context,
                                                                     qtbot) -> None:
    page.new_request()
    editor = page.editor
    editor.ui.title.setText("Dam")
    editor.ui.hasFollowUp.setChecked(True)
    editor.ui.followUpOn.setDate(editor.ui.requestedOn.date().addDays(-3))
    assert editor.save() is False
    assert "before the request date" in editor.ui.problems.text()
    assert context.undo_stack.count() == 0
    assert svc.list_letters(context.db, context.group_id) == []


def test_steps_are_buttons_and_an_out_of_order_step_is_refused(page, context, db, group,
                                                               qtbot) -> None:
    letter_id = svc.create_letter(db, group.id, LetterFields(title="Shrimp farms",
                                                             requested_on=TODAY),
                                  today=TODAY).subject_id
    page.refresh()
    page.select(letter_id)
    page.open_selected()
    editor = page.editor
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.step_buttons["evidence_gathered"], Qt.MouseButton.LeftButton)
    assert set(editor.step_buttons) == {"sent_to_coordinator", "withdrawn"}
    assert editor.ui.timeline.topLevelItemCount() == 2
    failures: list[str] = []
    context.failed.connect(failures.append)
    assert editor.advance("signed") is False
    # The sentence shows once, beside the steps; the window adds no second message box.
    assert editor.ui.problems.text() == ("Cannot mark as signed: the request is not under "
                                         "review by the Chair's Office yet.")
    assert failures == []
    assert svc.letter_detail(db, letter_id).state == "evidence_gathered"
    assert context.undo_stack.count() == 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert svc.letter_detail(db, letter_id).state == "draft"


def test_attachments_add_verify_open_remove(page, context, db, group, tmp_path, qtbot,
                                            monkeypatch) -> None:
    letter_id = svc.create_letter(db, group.id, LetterFields(title="Oil palm",
                                                             requested_on=TODAY),
                                  today=TODAY).subject_id
    page.refresh()
    page.select(letter_id)
    page.open_selected()
    editor = page.editor
    evidence = tmp_path / "survey.pdf"
    evidence.write_bytes(b"%PDF-1.4 survey")
    assert editor.add_attachment(evidence)
    assert editor.ui.attachments.topLevelItemCount() == 1
    editor.ui.attachments.setCurrentItem(editor.ui.attachments.topLevelItem(0))
    opened: list[str] = []
    monkeypatch.setattr("ssc_desktop.ui.letter_editor.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    path = editor.open_attachment()
    assert path is not None and path.name == "survey.pdf" and opened == [str(path)]
    assert [c.status for c in editor.verify()] == ["ok"]
    assert editor.ui.attachments.topLevelItem(0).text(3) == "✓ OK"
    from ssc_desktop.services.letter_files import attachment_store

    sha = svc.letter_detail(db, letter_id).attachments[0].sha256
    attachment_store(db).path_of(sha).unlink()
    assert [c.status for c in editor.verify()] == ["missing"]
    assert "is missing" in editor.ui.attachmentProblems.text()
    assert editor.ui.attachments.topLevelItem(0).text(3) == "✗ Missing"
    assert editor.open_attachment() is None
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    before = context.undo_stack.count()
    assert not editor.add_attachment(empty)
    assert context.undo_stack.count() == before
    assert editor.remove_attachment()
    assert editor.ui.attachments.topLevelItemCount() == 0


def test_the_editor_of_an_answered_request(page, demo, qtbot) -> None:
    page.refresh()
    answered = next(r for r in page.model.rows() if r.state == "closed")
    page.select(answered.letter_id)
    page.open_selected()
    editor = page.editor
    assert editor.ui.dialogueOpened.currentData() == "yes"
    assert not editor.step_buttons
    editor.resize(900, 640)
    shot(editor, "editor-request.png")
    editor.ui.tabs.setCurrentWidget(editor.ui.progressTab)
    shot(editor, "editor-progress.png")
    editor.ui.tabs.setCurrentWidget(editor.ui.attachmentsTab)
    editor.verify()
    shot(editor, "editor-attachments.png")
    editor.ui.tabs.setCurrentWidget(editor.ui.outcomeTab)
    shot(editor, "editor-outcome.png")


def test_brief_and_export_from_the_page(page, demo, tmp_path, qtbot) -> None:
    page.refresh()
    page.select(page.model.rows()[0].letter_id)
    job = page.save_brief_to(page.current_id(), tmp_path / "brief.pdf")
    qtbot.waitUntil(lambda: job.done)
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    job = page.export_to(tmp_path / "letters.xlsx")
    qtbot.waitUntil(lambda: job.done)
    from openpyxl import load_workbook

    rows = list(load_workbook(tmp_path / "letters.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 1 + demo


def test_delete_a_request(page, context, demo, qtbot) -> None:
    page.refresh()
    page.select(page.model.rows()[0].letter_id)
    assert page.delete_selected(confirm=False)
    assert page.proxy.rowCount() == demo - 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    page.refresh()
    assert page.proxy.rowCount() == demo


def test_the_editor_names_countries_and_red_list_categories_in_the_language(
        context, group, qtbot) -> None:
    from ssc_desktop import i18n
    from ssc_desktop.ui.letter_editor import LetterEditor

    i18n.set_language("fr")
    try:
        editor = LetterEditor(context, group.id, None, today=TODAY)
        qtbot.addWidget(editor)
    finally:
        i18n.set_language("en")
    ui = editor.ui
    assert ui.redListCategory.itemText(ui.redListCategory.findData("CR")) == \
        "CR - En danger critique"
    assert ui.addresseeCountry.itemText(ui.addresseeCountry.findData("DE")) == "Allemagne"
