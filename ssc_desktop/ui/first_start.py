"""The first start on an empty database: create your group, or open a demo group."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..domain.errors import UserError
from ..domain.progress import Cancelled, Progress
from .context import AppContext
from .forms.ui_first_start import Ui_FirstStart
from .jobs import run_job
from .new_group_dialog import NewGroupDialog

DEMO_MODULE = "ssc_desktop.demo.build"
DEMO_MEMBERS = 500


def demo_available() -> bool:
    return importlib.util.find_spec(DEMO_MODULE) is not None


class FirstStartDialog(QDialog):
    """Accepted once a group exists; `groupReady(group_id or "")` says which one to show."""

    groupReady = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job = None
        self.ui = Ui_FirstStart()
        self.ui.setupUi(self)
        font = self.ui.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.heading.setFont(font)
        where = (self.tr("Your data is kept on the shared server: {path}.")
                 if context.db.is_server else
                 self.tr("Your data is kept on this computer in {path}."))
        self.ui.whereLabel.setText(where.format(path=context.db.location.display()))
        self.ui.whereLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.createButton.clicked.connect(self.create_group)
        self.ui.demoButton.clicked.connect(self.open_demo)
        self.ui.buttons.rejected.connect(self.reject)
        if not demo_available():
            self.ui.demoButton.setEnabled(False)
            self.ui.demoButton.setToolTip(self.tr(
                "The demo group is available when the demo module is installed."))

    def create_group(self) -> NewGroupDialog:
        dialog = NewGroupDialog(self.context, self)
        dialog.accepted.connect(lambda: self._done(dialog.group_id or ""))
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        """Build the demo group off the GUI thread (a few seconds), then show it."""
        build_demo: Callable = importlib.import_module(DEMO_MODULE).build_demo
        db = self.context.db
        self.ui.createButton.setEnabled(False)
        self.ui.demoButton.setEnabled(False)

        label = self.tr("Creating the demo group…")  # translated here, not in the worker

        def work(progress: Progress) -> object:
            progress.step(0, 0, label)
            return build_demo(db, members=DEMO_MEMBERS, seed=1)

        self.job = run_job(self, self.tr("Demo group"), work, self._demo_built, self._demo_failed)

    def _demo_built(self, _result: object) -> None:
        self.context.undo_stack.clear()  # the demo is a starting point, not an edit to undo
        self.context.dataChanged.emit()
        self._done("")

    def _demo_failed(self, exc: BaseException) -> None:
        self.ui.createButton.setEnabled(True)
        self.ui.demoButton.setEnabled(True)
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserError):
            self.context.failed.emit(str(exc))
            return
        raise exc

    def _done(self, group_id: str) -> None:
        self.groupReady.emit(group_id)
        self.accept()
