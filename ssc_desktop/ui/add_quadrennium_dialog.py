"""Add the next quadrennium (reference data) from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ..services import quadrennia
from .context import AppContext
from .forms.ui_add_quadrennium import Ui_AddQuadrennium
from .ops import groups as group_ops


class AddQuadrenniumDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AddQuadrennium()
        self.ui.setupUi(self)
        self.ui.problem.setStyleSheet("color: palette(highlight)")
        suggestion = quadrennia.suggest_next(context.db)
        self.ui.code.setText(suggestion.code)
        self.ui.startsOn.setDate(suggestion.starts_on)
        self.ui.endsOn.setDate(suggestion.ends_on)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        code, congress = self.ui.code.text(), self.ui.congress.text()
        starts = self.ui.startsOn.date().toPython()
        ends = self.ui.endsOn.date().toPython()
        done = self.context.ops.run(group_ops.add_quadrennium(code, starts, ends, congress),
                                    parent=self, report=self.ui.problem.setText)
        if done.succeeded:
            super().accept()
