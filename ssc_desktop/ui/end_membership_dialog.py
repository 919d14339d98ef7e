"""End a membership: why, from when, and a note; one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.reference import reference
from ..services.dto import RosterRow
from .context import AppContext
from .forms.ui_end_membership import Ui_EndMembership
from .ops import roster as roster_ops


class EndMembershipDialog(QDialog):
    def __init__(self, context: AppContext, member: RosterRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.member = member
        self.ui = Ui_EndMembership()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("End membership of {name}").format(name=member.name))
        self.ui.intro.setText(self.tr(
            "End the membership of {name} ({status}, {term})?").format(
            name=member.name, status=member.status_name, term=member.quadrennium))
        for code, reason in reference().end_reasons.items():
            self.ui.reason.addItem(reason.name, code)
        self.ui.reason.setCurrentIndex(max(0, self.ui.reason.findData("resigned")))
        self.ui.endsOn.setDate(QDate.currentDate())
        if member.starts_on is not None:
            self.ui.endsOn.setMinimumDate(QDate(member.starts_on))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("End membership"))
        self.ui.buttons.accepted.connect(self.end)
        self.ui.buttons.rejected.connect(self.reject)

    def end(self) -> bool:
        """End the membership; on a refusal the window shows the sentence and this stays."""
        reason = self.ui.reason.currentData()
        on: date = self.ui.endsOn.date().toPython()
        note = self.ui.note.text().strip()
        membership_id = self.member.membership_id
        done = self.context.ops.run(roster_ops.end_membership(membership_id, reason, on, note),
                                    parent=self)
        if not done.succeeded:
            return False
        self.accept()
        return True
