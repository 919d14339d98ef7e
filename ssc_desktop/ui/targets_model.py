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
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)

from .. import formats, i18n
from ..domain import reference_names
from ..domain import targets as rules
from ..domain.people import fold
from ..services.target_dto import KsrInfo, TargetRow
from . import vocabulary
from .targets_filter import NEEDS_FOCAL_POINT, TargetFilter, marks

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ProgressRole = Qt.ItemDataRole.UserRole + 1  # float 0..1 or None
ProgressTextRole = Qt.ItemDataRole.UserRole + 2
TargetIdRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4  # "objective" | "ksr" | "target"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5  # status code

COLUMNS = ("Target", "Progress", "Status", "Current / target", "Focal point", "Last update",
           "Due")
PROGRESS_COLUMN, STATUS_COLUMN, FOCAL_COLUMN = 1, 2, 4
__all__ = ["NEEDS_FOCAL_POINT", "Load", "TargetFilter", "TargetTreeModel"]

# Light and dark variants: each readable on its palette, and the shape says it without colour.
STATUS_COLOURS = {
    "on_track": ("#1b7a3a", "#7ad992"), "at_risk": ("#8a5300", "#ffc45c"),
    "off_track": ("#b3261e", "#ff8f85"), "achieved": ("#1f5fa8", "#8ab8ff"),
    "dropped": ("#5f6368", "#b0b4b8"), "no_update": ("#5f6368", "#b0b4b8"),
}
FLAG_COLOURS = ("#b3261e", "#ff8f85")


def is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(code: str) -> QColor:
    light, dark = STATUS_COLOURS.get(code, STATUS_COLOURS["no_update"])
    return QColor(dark if is_dark() else light)


def flag_colour() -> str:
    return FLAG_COLOURS[1] if is_dark() else FLAG_COLOURS[0]


class Load(Enum):
    """What a load did to the tree: rebuilt it (a model reset), changed its rows in place,
    or changed them and which of them the filter lets through (the proxy filters again)."""

    RESET = "reset"
    KEPT = "kept"
    REFILTER = "refilter"


class _Group:
    """An objective or KSR row: its title, what it holds, and how many targets show."""

    __slots__ = ("cell", "children", "count", "kind", "ksr", "title")

    def __init__(self, kind: str, title: str, ksr: KsrInfo | None = None) -> None:
        self.kind, self.title, self.ksr = kind, title, ksr
        self.children: list = []  # KSR groups of an objective; target rows of a KSR
        self.count = 0  # targets shown below it
        self.cell: QStandardItem | None = None  # as painted, until the count changes


