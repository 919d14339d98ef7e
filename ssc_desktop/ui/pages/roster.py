"""The roster page: every member of the group, searchable as you type, filterable, sortable."""

from __future__ import annotations

import gc

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QStyle, QWidget

from ... import formats
from ...domain.errors import UserError
from ...domain.reference import reference
from ...services import roster, roster_followup
from .. import vocabulary
from ..context import AppContext
from ..forms.ui_roster_page import Ui_RosterPage
from ..operations import OpChanges
from ..roster_filter import (
    ANY_ATTENTION,
    COLUMNS,
    FOCAL_POINT,
    FOLLOW_UP_COLUMN,
    ONBOARDING,
    RosterFilter,
)
from ..roster_model import RosterModel

# Name … Status; Follow-up stretches to the edge. Quadrennium shows only with "All
# quadrennia" (one term chosen, it would repeat the same value on every row).
COLUMN_WIDTHS = (160, 170, 95, 115, 135, 85, 110)
FOLLOW_UP_WIDTH = 100  # when Quadrennium is shown, so the columns still fit the window
QUADRENNIUM_WIDTH = 85
NO_REGION = "-"
QUADRENNIUM_COLUMN = [attribute for attribute, _title in COLUMNS].index("quadrennium")
# Up to this many memberships, onboarding is worked out on every load (about 20 ms for
# 500); above it (the whole SSC in one file) only when an onboarding filter asks for it,
# so that the load stays within its budget.
ONBOARDING_EAGER_LIMIT = 3000


def count_text(n: int) -> str:
    """A count with the reader's thousands separator (1,204), even under the C locale."""
    return formats.number(n)


