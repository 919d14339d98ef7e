"""The Invitations page's tables: every membership of the term (PipelineModel) and, over
it, one table model per stage tab (StageFilter) holding only that stage's rows, filtered
by the search and sorted in Python.

A 10,000-member group reloads the page after every step. A QSortFilterProxyModel per tab
asked Python for every row (filterAcceptsRow) and for two sort keys per comparison
(data()) at each reload: half a second of calls. Here a reload is one pass over the rows
to split them by stage and one sort of each stage's row numbers on keys made once per
reload; a painted cell costs a list index and a tuple made the first time its row shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ... import formats
from ...domain.people import fold
from ...domain.reference import reference
from ...services.invitations import CHANNELS, Pipeline, PipelineRow
from .. import vocabulary
from ..table_model import ROOT, FlatTableModel
from ..tints import tint

Index = QModelIndex | QPersistentModelIndex
NAME, INVITED, ANSWER_BY, REMINDERS = 0, 4, 6, 7  # columns
DISPLAY, SORT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole
BACKGROUND, TOOLTIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole
# The roles data() answers; a painted cell asks for more, most of which it does not need.
ANSWERED = frozenset(int(role) for role in (DISPLAY, SORT, BACKGROUND, TOOLTIP))
ASCENDING = Qt.SortOrder.AscendingOrder


def _day(d: date | None) -> str:
    return formats.short_date(d)


class PipelineModel(FlatTableModel):
    """Every membership of the term with its invitation; the stage tabs' models read it."""

    HEADERS = ("Name", "E-mail", "Roles", "Status", "Invited", "Via", "Answer by",
               "Reminders", "Answer", "Onboarding")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self.HEADERS, parent)
        self._onboarding: Mapping[str, str] = {}
        self._stage_of: Sequence[str] = []  # row -> its stage
        self._overdue: Sequence[bool] = []  # row -> overdue
        self._at: dict[str, int] | None = None  # membership id -> row (a list's rows)
        self._role_names = {c: vocabulary.name(r.name) for c, r in reference().roles.items()}
        self._answers = {"accepted": self.tr("Accepted"), "declined": self.tr("Declined")}
        self._words: dict[str, str] = {}  # status, channel: the English name -> as shown
        self._shown: list[tuple | None] = []  # row -> its cells as shown, made when asked
        self._keys: dict[int, list[Any]] = {}  # column -> every row's sort key
        self._stages: dict[str, list[int]] | None = None
        self._folded: list[str | None] = []
        self._tint: QBrush | None = None

    def reset_rows(self, rows: Sequence[PipelineRow],
                   onboarding_text: Mapping[str, str]) -> None:
        """Show these rows, with the onboarding of each membership by id. A Pipeline is
        kept as it is, its rows made only when shown, selected or searched; the texts
        are read only for the rows shown (a Mapping may work them out when asked)."""
        self.beginResetModel()
        self._rows, self._onboarding, self._at = rows, onboarding_text, None
        if isinstance(rows, Pipeline):
            self._stage_of, self._overdue = rows.stages, rows.overdue
            self._keys = {NAME: rows.name_keys}
        else:
            self._rows = list(rows)
            self._stage_of = [r.stage for r in rows]
            self._overdue = [r.overdue for r in rows]
            self._keys = {}
        self._shown = [None] * len(self._rows)
        self._folded = [None] * len(self._rows)
        self._stages = None
        self.endResetModel()

    def row_at(self, row: int) -> PipelineRow:
        return self._rows[row]  # type: ignore[no-any-return]

    def membership_id(self, row: int) -> str:
        rows = self._rows
        if isinstance(rows, Pipeline):
            return rows.membership_id(row)  # without making the row
        return rows[row].membership_id  # type: ignore[no-any-return]

    def status(self, row: int) -> str:
        rows = self._rows
        if isinstance(rows, Pipeline):
            return rows.status(row)  # without making the row
        return rows[row].status  # type: ignore[no-any-return]

    def index_of(self, membership_id: str) -> int | None:
        """The row of a membership, or None (a look-up in a dictionary)."""
        rows = self._rows
        if isinstance(rows, Pipeline):
            return rows.index_of(membership_id)
        if self._at is None:
            self._at = {r.membership_id: i for i, r in enumerate(rows)}
        return self._at.get(membership_id)

    # ------------------------------------------------------------------ for the stages
    def stage_rows(self, stage: str) -> list[int]:
        """Row numbers of one stage ("overdue": the invited past their deadline), in the
        pipeline's order; the split is made once per reset, for every stage at once."""
        if self._stages is None:
            stages: dict[str, list[int]] = {}
            for i, its in enumerate(self._stage_of):
                found = stages.get(its)
                if found is None:
                    found = stages[its] = []
                found.append(i)
            stages["overdue"] = [i for i, late in enumerate(self._overdue) if late]
            self._stages = stages
        return self._stages.get(stage, [])

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's key for sorting by a column (made once per reset and column): the
        name as (family, given names) case folded, dates as ISO text, the reminders as a
        number, anything else as shown, case folded."""
        keys = self._keys.get(column)
        if keys is None:
            rows = self._rows
            if column == NAME:  # as the pipeline is sorted
                keys = [(r.family_name.casefold(), r.given_names.casefold()) for r in rows]
            elif column == REMINDERS:
                keys = [r.reminders for r in rows]
            elif column in (INVITED, ANSWER_BY):
                days = (r.invited_on if column == INVITED else r.deadline_on for r in rows)
                keys = [day.isoformat() if day else "" for day in days]
            else:
                keys = [self.display(i)[column].casefold() for i in range(len(rows))]
            self._keys[column] = keys
        return keys

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """Whether every (folded) word is in the row's name, e-mail, proposer or status."""
        key = self._folded[row]
        if key is None:
            rows = self._rows
            if isinstance(rows, Pipeline):
                text = rows.search_text(row)  # without making the row
            else:
                r = rows[row]
                text = f"{r.name} {r.email} {r.proposed_by} {r.status_name}"
            key = self._folded[row] = fold(text)
        return all(word in key for word in words)

    # ------------------------------------------------------------------ cells
    def display(self, row: int) -> tuple:
        """The row's cells as shown, made the first time the row is asked for."""
        shown = self._shown[row]
        if shown is None:
            shown = self._shown[row] = self._cells(self._rows[row])
        return shown

    def _word(self, english: str) -> str:
        shown = self._words.get(english)
        if shown is None:
            shown = self._words[english] = vocabulary.name(english)
        return shown

    def _cells(self, r: PipelineRow) -> tuple:
        reminders = ""
        if r.reminders:
            reminders = self.tr("%1 (last %2)").replace("%1", str(r.reminders)).replace(
                "%2", _day(r.last_reminder_on))
        return (
            r.name, r.email, ", ".join(self._role_names.get(c, c) for c in r.roles),
            self._word(r.status_name), _day(r.invited_on),
            self._word(CHANNELS.get(r.channel, r.channel)),
            _day(r.deadline_on), reminders,
            f"{self._answers.get(r.response, r.response)} {_day(r.responded_on)}".strip(),
            self._onboarding.get(r.membership_id, ""),
        )

    def cell(self, row: int, column: int, role: int) -> Any:
        """What data() answers for a row and column of the pipeline."""
        if role == DISPLAY:
            return self.display(row)[column]
        if role == SORT:
            return self.sort_keys(column)[row]
        if column == ANSWER_BY and self._rows[row].overdue:
            if role == BACKGROUND:
                if self._tint is None:
                    self._tint = QBrush(tint("warning"))
                return self._tint
            if role == TOOLTIP:
                return self.tr("Past the deadline with no answer")
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)