N_COLUMNS = len(COLUMNS)
DISPLAY, FONT, FOREGROUND, TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole))
# Roles a painted cell asks for that no target cell answers: answered without a look-up.
_PLAIN_ROLES = frozenset(int(r) for r in (
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole))
# The cells and roles besides the text that a target row may answer when painted.
_PAINTED = ((PROGRESS_COLUMN, ProgressRole), (PROGRESS_COLUMN, ProgressTextRole),
            (STATUS_COLUMN, FOREGROUND), (FOCAL_COLUMN, FOREGROUND), (FOCAL_COLUMN, FONT))
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TargetTreeModel(QStandardItemModel):
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
                obj = objectives[k.objective_code] = _Group("objective", k.objective_name)
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

    def _paint_group(self, node: _Group) -> QStandardItem:
        cell = node.cell = QStandardItem(self._group_data(node, 0, DISPLAY))
        cell.setData(self._group_data(node, 0, FONT), FONT)
        cell.setData(node.kind, KindRole)
        return cell

    def _paint_row(self, t: TargetRow) -> list[QStandardItem]:
        self.rows_painted += 1
        cells = [QStandardItem(self._display(t, column)) for column in range(N_COLUMNS)]
        for column, role in _PAINTED:
            value = self._target_data(t, column, role)
            if value is not None:
                cells[column].setData(value, role)
        return cells

    def _font(self, bold: bool, italic: bool) -> QFont:
        font = self._fonts.get((bold, italic))
        if font is None:
            font = self._fonts[bold, italic] = QFont()
            font.setBold(bold)
            font.setItalic(italic)
        return font

    def _progress_text(self, t: TargetRow) -> str:
        # A percentage through Babel: once per value (rows share a few dozen).
        key = (t.is_milestone, t.milestone_done, bool(t.last_quarter),
               None if t.progress is None else round(t.progress, 2))
        text = self._progress.get(key)
        if text is None:
            text = self._progress[key] = progress_text(t)
        return text

    def _due_text(self, t: TargetRow) -> str:
        text = self._dates.get(t.due_on)
        if text is None:
            text = self._dates[t.due_on] = formats.short_date(t.due_on)
        return text

    def forget_painted(self) -> None:
        """A new palette: colours are chosen again when rows are next painted."""
        self.painted, self._by_value, self._kept = {}, {}, {}

    def _value(self, node: _Group | TargetRow, column: int, role: int) -> object:
        if type(node) is _Group:
            return self._group_data(node, column, role)
        if role == DISPLAY:
            return self._display(node, column)
        if role in _PLAIN_ROLES:
            return None
        return self._target_data(node, column, role)

    def _group_data(self, node: _Group, column: int, role: int) -> object:
        if role == KindRole:
            return node.kind
        if column != 0:
            return None
        if role == DISPLAY:
            if node.count == 0:
                return self.tr("%s (no target yet)") % node.title
            words = self._counts.get(node.count)
            if words is None:  # Babel's number: once per count and language
                words = self._counts[node.count] = targets_text(node.count)
            return f"{node.title} ({words})"
        if role == FONT:
            return self._font(node.kind == "objective", node.kind == "ksr" and node.count == 0)
        if role == TOOLTIP and node.ksr is not None:
            return reference_names.ksr_title(node.ksr.title)
        return None

    def _target_data(self, t: TargetRow, column: int, role: int) -> object:
        if role == KindRole:
            return "target"
        if role == TargetIdRole:
            return t.id
        if role == STATUS_ROLE:
            return t.status
        if role == ProgressRole and column == PROGRESS_COLUMN:
            return t.progress
        if role == ProgressTextRole and column == PROGRESS_COLUMN:
            return self._progress_text(t)
        if role == FOREGROUND:
            if column == STATUS_COLUMN:
                return status_colour(t.status)
            if column == FOCAL_COLUMN and t.needs_focal_point:
                return QColor(flag_colour())
        if role == FONT and column == FOCAL_COLUMN and t.needs_focal_point:
            return self._font(True, False)
        if role == TOOLTIP:
            return self._tooltip(t, column)
        return None

    def _display(self, t: TargetRow, column: int) -> str:
        if column == 0:
            return t.title
        if column == PROGRESS_COLUMN:
            return self._progress_text(t)
        if column == STATUS_COLUMN:
            status = rules.status_of(t.status)
            return f"{status.symbol} {vocabulary.name(status.name)}"
        if column == 3:
            if t.is_milestone:
                return self.tr("Milestone")
            current = rules.format_number(t.current_value) or "–"
            unit = f" {t.unit}" if t.unit else ""
            return f"{current} / {rules.format_number(t.target_value)}{unit}"
        if column == FOCAL_COLUMN:
            if t.focal_point_state == rules.FOCAL_LEFT:
                return self.tr("⚠ %s left: needs a new focal point") % t.focal_point_name
            if t.focal_point_state == rules.FOCAL_NONE:
                return self.tr("⚠ No focal point")
            return t.focal_point_name
        if column == 5:
            if not t.last_quarter:
                return self.tr("never")
            return t.last_quarter + (self.tr(" (due)") if t.needs_update else "")
        if column == 6:
            return self._due_text(t) + (self.tr(" (overdue)") if t.overdue else "")
        return ""

    def _tooltip(self, t: TargetRow, column: int) -> str | None:
        if column == FOCAL_COLUMN and t.focal_point_state == rules.FOCAL_LEFT:
            return self.tr("%s is no longer an active member of the group; choose a new focal "
                           "point in the target editor.") % t.focal_point_name
        if column == 5 and t.needs_update:
            return self.tr("No progress recorded for this quarter yet.")
        if column == 0:
            return "\n".join(x for x in (t.title, t.indicator, t.last_narrative) if x)
        return None


def targets_text(n: int) -> str:
    from PySide6.QtCore import QCoreApplication

    one, many = (QCoreApplication.translate("Targets", "1 target"),
                 QCoreApplication.translate("Targets", "%1 targets"))
    return one if n == 1 else many.replace("%1", formats.number(n))


def ksr_label(k: KsrInfo) -> str:
    """'KSR 5: Improve …' with the abbreviation of the window's language (RCE, RCE)."""
    return QCoreApplication.translate("Targets", "KSR %1: %2").replace(
        "%1", str(k.number)).replace("%2", reference_names.ksr_title(k.title))


def progress_text(t: TargetRow) -> str:
    if t.is_milestone:
        if t.milestone_done:
            return QCoreApplication.translate("Progress", "Done")
        return (QCoreApplication.translate("Progress", "Not done") if t.last_quarter
                else QCoreApplication.translate("Progress", "Not started"))
    if t.progress is None:
        return QCoreApplication.translate("Progress", "No update yet")
    return formats.percent(round(t.progress, 2))


def summary_counts(rows: list[TargetRow]) -> tuple[dict[str, int], dict[str, int]]:
    """Targets per objective (in plan order) and per status."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, tuple[int, int]] = {}  # where a stable sort by plan order meets it
    by_status: dict[str, int] = defaultdict(int)
    for i, r in enumerate(rows):
        name = r.objective_name
        counts[name] += 1
        by_status[r.status] += 1
        if name not in first or r.objective_order < first[name][0]:
            first[name] = (r.objective_order, i)
    by_objective = {name: counts[name] for name in sorted(first, key=first.__getitem__)}
    return by_objective, dict(by_status)
