"""Merge two records of one person: the addresses, what will happen, one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.errors import UserError
from ..services.people_merge import preview_merge
from .context import AppContext
from .forms.ui_merge_people import Ui_MergePeople
from .ops import roster as roster_ops


class MergePeopleDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 keep: str = "", merge: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MergePeople()
        self.ui.setupUi(self)
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ui.keepEmail.setText(keep)
        self.ui.mergeEmail.setText(merge)
        self.ui.keepEmail.textChanged.connect(self._check)
        self.ui.mergeEmail.textChanged.connect(self._check)
        self.ui.buttons.accepted.connect(self.merge)
        self.ui.buttons.rejected.connect(self.reject)
        self._check()

    def _say(self, text: str, *, problem: bool) -> None:
        self.ui.outcome.setText(text)
        self.ui.outcome.setStyleSheet("color: #a50e0e;" if problem else "")

    def _check(self) -> None:
        keep, merge = self.ui.keepEmail.text().strip(), self.ui.mergeEmail.text().strip()
        if not keep or not merge:
            self.ok.setEnabled(False)
            self._say(self.tr("Enter both addresses."), problem=False)
            return
        try:
            found = preview_merge(self.context.db, keep, merge)
        except UserError as exc:
            self.ok.setEnabled(False)
            self._say(str(exc), problem=True)
            return
        self.ok.setEnabled(True)
        self._say(self.tr(
            "{merge} ({merge_email}) will be merged into {keep} ({keep_email}), with "
            "{count} membership(s). Undo (Ctrl+Z) takes the merge back.").format(
            merge=found.merge_name, merge_email=found.merge_email, keep=found.keep_name,
            keep_email=found.keep_email, count=found.memberships), problem=False)

    def merge(self) -> bool:
        keep, merge = self.ui.keepEmail.text().strip(), self.ui.mergeEmail.text().strip()
        done = self.context.ops.run(roster_ops.merge_people(keep, merge), parent=self,
                                    report=lambda text: self._say(text, problem=True))
        if not done.succeeded:
            return False
        self.accept()
        return True
