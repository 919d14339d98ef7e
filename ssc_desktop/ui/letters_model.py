"""The Letters page's table: one frozen LetterRow per line, and its filter by state,
species, overdue follow-up and typed text."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from ..domain.people import fold
from ..services.letter_dto import LetterRow
from .table_model import FlatTableModel
from .tints import alert_text, tint

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_MARK = "⚠"  # a shape, so the warning reads without colour too
# Dark red on pale red: contrast ratio above 7:1, and never the only signal.



def tr(text: str) -> str:
    return QCoreApplication.translate("LettersModel", text)


# What needs attention first (where it stands, since when, the follow-up), then what
# it is about.
COLUMNS = ("title", "state", "holder", "days", "follow_up", "species", "addressee",
           "urgency")
FOLLOW_UP_COLUMN = COLUMNS.index("follow_up")


def headers() -> tuple[str, ...]:
    return (tr("Request"), tr("State"), tr("Held by"), tr("In this state"),
            tr("Next follow-up"), tr("Species"), tr("Addressee"), tr("Urgency"))


def days_text(days: int) -> str:
    return tr("today") if days == 0 else (tr("1 day") if days == 1 else tr("%n days")
                                          .replace("%n", str(days)))


def follow_up_text(row: LetterRow, today: date) -> str:
    if row.follow_up_on is None:
        return ""
    text = row.follow_up_on.isoformat()
    if row.overdue:
        late = (today - row.follow_up_on).days
        return f"{OVERDUE_MARK} {text} " + tr("(overdue by %1)").replace("%1", days_text(late))
    return text


class LettersModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(headers(), parent)
        self._today = date.today()

    def reset_rows(self, rows: list[LetterRow], today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self.endResetModel()

    def rows(self) -> list[LetterRow]:
        return list(self._rows)

    def row_at(self, row: int) -> LetterRow:
        return self._rows[row]

    def row_of(self, letter_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.letter_id == letter_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in ("state", "holder"):
                return tr("Waits for %1").replace("%1", row.waits_for)
            if column == "follow_up" and row.overdue:
                return tr("The follow-up date has passed: contact the addressee or the "
                          "Chair's Office, then set a new date.")
            return self._display(row, column) or None
        if row.overdue and column == "follow_up":
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(alert_text())
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(tint("bad"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: LetterRow, column: str) -> str:
        if column == "title":
            return row.title
        if column == "species":
            return row.species + (f" [{row.red_list_category}]" if row.red_list_category
                                  else "")
        if column == "addressee":
            return row.addressee + (f" ({row.country})" if row.country else "")
        if column == "state":
            return row.state_name
        if column == "holder":
            return row.holder
        if column == "days":
            return days_text(row.days_in_state)
        if column == "follow_up":
            return follow_up_text(row, self._today)
        return row.urgency

    def _sort_value(self, row: LetterRow, column: str) -> Any:
        if column == "days":
            return row.days_in_state
        if column == "follow_up":
            return row.follow_up_on.isoformat() if row.follow_up_on else "9999"
        if column == "state":
            from ..domain.letters import STATE_ORDER

            return STATE_ORDER.index(row.state)
        return fold(self._display(row, column))


class LettersFilter(QSortFilterProxyModel):
    """Filter by state code, species text, overdue follow-up and folded search text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._state = ""
        self._species = ""
        self._overdue = False
        self._words: list[str] = []

    def set_filter(self, *, state: str = "", species: str = "", overdue: bool = False,
                   text: str = "") -> None:
        self.beginFilterChange()
        self._state, self._species, self._overdue = state, species, overdue
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LettersModel):
            return True
        row = model.row_at(source_row)
        if self._state == "open":
            from ..domain.letters import OPEN_STATES

            if row.state not in OPEN_STATES:
                return False
        elif self._state and row.state != self._state:
            return False
        if self._species and row.species != self._species:
            return False
        if self._overdue and not row.overdue:
            return False
        return all(word in row.search_key for word in self._words)
