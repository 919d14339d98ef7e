"""What the Targets page's search box and filters let through, and the proxy that hides
the rest of the tree.

The tree model keeps every row; on a filter change it marks, in plain Python lists, which
rows pass and counts them in the objective and KSR rows. TargetFilterProxy asks those lists
once per row and Qt does the hiding in C++: a keystroke is one pass over the rows, then row
removals and insertions, never a model reset, so expansion, selection and scroll stay put.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from ..services.target_dto import TargetRow

if TYPE_CHECKING:
    from .targets_model import TargetTreeModel

NEEDS_FOCAL_POINT = "__needs__"
_QT_6_10 = hasattr(QSortFilterProxyModel, "endFilterChange")


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


def marks(rows: list[TargetRow], f: TargetFilter, words: list[str]) -> list[bool]:
    """matches() for each row; the search box alone (what typing changes) without a call
    per row."""
    if not f.active:
        return [True] * len(rows)
    if not (f.status or f.ksr is not None or f.focal_point or f.not_updated):
        if len(words) == 1:
            word = words[0]
            return [word in r.search_key for r in rows]
        return [all(w in r.search_key for w in words) for r in rows]
    return [matches(r, f, words) for r in rows]


class TargetFilterProxy(QSortFilterProxyModel):
    """The tree as a filter shows it: rows the model marked as passing, group rows while
    they hold one. No sorting (the model is in plan and title order)."""

    def __init__(self, model: TargetTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # The model's marks change only through set_filter, which re-filters once; a
        # count changing in a group row must not re-filter that row on its own.
        self.setDynamicSortFilter(False)
        self.setSourceModel(model)
        self.evaluated = 0  # filterAcceptsRow calls, for the tests that count work

    def set_filter(self, f: TargetFilter) -> bool:
        """Show what `f` lets through; False (nothing done) when it is the same filter."""
        if f == self._model.filter:
            return False
        if _QT_6_10:  # announced before the marks change, as Qt 6.10 asks
            self.beginFilterChange()
            self._model.set_filter(f)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._model.set_filter(f)
            self.invalidateRowsFilter()
        return True

    def refilter(self) -> None:
        """The model's marks changed under the same filter (a load kept the tree and
        changed rows): hide and show rows again. The root mapping exists already (the view
        showed it), which is all Qt 6.10 asks beginFilterChange to ensure."""
        if _QT_6_10:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        self.evaluated += 1
        # The marks of the parent's children, keyed as TargetTreeModel.passing says.
        return self._model.passing[source_parent.internalId(), source_parent.row()][source_row]

    def multiData(self, index: QModelIndex | QPersistentModelIndex,  # type: ignore[override]
                  roles: QModelRoleDataSpan) -> None:
        """A painted cell's roles in one call (Qt's proxy would ask the model role by
        role, each a call into Python): a target cell from its plain item, in C++."""
        source = self.mapToSource(index)
        # A row painted before: its cells straight from the model's dictionary (the
        # common case, once per painted cell); else through painted_cell.
        cells = self._model.painted.get((source.internalId(), source.row()))
        cell = cells[source.column()] if cells is not None else \
            self._model.painted_cell(source)
        if cell is None:
            self._model.multiData(source, roles)
        else:
            cell.multiData(roles)

    def target_at(self, index: QModelIndex | QPersistentModelIndex) -> TargetRow | None:
        return self._model.target_at(self.mapToSource(index)) if index.isValid() else None
