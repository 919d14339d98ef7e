"""The one way the window writes, undoes, redoes and reads at length (Anki's operations).

An `Op` names a unit of work: what it does with the database, what it changes
(`OpChanges`), whether it may take long (then it runs in a pool thread with a progress
dialog after half a second) and whether it can be cancelled. `Operations.run` runs it
and applies one policy to the outcome: a returned `Change` becomes one undo step, its
summary goes to the status bar, and `changed` says which parts of the data moved so
that only the pages showing them reload; a user error becomes one sentence (beside the
fields through `report`, or in one message box); a bug becomes a dialog with the
details folded and a copy button, and is logged. Operations in flight are counted, so
closing the window or switching the database waits for them.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain.errors import UserError
from ..domain.progress import Cancelled, Progress
from ..labels import StoredLabel
from ..services.dto import Change
from ..services.handle import DatabaseHandle

log = logging.getLogger(__name__)

T = TypeVar("T")


def tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


@dataclass(frozen=True, slots=True)
class OpChanges:
    """What an operation changed: which parts of a group's data, and which records."""

    roster: bool = False
    invitations: bool = False
    targets: bool = False
    letters: bool = False
    settings: bool = False
    groups: bool = False
    subject_ids: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: OpChanges) -> OpChanges:
        return OpChanges(**{f.name: getattr(self, f.name) | getattr(other, f.name)
                            for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in FLAGS)

    def touches(self, shown: OpChanges) -> bool:
        """Whether a page showing `shown` must reload after this change."""
        return any(getattr(self, name) and getattr(shown, name) for name in FLAGS)

    def about(self, subject_id: str | None) -> OpChanges:
        return replace(self, subject_ids=self.subject_ids | {subject_id}) if subject_id else self


FLAGS = ("roster", "invitations", "targets", "letters", "settings", "groups")
NOTHING = OpChanges()
EVERYTHING = OpChanges(**dict.fromkeys(FLAGS, True))


@dataclass(frozen=True, slots=True)
class Op(Generic[T]):
    """One named unit of work. `work` runs with the database and a Progress."""

    label: str
    work: Callable[[Any, Progress], T]  # (the open database, its progress)
    changes: OpChanges = NOTHING  # NOTHING: a read
    long: bool = False  # may take long: a pool thread and a progress dialog
    cancellable: bool = False
    undoable: bool = True  # a returned Change becomes one undo step


def change_in(result: object) -> Change | None:
    """The Change a service returned, alone or with its counts (an import's outcome)."""
    if isinstance(result, Change):
        return result
    found = getattr(result, "change", None)
    if isinstance(found, Change):
        return found
    if isinstance(result, tuple) and result and isinstance(result[0], Change):
        return result[0]
    return None


class _BatchCommand(QUndoCommand):
    """An operation already done, as an undo step; the stack only moves after the
    database did (Operations.undo/redo run the work first).

    Named by the operation's label ("Create group OSG"), kept as its source so that the
    Edit menu follows a change of language; the summary when the label cannot be read.
    """

    def __init__(self, change: Change, changes: OpChanges, step: StoredLabel | None) -> None:
        super().__init__(step.shown() if step is not None else change.summary)
        self.batch_id = change.batch_id
        self.changes = changes
        self.step = step

    def retranslate(self) -> None:
        if self.step is not None:
            self.setText(self.step.shown())

    def redo(self) -> None:  # the work ran before the stack moved
        pass

    def undo(self) -> None:
        pass


class _UndoActions(QObject):
    """Undo and Redo actions kept in step with the stack; they live with their window."""

    def __init__(self, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self._ops = ops
        self.undo = QAction(tr("&Undo"), parent)
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = QAction(tr("&Redo"), parent)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        ops.undo_stack.indexChanged.connect(self.update)
        ops.pendingChanged.connect(self.update)
        parent.installEventFilter(self)  # its LanguageChange: the steps in the new language
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.LanguageChange
                and shiboken6.isValid(self._ops.undo_stack)):
            self._ops.retranslate_steps()
            self.update()
        return False

    def _undo(self) -> None:
        self._ops.undo()

    def _redo(self) -> None:
        self._ops.redo()

    def update(self) -> None:
        stack, idle = self._ops.undo_stack, not self._ops.pending
        if not (shiboken6.isValid(stack) and shiboken6.isValid(self.undo)):
            return  # the window or the context is being torn down
        self.undo.setEnabled(stack.canUndo() and idle)
        self.redo.setEnabled(stack.canRedo() and idle)
        self.undo.setText(tr("&Undo {step}").format(step=stack.undoText()).strip()
                          if stack.canUndo() else tr("&Undo"))
        self.redo.setText(tr("&Redo {step}").format(step=stack.redoText()).strip()
                          if stack.canRedo() else tr("&Redo"))


class Running(QObject):
    """An operation under way (or finished, for a short one): its outcome and a Cancel."""

    finished = Signal(object)  # the result
    failed = Signal(object)  # the exception (Cancelled when cancelled)

    def __init__(self, op: Op[Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self.op = op
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._cancel = threading.Event()
        self._job: Any = None

    def cancel(self) -> None:
        self._cancel.set()
        if self._job is not None:
            self._job.cancel()

    @property
    def succeeded(self) -> bool:
        return self.done and self.error is None


class Operations(QObject):
    """Runs every Op of the window; see the module docstring for the policy."""

    changed = Signal(object)  # OpChanges
    message = Signal(str)  # a summary for the status bar
    failed = Signal(str)  # a user error with no field to show it beside
    pendingChanged = Signal(int)

    def __init__(self, database: Callable[[], DatabaseHandle], parent: QObject | None = None,
                 window: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__(parent)
        self._database = database
        self._window = window
        self.undo_stack = QUndoStack(self)
        self._running: list[Running] = []
        self.last_bug: QWidget | None = None

    def attach_window(self, window: QWidget) -> None:
        """Dialogs of operations started without a parent widget open over this one."""
        self._window = lambda: window

    # ------------------------------------------------------------------ running
    @property
    def pending(self) -> int:
        return len(self._running)

    def run(self, op: Op[T], *, parent: QWidget | None = None,
            success: Callable[[T], None] | None = None,
            report: Callable[[str], None] | None = None,
            failure: Callable[[BaseException], None] | None = None) -> Running:
        """Run `op`; a short one has finished when this returns, a long one reports later.

        `success` gets the result; `report` gets a user error's sentence (else the window
        shows it); `failure` hears of every failure (to re-enable a button) after the
        policy ran.
        """
        running = Running(op, self)
        if success is not None:
            running.finished.connect(success)
        self._running.append(running)
        self.pendingChanged.emit(self.pending)
        db = self._database()
        if not op.long:
            try:
                result = op.work(db, Progress(cancelled=running._cancel.is_set))
            except BaseException as exc:
                if not isinstance(exc, Exception):
                    raise
                self._failed(running, exc, parent, report, failure)
            else:
                self._finished(running, result)
            return running
        from .jobs import Job

        job = Job(parent or self._window(), op.label, lambda progress: op.work(db, progress),
                  cancellable=op.cancellable)
        running._job = job
        job.finished.connect(lambda result: self._finished(running, result))
        job.failed.connect(lambda exc: self._failed(running, exc, parent, report, failure))
        job.start()
        return running

    def wait(self, cancel: bool = False) -> None:
        """Until every operation in flight has finished (cancelling them first if asked)."""
        if cancel:
            for running in list(self._running):
                if running.op.cancellable:
                    running.cancel()
        pool = QThreadPool.globalInstance()
        while self._running:
            pool.waitForDone(20)
            QCoreApplication.processEvents()

    # ------------------------------------------------------------------ undo / redo
    def make_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit › Undo and Redo, named after the step they take, run as operations."""
        actions = _UndoActions(self, parent)
        return actions.undo, actions.redo

    def retranslate_steps(self) -> None:
        """Name every undo step again in the current language (from its stored source)."""
        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, _BatchCommand):
                command.retranslate()

    def undo(self, parent: QWidget | None = None) -> Running | None:
        stack = self.undo_stack
        if not stack.canUndo() or self._running:
            return None
        command = stack.command(stack.index() - 1)
        assert isinstance(command, _BatchCommand)
        from .ops import history

        return self.run(history.undo(command.batch_id, command.text(), command.changes),
                        parent=parent, success=lambda _change: stack.undo())

    def redo(self, parent: QWidget | None = None) -> Running | None:
        stack = self.undo_stack
        if not stack.canRedo() or self._running:
            return None
        command = stack.command(stack.index())
        assert isinstance(command, _BatchCommand)
        from .ops import history

        return self.run(history.redo(command.batch_id, command.text(), command.changes),
                        parent=parent, success=lambda _change: stack.redo())

    # ------------------------------------------------------------------ outcome
    def _finished(self, running: Running, result: Any) -> None:
        op = running.op
        running.done, running.result = True, result
        self._forget(running)
        change = change_in(result)
        if change is not None:
            if op.undoable:
                self.undo_stack.push(_BatchCommand(change, op.changes, self._step(change)))
            self.message.emit(change.summary)
        if op.changes:
            self.changed.emit(op.changes.about(change.subject_id if change else None))
        running.finished.emit(result)

    def _failed(self, running: Running, exc: BaseException, parent: QWidget | None,
                report: Callable[[str], None] | None,
                failure: Callable[[BaseException], None] | None) -> None:
        running.done, running.error = True, exc
        self._forget(running)
        if isinstance(exc, Cancelled):
            self.message.emit(tr("Cancelled; nothing was changed."))
        elif isinstance(exc, UserError):
            (report or self.failed.emit)(str(exc))
        else:
            self.show_bug(running.op.label, exc, parent)
        if failure is not None:
            failure(exc)
        running.failed.emit(exc)

    def _step(self, change: Change) -> StoredLabel | None:
        """The operation's label as stored (one read by key), to name its undo step."""
        from ..services import history

        try:
            return history.step(self._database(), change.batch_id)  # type: ignore[arg-type]
        except UserError:
            return None  # named by its summary, in the language it ran in

    def _forget(self, running: Running) -> None:
        if running in self._running:
            self._running.remove(running)
            self.pendingChanged.emit(self.pending)

    def show_bug(self, label: str, exc: BaseException, parent: QWidget | None = None) -> None:
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("%s failed:\n%s", label, details)
        from .failure_dialog import FailureDialog

        dialog = FailureDialog(label, details, parent or self._window())
        dialog.open()
        self.last_bug = dialog
