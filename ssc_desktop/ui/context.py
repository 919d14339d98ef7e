"""What every page shares: the open database, the chosen group and term, undo/redo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..services import history
from ..services.dto import Change
from ..store.database import Database


def tr(text: str) -> str:
    return QCoreApplication.translate("AppContext", text)


class BatchCommand(QUndoCommand):
    """One service call on the undo stack: undo reverts its batch, redo replays it."""

    def __init__(self, context: AppContext, change: Change) -> None:
        super().__init__(change.summary)
        self._context = context
        self._batch_id = change.batch_id
        self._done = True  # pushed after the service call already ran

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._context.apply(lambda db: history.redo(db, self._batch_id), record=False)

    def undo(self) -> None:
        self._context.apply(lambda db: history.undo(db, self._batch_id), record=False)


class AppContext(QObject):
    """Owned by the main window; pages get it instead of reaching for globals."""

    groupChanged = Signal()
    dataChanged = Signal()
    message = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.group_id: str | None = None
        self.quadrennium_id: str | None = None
        self.undo_stack = QUndoStack(self)

    def set_group(self, group_id: str | None, quadrennium_id: str | None) -> None:
        if (group_id, quadrennium_id) != (self.group_id, self.quadrennium_id):
            self.group_id, self.quadrennium_id = group_id, quadrennium_id
            self.groupChanged.emit()

    def apply(self, call: Callable[[Database], Change], *, record: bool = True,
              report: Callable[[str], None] | None = None) -> Change | None:
        """Run one service call that writes; on success it becomes one undo step.

        A UserError returns None after its sentence goes to `report` (a dialog showing it
        beside the fields) or, without one, to the window through `failed`.
        """
        from ..domain.errors import UserError

        try:
            # On a shared server a clash with another officer's save is tried again.
            change = self.db.retrying(lambda: call(self.db))
        except UserError as exc:
            (report or self.failed.emit)(str(exc))
            return None
        if record:
            self.undo_stack.push(BatchCommand(self, change))
        self.message.emit(change.summary)
        self.dataChanged.emit()
        return change
