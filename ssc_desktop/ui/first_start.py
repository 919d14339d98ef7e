"""The first start on an empty database: create your group, or open a demo group."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .context import AppContext
from .forms.ui_first_start import Ui_FirstStart
from .new_group_dialog import NewGroupDialog
from .ops import groups as group_ops


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

    def create_group(self) -> NewGroupDialog:
        dialog = NewGroupDialog(self.context, self)
        dialog.accepted.connect(lambda: self._done(dialog.group_id or ""))
        dialog.open()
        return dialog

    def open_demo(self) -> None:
        """Build the demo groups off the GUI thread (a few seconds), then show them."""
        self.ui.createButton.setEnabled(False)
        self.ui.demoButton.setEnabled(False)
        self.job = self.context.ops.run(group_ops.build_demo(), parent=self,
                                        success=self._demo_built, failure=self._demo_failed)

    def _demo_built(self, _result: object) -> None:
        self._done("")

    def _demo_failed(self, _exc: BaseException) -> None:
        self.ui.createButton.setEnabled(True)
        self.ui.demoButton.setEnabled(True)

    def _done(self, group_id: str) -> None:
        self.groupReady.emit(group_id)
        self.accept()
