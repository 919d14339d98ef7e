"""The member editor: a person's details, roles and history; validates as the chair types."""

from __future__ import annotations

import functools
import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QLineEdit,
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from .. import formats
from ..domain.people import AGE_BANDS, GENDERS, PersonFields, Problem, validate_person
from ..domain.reference import reference
from ..services import history_text, roster
from ..services.dto import MemberDetail
from . import member_rights, vocabulary
from .context import AppContext
from .forms.ui_member_editor import Ui_MemberEditor
from .member_tabs import MEMBER_TABS
from .ops import roster as roster_ops
from .roster_filter import collation_key
from .unsaved import EditorDialog, UnsavedChanges

log = logging.getLogger(__name__)

# PersonFields attribute -> widget name in forms/member_editor.ui
TEXT_FIELDS = {
    "given_names": "givenNames", "family_name": "familyName",
    "name_as_written": "nameAsWritten", "email": "email", "alternate_email": "alternateEmail",
    "organisation": "organisation", "position": "position", "iucn_username": "iucnUsername",
    "expertise": "expertise", "languages": "languages",
}
COUNTRY_FIELDS = {"country_code": "country", "nationality": "nationality"}
CHOICE_FIELDS = {"region_override": "regionOverride", "gender": "gender", "age_band": "ageBand"}
DATE_FIELDS = {"code_of_conduct_accepted_on": "codeOfConduct",
               "conflict_of_interest_declared_on": "conflictOfInterest"}
FLAG_FIELDS = {"engages_in_cites": "engagesInCites", "committee_member": "committeeMember"}
WIDGET_OF = {**TEXT_FIELDS, **COUNTRY_FIELDS, **CHOICE_FIELDS, **DATE_FIELDS, **FLAG_FIELDS,
             "notes": "notes"}
FORM_ORDER = ("given_names", "family_name", "name_as_written", "email", "alternate_email",
              "organisation", "position", "iucn_username", "expertise", "languages",
              "country_code", "region_override", "nationality", "gender", "age_band",
              "code_of_conduct_accepted_on", "conflict_of_interest_declared_on", "roles")
INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px; padding: 1px;"
PROBLEM_STYLE = "color: #b71c1c; font-weight: bold;"


