"""Create a group, with the chair as its first member: one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.people import PersonFields, Problem, validate_person
from ..domain.reference import reference
from ..services import groups
from .context import AppContext
from .forms.ui_new_group import Ui_NewGroup
from .ops import groups as group_ops

PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"


class NewGroupDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id: str | None = None
        self.ui = Ui_NewGroup()
        self.ui.setupUi(self)
        ref = reference()
        for code, group_type in ref.group_types.items():
            self.ui.groupType.addItem(group_type.name, code)
        self.ui.taxonomicSet.addItem(self.tr("None (a cross-cutting group)"), None)
        for code, taxonomic_set in ref.taxonomic_sets.items():
            self.ui.taxonomicSet.addItem(taxonomic_set.name, code)
        self.ui.problems.setStyleSheet(PROBLEM_STYLE)
        for edit in (self.ui.name, self.ui.shortCode, self.ui.givenNames, self.ui.familyName,
                     self.ui.email):
            edit.textEdited.connect(self._touched)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create group"))
        self.ui.buttons.accepted.connect(self.create)
        self.ui.buttons.rejected.connect(self.reject)
        self._show = False
        self.validate()

    def chair(self) -> PersonFields:
        return PersonFields(given_names=self.ui.givenNames.text(),
                            family_name=self.ui.familyName.text(),
                            email=self.ui.email.text() or None)

    def problems(self) -> list[str]:
        found = groups.validate_group(self.ui.name.text(), self.ui.shortCode.text(),
                                      self.ui.groupType.currentData(),
                                      self.ui.taxonomicSet.currentData())
        found += validate_person(self.chair())
        if not (self.chair().email or "").strip():
            found.append(Problem("email", self.tr(
                "Enter your e-mail, so members' replies reach you.")))
        return [p.message for p in found]

    def _touched(self) -> None:
        self._show = True
        self.validate()

    def validate(self) -> bool:
        problems = self.problems()
        if self._show or not problems:
            self.ui.problems.setStyleSheet(PROBLEM_STYLE)
            self.ui.problems.setText("\n".join(problems))
        else:  # nothing typed yet: say what is needed, without scolding
            self.ui.problems.setStyleSheet("")
            self.ui.problems.setText(self.tr(
                "Enter the group's name and short code, and your own name and e-mail."))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
        return not problems

    def create(self) -> bool:
        self._show = True
        if not self.validate():
            return False
        name, code = self.ui.name.text(), self.ui.shortCode.text()
        group_type, taxonomic_set = (self.ui.groupType.currentData(),
                                     self.ui.taxonomicSet.currentData())
        chair = self.chair()
        done = self.context.ops.run(group_ops.create_group(
            name, code, group_type, taxonomic_set, chair=chair), parent=self)
        if not done.succeeded:
            return False
        self.group_id = done.result.subject_id
        self.accept()
        return True
