"""The Letters page: every intervention letter request of the group, where it stands,
who holds it, how long it has waited and which follow-ups are overdue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QStyle, QWidget

from ...domain import letters as rules
from ...services import letters as svc
from ..context import AppContext
from ..forms.ui_letters_page import Ui_LettersPage
from ..letters_model import FOLLOW_UP_COLUMN, OVERDUE_MARK, LettersFilter, LettersModel
from ..operations import OpChanges, Running
from ..ops import letters as letter_ops

COLUMN_WIDTHS = (250, 210, 125, 90, 215, 230, 220)  # the last column stretches


class LettersPage(QWidget):
    title = "Letters"
    icon = QStyle.StandardPixmap.SP_FileIcon
    shows = OpChanges(letters=True, roster=True, groups=True)

    statusText = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._today = today
        self.editor = None  # the open LetterEditor, if any
        self.ui = Ui_LettersPage()
        self.ui.setupUi(self)
        self.model = LettersModel(self)
        self.proxy = LettersFilter(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.sortByColumn(FOLLOW_UP_COLUMN, Qt.SortOrder.AscendingOrder)  # most urgent first
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self._fill_state_filter()
        self.ui.search.textChanged.connect(self._apply_filter)
        self.ui.stateFilter.currentIndexChanged.connect(self._apply_filter)
        self.ui.speciesFilter.currentIndexChanged.connect(self._apply_filter)
        self.ui.overdueOnly.toggled.connect(self._apply_filter)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self.ui.newButton.clicked.connect(self.new_request)
        self.ui.openButton.clicked.connect(self.open_selected)
        self.ui.deleteButton.clicked.connect(self.delete_selected)
        self.ui.briefButton.clicked.connect(self.save_brief)
        self.ui.exportButton.clicked.connect(self.export)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().currentChanged.connect(self._update_buttons)
        new_action = QAction(self.tr("New request…"), self)
        new_action.setShortcut(QKeySequence("Ctrl+N"))
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_action.triggered.connect(self.new_request)
        self.addAction(new_action)
        self._update_buttons()

    def today(self) -> date:
        return self._today or date.today()

    def _fill_state_filter(self) -> None:
        combo = self.ui.stateFilter
        combo.addItem(self.tr("All states"), "")
        combo.addItem(self.tr("Open requests"), "open")
        combo.insertSeparator(combo.count())
        for code, state in rules.STATES.items():
            combo.addItem(state.name, code)

    # ------------------------------------------------------------------ page contract
    def refresh(self) -> None:
        current = self.current_id()
        group_id = self.context.group_id
        rows = ([] if group_id is None
                else svc.list_letters(self.context.db, group_id, today=self.today()))
        self.model.reset_rows(rows, self.today())
        self._fill_species_filter()
        self._apply_filter()
        if current:
            self.select(current)
        self._update_buttons()

    def _fill_species_filter(self) -> None:
        combo = self.ui.speciesFilter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All species"), "")
        for species in sorted({r.species for r in self.model.rows() if r.species},
                              key=str.casefold):
            combo.addItem(species, species)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _apply_filter(self) -> None:
        self.proxy.set_filter(state=self.ui.stateFilter.currentData() or "",
                              species=self.ui.speciesFilter.currentData() or "",
                              overdue=self.ui.overdueOnly.isChecked(),
                              text=self.ui.search.text())
        self._update_summary()
        self._update_buttons()

    def clear_filters(self) -> None:
        for combo in (self.ui.stateFilter, self.ui.speciesFilter):
            combo.setCurrentIndex(0)
        self.ui.overdueOnly.setChecked(False)
        self.ui.search.clear()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        if self.context.group_id is None:
            text = self.tr("Choose or create a group to see its letter requests.")
        elif not rows:
            text = self.tr("No letter requests yet. When a member raises an alert about a "
                           "serious, urgent threat, choose New request… to start one.")
        elif self.proxy.rowCount() == 0:
            text = self.tr("No request matches the filters. Choose Show all to see every "
                           "request.")
        else:
            open_count = sum(1 for r in rows if r.state in rules.OPEN_STATES)
            overdue = sum(1 for r in rows if r.overdue)
            text = self.tr("%1 of %2 requests shown; %3 open.").replace(
                "%1", str(self.proxy.rowCount())).replace("%2", str(len(rows))).replace(
                "%3", str(open_count))
            if overdue:
                text += " " + OVERDUE_MARK + " " + self.tr(
                    "%n follow-up(s) overdue: contact the addressee or the Chair's Office."
                ).replace("%n", str(overdue))
        self.ui.summary.setText(text)

    # ------------------------------------------------------------------ selection
    def current_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row()).letter_id

    def select(self, letter_id: str) -> None:
        row = self.model.row_of(letter_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.ui.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _update_buttons(self, *_args: object) -> None:
        has_group = self.context.group_id is not None
        chosen = self.current_id() is not None
        self.ui.newButton.setEnabled(has_group)
        self.ui.exportButton.setEnabled(has_group and bool(self.model.rows()))
        for button in (self.ui.openButton, self.ui.deleteButton, self.ui.briefButton):
            button.setEnabled(chosen)

    # ------------------------------------------------------------------ actions
    def new_request(self) -> None:
        if self.context.group_id is not None:
            self._open_editor(None)

    def open_selected(self) -> None:
        letter_id = self.current_id()
        if letter_id is not None:
            self._open_editor(letter_id)

    def _open_editor(self, letter_id: str | None) -> None:
        from ..letter_editor import LetterEditor

        assert self.context.group_id is not None
        self.editor = LetterEditor(self.context, self.context.group_id, letter_id, self,
                                   today=self.today())
        self.editor.saved.connect(self._after_save)
        self.editor.open()

    def _after_save(self, letter_id: str) -> None:
        self.refresh()
        self.select(letter_id)

    def delete_selected(self, confirm: bool = True) -> bool:
        letter_id = self.current_id()
        if letter_id is None:
            return False
        row = self.model.row_at(self.model.row_of(letter_id) or 0)
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete request"),
                self.tr("Delete '%1' with its steps and %2 attachment(s)? Files no other "
                        "request uses are removed from the attachment folder. Undo brings "
                        "back the record, not those files.")
                .replace("%1", row.title).replace("%2", str(row.attachments)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self.context.ops.run(letter_ops.delete_letter(letter_id), parent=self).succeeded

    def save_brief(self) -> None:
        letter_id = self.current_id()
        if letter_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the request brief"),
                                              str(Path.home() / "letter-request.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_brief_to(letter_id, Path(path))

    def save_brief_to(self, letter_id: str, path: Path) -> Running:
        return self.context.ops.run(
            letter_ops.write_brief(letter_id, path, self.today()), parent=self,
            success=lambda _result: self.context.message.emit(
                self.tr("Brief saved to %1").replace("%1", str(path))))

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export letter requests"),
                                              str(Path.home() / "letter-requests.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Running | None:
        group_id = self.context.group_id
        if group_id is None:
            return None
        return self.context.ops.run(
            letter_ops.export_letters(group_id, path, self.today()), parent=self,
            success=lambda count: self.context.message.emit(
                self.tr("%1 request(s) written to %2").replace("%1", str(count))
                .replace("%2", str(path))))

    def focus_search(self) -> bool:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()
        return True

    # ------------------------------------------------------------------ state
    def save_state(self) -> QByteArray:
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        pass
