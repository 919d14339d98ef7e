"""The targets tree: objective > KSR > target, fed whole by set_data.

The structure lives in C++ (a QStandardItemModel with one item per objective and KSR and
empty cells for the targets), so the view lays out 2,000 rows without calling Python; only
data() is Python, for the cells it paints. A filter never rebuilds the tree: set_filter marks
the rows that pass and recounts the group rows, and TargetFilterProxy (targets_filter.py)
hides the rest. Nor does a load of the same shape (an edit, an update, an undo): set_data
changes those rows in place. A painted row's cells are kept (by position, and by value across
loads), so painting it again reads them in C++.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from enum import Enum

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import (
    QFont,
    QStandardItem,
    QStandardItemModel,
)

from .. import i18n
from ..domain import reference_names
from ..domain.people import fold
from ..services.target_dto import KsrInfo, TargetRow
from . import vocabulary
from .target_cells import (  # noqa: F401 (the tree's roles, columns and texts, as before)
    _GROUP_FLAGS,
    _PAINTED,
    COLUMNS,
    DISPLAY,
    FOCAL_COLUMN,
    FONT,
    FOREGROUND,
    N_COLUMNS,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    STATUS_ROLE,
    TOOLTIP,
    KindRole,
    ProgressRole,
    ProgressTextRole,
    TargetCells,
    TargetIdRole,
    _Group,
    flag_colour,
    ksr_label,
    progress_text,
    status_colour,
    summary_counts,
    targets_text,
)
from .targets_filter import NEEDS_FOCAL_POINT, TargetFilter, marks

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
__all__ = ["NEEDS_FOCAL_POINT", "Load", "TargetFilter", "TargetTreeModel"]

class Load(Enum):
    """What a load did to the tree: rebuilt it (a model reset), changed its rows in place,
    or changed them and which of them the filter lets through (the proxy filters again)."""

    RESET = "reset"
    KEPT = "kept"
    REFILTER = "refilter"


class TargetTreeModel(TargetCells, QStandardItemModel):
    """Every target of the term under its objective and KSR (KSRs without targets too).

    Every child of one item carries that item's address as its internal id, so data()
    finds a cell's row in `_kids` with one dictionary look-up. Read it through a view or
    a proxy (they ask data() role by role); QStandardItemModel's own itemData() and
    multiData() know only the group items.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, N_COLUMNS, parent)
        self._rows: list[TargetRow] = []
        self._ksrs: list[KsrInfo] = []
        self._filter = TargetFilter()
        self._kids: dict[int, list] = {}  # a parent item's address -> the rows below it
        self._groups: list[tuple[_Group, tuple[int, ...]]] = []  # with their row path
        self._where: dict[str, tuple[int, int, int]] = {}  # target id -> its row path
        # (parent's internal id, row) -> a painted target row's cells as plain items (the
        # proxy reads it directly, once per painted cell)
        self.painted: dict[tuple[int, int], list[QStandardItem]] = {}
        # The same cells by the row's value, this load's and the previous load's: a reload
        # that changes nothing in a row (one target edited, an undo) paints it from these.
        self._by_value: dict[TargetRow, list[QStandardItem]] = {}
        self._kept: dict[TargetRow, list[QStandardItem]] = {}
        self._language = i18n.language()  # what the kept cells and the words below speak
        self._progress: dict[tuple[object, ...], str] = {}  # progress facts -> in words
        self._dates: dict[date, str] = {}  # due dates as the tables write them
        self._counts: dict[int, str] = {}  # "12 targets" in a group row
        self.rows_painted = 0  # target rows made into cells, for the tests that count work
        self.resets = 0  # loads that rebuilt the tree, likewise
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        # (parent's internal id, parent's row) -> which of its rows the filter lets
        # through: what TargetFilterProxy.filterAcceptsRow reads, once per row.
        self.passing: dict[tuple[int, int], list[bool]] = {}
        self.shown = 0

    # ---- feeding

    def set_data(self, rows: list[TargetRow], ksrs: list[KsrInfo],
                 f: TargetFilter | None = None) -> Load:
        """Show `rows` under their objectives and KSRs. A load that keeps the tree's shape
        (the same objectives, KSRs and targets in the same places: a target edited or its
        progress recorded, an undo) changes the rows in place, so expansion, selection and
        scroll stay and no row is laid out again; any other load resets the model."""
        # Sorted by title once per load, so a keystroke only filters (no folding, no sort).
        self._rows = sorted(rows, key=lambda t: fold(t.title))
        self._ksrs = ksrs
        if f is not None:
            self._filter = f
        objectives = self._tree()
        if self._same_shape(objectives):
            return self._update(objectives)
        self.beginResetModel()
        with QSignalBlocker(self):  # one reset, not a signal per row
            root = self.invisibleRootItem()
            root.removeRows(0, root.rowCount())
            for obj in objectives:
                item = QStandardItem()
                item.setFlags(_GROUP_FLAGS)
                item.setColumnCount(N_COLUMNS)
                for ksr in obj.children:
                    child = QStandardItem()
                    child.setFlags(_GROUP_FLAGS)
                    child.setColumnCount(N_COLUMNS)
                    child.setRowCount(len(ksr.children))  # empty cells: data() fills them
                    item.appendRow(child)
                root.appendRow(item)
            self._index_tree(objectives)
            self._mark()
        self.endResetModel()
        self.resets += 1
        return Load.RESET

    def _same_shape(self, objectives: list[_Group]) -> bool:
        if self._language != i18n.language():  # every group's words change
            return False
        old = self._kids_of_root()
        return len(old) == len(objectives) and all(
            a.title == b.title and len(a.children) == len(b.children) and all(
                x.title == y.title and x.ksr == y.ksr
                and [t.id for t in x.children] == [t.id for t in y.children]
                for x, y in zip(a.children, b.children, strict=True))
            for a, b in zip(old, objectives, strict=True))

    def _update(self, objectives: list[_Group]) -> Load:
        """The new rows into the tree of the same shape, marked for the filter; the rows
        and group rows say they changed (a view repaints them; no layout)."""
        for a, b in zip(self._kids_of_root(), objectives, strict=True):
            for x, y in zip(a.children, b.children, strict=True):
                x.children[:] = y.children  # the list data() reads through _kids
        self.painted, self._kept, self._by_value = {}, self._by_value, {}
        before = {key: list(passing) for key, passing in self.passing.items()}
        self._mark()
        for group, path in self._groups:
            group.cell = None  # as set_filter would, for each group row
            index = self._path_index(path)
            self.dataChanged.emit(index, index, [])
            if group.kind == "ksr" and group.children:
                self.dataChanged.emit(self.index(0, 0, index), self.index(
                    len(group.children) - 1, N_COLUMNS - 1, index), [])
        return Load.REFILTER if self.passing != before else Load.KEPT

    def _tree(self) -> list[_Group]:
        by_ksr: dict[int, list[TargetRow]] = defaultdict(list)
        for r in self._rows:
            by_ksr[r.ksr_number].append(r)
        ksrs = list(self._ksrs)
        known = {k.number for k in ksrs}
        for r in self._rows:  # a target whose KSR is not in the set still shows
            if r.ksr_number not in known:
                known.add(r.ksr_number)
                ksrs.append(KsrInfo(r.ksr_id, r.ksr_number, r.objective_code, r.objective_name,
                                    r.ksr_title))
        order: dict[str, int] = {}  # objectives in plan order: by their first KSR
        for k in ksrs:
            order[k.objective_code] = min(order.get(k.objective_code, k.number), k.number)
        objectives: dict[str, _Group] = {}
        for k in sorted(ksrs, key=lambda k: (order.get(k.objective_code, 0), k.number)):
            obj = objectives.get(k.objective_code)
            if obj is None:
                obj = objectives[k.objective_code] = _Group(
                    "objective", reference_names.translated(k.objective_name))
            ksr = _Group("ksr", ksr_label(k), k)
            ksr.children = by_ksr.get(k.number, [])  # already in title order (set_data)
            obj.children.append(ksr)
        return list(objectives.values())

    def _index_tree(self, objectives: list[_Group]) -> None:
        """Where each row lives: its parent's address (the internal id its cells carry)
        for data(), its row path for index_of() and group_indexes()."""
        kids: dict[int, list] = {}
        passing: dict[tuple[int, int], list[bool]] = {}
        groups: list[tuple[_Group, tuple[int, ...]]] = []
        where: dict[str, tuple[int, int, int]] = {}
        if objectives:
            root_id = self.index(0, 0).internalId()
            kids[root_id] = objectives
            passing[0, -1] = [True] * len(objectives)
        for i, obj in enumerate(objectives):
            groups.append((obj, (i,)))
            obj_index = self.index(i, 0)
            if obj.children:
                obj_id = self.index(0, 0, obj_index).internalId()
                kids[obj_id] = obj.children
                passing[root_id, i] = [True] * len(obj.children)
            for j, ksr in enumerate(obj.children):
                groups.append((ksr, (i, j)))
                if ksr.children:
                    ksr_id = self.index(0, 0, self.index(j, 0, obj_index)).internalId()
                    kids[ksr_id] = ksr.children
                    passing[obj_id, j] = [True] * len(ksr.children)
                    for row, t in enumerate(ksr.children):
                        where[t.id] = (i, j, row)
        self._kids, self.passing, self._groups, self._where = kids, passing, groups, where
        self.painted, self._kept, self._by_value = {}, self._by_value, {}
        if self._language != i18n.language():  # the words of another language
            self._language, self._kept, self._progress, self._dates, self._counts = (
                i18n.language(), {}, {}, {}, {})

    def set_filter(self, f: TargetFilter) -> bool:
        """Mark the rows `f` lets through and recount the group rows (their text changes;
        the rows stay). False when `f` is the filter already marked."""
        if f == self._filter:
            return False
        self._filter = f
        changed = self._mark()
        for path in changed:
            index = self._path_index(path)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def _mark(self) -> list[tuple[int, ...]]:
        """Fill `passing` for the current filter (lists changed in place, so the proxy's
        look-up stays one step); the paths of the group rows whose count changed."""
        f, changed = self._filter, []
        words = fold(f.text).split()
        shown = 0
        objectives = self._kids_of_root()
        root_id = self.index(0, 0).internalId() if objectives else 0
        for i, obj in enumerate(objectives):
            obj_count = 0
            obj_id = self.index(0, 0, self.index(i, 0)).internalId() if obj.children else 0
            for j, ksr in enumerate(obj.children):
                if ksr.children:
                    passing = self.passing[obj_id, j]
                    passing[:] = marks(ksr.children, f, words)
                    count = passing.count(True)
                else:
                    count = 0
                if count != ksr.count:
                    ksr.count, ksr.cell = count, None
                    changed.append((i, j))
                obj_count += count
                self.passing[root_id, i][j] = count > 0 or not f.active
            if obj_count != obj.count:
                obj.count, obj.cell = obj_count, None
                changed.append((i,))
            self.passing[0, -1][i] = obj_count > 0 or not f.active
            shown += obj_count
        self.shown = shown
        return changed

    def _kids_of_root(self) -> list[_Group]:
        return self._kids.get(self.index(0, 0).internalId(), []) if self.rowCount() else []

    def _path_index(self, path: tuple[int, ...]) -> QModelIndex:
        index = QModelIndex()
        for row in path:
            index = self.index(row, 0, index)
        return index

    @property
    def filter(self) -> TargetFilter:
        return self._filter

    @property
    def rows(self) -> list[TargetRow]:
        return self._rows

    # ---- looking up

    def target_at(self, index: Index) -> TargetRow | None:
        node = self._node(index)
        return node if isinstance(node, TargetRow) else None

    def _node(self, index: Index) -> _Group | TargetRow | None:
        kids = self._kids.get(index.internalId()) if index.isValid() else None
        return kids[index.row()] if kids is not None else None

    def index_of(self, target_id: str) -> QModelIndex:
        path = self._where.get(target_id)
        return self._path_index(path) if path else QModelIndex()

    def group_indexes(self) -> list[QModelIndex]:
        """Objective and KSR rows (the view spans them across all columns)."""
        return [self._path_index(path) for _group, path in self._groups]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.name(COLUMNS[section])
        return None

    # ---- data

    def data(self, index: Index, role: int = DISPLAY) -> object:
        node = self._node(index)
        return None if node is None else self._value(node, index.column(), role)

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # type: ignore[override]
        """Every role a painted cell asks for in one call (a view asks for seven)."""
        node = self._node(index)
        if node is None:
            return
        column = index.column()
        for item in roles:
            value = self._value(node, column, item.role())
            if value is not None:
                item.setData(value)

    def painted_cell(self, index: Index) -> QStandardItem | None:
        """A target cell as a plain item holding what a delegate asks for when it paints
        (QStyledItemDelegate's multiData: text, font, colours and the rest empty; the
        progress figures too), made when its row is first painted and kept until the next
        load, so repainting reads it in C++. An objective or KSR row's first cell likewise,
        made again when its count changes; None for its other cells (the view spans the
        first)."""
        cells = self.painted.get((index.internalId(), index.row()))
        if cells is None:
            node = self._node(index)
            if type(node) is not TargetRow:
                if type(node) is not _Group or index.column() != 0:
                    return None
                return node.cell or self._paint_group(node)
            cells = self._kept.pop(node, None)
            if cells is None:
                cells = self._paint_row(node)
            self.painted[index.internalId(), index.row()] = self._by_value[node] = cells
        return cells[index.column()]

    def forget_painted(self) -> None:
        """A new palette: colours are chosen again when rows are next painted."""
        self.painted, self._by_value, self._kept = {}, {}, {}