class StageFilter(QAbstractTableModel):
    """One stage of the pipeline as its tab's table shows it: the stage's rows of the
    PipelineModel that match the search, in the order of the sorted column."""

    def __init__(self, stage: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.words: list[str] = []  # the search, folded, every word must match
        self._source = PipelineModel(self)
        self._column, self._descending = NAME, False
        self._shown: list[int] = []  # shown row -> row of the pipeline
        self._where: dict[int, int] | None = None  # row of the pipeline -> shown row

    def setSourceModel(self, model: PipelineModel) -> None:
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        self._shown, self._where = self._visible(), None
        self.endResetModel()

    def sourceModel(self) -> PipelineModel:
        return self._source

    def _source_reset(self) -> None:
        self._shown, self._where = self._visible(), None
        self.endResetModel()

    # ------------------------------------------------------------------ reading
    @property
    def rows(self) -> list[PipelineRow]:
        source = self._source
        return [source.row_at(i) for i in self._shown]

    def row_at(self, row: int) -> PipelineRow:
        return self._source.row_at(self._shown[row])

    def membership_id(self, row: int) -> str:
        return self._source.membership_id(self._shown[row])

    def status(self, row: int) -> str:
        return self._source.status(self._shown[row])

    def rows_of(self, membership_ids: Iterable[str]) -> list[int]:
        """The shown rows of these memberships, ascending (those not shown left out): a
        dictionary look-up per id, the dictionary made once per change of the rows."""
        where = self._where
        if where is None:
            where = self._where = {i: n for n, i in enumerate(self._shown)}
        source, found = self._source, []
        for membership_id in membership_ids:
            n = where.get(source.index_of(membership_id))  # type: ignore[arg-type]
            if n is not None:
                found.append(n)
        return sorted(found)

    # ------------------------------------------------------------------ changing
    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words != self.words:
            self.words = words
            self._relayout()

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        if not 0 <= column < self._source.columnCount():
            return
        self._column, self._descending = column, order != ASCENDING
        # Ties keep the order they had (the previous sort's), as a QSortFilterProxyModel
        # sorts its rows as they stand.
        self._relayout(self._sorted(self._shown))

    def _visible(self) -> list[int]:
        source, words = self._source, self.words
        rows = source.stage_rows(self.stage)
        if words:
            rows = [i for i in rows if source.matches(i, words)]
        return self._sorted(rows)

    def _sorted(self, rows: list[int]) -> list[int]:
        return sorted(rows, key=self._source.sort_keys(self._column).__getitem__,
                      reverse=self._descending)

    def _relayout(self, shown: list[int] | None = None) -> None:
        """The shown rows recomputed (or these) as one layout change, persistent indexes
        (the selection, the current row) moved to where their member now is."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = self._shown
        members = [old[p.row()] if 0 <= p.row() < len(old) else -1 for p in before]
        self._shown = self._visible() if shown is None else shown
        self._where = None
        if before:
            where = {i: n for n, i in enumerate(self._shown)}
            after = [self.index(where[m], p.column()) if m in where else QModelIndex()
                     for p, m in zip(before, members, strict=True)]
            self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._source.columnCount()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        return self._source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ANSWERED or not index.isValid():
            return None
        return self._source.cell(self._shown[index.row()], index.column(), role)
