"""The import wizard: file → sheet → columns → preview → apply (one undo step) → summary.

Reading, previewing and applying run through ui.jobs (off the GUI thread, cancellable);
a cancelled apply rolls its transaction back, so nothing of the import remains.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from ..domain.errors import UserError
from ..domain.progress import Cancelled
from ..domain.reference import reference
from ..exchange.header_mapping import IGNORE, TARGET_LABELS, HeaderMapping
from ..exchange.import_preview import KINDS, NEW, UPDATE, ImportPreview
from ..exchange.table_reader import RawTable, SheetInfo, list_sheets
from ..services import groups
from ..services.dto import GroupInfo
from .context import AppContext
from .forms.ui_import_wizard import Ui_ImportWizard
from .import_preview_model import WARNED, PreviewFilter, PreviewModel, detail, kind_names
from .operations import Op, Running
from .ops import exchange as exchange_ops
from .ops import settings as settings_ops

PAGE_FILE, PAGE_SHEET, PAGE_MAPPING, PAGE_PREVIEW, PAGE_SUMMARY = range(5)
SAMPLES = 3


class ImportWizard(QWizard):
    def __init__(self, context: AppContext, group: GroupInfo, quadrennium: str,
                 parent: QWidget | None = None, path: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.context, self.group, self.quadrennium = context, group, quadrennium
        self.setWindowTitle(self.tr("Import members into {group} ({term})").format(
            group=group.name, term=quadrennium))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.sheets: list[SheetInfo] = []
        self.table: RawTable | None = None
        self.mapping: HeaderMapping | None = None
        self.preview: ImportPreview | None = None
        self.result_sentence = ""
        self._loaded_key: tuple[str, str | None] | None = None
        self._previewed_key: object = None
        self._applied = False
        self.job: Running | None = None
        self.model = PreviewModel(self)
        self.proxy = PreviewFilter(self)
        self.proxy.setSourceModel(self.model)
        ui = self.ui
        ui.previewTable.setModel(self.proxy)
        ui.previewTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # file order
        # Room for a whole problem sentence (they can be long: suggestions, what to do).
        ui.rowDetail.setMinimumHeight(ui.rowDetail.fontMetrics().lineSpacing() * 5 + 4)
        ui.previewPage.setCommitPage(True)  # after applying there is no going back
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Apply ticked rows"))
        ui.previewTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for code, status in reference().statuses.items():
            if status.stage != "ended":
                ui.defaultStatus.addItem(status.name, code)
        ui.mappingTable.setColumnCount(3)
        ui.mappingTable.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Imports as")])
        ui.browse.clicked.connect(self.browse)
        ui.filePath.textChanged.connect(self._file_changed)
        ui.saveMapping.clicked.connect(self.save_mapping)
        ui.kindFilter.currentIndexChanged.connect(
            lambda _i: self.proxy.show_kind(ui.kindFilter.currentData()))
        ui.selectAll.clicked.connect(lambda: self.model.tick_all(True))
        ui.selectNone.clicked.connect(lambda: self.model.tick_all(False))
        ui.acceptWarnings.clicked.connect(lambda: self.model.tick_all(True, warned=True))
        ui.mergePeople.clicked.connect(self.merge_people)
        ui.previewTable.selectionModel().selectionChanged.connect(self._show_detail)
        if path:
            ui.filePath.setText(str(path))

    # ------------------------------------------------------------------ navigation
    def nextId(self) -> int:
        current = self.currentId()
        if current == PAGE_FILE:
            return PAGE_SHEET if len(self.sheets) > 1 else PAGE_MAPPING
        if current == PAGE_SUMMARY:
            return -1
        return current + 1

    def validateCurrentPage(self) -> bool:
        if self.job is not None and not self.job.done:
            return False
        current = self.currentId()
        if current == PAGE_FILE:
            return self._check_file()
        if current == PAGE_SHEET:
            item = self.ui.sheets.currentItem()
            return self._ensure_loaded(item.data(Qt.ItemDataRole.UserRole) if item else None)
        if current == PAGE_MAPPING:
            return self._ensure_previewed()
        if current == PAGE_PREVIEW:
            return self._ensure_applied()
        return True

    def _say(self, label: QLabel, text: str, *, problem: bool = True) -> None:
        label.setText(text)
        label.setStyleSheet("color: #a50e0e;" if problem else "")

    # ------------------------------------------------------------------ file and sheet
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), self.ui.filePath.text(),
            self.tr("Rosters (*.xlsx *.csv);;All files (*)"))
        if path:
            self.ui.filePath.setText(path)

    def _file_changed(self) -> None:
        self.sheets, self._loaded_key, self._previewed_key = [], None, None

    def _check_file(self) -> bool:
        text = self.ui.filePath.text().strip()
        if not text:
            self._say(self.ui.fileMessage, self.tr("Choose the file to import."))
            return False
        path = Path(text)
        try:
            self.sheets = list_sheets(path) if path.is_file() else []
        except UserError as exc:
            self._say(self.ui.fileMessage, str(exc))
            return False
        if len(self.sheets) > 1:
            self.ui.sheets.clear()
            first_visible = next((i for i, s in enumerate(self.sheets)
                                  if s.state == "visible"), 0)
            for sheet in self.sheets:
                label = sheet.name if sheet.state == "visible" else \
                    self.tr("{name} (hidden)").format(name=sheet.name)
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, sheet.name)
                self.ui.sheets.addItem(item)
            self.ui.sheets.setCurrentRow(first_visible)
            return True
        return self._ensure_loaded(None)

    def _ensure_loaded(self, sheet: str | None) -> bool:
        key = (self.ui.filePath.text().strip(), sheet)
        if self._loaded_key == key:
            return True
        path = Path(key[0])
        label = self.ui.fileMessage if self.currentId() == PAGE_FILE else None

        def done(result: tuple[RawTable, HeaderMapping]) -> None:
            self.table, self.mapping = result
            self._loaded_key, self._previewed_key = key, None
            self._fill_mapping()
            self.next()

        self._run(exchange_ops.read_file(path, sheet), done, label)
        return False

    # ------------------------------------------------------------------ mapping
    def _fill_mapping(self) -> None:
        assert self.table is not None and self.mapping is not None
        mapping, table = self.mapping, self.table
        grid = self.ui.mappingTable
        grid.setRowCount(len(mapping.headers))
        below = [cells for number, cells in table.rows if number > mapping.header_row]
        for column in range(len(mapping.headers)):
            title = QTableWidgetItem(mapping.label(column))
            grid.setItem(column, 0, title)
            samples = [str(getattr(c, "text", c)) for cells in below
                       if column < len(cells) and (c := cells[column]) not in (None, "")]
            grid.setItem(column, 1, QTableWidgetItem(" · ".join(samples[:SAMPLES])))
            combo = QComboBox(grid)
            if mapping.targets[column] is None:
                combo.addItem(self.tr("— choose —"), None)
            combo.addItem(self.tr("(do not import)"), IGNORE)
            for key, label in TARGET_LABELS.items():
                combo.addItem(self.tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(mapping.targets[column])))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, box=combo: self._remap(c, box.currentData()))
            grid.setCellWidget(column, 2, combo)
        grid.resizeColumnsToContents()
        grid.setColumnWidth(1, min(grid.columnWidth(1), 320))
        self._show_mapping_state()

    def _remap(self, column: int, target: str | None) -> None:
        assert self.mapping is not None
        self.mapping = self.mapping.with_target(column, target)
        self._show_mapping_state()

    def _show_mapping_state(self) -> None:
        assert self.mapping is not None
        problems = self.mapping.problems()
        if problems:
            self._say(self.ui.mappingMessage, "\n".join(problems))
        else:
            ignored = self.mapping.ignored()
            self._say(self.ui.mappingMessage, self.tr("Not imported: {columns}.").format(
                columns=", ".join(ignored)) if ignored else "", problem=False)

    def save_mapping(self) -> None:
        name = self.ui.mappingName.text().strip()
        if not name:
            self._say(self.ui.mappingMessage, self.tr("Give the mapping a name to save it."))
            return
        payload = self.mapping.payload() if self.mapping else {}
        if self.context.ops.run(settings_ops.save_import_mapping(name, payload), parent=self,
                                report=lambda text: self._say(self.ui.mappingMessage, text)
                                ).succeeded:
            self._say(self.ui.mappingMessage, self.tr(
                "Saved: files with these headers will be mapped the same way.").format(),
                problem=False)

    # ------------------------------------------------------------------ preview
    def _ensure_previewed(self) -> bool:
        assert self.table is not None and self.mapping is not None
        status = self.ui.defaultStatus.currentData()
        key = (self._loaded_key, self.mapping, status)
        if self._previewed_key == key:
            return True
        problems = self.mapping.problems()
        if problems:
            self._say(self.ui.mappingMessage, "\n".join(problems))
            return False

        def done(result: ImportPreview) -> None:
            self.preview, self._previewed_key = result, key
            self._fill_preview(result)
            self.next()

        self._run(exchange_ops.preview(self.group, self.quadrennium, self.table, self.mapping,
                                       status), done, self.ui.mappingMessage)
        return False

    def _fill_preview(self, result: ImportPreview) -> None:
        self.model.reset(result.rows)
        names = kind_names()
        combo = self.ui.kindFilter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All rows ({n})").format(n=len(result.rows)), None)
        for kind in KINDS:
            combo.addItem(f"{names[kind]} ({result.count(kind)})", kind)
        warned = sum(1 for r in result.rows if r.warnings and r.kind in (NEW, UPDATE))
        combo.addItem(self.tr("With warnings ({n})").format(n=warned), WARNED)
        self.ui.acceptWarnings.setEnabled(warned > 0)
        combo.blockSignals(False)
        self.proxy.show_kind(None)
        text = self.tr("{summary}.").format(summary=result.summary())
        if warned:
            text += " " + self.tr("{n} row(s) have warnings: check them, then tick each one "
                                  "(or Accept all warnings) to apply it.").format(n=warned)
        if result.count(NEW) + result.count(UPDATE) == 0:
            text += " " + self.tr("Nothing to apply: the roster already matches the file.")
        if result.ignored_columns:
            text += " " + self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(result.ignored_columns))
        self._say(self.ui.previewSummary, text, problem=False)
        table = self.ui.previewTable
        table.resizeColumnsToContents()
        table.setColumnWidth(3, min(table.columnWidth(3), 240))
        table.setColumnWidth(4, min(table.columnWidth(4), 240))
        self.ui.rowDetail.setText(self.tr("Select a row to see everything about it."))

    def _show_detail(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            row = self.model.row_at(self.proxy.mapToSource(indexes[0]))
            self.ui.rowDetail.setText(detail(row) or self.tr("Nothing changes for this row."))

    # ------------------------------------------------------------------ apply
    def _ensure_applied(self) -> bool:
        if self._applied:
            return True
        assert self.preview is not None
        ticked = self.model.ticked()
        chosen = self.preview.plans(ticked, accepted=ticked)  # a ticked row is accepted
        if not chosen:
            self._applied = True
            self.result_sentence = self.tr("0 new, 0 updated: nothing was changed.")
            self.ui.summaryText.setText(self.result_sentence)
            return True
        result = self.preview

        def done(applied: object) -> None:
            self._applied = True
            skipped = self.preview.count("problem") if self.preview else 0
            self.result_sentence = self.tr(
                "{added} new and {updated} updated member(s) imported from {file}.").format(
                added=applied.added, updated=applied.updated,  # type: ignore[attr-defined]
                file=result.source)
            extra = [self.tr("Undo (Ctrl+Z) takes the whole import back.")]
            if skipped:
                extra.append(self.tr("{n} row(s) with problems were not imported.").format(
                    n=skipped))
            if any(w.kind == "duplicate" for w in result.warnings()):
                extra.append(self.tr("Some people may be in the roster twice: Merge people… "
                                     "makes two records one."))
            self.ui.summaryText.setText(" ".join([self.result_sentence, *extra]))
            self.next()

        self._run(exchange_ops.apply_import(self.group, result, ticked, accepted=ticked), done,
                  self.ui.previewSummary)
        return False

    def merge_people(self) -> None:
        from .merge_people_dialog import MergePeopleDialog

        dialog = MergePeopleDialog(self.context, self)
        dialog.setModal(True)
        dialog.show()
        self.merge_dialog = dialog

    # ------------------------------------------------------------------ jobs
    def _run(self, op: Op[Any], on_done: Callable[[Any], None], label: QLabel | None) -> None:
        """Run an operation; a refusal is shown on the page (label, or the page's
        subtitle), never as a traceback."""
        def say(text: str) -> None:
            if label is None:
                self.currentPage().setSubTitle(text)
            else:
                self._say(label, text)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                say(self.tr("Cancelled; nothing was changed."))

        self.job = self.context.ops.run(op, parent=self, success=on_done, report=say,
                                        failure=failed)


def current_term(context: AppContext) -> str:
    """The term a file goes into: the one shown, or today's under "All quadrennia"."""
    if context.quadrennium is not None:
        return context.quadrennium.code
    return groups.quadrennium_on(context.db, date.today()).code

