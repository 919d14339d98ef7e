"""The targets tree: objective > KSR > target, fed whole by one reset method.

Filtering happens here, in plain Python over frozen rows, and the tree is rebuilt:
at 2,000 targets that is faster than a recursive QSortFilterProxyModel, and the
objective and KSR rows always show counts of what is visible.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from .. import formats
from ..domain import reference_names
from ..domain import targets as rules
from ..domain.people import fold
from ..services.target_dto import KsrInfo, TargetRow
from . import vocabulary

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


@dataclass(frozen=True, slots=True)
class TargetFilter:
    text: str = ""
    status: str = ""  # a status code, or "" for any
    ksr: int | None = None
    focal_point: str = ""  # a person id, NEEDS_FOCAL_POINT, or "" for anyone
    not_updated: bool = False

    @property
    def active(self) -> bool:
        return bool(self.text or self.status or self.ksr is not None or self.focal_point
                    or self.not_updated)


NEEDS_FOCAL_POINT = "__needs__"


def matches(row: TargetRow, f: TargetFilter, words: list[str]) -> bool:
    if f.status and row.status != f.status:
        return False
    if f.ksr is not None and row.ksr_number != f.ksr:
        return False
    if f.focal_point == NEEDS_FOCAL_POINT:
        if not row.needs_focal_point:
            return False
    elif f.focal_point and row.focal_point_id != f.focal_point:
        return False
    if f.not_updated and not row.needs_update:
        return False
    return all(w in row.search_key for w in words)


@dataclass
class _Node:
    kind: str
    parent: int  # node id; 0 is the invisible root
    row: int
    title: str = ""
    target: TargetRow | None = None
    ksr: KsrInfo | None = None
    children: list[int] = field(default_factory=list)
    count: int = 0


N_COLUMNS = len(COLUMNS)


class TargetTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TargetRow] = []
        self._ksrs: list[KsrInfo] = []
        self._filter = TargetFilter()
        self._nodes: list[_Node] = [_Node("root", 0, 0)]
        self.shown = 0

    # ---- feeding

    def set_data(self, rows: list[TargetRow], ksrs: list[KsrInfo]) -> None:
        # Sorted by title once per load, so a keystroke only filters (no folding, no sort).
        self._rows = sorted(rows, key=lambda t: fold(t.title))
        self._ksrs = ksrs
        self._rebuild()

    def set_filter(self, f: TargetFilter) -> None:
        if f != self._filter:
            self._filter = f
            self._rebuild()

    @property
    def rows(self) -> list[TargetRow]:
        return self._rows

    def hidden_nodes(self, f: TargetFilter) -> set[int]:
        """The nodes a view hides to show only what `f` lets through, over the whole
        tree (built unfiltered): a keystroke hides and shows rows instead of resetting
        the model. Group rows count what they still show."""
        if not f.active:
            self.shown = len(self._rows)
            changed = self._recount(None)
            self._emit_counts(changed)
            return set()
        words = fold(f.text).split()
        hidden: set[int] = set()
        visible: set[int] = set()
        for node_id, node in enumerate(self._nodes):
            if node.target is not None:
                if matches(node.target, f, words):
                    visible.add(node_id)
                else:
                    hidden.add(node_id)
        self.shown = len(visible)
        changed = self._recount(visible)
        for node_id, node in enumerate(self._nodes):
            if node.kind in ("objective", "ksr") and node.count == 0:
                hidden.add(node_id)
        self._emit_counts(changed)
        return hidden

    def _recount(self, visible: set[int] | None) -> list[int]:
        changed = []
        for node_id, node in enumerate(self._nodes):
            if node.kind == "ksr":
                count = sum(1 for c in node.children if visible is None or c in visible)
                if count != node.count:
                    node.count = count
                    changed.append(node_id)
        for node_id, node in enumerate(self._nodes):
            if node.kind == "objective":
                count = sum(self._nodes[c].count for c in node.children)
                if count != node.count:
                    node.count = count
                    changed.append(node_id)
        return changed

    def _emit_counts(self, node_ids: list[int]) -> None:
        for node_id in node_ids:
            index = self.createIndex(self._nodes[node_id].row, 0, node_id)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def parent_of(self, node_id: int) -> QModelIndex:
        parent_id = self._nodes[node_id].parent
        if parent_id == 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def row_in_parent(self, node_id: int) -> int:
        return self._nodes[node_id].row

    def _rebuild(self) -> None:
        self.beginResetModel()
        f = self._filter
        words = fold(f.text).split()
        visible = [r for r in self._rows if matches(r, f, words)] if f.active else self._rows
        self.shown = len(visible)
        by_ksr: dict[int, list[TargetRow]] = defaultdict(list)
        for r in visible:
            by_ksr[r.ksr_number].append(r)
        ksrs = list(self._ksrs)
        known = {k.number for k in ksrs}
        for r in visible:  # a target whose KSR is not in the set still shows
            if r.ksr_number not in known:
                known.add(r.ksr_number)
                ksrs.append(KsrInfo(r.ksr_id, r.ksr_number, r.objective_code, r.objective_name,
                                    r.ksr_title))
        order: dict[str, int] = {}  # objectives in plan order: by their first KSR
        for k in ksrs:
            order[k.objective_code] = min(order.get(k.objective_code, k.number), k.number)
        objectives: dict[str, list[KsrInfo]] = {}
        for k in sorted(ksrs, key=lambda k: (order.get(k.objective_code, 0), k.number)):
            objectives.setdefault(k.objective_code, []).append(k)
        nodes = [_Node("root", 0, 0)]
        for ksr_list in objectives.values():
            if f.active and not any(by_ksr.get(k.number) for k in ksr_list):
                continue
            obj_id = len(nodes)
            nodes.append(_Node("objective", 0, len(nodes[0].children), ksr_list[0].objective_name))
            nodes[0].children.append(obj_id)
            for k in ksr_list:
                targets = by_ksr.get(k.number, [])
                if f.active and not targets:
                    continue
                ksr_id = len(nodes)
                nodes.append(_Node("ksr", obj_id, len(nodes[obj_id].children), ksr_label(k), ksr=k,
                                   count=len(targets)))
                nodes[obj_id].children.append(ksr_id)
                nodes[obj_id].count += len(targets)
                for t in targets:  # already in title order (set_data)
                    nodes.append(_Node("target", ksr_id, len(nodes[ksr_id].children), t.title,
                                       target=t))
                    nodes[ksr_id].children.append(len(nodes) - 1)
        self._nodes = nodes
        self.endResetModel()

    # ---- structure

    def _node(self, index: Index) -> _Node:
        return self._nodes[index.internalId()] if index.isValid() else self._nodes[0]

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # Called for every row whenever the view lays the tree out: kept to plain
        # Python checks (hasIndex would call back into rowCount and columnCount).
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = self._nodes[parent.internalId()].children
        else:
            children = self._nodes[0].children
        if 0 <= row < len(children) and 0 <= column < N_COLUMNS:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:  # QObject.parent(), asked for by Python code
            return super().parent()  # type: ignore[return-value]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._nodes[index.internalId()].parent
        if parent_id == 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._nodes[0].children)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return N_COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return vocabulary.name(COLUMNS[section])
        return None

    def target_at(self, index: Index) -> TargetRow | None:
        return self._node(index).target if index.isValid() else None

    def index_of(self, target_id: str) -> QModelIndex:
        for node_id, node in enumerate(self._nodes):
            if node.target is not None and node.target.id == target_id:
                return self.createIndex(node.row, 0, node_id)
        return QModelIndex()

    def group_indexes(self) -> list[QModelIndex]:
        """Objective and KSR rows (the view spans them across all columns)."""
        return [self.createIndex(n.row, 0, i) for i, n in enumerate(self._nodes)
                if n.kind in ("objective", "ksr")]

    # ---- data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == KindRole:
            return node.kind
        if node.target is None:
            return self._group_data(node, index.column(), role)
        return self._target_data(node.target, index.column(), role)

    def _group_data(self, node: _Node, column: int, role: int) -> object:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if node.count == 0:
                return self.tr("%s (no target yet)") % node.title
            return f"{node.title} ({targets_text(node.count)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(node.kind == "objective")
            font.setItalic(node.kind == "ksr" and node.count == 0)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and node.ksr is not None:
            return reference_names.ksr_title(node.ksr.title)
        return None

    def _target_data(self, t: TargetRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(t, column)
        if role == TargetIdRole:
            return t.id
        if role == STATUS_ROLE:
            return t.status
        if role == ProgressRole and column == PROGRESS_COLUMN:
            return t.progress
        if role == ProgressTextRole and column == PROGRESS_COLUMN:
            return progress_text(t)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS_COLUMN:
                return status_colour(t.status)
            if column == FOCAL_COLUMN and t.needs_focal_point:
                return QColor(flag_colour())
        if role == Qt.ItemDataRole.FontRole and column == FOCAL_COLUMN and t.needs_focal_point:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(t, column)
        return None

    def _display(self, t: TargetRow, column: int) -> str:
        if column == 0:
            return t.title
        if column == PROGRESS_COLUMN:
            return progress_text(t)
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
            return formats.short_date(t.due_on) + (self.tr(" (overdue)") if t.overdue else "")
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
    by_objective: dict[str, int] = {}
    for r in sorted(rows, key=lambda r: r.objective_order):
        by_objective[r.objective_name] = by_objective.get(r.objective_name, 0) + 1
    by_status: dict[str, int] = defaultdict(int)
    for r in rows:
        by_status[r.status] += 1
    return by_objective, dict(by_status)
