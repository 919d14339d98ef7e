"""The Reports page: generate in the background, preview the pages, save and print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages.reports import ReportsPage

REPORT_DAY = date(2025, 10, 5)
SHOTS = Path("/tmp/shots/report")


@pytest.fixture
def page(db, group, add_member, qtbot) -> ReportsPage:
    add_member("Nicole", "Duplaix", roles=["chair"])
    add_member("Ирина", "Соколова", country="UA")
    add_member("Γιώργος", "Παπαδόπουλος", country="GR")
    add_member("Thị Hương", "Đặng", country="VN")
    context = AppContext(db)
    context.set_group(group.id, None)
    widget = ReportsPage(context, today=REPORT_DAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def has_ink(widget) -> bool:
    """True once the preview shows dark pixels (text), i.e. the pages are painted."""
    image = widget.grab().toImage().scaled(200, 200)
    return any(image.pixelColor(x, y).lightness() < 80
               for x in range(0, 200, 2) for y in range(0, 200, 2))


def generate(page: ReportsPage, qtbot) -> None:
    page.ui.generateButton.click()
    qtbot.waitUntil(lambda: page.job is not None and page.job.done, timeout=30_000)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready,
                    timeout=10_000)


def test_defaults_are_the_current_group_and_the_last_complete_quarter(page, group):
    assert page.ui.groupName.text() == "Otter Specialist Group (OSG)"  # the window's choice
    assert page.ui.quarterCombo.currentData() == "2025-Q3"
    assert page.ui.quarterCombo.itemText(0) == "2025-Q4 (to date)"
    assert not page.ui.saveButton.isEnabled() and not page.ui.printButton.isEnabled()


def test_generate_previews_the_pages_and_saves_a_pdf(page, qtbot, tmp_path, monkeypatch):
    generate(page, qtbot)
    assert page.document.pageCount() == page.result.pages >= 3
    assert "Otter Specialist Group, 2025-Q3" in page.ui.statusLabel.text()
    assert page.ui.saveButton.isEnabled() and page.ui.printButton.isEnabled()
    image = page.document.render(0, page.view.viewport().size())
    assert not image.isNull()
    qtbot.waitUntil(lambda: has_ink(page.view.viewport()), timeout=10_000)  # painted
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "reports-page.png"))
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    page.ui.saveButton.click()
    saved = tmp_path / "saved.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Соколова, Ирина" in text and "Đặng, Thị Hương" in text
    assert "Saved to" in page.ui.statusLabel.text()


def test_sections_and_paper_follow_the_choices(page, qtbot):
    page.ui.rosterCheck.setChecked(False)
    page.ui.paperCombo.setCurrentIndex(page.ui.paperCombo.findData("letter"))
    generate(page, qtbot)
    size = page.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    assert "Roster appendix" not in page.pdf.decode("latin-1")  # text is compressed
    reader_text = page.result.figures.roster  # figures are still computed
    assert len(reader_text) == 4


def test_changing_a_setting_asks_to_generate_again(page, qtbot):
    generate(page, qtbot)
    page.ui.balanceCheck.setChecked(False)
    assert not page.ui.saveButton.isEnabled()
    assert "generate the preview again" in page.ui.statusLabel.text()


def test_no_section_ticked_says_so(page):
    for check in page.checks.values():
        check.setChecked(False)
    assert page.generate() is None
    assert page.ui.statusLabel.text() == "Tick at least one section to print."


def test_printing_paints_every_page(page, qtbot, tmp_path):
    generate(page, qtbot)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == page.result.pages
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == page.result.pages


def test_the_annual_report_is_saved_as_pdf_and_workbook(page, tmp_path):
    import openpyxl

    assert page.ui.yearSpin.value() == 2025
    target = page.save_annual(tmp_path / "osg-2025")
    assert target == tmp_path / "osg-2025.pdf"
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "ANNUAL REPORT" in text and "Duplaix, Nicole" in text
    book = openpyxl.load_workbook(tmp_path / "osg-2025.xlsx", read_only=True)
    assert dict(book["Identity"].iter_rows(min_row=2, values_only=True))["Chair"] == \
        "Duplaix, Nicole"
    assert "Saved the annual report 2025" in page.ui.statusLabel.text()
    page.ui.yearSpin.setValue(2019)
    assert page.save_annual(tmp_path / "none") is None
    assert "has no members and no targets in 2019" in page.ui.statusLabel.text()
    assert not (tmp_path / "none.pdf").exists()


def test_the_reports_follow_the_pages_language_not_the_windows(page, qtbot, tmp_path):
    from ssc_desktop import i18n

    assert page.ui.languageCombo.currentData() == i18n.language() == "en"
    assert [page.ui.languageCombo.itemText(i) for i in range(3)] == [
        "English", "Français", "Español"]
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("es"))
    generate(page, qtbot)
    page.save_pdf(tmp_path / "es.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "es.pdf").pages)
    assert "La membresía de un vistazo" in text and "Membership at a glance" not in text
    page.ui.languageCombo.setCurrentIndex(page.ui.languageCombo.findData("fr"))
    target = page.save_annual(tmp_path / "annuel")
    assert target is not None
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    assert "RAPPORT ANNUEL" in text and "Duplaix, Nicole" in text
    assert i18n.language() == "en"  # the window's language is untouched
    assert page.ui.statusLabel.text().startswith("Saved the annual report")
