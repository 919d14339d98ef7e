"""The Reports page: choose a group, a quarter, sections and paper; generate the quarterly
report in the background; preview its pages; save it as PDF or print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QStyle, QWidget

from ... import formats
from ...domain.errors import UserError
from ...domain.progress import Cancelled
from ...i18n import LANGUAGE_NAMES
from ...i18n import language as current_language
from ...services import reporting
from ...services.dto import GroupInfo
from ...services.storage import write_private
from ..context import AppContext
from ..forms.ui_reports_page import Ui_ReportsPage
from ..operations import EVERYTHING, Running
from ..ops import reports as report_ops

if TYPE_CHECKING:
    from ...exchange.quarterly_report import ReportOptions, ReportResult

LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada,
                      QLocale.Country.Mexico, QLocale.Country.Philippines,
                      QLocale.Country.Chile, QLocale.Country.Colombia}
PRINT_DPI_CAP = 300  # enough for text; keeps a 100-page job's page images small


class ReportsPage(QWidget):
    title = "Reports"
    icon = QStyle.StandardPixmap.SP_FileDialogContentsView
    shows = EVERYTHING

    statusText = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.checks = {"membership": self.ui.membershipCheck, "balance": self.ui.balanceCheck,
                       "invitations": self.ui.invitationsCheck,
                       "onboarding": self.ui.onboardingCheck,
                       "targets": self.ui.targetsCheck, "letters": self.ui.lettersCheck,
                       "roster": self.ui.rosterCheck}
        self.ui.paperCombo.addItem(self.tr("A4"), "a4")
        self.ui.paperCombo.addItem(self.tr("US Letter"), "letter")
        if QLocale().territory() in LETTER_TERRITORIES:
            self.ui.paperCombo.setCurrentIndex(1)
        for code, name in LANGUAGE_NAMES.items():  # each language in its own name
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(  # the window's language to begin with
            max(0, self.ui.languageCombo.findData(current_language())))
        self.document = QPdfDocument(self)
        self.view = QPdfView(self.ui.previewFrame)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.ui.previewFrame.layout().addWidget(self.view)
        self._buffer: QBuffer | None = None
        self.pdf: bytes = b""
        self.result: ReportResult | None = None
        self.job: Running | None = None
        self.ui.generateButton.clicked.connect(self.generate)
        self.ui.saveButton.clicked.connect(lambda: self.save_pdf())
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.annualButton.clicked.connect(lambda: self.save_annual())
        self.ui.yearSpin.setValue(self.today().year)
        for widget in (self.ui.quarterCombo, self.ui.paperCombo, self.ui.languageCombo):
            widget.currentIndexChanged.connect(self._settings_changed)
        for check in self.checks.values():
            check.toggled.connect(self._settings_changed)
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    # ------------------------------------------------------------------ settings

    def refresh(self) -> None:
        """Show the window's group and fill the quarters, keeping the chosen quarter."""
        db, group = self.context.db, self.context.group
        if group is not None and self.ui.groupName.text() != self._group_text(group):
            self._settings_changed()  # another group: the preview is of the last one
        self.ui.groupName.setText(self._group_text(group) if group else self.tr("None yet"))
        self.ui.quarterCombo.blockSignals(True)
        try:
            quarter = self.ui.quarterCombo.currentData()
            self.ui.quarterCombo.clear()
            running = reporting.target_rules.quarter_of(self.today())
            for q in reporting.report_quarters(db, self.today()):
                name = formats.quarter(str(q))
                label = name if q != running else self.tr("%1 (to date)").replace("%1", name)
                self.ui.quarterCombo.addItem(label, str(q))
            wanted = quarter or str(reporting.last_complete_quarter(self.today()))
            self.ui.quarterCombo.setCurrentIndex(max(self.ui.quarterCombo.findData(wanted), 0))
        finally:
            self.ui.quarterCombo.blockSignals(False)
        has_group = group is not None
        self.ui.generateButton.setEnabled(has_group)
        self.ui.annualButton.setEnabled(has_group)
        no_group = self.tr("No group yet: a report is about one group. Create your group "
                           "with File ▸ New group…, or open the demo group from the File "
                           "menu.")
        if not has_group:
            self.ui.statusLabel.setText(no_group)
        elif self.ui.statusLabel.text() == no_group:
            self.ui.statusLabel.setText("")

    @staticmethod
    def _group_text(group: GroupInfo) -> str:
        return f"{group.name} ({group.short_code})"

    def options(self) -> ReportOptions:
        sections = tuple(code for code, check in self.checks.items() if check.isChecked())
        from ...exchange.quarterly_report import ReportOptions  # reportlab: when used

        return ReportOptions(paper=self.ui.paperCombo.currentData(), sections=sections,
                             language=self.report_language())

    def report_language(self) -> str:
        """The language the reports are written in (chosen here, apart from the window's)."""
        return str(self.ui.languageCombo.currentData() or current_language())

    def _settings_changed(self) -> None:
        if self.pdf:
            self._set_output_enabled(False)
            self.ui.statusLabel.setText(self.tr("The settings changed: generate the preview "
                                                "again before saving or printing."))

    def _set_output_enabled(self, enabled: bool) -> None:
        self.ui.saveButton.setEnabled(enabled)
        self.ui.printButton.setEnabled(enabled)

    # ------------------------------------------------------------------ generating

    def generate(self) -> Running | None:
        options = self.options()
        if not options.sections:
            self.ui.statusLabel.setText(self.tr("Tick at least one section to print."))
            return None
        group_id = self.context.group_id
        if group_id is None:
            return None
        quarter = self.ui.quarterCombo.currentData()
        self.ui.generateButton.setEnabled(False)
        self.ui.statusLabel.setText(self.tr("Generating the report…"))
        self.job = self.context.ops.run(
            report_ops.quarterly_report(group_id, quarter, options, self.today()),
            parent=self, success=self._generated, report=self.ui.statusLabel.setText,
            failure=self._failed)
        return self.job

    def _generated(self, outcome: tuple[bytes, ReportResult]) -> None:
        self.pdf, self.result = outcome
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        f = self.result.figures
        self.ui.statusLabel.setText(
            self.tr("%1, %2: %3 pages.").replace("%1", f.group_name)
            .replace("%2", formats.quarter(f.quarter)).replace("%3", str(self.result.pages)))
        warnings = " ".join(self.result.warnings)
        self.ui.warningLabel.setText(self.tr("Warning: %1").replace("%1", warnings))
        self.ui.warningLabel.setVisible(bool(warnings))
        self.ui.generateButton.setEnabled(True)
        self._set_output_enabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.ui.generateButton.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.ui.statusLabel.setText(self.tr("Cancelled; no report was generated."))
        elif not isinstance(exc, UserError):
            self.ui.statusLabel.setText(self.tr("The report could not be generated."))

    # ------------------------------------------------------------------ output

    def suggested_name(self) -> str:
        if self.result is None:
            return "quarterly-report.pdf"
        f = self.result.figures
        return f"{f.group_code}-{f.quarter}-quarterly-report.pdf"

    def save_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the previewed report; asks where when no path is given."""
        if not self.pdf:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"),
                                                    self.suggested_name(),
                                                    self.tr("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_private(target, self.pdf)  # 0600, never through a link, whole or not at all
        except UserError as exc:
            self.ui.statusLabel.setText(str(exc))
            return None
        except OSError as exc:
            self.ui.statusLabel.setText(
                self.tr("The report could not be saved to %1 (%2); choose another folder.")
                .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)))
            return None
        self.ui.statusLabel.setText(self.tr("Saved to %1.").replace("%1", str(target)))
        self.context.message.emit(self.ui.statusLabel.text())
        return target

    def save_annual(self, path: str | Path | None = None) -> Path | None:
        from ..annual_report_action import save_annual_report

        return save_annual_report(self, path)

    def print_report(self) -> None:
        if not self.pdf:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page onto the printer as an image at its resolution; pages printed."""
        count = self.document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        painter = QPainter()
        if not painter.begin(printer):
            self.ui.statusLabel.setText(self.tr("The printer could not be opened."))
            return 0
        try:
            for page in range(count):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(page, QSize(round(points.width() * dpi / 72),
                                                         round(points.height() * dpi / 72)))
                target = painter.viewport()
                scaled = image.size().scaled(target.size(),
                                              Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self.ui.statusLabel.setText(self.tr("Sent %1 pages to the printer.")
                                    .replace("%1", str(count)))
        return count

    def focus_search(self) -> bool:
        return False  # nothing to search here: Ctrl+F goes to the roster

    # ------------------------------------------------------------------ state
    def save_state(self) -> QByteArray:
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        pass
