"""The flat table every list page shows: rows, columns and headers in one place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from . import vocabulary

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class FlatTableModel(QAbstractTableModel):
    """A table over a list of immutable rows, reset whole; subclasses supply data()."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(vocabulary.name(h) for h in headers)
        self._rows: list[Any] = []

    @property
    def rows(self) -> list[Any]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None
