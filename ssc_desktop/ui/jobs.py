"""Long work (imports, exports, reports, renewal) off the GUI thread, cancellable.

The work function runs in a pool thread and never touches a widget; it reports
through a Progress and its result comes back to the GUI thread by signal.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.progress import Cancelled, Progress

SHOW_AFTER_MS = 500


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self._work, self._progress, self._signals = work, progress, signals

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._signals.failed.emit(exc)
        else:
            self._signals.finished.emit(result)


class Job(QObject):
    """One background task with a progress dialog that appears only if it is slow."""

    finished = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user cancelled

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any],
                 cancellable: bool = True) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self._cancel = threading.Event()
        self._progress = Progress(
            report=lambda done, total, text: self._signals.progressed.emit(done, total, text),
            cancelled=self._cancel.is_set,
        )
        self._dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self._dialog.setWindowTitle(title)
        self._dialog.setMinimumDuration(SHOW_AFTER_MS)
        self._dialog.setAutoClose(False)
        self._dialog.setAutoReset(False)
        self._dialog.canceled.connect(self._cancel.set)
        if not cancellable:  # a step that cannot stop half-way offers no Cancel
            self._dialog.setCancelButton(None)
        self._dialog.reset()
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._runnable = _Runnable(work, self._progress, self._signals)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._dialog.show)
        self.done = False

    def start(self) -> Job:
        self._timer.start()
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if text:
            self._dialog.setLabelText(text)

    def _close(self) -> None:
        self.done = True
        self._timer.stop()
        self._dialog.reset()
        self._dialog.hide()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._close()
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._close()
        self.failed.emit(exc if not self._cancel.is_set() else Cancelled())
