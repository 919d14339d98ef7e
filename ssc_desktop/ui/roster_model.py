"""The roster table: a model over immutable RosterRows, showing the filtered, sorted ones.

The model keeps every row of the loaded roster and a list of the row numbers shown
(filtered and sorted by RosterIndex). Changing the filter or the order is a layout
change with the persistent indexes (selection, current row) moved to where their
member now is, so a selected member stays selected while the chair types.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QPalette

from ..domain import reference_names
from ..domain.reference import reference
from ..services.dto import RosterRow
from ..services.roster_followup import FollowUp
from . import vocabulary
from .roster_filter import COLUMNS, FOLLOW_UP_COLUMN, NAME_COLUMN, RosterFilter, RosterIndex

MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once
# The roles data() answers; a painted cell asks for seven, most of which it does not need.
ANSWERED = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.ForegroundRole, MEMBERSHIP_ID_ROLE))


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


class RosterModel(QAbstractTableModel):
    """Rows of one group's roster; `countsChanged(shown, total)` after every change."""

    countsChanged = Signal(int, int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[RosterRow] = ()
        self._index = RosterIndex(())
        self._filter = RosterFilter()
        self._sort_column = NAME_COLUMN
        self._descending = False
        self._order: list[int] = []
        self._place: list[int] = []  # row of the loaded roster -> its place in _order
        self._shown: list[int] = []
        self._by_id: dict[str, int] = {}  # membership id -> row of the loaded roster
        self._where: list[int] = []  # row of the loaded roster -> shown row, or -1
        self._ended = {c for c, s in reference().statuses.items() if s.stage == "ended"}
        self._headers = [vocabulary.name(title) for _attribute, title in COLUMNS]
        self._attributes = [attribute for attribute, _title in COLUMNS]
        self._words: dict[str, str] = {}  # English reference text -> as shown
        self._sort_keys: dict[str, Any] = {}  # value -> collation key, across reloads

    # ------------------------------------------------------------------ feeding
    def reset_rows(self, rows: Sequence[RosterRow], follow_up: FollowUp | None = None) -> None:
        """Replace the whole roster (a load or reload); filter and order are kept."""
        self.beginResetModel()
        self._rows = rows
        self._by_id = {r.membership_id: i for i, r in enumerate(rows)}
        self._index = RosterIndex(rows, follow_up, known_keys=self._sort_keys)
        self._order = self._index.order(self._sort_column, self._descending)
        self._place = []
        self._set_shown(self._visible())
        self.endResetModel()
        self.countsChanged.emit(len(self._shown), len(self._rows))

    def prepare_search(self) -> None:
        """Make the rows' search keys now (the page calls this once the rows show), so the
        first keystroke finds them made."""
        self._index.search_keys  # noqa: B018 - made and kept by the property

    def set_follow_up(self, follow_up: FollowUp) -> None:
        """What is still to do, worked out after the load (large rosters): the same rows."""
        made = self._index._search_keys
        self._index = RosterIndex(self._rows, follow_up, known_keys=self._sort_keys)
        if made is not None:
            self._index._search_keys = made  # the same rows: the same keys
        self._order = self._index.order(self._sort_column, self._descending)
        self._place = []
        self._relayout()

    def set_filter(self, roster_filter: RosterFilter) -> None:
        if roster_filter != self._filter:
            self._filter = roster_filter
            self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._order = self._index.order(column, self._descending)
        self._place = []
        self._relayout()

    # ------------------------------------------------------------------ reading
    @property
    def roster_filter(self) -> RosterFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    @property
    def follow_up(self) -> FollowUp:
        return self._index.follow_up

    @property
    def total(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> RosterRow:
        return self._rows[self._shown[row]]

    def row_of(self, membership_id: str) -> int | None:
        """Where a membership is shown, or None when it is filtered out or gone (O(1))."""
        i = self._by_id.get(membership_id)
        if i is None:
            return None
        row = self._where[i]
        return row if row >= 0 else None

    def rows_of(self, membership_ids: Sequence[str]) -> list[int]:
        """The shown rows of these memberships, ascending (those not shown left out)."""
        by_id, where = self._by_id, self._where
        found = [where[i] for i in (by_id.get(m) for m in membership_ids) if i is not None]
        return sorted(r for r in found if r >= 0)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED or not index.isValid():
            return None
        i = self._shown[index.row()]
        row = self._rows[i]
        if index.column() == FOLLOW_UP_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._index.notes[i] or None
            if role == MEMBERSHIP_ID_ROLE:
                return row.membership_id
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == MEMBERSHIP_ID_ROLE:
            return row.membership_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.status in self._ended:
            # Ended memberships stay visible (history matters) but read as past.
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled,
                                                   QPalette.ColorRole.Text)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._shown):
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return SELECTABLE

    # ------------------------------------------------------------------ internals
    def _display(self, row: RosterRow, column: int) -> Any:
        """Country, region, roles and status in the window's language (the reference names are the
        vocabulary's); a few dozen distinct texts, translated once each."""
        attribute = self._attributes[column]
        value = getattr(row, attribute)
        if attribute not in ("region", "status_name", "roles_text", "country") or not value:
            return value
        shown = self._words.get(value)  # English names: one per country, region, status
        if shown is None:
            if attribute == "country":  # CLDR's name in French and Spanish
                shown = reference_names.country_name(row.country_code) or value
            elif attribute == "roles_text":
                names = reference().roles
                shown = ", ".join(vocabulary.name(names[c].name) if c in names else c
                                  for c in row.roles)
            else:
                shown = vocabulary.name(value)
            self._words[value] = shown
        return shown

    def _tooltip(self, row: RosterRow, column: int) -> str | None:
        if column == NAME_COLUMN and row.name_as_written and row.name_as_written != row.name:
            return tr("Writes their name as: {name}").format(name=row.name_as_written)
        value = getattr(row, self._attributes[column])
        return value or None

    def _visible(self) -> list[int]:
        accepted = self._index.accepted(self._filter)
        if accepted is None:
            return list(self._order)
        if len(accepted) * 8 < len(self._rows):  # a few rows: sort them, not every row
            if len(self._place) != len(self._order):
                place = [0] * len(self._order)
                for n, i in enumerate(self._order):
                    place[i] = n
                self._place = place
            return sorted(accepted, key=self._place.__getitem__)
        keep = bytearray(len(self._rows))
        for i in accepted:
            keep[i] = 1
        return [i for i in self._order if keep[i]]

    def _set_shown(self, shown: list[int]) -> None:
        self._shown = shown
        where = [-1] * len(self._rows)
        for n, i in enumerate(shown):
            where[i] = n
        self._where = where

    def _relayout(self) -> None:
        """Recompute the shown rows as one layout change, moving persistent indexes."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        members = [self._shown[p.row()] if 0 <= p.row() < len(self._shown) else -1
                   for p in before]
        self._set_shown(self._visible())
        if before:
            where = self._where
            after = []
            for p, member in zip(before, members, strict=True):
                n = where[member] if member >= 0 else -1
                after.append(QModelIndex() if n < 0 else self.index(n, p.column()))
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.countsChanged.emit(len(self._shown), len(self._rows))
