"""What the targets tree shows in each cell: texts, colours, fonts and tooltips.

The roles and columns of the tree, the status colours (light and dark), the group rows,
and TargetCells, the part of TargetTreeModel that answers a cell and makes a painted
row's C++ cells; its sentences keep the "TargetTreeModel" translation context.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QStandardItem

from .. import formats
from ..domain import reference_names
from ..domain import targets as rules
from ..services.target_dto import KsrInfo, TargetRow
from . import vocabulary

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


class TargetCells:
    """Cell values of the targets tree, kept per value where they go through Babel."""

    # Provided by TargetTreeModel.
    _fonts: dict[tuple[bool, bool], QFont]
    _progress: dict[tuple, str]
    _dates: dict
    _counts: dict[int, str]
    rows_painted: int

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
                return QCoreApplication.translate(
                    "TargetTreeModel", "%s (no target yet)") % node.title
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
                return QCoreApplication.translate("TargetTreeModel", "Milestone")
            current = shown_number(t.current_value) or "–"
            unit = f" {t.unit}" if t.unit else ""
            return f"{current} / {shown_number(t.target_value)}{unit}"
        if column == FOCAL_COLUMN:
            if t.focal_point_state == rules.FOCAL_LEFT:
                return QCoreApplication.translate(
                    "TargetTreeModel", "⚠ %s left: needs a new focal point") % t.focal_point_name
            if t.focal_point_state == rules.FOCAL_NONE:
                return QCoreApplication.translate("TargetTreeModel", "⚠ No focal point")
            return t.focal_point_name
        if column == 5:
            if not t.last_quarter:
                return QCoreApplication.translate("TargetTreeModel", "never")
            due = QCoreApplication.translate("TargetTreeModel", " (due)")
            return formats.quarter(t.last_quarter) + (due if t.needs_update else "")
        if column == 6:
            late = QCoreApplication.translate("TargetTreeModel", " (overdue)")
            return self._due_text(t) + (late if t.overdue else "")
        return ""

    def _tooltip(self, t: TargetRow, column: int) -> str | None:
        if column == FOCAL_COLUMN and t.focal_point_state == rules.FOCAL_LEFT:
            return QCoreApplication.translate(
                "TargetTreeModel",
                "%s is no longer an active member of the group; choose a new focal "
                "point in the target editor.") % t.focal_point_name
        if column == 5 and t.needs_update:
            return QCoreApplication.translate(
                "TargetTreeModel", "No progress recorded for this quarter yet.")
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


def shown_number(value: float | None) -> str:
    """A target's figure as the reader writes numbers ("5,000", "5 000", "5.000"; at most
    two decimals); '' for none. Editable fields keep rules.format_number."""
    if value is None:
        return ""
    return formats.number(int(value) if float(value).is_integer() else round(value, 2))
