"""The letter request editor: every field, the steps so far, the next allowed steps as
buttons, the evidence files, the outcome. Each save or step is one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from .. import formats
from ..domain import letters as rules
from ..domain import reference_names
from ..domain.errors import UserError
from ..domain.letters import LetterFields
from ..domain.people import fold
from ..domain.reference import reference
from ..services import letter_files
from ..services import letters as svc
from ..services.letter_dto import LetterDetail
from . import vocabulary
from .context import AppContext
from .forms.ui_letter_editor import Ui_LetterEditor
from .operations import Running
from .ops import letters as letter_ops
from .unsaved import EditorDialog, UnsavedChanges

PROBLEM_STYLE = "color: #8a1010;"
CHECK_MARKS = {"ok": "✓ OK", "missing": "✗ Missing", "modified": "✗ Changed"}


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class LetterEditor(EditorDialog):
    saved = Signal(str)  # the request's id, after every successful write

    def __init__(self, context: AppContext, group_id: str, letter_id: str | None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = group_id
        self.letter_id = letter_id
        self.today = today or date.today()
        self.detail: LetterDetail | None = None
        self.step_buttons: dict[str, QPushButton] = {}
        self.ui = Ui_LetterEditor()
        self.ui.setupUi(self)
        self.unsaved = UnsavedChanges(self)
        self.ui.problems.setStyleSheet(PROBLEM_STYLE)
        self.ui.requestedOn.setMaximumWidth(160)
        self.ui.stepDate.setMaximumWidth(160)
        self.ui.limitLabel.setText(self.tr("Up to %1 per file").replace(
            "%1", letter_files.attachment_limit_text()))
        self._fill_choices()
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.cancel)
        self.ui.briefButton.clicked.connect(self.save_brief)
        self.ui.hasFollowUp.toggled.connect(self.ui.followUpOn.setEnabled)
        self.ui.stepHasFollowUp.toggled.connect(self.ui.stepFollowUpOn.setEnabled)
        self.ui.hasResponse.toggled.connect(self.ui.responseOn.setEnabled)
        self.ui.signCo.toggled.connect(self.ui.coSignatory.setEnabled)
        self.ui.addAttachment.clicked.connect(self.choose_attachment)
        self.ui.openAttachment.clicked.connect(self.open_attachment)
        self.ui.verifyAttachments.clicked.connect(self.verify)
        self.ui.removeAttachment.clicked.connect(self.remove_attachment)
        self.ui.attachments.currentItemChanged.connect(self._update_attachment_buttons)
        for column, width in enumerate((90, 240)):
            self.ui.timeline.setColumnWidth(column, width)
        for column, width in enumerate((230, 80, 300)):
            self.ui.attachments.setColumnWidth(column, width)
        if letter_id is None:
            self._load_new()
        else:
            self.reload()
        self.unsaved.mark_saved()

    # ------------------------------------------------------------------ choices
    def _fill_choices(self) -> None:
        ui = self.ui
        for code, name in rules.ADDRESSEE_TYPES.items():
            ui.addresseeType.addItem(vocabulary.name(name), code)
        ui.addresseeCountry.addItem(self.tr("(not given)"), "")
        names = {code: reference_names.country_name(code) for code in reference().countries}
        for code, name in sorted(names.items(), key=lambda item: fold(item[1])):
            ui.addresseeCountry.addItem(name, code)  # in the window's language
        ui.redListCategory.addItem(self.tr("(not given)"), "")
        for code in rules.RED_LIST_CATEGORIES:  # the category's name in the window's language
            ui.redListCategory.addItem(
                f"{code} - {rules.label(rules.RED_LIST_CATEGORIES, code)}", code)
        for code, name in rules.URGENCIES.items():
            ui.urgency.addItem(vocabulary.name(name), code)
        ui.dialogueOpened.addItem(self.tr("Not recorded yet"), "")
        for code, name in rules.DIALOGUE.items():
            ui.dialogueOpened.addItem(vocabulary.name(name), code)
        members = svc.member_choices(self.context.db, self.group_id)
        for combo in (ui.requestedBy, ui.alertRaisedBy):
            combo.addItem(self.tr("(nobody chosen)"), "")
            for m in members:
                combo.addItem(f"{m.name} ({m.status})", m.person_id)
        for edit in (ui.requestedOn, ui.followUpOn, ui.stepDate, ui.stepFollowUpOn,
                     ui.responseOn):
            edit.setDate(qdate(self.today))

    # ------------------------------------------------------------------ loading
    def _load_new(self) -> None:
        self.setWindowTitle(self.tr("New letter request"))
        self.ui.heading.setText(self.tr("A new request starts as a draft. Fill in what you "
                                        "know and save; steps and attachments follow."))
        self.ui.signChair.setChecked(True)
        self.ui.coSignatory.setEnabled(False)
        self.ui.followUpOn.setEnabled(False)
        self.ui.responseOn.setEnabled(False)
        for tab in (self.ui.progressTab, self.ui.attachmentsTab):
            self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(tab), False)
        self.ui.briefButton.setEnabled(False)

    def reload(self) -> None:
        assert self.letter_id is not None
        self.detail = svc.letter_detail(self.context.db, self.letter_id, today=self.today)
        self._show(self.detail)
        self.unsaved.mark_saved()  # shown as saved: nothing to lose until edited again

    def _show(self, d: LetterDetail) -> None:
        ui, f = self.ui, d.fields
        self.setWindowTitle(self.tr("Letter request: %1").replace("%1", f.title))
        for tab in (ui.progressTab, ui.attachmentsTab):
            ui.tabs.setTabEnabled(ui.tabs.indexOf(tab), True)
        ui.briefButton.setEnabled(True)
        ui.title.setText(f.title)
        ui.addresseeName.setText(f.addressee_name)
        self._choose(ui.addresseeType, f.addressee_type)
        self._choose(ui.addresseeCountry, f.addressee_country or "")
        ui.speciesScientific.setText(f.species_scientific)
        ui.speciesCommon.setText(f.species_common)
        self._choose(ui.redListCategory, f.red_list_category or "")
        self._choose(ui.urgency, f.urgency)
        self._choose(ui.requestedBy, f.requested_by_id or "")
        self._choose(ui.alertRaisedBy, f.alert_raised_by_id or "")
        ui.signChair.setChecked("ssc_chair" in f.signatories)
        ui.signCo.setChecked("co_signature" in f.signatories)
        ui.signDg.setChecked("director_general" in f.signatories)
        ui.coSignatory.setText(f.co_signatory)
        ui.coSignatory.setEnabled("co_signature" in f.signatories)
        if f.requested_on:
            ui.requestedOn.setDate(qdate(f.requested_on))
        self._show_dates(f)
        for widget, text in ((ui.threat, f.threat), (ui.actionRequested, f.action_requested),
                             (ui.evidenceSummary, f.evidence_summary), (ui.keyFacts, f.key_facts),
                             (ui.stakeholders, f.stakeholders),
                             (ui.responseSummary, f.response_summary), (ui.impact, f.impact),
                             (ui.notes, f.notes)):
            widget.setPlainText(text)
        self._choose(ui.dialogueOpened, f.dialogue_opened or "")
        self._show_progress(d)
        self._show_attachments(d)

    def _show_dates(self, f: LetterFields) -> None:
        ui = self.ui
        ui.hasFollowUp.setChecked(f.follow_up_on is not None)
        ui.followUpOn.setEnabled(f.follow_up_on is not None)
        if f.follow_up_on:
            ui.followUpOn.setDate(qdate(f.follow_up_on))
        ui.hasResponse.setChecked(f.response_received_on is not None)
        ui.responseOn.setEnabled(f.response_received_on is not None)
        if f.response_received_on:
            ui.responseOn.setDate(qdate(f.response_received_on))

    @staticmethod
    def _choose(combo: object, code: str) -> None:
        index = combo.findData(code)  # type: ignore[attr-defined]
        combo.setCurrentIndex(max(index, 0))  # type: ignore[attr-defined]

    def _show_progress(self, d: LetterDetail) -> None:
        ui = self.ui
        days = (self.today - d.state_since).days
        overdue = ""
        if d.overdue and d.fields.follow_up_on:
            overdue = " ⚠ " + self.tr("Follow-up overdue since %1.").replace(
                "%1", formats.short_date(d.fields.follow_up_on))
        if rules.state_of(d.state).final:
            summary = self.tr("%1 since %2 (%3 days); no further steps.")
        else:
            summary = self.tr("%1 since %2 (%3 days). Held by %4; waits for %5.")
        summary = summary.replace("%1", d.state_name).replace(
            "%2", formats.short_date(d.state_since)).replace("%3", str(days)).replace(
            "%4", d.holder).replace("%5", d.waits_for)
        ui.heading.setText(summary + overdue)
        ui.stateLabel.setText(summary)
        ui.timeline.clear()
        for t in d.timeline:
            name = self.tr("Request created (draft)") if t.from_state is None else t.name
            ui.timeline.addTopLevelItem(QTreeWidgetItem([formats.short_date(t.on), name, t.note]))
        layout = ui.stepButtons
        for button in self.step_buttons.values():
            layout.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for position, code in enumerate(d.allowed_next):
            state = rules.state_of(code)
            button = QPushButton(state.action[0].upper() + state.action[1:], self)
            button.setObjectName(f"step_{code}")
            button.setToolTip(self.tr("Record this step on the date above"))
            button.clicked.connect(lambda _checked=False, c=code: self.advance(c))
            layout.insertWidget(position, button)
            self.step_buttons[code] = button
        ui.nextStepBox.setEnabled(bool(d.allowed_next))
        if not d.allowed_next:
            ui.nextStepBox.setTitle(self.tr("No further steps: the request is %1.")
                                    .replace("%1", d.state_name.lower()))
        ui.stepDate.setDate(qdate(self.today))

    def _show_attachments(self, d: LetterDetail) -> None:
        from ..exchange.letter_brief import size_text

        tree = self.ui.attachments
        tree.clear()
        for a in d.attachments:
            item = QTreeWidgetItem([a.filename, size_text(a.size_bytes).split(" (")[0],
                                    a.sha256[:16] + "…", ""])
            item.setData(0, Qt.ItemDataRole.UserRole, a.attachment_id)
            item.setToolTip(2, a.sha256)
            tree.addTopLevelItem(item)
        self.ui.attachmentProblems.setStyleSheet("")
        self.ui.attachmentProblems.setText(
            "" if d.attachments else self.tr("No evidence files yet. Add reports, photos or "
                                             "spreadsheets that support the request."))
        self._update_attachment_buttons()

    def _update_attachment_buttons(self, *_args: object) -> None:
        chosen = self.ui.attachments.currentItem() is not None
        self.ui.openAttachment.setEnabled(chosen)
        self.ui.removeAttachment.setEnabled(chosen)
        self.ui.verifyAttachments.setEnabled(self.ui.attachments.topLevelItemCount() > 0)

    # ------------------------------------------------------------------ reading
    def fields(self) -> LetterFields:
        ui = self.ui
        signatories = tuple(code for code, box in (
            ("ssc_chair", ui.signChair), ("co_signature", ui.signCo),
            ("director_general", ui.signDg)) if box.isChecked())
        return LetterFields(
            title=ui.title.text(), addressee_name=ui.addresseeName.text(),
            addressee_type=ui.addresseeType.currentData(),
            addressee_country=ui.addresseeCountry.currentData() or None,
            species_scientific=ui.speciesScientific.text(),
            species_common=ui.speciesCommon.text(),
            red_list_category=ui.redListCategory.currentData() or None,
            threat=ui.threat.toPlainText(), action_requested=ui.actionRequested.toPlainText(),
            evidence_summary=ui.evidenceSummary.toPlainText(),
            key_facts=ui.keyFacts.toPlainText(), stakeholders=ui.stakeholders.toPlainText(),
            requested_by_id=ui.requestedBy.currentData() or None,
            alert_raised_by_id=ui.alertRaisedBy.currentData() or None,
            urgency=ui.urgency.currentData(), signatories=signatories,
            co_signatory=ui.coSignatory.text() if ui.signCo.isChecked() else "",
            requested_on=pydate(ui.requestedOn.date()),
            follow_up_on=pydate(ui.followUpOn.date()) if ui.hasFollowUp.isChecked() else None,
            response_received_on=(pydate(ui.responseOn.date()) if ui.hasResponse.isChecked()
                                   else None),
            response_summary=ui.responseSummary.toPlainText(),
            dialogue_opened=ui.dialogueOpened.currentData() or None,
            impact=ui.impact.toPlainText(), notes=ui.notes.toPlainText(),
        )

    def is_dirty(self) -> bool:
        if self.detail is None:
            return True
        return self.fields().cleaned() != self.detail.fields.cleaned()

    # ------------------------------------------------------------------ writing
    def _show_failure(self, sentence: str) -> None:
        self.ui.problems.setText(sentence)

    def save(self) -> bool:
        """Save the fields as one undo step; the sentences of any problem stay shown."""
        fields = self.fields()
        problems = rules.validate_letter(fields, self.today)
        if problems:
            self.ui.problems.setText("\n".join(p.message for p in problems))
            return False
        if self.detail is not None and not self.is_dirty():
            self.ui.problems.clear()
            return True  # nothing changed: no empty step on the undo stack
        group_id, today = self.group_id, self.today
        if self.letter_id is None:
            op = letter_ops.create_letter(group_id, fields, today)
        else:
            letter_id, version = self.letter_id, self.detail.version  # type: ignore[union-attr]
            op = letter_ops.update_letter(letter_id, version, fields, today)
        done = self.context.ops.run(op, parent=self, report=self._show_failure)
        if not done.succeeded:
            return False
        self.ui.problems.clear()
        self.letter_id = done.result.subject_id
        self.reload()
        self.saved.emit(self.letter_id or "")
        return True

    def advance(self, to_state: str) -> bool:
        """Record one step with the chosen date (saving unsaved field edits first)."""
        if self.letter_id is None or (self.is_dirty() and not self.save()):
            return False
        on = pydate(self.ui.stepDate.date())
        note = self.ui.stepNote.text()
        follow = (pydate(self.ui.stepFollowUpOn.date()) if self.ui.stepHasFollowUp.isChecked()
                  else None)
        letter_id, today = self.letter_id, self.today
        done = self.context.ops.run(
            letter_ops.advance(letter_id, to_state, on, note, follow, today),
            parent=self, report=self._show_failure)
        if not done.succeeded:
            return False
        self.ui.problems.clear()
        self.ui.stepNote.clear()
        self.ui.stepHasFollowUp.setChecked(False)
        self.detail = svc.letter_detail(self.context.db, letter_id, today=today)
        self._show_dates(self.detail.fields)
        self.unsaved.mark_saved()
        self._show_progress(self.detail)
        self.saved.emit(letter_id)
        return True

    # ------------------------------------------------------------------ attachments
    def choose_attachment(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add evidence files"), str(Path.home()),
            self.tr("Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.xlsx *.xls *.csv "
                    "*.docx *.doc *.odt *.ods *.txt);;All files (*)"))
        for path in paths:
            if not self.add_attachment(Path(path)):
                break

    def add_attachment(self, path: Path) -> bool:
        letter_id = self.letter_id
        if letter_id is None:
            return False
        done = self.context.ops.run(letter_ops.add_attachment(letter_id, path), parent=self,
                                    report=self._show_failure)
        if not done.succeeded:
            return False
        self._after_attachment_change()
        return True

    def _selected_attachment(self) -> str | None:
        item = self.ui.attachments.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def open_attachment(self) -> Path | None:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return None
        try:
            path = letter_files.open_copy(self.context.db, attachment_id)
        except UserError as exc:
            self.ui.attachmentProblems.setStyleSheet(PROBLEM_STYLE)
            self.ui.attachmentProblems.setText(str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def verify(self) -> list:
        if self.letter_id is None:
            return []
        checks = letter_files.verify_attachments(self.context.db, self.letter_id)
        by_id = {c.attachment_id: c for c in checks}
        tree = self.ui.attachments
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            check = by_id.get(item.data(0, Qt.ItemDataRole.UserRole))
            if check is not None:
                item.setText(3, CHECK_MARKS[check.status])
                item.setToolTip(3, check.sentence)
        bad = [c.sentence for c in checks if c.sentence]
        self.ui.attachmentProblems.setStyleSheet(PROBLEM_STYLE if bad else "")
        self.ui.attachmentProblems.setText(
            "\n".join(bad) if bad else self.tr("All %n file(s) are present and unchanged.",
                                                "", len(checks)))
        return checks

    def remove_attachment(self) -> bool:
        attachment_id = self._selected_attachment()
        if attachment_id is None:
            return False
        done = self.context.ops.run(letter_ops.remove_attachment(attachment_id), parent=self,
                                    report=self._show_failure)
        if not done.succeeded:
            return False
        self._after_attachment_change()
        return True

    def _after_attachment_change(self) -> None:
        assert self.letter_id is not None
        self.detail = svc.letter_detail(self.context.db, self.letter_id, today=self.today)
        self._show_attachments(self.detail)
        self.saved.emit(self.letter_id)

    # ------------------------------------------------------------------ brief
    def save_brief(self) -> None:
        if self.letter_id is None or (self.is_dirty() and not self.save()):
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the request brief"),
                                              str(Path.home() / "letter-request.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.write_brief(Path(path))

    def write_brief(self, path: Path) -> Running:
        assert self.letter_id is not None
        return self.context.ops.run(
            letter_ops.write_brief(self.letter_id, path, self.today), parent=self,
            success=lambda _result: self.context.message.emit(
                self.tr("Brief saved to %1").replace("%1", str(path))))

