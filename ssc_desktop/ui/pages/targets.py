"""The Targets page: the group's Species Strategic Plan targets by objective and KSR."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QStyle, QWidget

from ... import formats
from ...domain import reference_names
from ...domain import targets as rules
from ...services import targets as svc
from ...services import term_start
from .. import vocabulary
from ..context import AppContext
from ..forms.ui_targets_page import Ui_TargetsPage
from ..operations import OpChanges
from ..ops import targets as target_ops
from ..target_delegates import ProgressDelegate
from ..target_editor import TargetEditor
from ..target_update_dialog import TargetUpdateDialog
from ..targets_filter import TargetFilterProxy
from ..targets_model import (
    NEEDS_FOCAL_POINT,
    PROGRESS_COLUMN,
    Load,
    TargetFilter,
    TargetTreeModel,
    flag_colour,
    ksr_label,
    status_colour,
    summary_counts,
    targets_text,
)

ROOT = QModelIndex()
COLUMN_WIDTHS = (380, 190, 110, 150, 330, 110, 120)


class TargetsPage(QWidget):
    title = "Targets"
    icon = QStyle.StandardPixmap.SP_DialogApplyButton
    shows = OpChanges(targets=True, roster=True, groups=True)

    statusText = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.ui = Ui_TargetsPage()
        self.ui.setupUi(self)
        self._filter_items: dict[str, list] = {}  # what the KSR and focal point lists hold
        self.model = TargetTreeModel(self)
        self.proxy = TargetFilterProxy(self.model, self)  # what the search and filters show
        tree = self.ui.tree
        tree.setModel(self.proxy)
        tree.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(tree))
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        self._fill_static_filters()
        self.ui.search.textChanged.connect(self._apply_filter)
        for combo in (self.ui.statusFilter, self.ui.ksrFilter, self.ui.focalFilter):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.ui.staleOnly.toggled.connect(self._apply_filter)
        tree.activated.connect(lambda _i: self.record_progress())
        tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self.add_target)
        self.ui.editButton.clicked.connect(self.edit_target)
        self.ui.updateButton.clicked.connect(self.record_progress)
        self.ui.deleteButton.clicked.connect(self.delete_target)
        self.ui.exportButton.clicked.connect(self.export_workbook)
        self.ui.importButton.clicked.connect(self.import_workbook)
        self.ui.loadKsrButton.clicked.connect(lambda: self.load_ksr_set())
        self.ui.carryKsrButton.clicked.connect(self.carry_ksrs)
        self.ui.carryTargetsButton.clicked.connect(self.carry_targets)
        self._shortcut(QKeySequence.StandardKey.New, self.add_target)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_target, tree)
        self.refresh()

    def _shortcut(self, key: QKeySequence.StandardKey, slot: object,
                  widget: QWidget | None = None) -> None:
        action = QAction(widget or self)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        (widget or self).addAction(action)

    # ---- loading

    def refresh(self) -> None:
        ctx = self.context
        current = self.selected()
        if ctx.group_id is None or ctx.quadrennium_id is None:
            self._empty(self.tr(
                "No group yet. Create your group with File ▸ New group…, or open the demo "
                "group from the File menu.") if ctx.group_id is None else self.tr(
                "Targets belong to one quadrennium: choose one above (not All quadrennia) "
                "to see and set its targets."))
            for button in (self.ui.loadKsrButton, self.ui.carryKsrButton,
                           self.ui.carryTargetsButton):
                button.setEnabled(False)
            return
        ksrs = svc.list_ksrs(ctx.db, ctx.quadrennium_id)
        rows = svc.list_targets(ctx.db, ctx.group_id, ctx.quadrennium_id, self.today)
        previous = term_start.previous_term_with_ksrs(ctx.db, ctx.quadrennium_id)
        self._term_buttons(bool(ksrs), previous)
        if not ksrs and not rows:
            term = ctx.quadrennium.code if ctx.quadrennium else ""
            text = self.tr(
                "No Key Species Results are loaded for %1 yet, so no targets can be set. "
                "Load the new plan's KSR set from a file with Load KSR set…").replace("%1", term)
            if previous is not None:
                text += " " + self.tr(
                    "Until it is published, Use the previous KSRs carries the %1 set forward "
                    "as a provisional one.").replace("%1", previous.from_code)
            self._empty(text)
            return
        self._fill_dynamic_filters(rows, ksrs)
        load = self.model.set_data(rows, ksrs, self.current_filter())
        if load is Load.REFILTER:  # rows changed in place and now pass the filter or not
            self.proxy.refilter()
        self.ui.stack.setCurrentWidget(self.ui.treePage)
        # Only a rebuilt tree has lost its selection (the empty page if no row shows).
        self._after_reset(current.id if current and load is Load.RESET else None)
        self._summary(rows, provisional=any(k.provisional for k in ksrs))
        self.ui.addButton.setEnabled(bool(ksrs))

    def _empty(self, text: str) -> None:
        self._fill_dynamic_filters([], [])  # "Any KSR", "Any focal point": never blank
        self.model.set_data([], [])
        self.ui.emptyLabel.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.ui.summary.setText("")
        self.ui.summary.setVisible(False)  # an empty framed box says nothing
        for b in (self.ui.addButton, self.ui.editButton, self.ui.updateButton,
                  self.ui.deleteButton, self.ui.exportButton, self.ui.importButton):
            b.setEnabled(False)

    def _fill_static_filters(self) -> None:
        combo = self.ui.statusFilter
        combo.addItem(self.tr("Any status"), "")
        for status in (*rules.STATUSES.values(), rules.NO_UPDATE):
            combo.addItem(f"{status.symbol} {vocabulary.name(status.name)}", status.code)

    def _fill_dynamic_filters(self, rows: list, ksrs: list) -> None:
        for combo, items in (
            (self.ui.ksrFilter, [(self.tr("Any KSR"), 0)] + [
                (ksr_label(k), k.number) for k in ksrs]),
            (self.ui.focalFilter, [(self.tr("Any focal point"), ""),
                                   (self.tr("⚠ Needs a focal point"), NEEDS_FOCAL_POINT)] + sorted(
                {(r.focal_point_name, r.focal_point_id) for r in rows if r.focal_point_id})),
        ):
            if self._filter_items.get(combo.objectName()) == items:
                continue  # a reload that changed none of them: no rebuild
            self._filter_items[combo.objectName()] = items
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)

    def _term_buttons(self, has_ksrs: bool, previous: object) -> None:
        self.ui.loadKsrButton.setEnabled(True)
        self.ui.carryKsrButton.setVisible(not has_ksrs)
        self.ui.carryKsrButton.setEnabled(not has_ksrs and previous is not None)
        self.ui.carryTargetsButton.setEnabled(has_ksrs and previous is not None)

    def _summary(self, rows: list, provisional: bool = False) -> None:
        by_objective, by_status = summary_counts(rows)
        objectives = " · ".join(f"{escape(reference_names.translated(name))} <b>{n}</b>"
                               for name, n in by_objective.items())
        parts = []
        for status in (*rules.STATUSES.values(), rules.NO_UPDATE):
            n = by_status.get(status.code, 0)
            if n:
                parts.append(f"<span style='color:{status_colour(status.code).name()}'>"
                             f"{status.symbol} {escape(vocabulary.name(status.name))} "
                             f"<b>{n}</b></span>")
        flagged = sum(1 for r in rows if r.needs_focal_point)
        stale = sum(1 for r in rows if r.needs_update)
        extra = []
        if flagged:
            extra.append(f"<span style='color:{flag_colour()}'>⚠ "
                         + self.tr("%1 without a current focal point").replace(
                             "%1", str(flagged)) + "</span>")
        if stale:
            extra.append(self.tr("%1 not updated in %2").replace("%1", str(stale)).replace(
                "%2", formats.quarter(str(rules.quarter_of(self.today)))))
        total = targets_text(len(rows))
        lines = [f"<b>{total}</b> — {objectives}" if rows else
                 self.tr("No targets yet: add the group's first target with Add target.")]
        if parts or extra:
            lines.append(" &nbsp; ".join(parts + extra))
        if provisional:
            lines.append(f"<span style='color:{flag_colour()}'>⚠ " + escape(self.tr(
                "Provisional KSR set: the previous plan's KSRs, carried forward until the new "
                "plan is loaded (Load KSR set…).")) + "</span>")
        self.ui.summary.setText("<br>".join(lines))
        self.ui.summary.setVisible(True)

    # ---- filtering

    def current_filter(self) -> TargetFilter:
        return TargetFilter(text=self.ui.search.text(),
                            status=self.ui.statusFilter.currentData() or "",
                            ksr=self.ui.ksrFilter.currentData() or None,
                            focal_point=self.ui.focalFilter.currentData() or "",
                            not_updated=self.ui.staleOnly.isChecked())

    def _apply_filter(self) -> None:
        """Hide and show rows (no model reset, no re-expansion): the proxy asks the model's
        marks once per row and Qt removes and inserts the rows that change."""
        if self.proxy.set_filter(self.current_filter()):
            self._set_up_groups()
        self._show_count()

    def _after_reset(self, keep_id: str | None) -> None:
        self._set_up_groups()
        if keep_id:
            index = self.proxy.mapFromSource(self.model.index_of(keep_id))
            if index.isValid():
                self.ui.tree.setCurrentIndex(index)
        self._show_count()

    def _set_up_groups(self) -> None:
        """Objective and KSR rows new to the view (after a load, or shown again by a
        filter) open and span the columns; a row the view kept keeps its state, so a KSR
        the chair folded stays folded while they type."""
        tree, proxy = self.ui.tree, self.proxy
        new = []
        for o in range(proxy.rowCount()):
            objective = proxy.index(o, 0)
            if not tree.isFirstColumnSpanned(o, ROOT):
                new.append((o, ROOT, objective))
            for k in range(proxy.rowCount(objective)):
                if not tree.isFirstColumnSpanned(k, objective):
                    new.append((k, objective, proxy.index(k, 0, objective)))
        for _row, _parent, index in new:  # while the view's layout waits: only remembered
            tree.expand(index)
        for row, parent, _index in new:
            tree.setFirstColumnSpanned(row, parent, True)

    def _show_count(self) -> None:
        total = len(self.model.rows)
        if total:  # a search or filter that matches nothing says so, and how to undo it
            nothing = self.model.shown == 0
            if nothing:
                self.ui.emptyLabel.setText(self.tr(
                    "No target matches the search and filters. Empty the search box, set the "
                    "filters back to Any and untick Not updated this quarter to see all %n "
                    "target(s).",
                    "", total))
            self.ui.stack.setCurrentWidget(self.ui.emptyPage if nothing else self.ui.treePage)
        self.statusText.emit(self.tr("%1 of %n target(s) shown", "", total)
                             .replace("%1", str(self.model.shown)))
        self._update_buttons()

    # ---- actions

    def selected(self):
        return self.proxy.target_at(self.ui.tree.currentIndex())

    def _update_buttons(self, *_args: QModelIndex) -> None:
        has = self.selected() is not None
        for b in (self.ui.editButton, self.ui.updateButton, self.ui.deleteButton):
            b.setEnabled(has)
        self.ui.exportButton.setEnabled(bool(self.model.rows))
        self.ui.importButton.setEnabled(self.context.group_id is not None)

    def add_target(self) -> None:
        if self.context.group_id and self.context.quadrennium_id:
            self._run(TargetEditor(self.context, self.context.group_id,
                                   self.context.quadrennium_id, None, self, self.today))

    def edit_target(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(TargetEditor(self.context, row.group_id, row.quadrennium_id, row, self,
                                   self.today))

    def record_progress(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(TargetUpdateDialog(self.context, row.id, self, self.today))

    def _run(self, dialog: QWidget) -> None:
        dialog.exec()  # type: ignore[attr-defined]
        dialog.deleteLater()

    def delete_target(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete target"),
            self.tr("Delete the target '%s' and its %n progress update(s)? Undo (Ctrl+Z) "
                    "brings it back.", "", row.update_count) % row.title)
        if answer == QMessageBox.StandardButton.Yes:
            self.context.ops.run(target_ops.delete_target(row.id), parent=self)

    def load_ksr_set(self, path: str | None = None) -> None:
        from ..term_start_actions import load_ksr_file

        load_ksr_file(self, self.context, path)

    def carry_ksrs(self) -> None:
        from ..term_start_actions import carry_ksrs

        carry_ksrs(self.context)

    def carry_targets(self) -> None:
        from ..term_start_actions import CarryTargetsDialog

        self._run(CarryTargetsDialog(self.context, self, self.today))

    def export_workbook(self) -> None:
        from ..targets_exchange import export_workbook

        export_workbook(self, self.context, self.today)

    def import_workbook(self) -> None:
        from ..targets_exchange import import_workbook

        import_workbook(self, self.context, self.today)

    def focus_search(self) -> bool:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model.forget_painted()  # status colours for the new light or dark palette
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def save_state(self) -> QByteArray:
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        pass
