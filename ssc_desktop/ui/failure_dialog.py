"""A bug, as a chair meets it: one calm sentence, the details folded, and a copy button."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from .forms.ui_failure_dialog import Ui_FailureDialog


class FailureDialog(QDialog):
    def __init__(self, label: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FailureDialog()
        self.ui.setupUi(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.icon.setPixmap(icon.pixmap(40, 40))
        self.ui.sentence.setText(self.tr(
            "“{what}” could not be finished because of a fault in SSC Desktop. Nothing of it "
            "was saved, and everything saved before is safe. Please copy the details and send "
            "them to whoever supports you.").format(what=label))
        self.ui.details.setPlainText(details)
        self.ui.showDetails.toggled.connect(self._fold)
        self.ui.copyButton.clicked.connect(self.copy)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.buttons.accepted.connect(self.accept)

    def _fold(self, shown: bool) -> None:
        self.ui.details.setVisible(shown)
        self.ui.showDetails.setArrowType(
            self.ui.showDetails.arrowType().DownArrow if shown
            else self.ui.showDetails.arrowType().RightArrow)
        self.adjustSize()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.details.toPlainText())
        self.ui.copyButton.setText(self.tr("Copied"))
