"""The target editor: one target's KSR, wording, numbers, due date and focal point."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from .. import formats
from ..domain import reference_names
from ..domain import targets as rules
from ..domain.errors import UserError
from ..domain.reference import reference
from ..services import targets as svc
from ..services.target_dto import TargetRow
from . import vocabulary
from .context import AppContext
from .forms.ui_target_editor import Ui_TargetEditor
from .ops import targets as target_ops
from .targets_model import flag_colour
from .unsaved import EditorDialog, UnsavedChanges


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TargetEditor(EditorDialog):
    """Add a target (target=None) or edit one; saving is one undo step."""

    def __init__(self, context: AppContext, group_id: str, quadrennium_id: str,
                 target: TargetRow | None = None, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.group_id, self.quadrennium_id = context, group_id, quadrennium_id
        self.target, self.today = target, today or date.today()
        self.ui = Ui_TargetEditor()
        self.ui.setupUi(self)
        term = context.term(quadrennium_id)
        assert term is not None
        self.term = term
        self.ksrs = svc.list_ksrs(context.db, quadrennium_id)
        self.setWindowTitle(self.tr("Edit target") if target else self.tr("New target"))
        for k in self.ksrs:
            title = reference_names.ksr_title(k.title)
            self.ui.ksr.addItem(f"{k.number}. {reference_names.translated(k.objective_name)}: "
                                f"{title}", k.number)
            self.ui.ksr.setItemData(self.ui.ksr.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self._fill_focal_points()
        self._fill_scopes()
        self.ui.dueOn.setDateRange(_qdate(self.term.starts_on), _qdate(self.term.ends_on))
        self.ui.dueOn.setToolTip(self.tr("Due by the end of the quadrennium (%s) at the "
                                         "latest") % formats.short_date(self.term.ends_on))
        self.ui.milestone.toggled.connect(self._kind_changed)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.cancel)
        for edit in (self.ui.title, self.ui.baseline, self.ui.targetValue):
            edit.textChanged.connect(self._check)
        self.ui.problems.setStyleSheet(f"color: {flag_colour()}")
        self._load()
        self._check()
        self.unsaved = UnsavedChanges(self)

    def _fill_focal_points(self) -> None:
        combo = self.ui.focalPoint
        combo.addItem(self.tr("(none yet)"), "")  # not None: see target_delegates
        for choice in svc.focal_point_candidates(self.context.db, self.group_id,
                                                 self.quadrennium_id, self.today):
            label = f"{choice.name} <{choice.email}>" if choice.email else choice.name
            combo.addItem(label, choice.person_id)
        t = self.target
        if t is not None and t.focal_point_state == rules.FOCAL_LEFT:
            # Keep the departed focal point visible (and selectable) until replaced.
            combo.addItem(self.tr("%s (no longer an active member)") % t.focal_point_name,
                          t.focal_point_id)
            self.ui.focalNote.setText(self.tr(
                "⚠ %s is no longer an active member of the group: choose a new focal point.")
                % t.focal_point_name)
        self.ui.focalNote.setStyleSheet(f"color: {flag_colour()}")
        self.ui.focalNote.setVisible(bool(self.ui.focalNote.text()))

    def _fill_scopes(self) -> None:
        combo = self.ui.scope
        combo.addItem(self.tr("Global"), rules.GLOBAL_SCOPE)
        for region in reference().regions.values():
            combo.addItem(vocabulary.name(region.name), region.name)  # stored in English

    def _load(self) -> None:
        t = self.target
        if t is None:
            self.ui.dueOn.setDate(_qdate(self.term.ends_on))
            self.ui.baseline.setText("0")
            return
        at = self.ui.scope.findData(t.geographic_scope)
        if at >= 0:
            self.ui.scope.setCurrentIndex(at)
        else:
            self.ui.scope.setEditText(t.geographic_scope)
        self.ui.ksr.setCurrentIndex(max(0, self.ui.ksr.findData(t.ksr_number)))
        self.ui.title.setText(t.title)
        self.ui.description.setPlainText(t.description)
        self.ui.indicator.setText(t.indicator)
        self.ui.unit.setText(t.unit)
        self.ui.milestone.setChecked(t.is_milestone)
        self.ui.baseline.setText(rules.format_number(t.baseline).replace(",", ""))
        self.ui.targetValue.setText(rules.format_number(t.target_value).replace(",", ""))
        self.ui.dueOn.setDate(_qdate(t.due_on))
        self.ui.focalPoint.setCurrentIndex(
            max(0, self.ui.focalPoint.findData(t.focal_point_id or "")))
        self._kind_changed(t.is_milestone)

    def _kind_changed(self, milestone: bool) -> None:
        for w in (self.ui.baseline, self.ui.targetValue, self.ui.unit):
            w.setEnabled(not milestone)
        self._check()

    def fields(self) -> rules.TargetFields:
        """The form as TargetFields; ValueError with a sentence for a number that is not one."""
        milestone = self.ui.milestone.isChecked()
        baseline = target_value = None
        if not milestone:
            baseline = rules.parse_number(self.ui.baseline.text(), self.tr("The baseline"))
            target_value = rules.parse_number(self.ui.targetValue.text(),
                                              self.tr("The target value"))
        qd = self.ui.dueOn.date()
        return rules.TargetFields(
            ksr_number=self.ui.ksr.currentData(), title=self.ui.title.text(),
            description=self.ui.description.toPlainText(), indicator=self.ui.indicator.text(),
            unit=self.ui.unit.text() if not milestone else "", baseline=baseline,
            target_value=target_value, is_milestone=milestone,
            due_on=date(qd.year(), qd.month(), qd.day()),
            focal_point_id=self.ui.focalPoint.currentData() or None,
            geographic_scope=self._scope()).cleaned()

    def _scope(self) -> str:
        """The scope as stored: "Global" in English whatever the window's language."""
        combo = self.ui.scope
        text = combo.currentText().strip()
        at = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(combo.itemData(at)) if at >= 0 else text

    def problems(self) -> list[str]:
        try:
            fields = self.fields()
        except ValueError as exc:
            return [str(exc)]
        return [p.message for p in rules.validate_target(
            fields, [k.number for k in self.ksrs], self.term.code, self.term.starts_on,
            self.term.ends_on)]

    def _check(self) -> None:
        problems = self.problems()
        self.ui.problems.setText(problems[0] if problems else "")
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)

    def save(self) -> None:
        problems = self.problems()
        if problems:
            self.ui.problems.setText(problems[0])
            return
        fields = self.fields()
        if self.target is None:
            done = self.context.ops.run(target_ops.create_target(
                self.group_id, self.quadrennium_id, fields, self.today),
                parent=self, report=self.ui.problems.setText)
        else:
            t = self.target
            done = self.context.ops.run(target_ops.edit_target(
                t.id, t.version, fields, self.today), parent=self,
                report=self.ui.problems.setText)
        if not done.succeeded:
            return
        self.saved_id = done.result.subject_id
        self.accept()


def edit_target(context: AppContext, row: TargetRow | None, parent: QWidget,
                group_id: str, quadrennium_id: str) -> bool:
    try:
        dialog = TargetEditor(context, group_id, quadrennium_id, row, parent)
    except UserError as exc:
        context.failed.emit(str(exc))
        return False
    return dialog.exec() == QDialog.DialogCode.Accepted
