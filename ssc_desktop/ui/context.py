"""What every page shares: the open database, the one current group and term, operations.

The window chooses the group and quadrennium and sets them here; pages read
`context.group` and `context.quadrennium` (full records, not ids to look up again) and
hear `groupChanged`. Every write goes through `context.ops` (ui/operations.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QUndoStack

from ..services import groups
from ..services.dto import GroupInfo, QuadrenniumInfo
from ..services.handle import DatabaseHandle
from .operations import OpChanges, Operations


class AppContext(QObject):
    """Owned by the main window; pages get it instead of reaching for globals."""

    groupChanged = Signal()

    def __init__(self, db: DatabaseHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.group: GroupInfo | None = None
        self.quadrennium: QuadrenniumInfo | None = None  # None: all quadrennia
        self._quadrennia: tuple[QuadrenniumInfo, ...] = ()
        self.ops = Operations(lambda: self.db, self)
        self.ops.changed.connect(self._changed)

    # ------------------------------------------------------------------ the workspace
    @property
    def group_id(self) -> str | None:
        return self.group.id if self.group is not None else None

    @property
    def quadrennium_id(self) -> str | None:
        return self.quadrennium.id if self.quadrennium is not None else None

    @property
    def quadrennia(self) -> tuple[QuadrenniumInfo, ...]:
        """Every quadrennium the database knows, oldest first (read once per database)."""
        if not self._quadrennia:
            self._quadrennia = tuple(groups.list_quadrennia(self.db))  # type: ignore[arg-type]
        return self._quadrennia

    @quadrennia.setter
    def quadrennia(self, terms: tuple[QuadrenniumInfo, ...]) -> None:
        self._quadrennia = terms

    def set_workspace(self, group: GroupInfo | None, quadrennium: QuadrenniumInfo | None,
                      quadrennia: tuple[QuadrenniumInfo, ...] | None = None) -> None:
        """The window's choice; pages hear `groupChanged` when it differs."""
        if quadrennia is not None:
            self.quadrennia = quadrennia
        if (group, quadrennium) != (self.group, self.quadrennium):
            self.group, self.quadrennium = group, quadrennium
            self.groupChanged.emit()

    def set_group(self, group_id: str | None, quadrennium_id: str | None) -> None:
        """The same choice by ids (a dialog or a test that knows only ids)."""
        self._quadrennia = ()
        group = next((g for g in groups.list_groups(self.db)  # type: ignore[arg-type]
                      if g.id == group_id), None)
        self.set_workspace(group, self.term(quadrennium_id))

    def term(self, quadrennium_id: str | None) -> QuadrenniumInfo | None:
        return next((t for t in self.quadrennia if t.id == quadrennium_id), None)

    def _changed(self, changes: OpChanges) -> None:
        if changes.groups:  # a group or a quadrennium was added: read the terms again
            self._quadrennia = ()

    def forget_workspace(self) -> None:
        """Another database: nothing chosen, every term read again."""
        self.group, self.quadrennium, self._quadrennia = None, None, ()

    # ------------------------------------------------------------------ shortcuts
    @property
    def undo_stack(self) -> QUndoStack:
        return self.ops.undo_stack

    @property
    def message(self) -> SignalInstance:
        return self.ops.message

    @property
    def failed(self) -> SignalInstance:
        return self.ops.failed
