"""The import preview as a table: one frozen PreviewRow per line, a tick for what to apply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ..exchange.import_preview import NEW, PROBLEM, UNCHANGED, UPDATE, PreviewRow
from .table_model import FlatTableModel
from .tints import tint

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
APPLICABLE = (NEW, UPDATE)
_HUE = {NEW: "good", UPDATE: "warning", PROBLEM: "bad"}
WARNED = "warned"  # the filter's pseudo-kind: rows with warnings to accept
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewModel", text)


def kind_names() -> dict[str, str]:
    return {NEW: tr("New"), UPDATE: tr("Update"), UNCHANGED: tr("Unchanged"),
            PROBLEM: tr("Problem")}


def detail(row: PreviewRow) -> str:
    """The problems, warnings, changes and notes of a row, one per line."""
    lines = [p.sentence() for p in row.problems]
    if row.warnings:
        lines.append(tr("Tick the row to accept these warnings (and apply their repairs):"))
        lines += ["• " + w.sentence() for w in row.warnings]
    lines += list(row.changes) + list(row.notes)
    return "\n".join(lines)


class PreviewModel(FlatTableModel):
    COLUMNS = ("Apply", "Row", "Result", "Name", "E-mail", "What changes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr(c) for c in self.COLUMNS], parent)
        self._ticked: set[int] = set()
        self._kinds = kind_names()

    def reset(self, rows: tuple[PreviewRow, ...] | list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        # A row with warnings waits for the chair: ticking it accepts them.
        self._ticked = {r.row for r in self._rows if r.kind in APPLICABLE and not r.warnings}
        self.endResetModel()

    def ticked(self) -> set[int]:
        return set(self._ticked)

    def row_at(self, index: Index) -> PreviewRow:
        return self._rows[index.row()]

    def tick_all(self, on: bool, *, warned: bool = False) -> None:
        """Tick every applicable row (those with warnings too when ``warned``), or none."""
        self._ticked = {r.row for r in self._rows if r.kind in APPLICABLE
                        and (warned or not r.warnings or r.row in self._ticked)} if on else set()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._rows[index.row()].kind in APPLICABLE:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == KIND_ROLE:
            return WARNED if row.warnings and row.kind in APPLICABLE else row.kind
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            if row.kind not in APPLICABLE:
                return None
            return Qt.CheckState.Checked if row.row in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.warnings and row.kind in APPLICABLE and row.row not in self._ticked:
                return tint("attention")  # waits for the chair to accept its warnings
            if row.kind in _HUE:
                return tint(_HUE[row.kind])  # from the palette: readable in a dark theme too
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return detail(row) or None
        if role == SORT_ROLE:
            return (row.row, row.row, row.kind, row.name.casefold(), row.email.casefold(),
                    detail(row))[column]
        if role == Qt.ItemDataRole.DisplayRole:
            first = (row.problems[0].message if row.problems else
                     row.warnings[0].message if row.warnings else
                     "; ".join(row.changes) or "; ".join(row.notes))
            kind = self._kinds[row.kind]
            if row.warnings and row.kind in APPLICABLE:
                kind = tr("{kind}, accepted").format(kind=kind) if row.row in self._ticked \
                    else tr("{kind}: check").format(kind=kind)
            return (None, row.row, kind, row.name, row.email, first)[column]
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or \
                not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        number = self._rows[index.row()].row
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) \
            else value
        if checked:
            self._ticked.add(number)
        else:
            self._ticked.discard(number)
        self.dataChanged.emit(index, self.index(index.row(), self.columnCount() - 1))
        return True


class PreviewFilter(QSortFilterProxyModel):
    """Shows one kind of row (or all), sorts by raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self.setSortRole(SORT_ROLE)

    def show_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._kind is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.sourceModel().data(index, KIND_ROLE) == self._kind