class RosterPage(QWidget):
    title = "Roster"
    icon = QStyle.StandardPixmap.SP_FileDialogDetailedView
    shows = OpChanges(roster=True, invitations=True, targets=True, groups=True)

    statusText = Signal(str)
    importRequested = Signal()
    exportRequested = Signal()
    mergeRequested = Signal(str, str)  # the e-mails of the person to keep, and to merge

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RosterPage()
        self.ui.setupUi(self)
        self.model = RosterModel(self)
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self._fill_filters()
        self._make_actions()
        self.model.countsChanged.connect(self._on_counts)
        self.ui.search.textChanged.connect(self._apply_filter)
        for combo in self._filter_combos():
            combo.currentIndexChanged.connect(self._apply_filter)
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.selectionModel().currentChanged.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self.add_member)
        self.ui.editButton.clicked.connect(self.open_selected)
        self.ui.endButton.clicked.connect(self.end_selected)
        self.ui.importButton.clicked.connect(self.importRequested)
        self.ui.exportButton.clicked.connect(self.exportRequested)
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)
        self._update_buttons()

    # ------------------------------------------------------------------ set-up
    def _fill_filters(self) -> None:
        ref = reference()
        status = self.ui.statusFilter
        status.addItem(self.tr("All statuses"), "")
        status.addItem(self.tr("Active members"), "stage:active")
        status.addItem(self.tr("In the pipeline (proposed to accepted)"), "stage:pipeline")
        status.addItem(self.tr("Ended memberships"), "stage:ended")
        status.insertSeparator(status.count())
        for code, st in ref.statuses.items():
            status.addItem(vocabulary.name(st.name), code)
        region = self.ui.regionFilter
        region.addItem(self.tr("All regions"), "")
        for code, r in ref.regions.items():
            region.addItem(vocabulary.name(r.name), code)
        region.addItem(self.tr("No country given"), NO_REGION)
        role = self.ui.roleFilter
        role.addItem(self.tr("All roles"), "")
        for code, r in sorted(ref.roles.items(), key=lambda item: item[1].sort_order):
            role.addItem(vocabulary.name(r.name), code)
        attention = self.ui.attentionFilter
        attention.addItem(self.tr("All members"), "")
        attention.addItem(self.tr("Needs attention"), ANY_ATTENTION)
        attention.addItem(self.tr("Incomplete onboarding"), ONBOARDING)
        attention.addItem(self.tr("Replace focal point"), FOCAL_POINT)

    def _filter_combos(self) -> tuple[QComboBox, ...]:
        return (self.ui.statusFilter, self.ui.regionFilter, self.ui.roleFilter,
                self.ui.attentionFilter)

    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_action = action(self.tr("Add member…"), [QKeySequence("Ctrl+N")],
                                 self.add_member)
        self.end_action = action(self.tr("End membership…"), [QKeySequence("Delete")],
                                 self.end_selected)
        # Delete in the search box deletes text; the action must only fire on the table.
        self.end_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(self.end_action)
        self.ui.table.addAction(self.end_action)
        # Two records of one person, both selected: the table's context menu merges them.
        self.merge_action = QAction(self.tr("Merge these two records of one person…"), self)
        self.merge_action.setToolTip(self.tr(
            "Select the two records of one person (Ctrl+click), then merge them"))
        self.merge_action.triggered.connect(self.merge_selected)
        self.ui.table.addAction(self.merge_action)

    # ------------------------------------------------------------------ page contract
    def refresh(self) -> None:
        """Reload the roster of the chosen group and term, keeping selection and filters."""
        selected = self.selected_ids()
        current = self.current_id()
        group_id, term_id = self.context.group_id, self.context.quadrennium_id
        if group_id is None:
            self.model.reset_rows([])
        else:
            # Tens of thousands of new tuples would set off full garbage collections that
            # walk every object of the process (a fifth of the load at 10,000 members);
            # they hold no cycles, so the collector waits until the rows are in.
            collecting = gc.isenabled()
            gc.disable()
            try:
                # The search keys are made just after the rows show (prepare_search).
                rows = roster.load_roster(self.context.db, group_id, term_id,
                                          with_search=False)
                eager = (len(rows) <= ONBOARDING_EAGER_LIMIT
                         or self.model.roster_filter.needs_onboarding)
                self.model.reset_rows(rows, roster_followup.load_follow_up(
                    self.context.db, group_id, term_id, with_onboarding=eager))
            finally:
                if collecting:
                    gc.enable()
        self._show_quadrennium_column(term_id is None)
        self.select_ids(selected, current)
        self._update_buttons()
        # once the event loop is free (the model as context: not after it is gone)
        QTimer.singleShot(0, self.model, self.model.prepare_search)

    # ------------------------------------------------------------------ selection
    def current_id(self) -> str | None:
        index = self.ui.table.currentIndex()
        return self.model.row_at(index.row()).membership_id if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The selected members, read from the selection's ranges: Qt's selectedRows()
        would ask the model about every cell (90,000 calls at 10,000 members)."""
        rows: set[int] = set()
        for span in self.ui.table.selectionModel().selection():
            rows.update(range(span.top(), span.bottom() + 1))
        return [self.model.row_at(row).membership_id for row in sorted(rows)]

    def select_ids(self, membership_ids: list[str], current: str | None = None) -> None:
        """Select these memberships (after a reload): one pass over them, and one
        selection range per run of adjacent rows, so 10,000 selected rows cost O(rows)."""
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        rows = self.model.rows_of(membership_ids)
        start = 0
        for n in range(1, len(rows) + 1):
            if n == len(rows) or rows[n] != rows[n - 1] + 1:
                selection.select(self.model.index(rows[start], 0),
                                 self.model.index(rows[n - 1], last))
                start = n
        model = self.ui.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect)
        row = self.model.row_of(current) if current else None
        if row is not None:
            model.setCurrentIndex(self.model.index(row, 0), flags.NoUpdate)
            self.ui.table.scrollTo(self.model.index(row, 0))

    # ------------------------------------------------------------------ actions
    def focus_search(self) -> bool:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()
        return True

    def clear_filters(self) -> None:
        for combo in self._filter_combos():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.ui.search.clear()
        self._apply_filter()

    def add_member(self) -> None:
        if self.context.group_id is None or self.context.quadrennium_id is None:
            self.context.failed.emit(self.tr(
                "Choose a group and a quadrennium (not 'All quadrennia') before adding a "
                "member."))
            return
        from ..member_editor import MemberEditor

        editor = MemberEditor(self.context, None, self)
        editor.saved.connect(lambda membership_id: self.select_ids([membership_id],
                                                                  membership_id))
        editor.open()

    def open_selected(self) -> None:
        membership_id = self.current_id()
        if membership_id is not None:
            self.open_editor(membership_id)

    def open_editor(self, membership_id: str):  # -> MemberEditor | None
        from ..member_editor import MemberEditor

        try:
            editor = MemberEditor(self.context, membership_id, self)
        except UserError as exc:  # gone since the roster was loaded (an undo elsewhere)
            self.context.failed.emit(str(exc))
            self.refresh()
            return None
        editor.open()
        return editor

    def _merge_pair(self) -> tuple[str, str] | None:
        """The e-mails (kept, merged) of the two selected people; the current row kept."""
        spans = self.ui.table.selectionModel().selection()
        if sum(span.height() for span in spans) != 2:  # no row set built for 10,000 rows
            return None
        rows = {row for span in spans for row in range(span.top(), span.bottom() + 1)}
        if len(rows) != 2:
            return None
        first, second = (self.model.row_at(row) for row in sorted(rows))
        if first.person_id == second.person_id:
            return None
        if self.ui.table.currentIndex().row() == max(rows):
            first, second = second, first
        return first.email, second.email

    def merge_selected(self) -> None:
        pair = self._merge_pair()
        if pair is not None:
            self.mergeRequested.emit(*pair)

    def end_selected(self):  # -> EndMembershipDialog | None
        membership_id = self.current_id()
        if membership_id is None:
            return None
        from ..end_membership_dialog import EndMembershipDialog

        dialog = EndMembershipDialog(self.context, self.model.row_at(
            self.ui.table.currentIndex().row()), self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ state
    def save_state(self) -> QByteArray:
        return self.ui.table.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray) -> None:
        header = self.ui.table.horizontalHeader()
        if state and header.restoreState(state):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    # ------------------------------------------------------------------ internals
    def _apply_filter(self) -> None:
        region = self.ui.regionFilter.currentData() or ""
        wanted = RosterFilter(
            text=self.ui.search.text(),
            status=self.ui.statusFilter.currentData() or "",
            region="" if region == NO_REGION else region,
            role=self.ui.roleFilter.currentData() or "",
            no_region=region == NO_REGION,
            attention=self.ui.attentionFilter.currentData() or "",
        )
        follow_up = self.model.follow_up
        if (wanted.needs_onboarding and not follow_up.onboarding_known
                and self.context.group_id is not None):
            # A large roster: onboarding is worked out now that the chair asks for it
            # (about half a second for the whole SSC).
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                missing = roster_followup.incomplete_onboarding(
                    self.context.db, self.context.group_id, self.context.quadrennium_id)
            finally:
                QApplication.restoreOverrideCursor()
            self.model.set_follow_up(roster_followup.FollowUp(
                onboarding=missing, focal_points=follow_up.focal_points))
        self.model.set_filter(wanted)

    def _show_quadrennium_column(self, shown: bool) -> None:
        table = self.ui.table
        if table.isColumnHidden(QUADRENNIUM_COLUMN) != shown:
            return
        table.setColumnHidden(QUADRENNIUM_COLUMN, not shown)
        if shown:
            # Under "All quadrennia" the term says which row is which: it comes first.
            header = table.horizontalHeader()
            header.moveSection(header.visualIndex(QUADRENNIUM_COLUMN), 0)
            table.setColumnWidth(QUADRENNIUM_COLUMN, QUADRENNIUM_WIDTH)
            table.setColumnWidth(FOLLOW_UP_COLUMN, FOLLOW_UP_WIDTH)

    def _on_counts(self, shown: int, total: int) -> None:
        if self.context.group_id is None:
            text = self.tr("No group is open yet. Create your group with File › New group… "
                           "or open the demo group.")
        elif total == 0:
            text = self.tr("No members in this group for this quadrennium yet. Add a member "
                           "(Ctrl+N) or import your roster from Excel (Ctrl+I).")
        elif self.model.roster_filter == RosterFilter(
                attention=self.model.roster_filter.attention):
            text = self.tr("Nobody here needs attention: every accepted or validated member "
                           "has finished onboarding, and no target's focal point has left. "
                           "Choose All members to see all {total} members.").format(
                total=count_text(total))
        else:
            text = self.tr("No member matches the search and filters. Clear them to see all "
                           "{total} members.").format(total=count_text(total))
        self.ui.emptyLabel.setText(text)
        self.ui.clearFiltersButton.setVisible(total > 0)
        self.ui.stack.setCurrentWidget(self.ui.tablePage if shown else self.ui.emptyPage)
        self.statusText.emit(self.tr("{shown} of {total} members shown").format(
            shown=count_text(shown), total=count_text(total)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_group = self.context.group_id is not None
        has_current = self.ui.table.currentIndex().isValid() and self.model.rowCount() > 0
        self.ui.addButton.setEnabled(has_group)
        self.add_action.setEnabled(has_group)
        self.ui.importButton.setEnabled(has_group)  # a file goes into a group
        self.ui.exportButton.setEnabled(has_group)
        self.ui.editButton.setEnabled(has_current)
        self.ui.endButton.setEnabled(has_current)
        self.end_action.setEnabled(has_current)
        self.merge_action.setEnabled(self._merge_pair() is not None)