class MemberEditor(EditorDialog):
    """Edit a membership (membership_id given) or add a member (membership_id None)."""

    saved = Signal(str)  # the membership id

    def __init__(self, context: AppContext, membership_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MemberDetail | None = (
            roster.member_detail(context.db, membership_id) if membership_id else None)
        self.ui = Ui_MemberEditor()
        self.ui.setupUi(self)
        self._touched: set[str] = set()
        self._show_all = False
        self._labels = {name: getattr(self.ui, widget + "Label", None)
                        for name, widget in WIDGET_OF.items()}
        self._fill_choices()
        self._fill_roles()
        if self.detail is None:
            self._prepare_add()
        else:
            self._prepare_edit(self.detail)
        self._connect_validation()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.cancel)
        member_rights.connect(self)
        self.validate()
        self.ui.givenNames.setFocus()
        self.unsaved = UnsavedChanges(self)

    # ------------------------------------------------------------------ set-up
    @property
    def save_button(self):  # -> QPushButton
        return self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)

    def _fill_choices(self) -> None:
        ref = reference()
        collate = collation_key()
        countries = sorted(ref.countries.values(), key=lambda c: collate(c.name))
        for combo in (self.ui.country, self.ui.nationality):
            # Long names ("South Georgia and the South Sandwich Islands") must not set
            # the width of the whole form.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            combo.addItem("", None)
            for country in countries:
                combo.addItem(country.name, country.code)
            completer = QCompleter(combo.model(), combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
            combo.lineEdit().setPlaceholderText(self.tr("type to find a country"))
        self.ui.regionOverride.addItem(self.tr("The country's region"), None)
        for code, region in ref.regions.items():
            self.ui.regionOverride.addItem(vocabulary.name(region.name), code)
        self.ui.gender.addItem(self.tr("Not given"), None)
        for code, name in GENDERS.items():
            self.ui.gender.addItem(vocabulary.name(name), code)
        self.ui.ageBand.addItem(self.tr("Not given"), None)
        for code, name in AGE_BANDS.items():
            self.ui.ageBand.addItem(vocabulary.name(name), code)

    def _fill_roles(self) -> None:
        for code, role in sorted(reference().roles.items(), key=lambda i: i[1].sort_order):
            item = QListWidgetItem(vocabulary.name(role.name), self.ui.roleList)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _prepare_add(self) -> None:
        self.setWindowTitle(self.tr("Add member"))
        ref = reference()
        for code, status in ref.statuses.items():
            if status.stage != "ended":
                self.ui.statusCombo.addItem(vocabulary.name(status.name), code)
        self.ui.statusLabel.setText(self.tr("New member of the group for this quadrennium."))
        self._set_roles({"member"})
        self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.historyTab), False)
        self.ui.tabs.setTabToolTip(self.ui.tabs.indexOf(self.ui.historyTab),
                                   self.tr("The history starts when the member is saved."))

    def _prepare_edit(self, detail: MemberDetail) -> None:
        ref = reference()
        f = detail.fields
        self.setWindowTitle(self.tr("Member: {given} {family}").format(
            given=f.given_names, family=f.family_name))
        self.ui.statusCaption.setText(self.tr("Status:"))
        self.ui.statusCombo.hide()
        status = ref.statuses.get(detail.status)
        since = (self.tr(", since {day}").format(day=formats.short_date(detail.starts_on))
                 if detail.starts_on else "")
        ended = (self.tr(", ended {day}").format(day=formats.short_date(detail.ends_on))
                 if detail.ends_on else "")
        self.ui.statusLabel.setText(self.tr("{status} · quadrennium {term}{since}{ended}").format(
            status=status.name if status else detail.status, term=detail.quadrennium,
            since=since, ended=ended))
        self._write(f)
        today = date.today()
        self._set_roles({r.role for r in detail.roles if r.ends_on is None or r.ends_on >= today})
        self._fill_history(detail.person_id)
        for cls in MEMBER_TABS:
            tab = cls(self.context, detail.membership_id, detail.person_id, self)
            self.ui.tabs.addTab(tab, vocabulary.name(tab.title))

    def _set_roles(self, held: set[str]) -> None:
        for n in range(self.ui.roleList.count()):
            item = self.ui.roleList.item(n)
            checked = item.data(Qt.ItemDataRole.UserRole) in held
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill_history(self, person_id: str) -> None:
        """Newest first, in words (services.history_text); the undo step's name as tooltip.
        An edit lists its fields under it as "Field: before → after"."""
        tree = self.ui.history
        for line in history_text.person_history(self.context.db, person_id):
            top = QTreeWidgetItem(tree, [line.at, line.actor, line.what])
            step = self.tr("Step: {operation}").format(operation=line.operation)
            for column in range(3):
                top.setToolTip(column, f"{line.what}\n{step}" if column == 2 else step)
            for field, change in line.details:
                text = f"{field}: {change}"
                QTreeWidgetItem(top, ["", "", text]).setToolTip(2, text)
        if tree.topLevelItemCount() == 0:
            QTreeWidgetItem(tree, ["", "", self.tr("No recorded changes yet."), ""])
        tree.expandAll()
        tree.setColumnHidden(3, True)  # the changes read better inline, in What
        metrics = tree.fontMetrics()
        tree.setColumnWidth(0, metrics.horizontalAdvance("2025-12-31 23:59") +
                            tree.indentation() + 16)
        tree.setColumnWidth(1, max(70, metrics.horizontalAdvance(self.context.db.actor) + 16))

    def _label_text(self, name: str) -> str:
        label = self._labels.get(name)
        if label is not None:
            return label.text().replace("&", "")
        check = getattr(self.ui, WIDGET_OF[name])
        return check.text().replace("&", "") if isinstance(check, QCheckBox) else name

    def _connect_validation(self) -> None:
        for name, widget_name in WIDGET_OF.items():
            widget = getattr(self.ui, widget_name)
            touch = functools.partial(self._touch, name)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(touch)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(touch)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(touch)
            else:
                widget.textChanged.connect(touch)
        self.ui.roleList.itemChanged.connect(lambda _item: self._touch("roles"))

    # ------------------------------------------------------------------ form <-> fields
    def _write(self, f: PersonFields) -> None:
        for name, widget in TEXT_FIELDS.items():
            getattr(self.ui, widget).setText(getattr(f, name) or "")
        for name, widget in {**COUNTRY_FIELDS, **CHOICE_FIELDS}.items():
            combo: QComboBox = getattr(self.ui, widget)
            value = getattr(f, name)
            at = combo.findData(value) if value else 0
            if at >= 0:
                combo.setCurrentIndex(at)
            else:  # a code the list no longer knows: show it so validation names it
                combo.setEditText(value)
        for name, widget in DATE_FIELDS.items():
            value = getattr(f, name)
            getattr(self.ui, widget).setText(value.isoformat() if value else "")
        for name, widget in FLAG_FIELDS.items():
            getattr(self.ui, widget).setChecked(bool(getattr(f, name)))
        self.ui.notes.setPlainText(f.notes or "")

    def read(self) -> tuple[PersonFields, list[Problem]]:
        """The fields as typed, and every problem with them (form-level ones included)."""
        values: dict[str, object] = {}
        problems: list[Problem] = []
        for name, widget in TEXT_FIELDS.items():
            values[name] = getattr(self.ui, widget).text()
        ref = reference()
        for name, widget in COUNTRY_FIELDS.items():
            combo: QComboBox = getattr(self.ui, widget)
            text = combo.currentText().strip()
            at = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
            if at > 0:
                values[name] = combo.itemData(at)
            elif text:
                country = ref.resolve_country(text)
                values[name] = country.code if country else None
                if country is None:
                    label = self._label_text(name)
                    problems.append(Problem(name, self.tr(
                        "{label}: '{text}' is not in the list of countries; choose a country "
                        "from the list.").format(label=label, text=text)))
            else:
                values[name] = None
        for name, widget in CHOICE_FIELDS.items():
            values[name] = getattr(self.ui, widget).currentData()
        for name, widget in DATE_FIELDS.items():
            text = getattr(self.ui, widget).text().strip()
            values[name] = None
            if text:
                try:
                    values[name] = date.fromisoformat(text)
                except ValueError:
                    problems.append(Problem(name, self.tr(
                        "{label}: '{text}' is not a date; write it as YYYY-MM-DD, for example "
                        "2025-03-31.").format(label=self._label_text(name), text=text)))
        for name, widget in FLAG_FIELDS.items():
            values[name] = getattr(self.ui, widget).isChecked()
        values["notes"] = self.ui.notes.toPlainText()
        person = PersonFields(**values)  # type: ignore[arg-type]
        found = {p.field for p in problems}
        problems += [p for p in validate_person(person) if p.field not in found]
        if not self.roles():
            problems.append(Problem("roles", self.tr(
                "Tick at least one role on the Roles tab (Member, for most people).")))
        order = {name: n for n, name in enumerate(FORM_ORDER)}
        problems.sort(key=lambda p: order.get(p.field, len(order)))
        return person, problems

    def roles(self) -> list[str]:
        return [self.ui.roleList.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.ui.roleList.count())
                if self.ui.roleList.item(n).checkState() == Qt.CheckState.Checked]

    # ------------------------------------------------------------------ validation
    def _touch(self, name: str, *_args: object) -> None:
        self._touched.add(name)
        self.validate()

    def validate(self) -> list[Problem]:
        """Mark the fields with problems and say what to fix; Save only when all is well."""
        _person, problems = self.read()
        shown = [p for p in problems
                 if self._show_all or self.detail is not None or p.field in self._touched]
        bad = {p.field for p in shown}
        for name, widget_name in WIDGET_OF.items():
            widget = getattr(self.ui, widget_name)
            message = next((p.message for p in shown if p.field == name), "")
            if isinstance(widget, QLineEdit | QComboBox):
                widget.setStyleSheet(INVALID_STYLE if name in bad else "")
            widget.setToolTip(message)
            label = self._labels.get(name)
            if label is not None:
                label.setStyleSheet(PROBLEM_STYLE if name in bad else "")
        if problems and not shown:  # a new member, nothing typed yet
            self.ui.problems.setStyleSheet("")
            self.ui.problems.setText(self.tr(
                "Enter at least the given name(s) and the family name."))
        else:
            self.ui.problems.setStyleSheet(PROBLEM_STYLE)
            self.ui.problems.setText("\n".join(p.message for p in shown))
        self.save_button.setEnabled(not problems)
        return problems

    # ------------------------------------------------------------------ saving
    def _refused(self, sentence: str) -> None:
        """A refusal by the service, shown beside the fields it is about."""
        self.ui.problems.setStyleSheet(PROBLEM_STYLE)
        self.ui.problems.setText(sentence)

    def save(self) -> bool:
        """Save as one undo step; refuse with the sentences when anything is invalid."""
        self._show_all = True
        if self.validate():
            return False
        person, _problems = self.read()
        roles = self.roles()
        context = self.context
        if self.detail is None:
            group_id, term_id = context.group_id, context.quadrennium_id
            status = self.ui.statusCombo.currentData() or "proposed"
            if group_id is None or term_id is None:
                return False
            done = context.ops.run(roster_ops.add_member(
                group_id, term_id, person, status=status, roles=roles),
                parent=self, report=self._refused)
        else:
            detail = self.detail
            held = {r.role for r in detail.roles
                    if r.ends_on is None or r.ends_on >= date.today()}
            if person.cleaned() == detail.fields.cleaned() and set(roles) == held:
                self.accept()  # nothing changed: no empty step on the undo stack
                return True
            done = context.ops.run(roster_ops.update_member(
                detail.membership_id, detail.person_version, person, roles=roles),
                parent=self, report=self._refused)
        if not done.succeeded:
            return False
        self.saved.emit(done.result.subject_id or "")
        self.accept()
        return True

