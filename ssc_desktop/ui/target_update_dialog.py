"""Record a quarter's progress in a few clicks: the quarter, the value, a status, a line."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QRadioButton, QWidget

from .. import formats
from ..domain import targets as rules
from ..services import targets as svc
from ..services.target_dto import TargetDetail, UpdateInfo
from .context import AppContext
from .forms.ui_target_update import Ui_TargetUpdate
from .ops import targets as target_ops
from .target_cells import shown_number
from .targets_model import flag_colour, status_colour


class TargetUpdateDialog(QDialog):
    """Pre-filled from the latest update, so an unchanged quarter is two clicks: status, Save."""

    def __init__(self, context: AppContext, target_id: str, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.today = context, today or date.today()
        self.ui = Ui_TargetUpdate()
        self.ui.setupUi(self)
        self.detail: TargetDetail = svc.target_detail(context.db, target_id, self.today)
        row = self.detail.row
        term = context.term(row.quadrennium_id)
        assert term is not None
        self.term = term
        self.status_buttons: dict[str, QRadioButton] = {
            "on_track": self.ui.onTrack, "at_risk": self.ui.atRisk,
            "off_track": self.ui.offTrack, "achieved": self.ui.achieved,
            "dropped": self.ui.dropped}
        for code, button in self.status_buttons.items():
            button.setStyleSheet(f"color: {status_colour(code).name()}")
        self.ui.problems.setStyleSheet(
            f"color: {flag_colour()}")
        self.by_quarter = {u.quarter: u for u in self.detail.updates}
        quarters = rules.reportable_quarters(self.term.starts_on, self.term.ends_on, self.today)
        for q in quarters:
            label = formats.quarter(str(q)) + (self.tr("  (recorded)") if str(q) in self.by_quarter
                                               else "")
            self.ui.quarter.addItem(label, str(q))
        self._heading()
        for w in (self.ui.value, self.ui.valueLabel, self.ui.valueHint):
            w.setVisible(not row.is_milestone)
        for w in (self.ui.done, self.ui.doneLabel):
            w.setVisible(row.is_milestone)
        self.ui.quarter.currentIndexChanged.connect(self._quarter_changed)
        self.ui.value.textChanged.connect(self._value_changed)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        if not quarters:
            self.ui.problems.setText(self.tr("The quadrennium has not started yet; there is no "
                                             "quarter to report on."))
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._quarter_changed()
        self.setWindowTitle(self.tr("Record progress: %s") % row.title[:60])

    def _heading(self) -> None:
        r = self.detail.row
        if r.is_milestone:
            goal = self.tr("Yes/no milestone")
        else:
            unit = f" {r.unit}" if r.unit else ""
            goal = self.tr("From %s to %s%s") % (shown_number(r.baseline),
                                                 shown_number(r.target_value), unit)
        shown = formats.quarter(r.last_quarter) if r.last_quarter else ""
        last = (self.tr("last update %s") % shown) if r.last_quarter else \
            self.tr("no update yet")
        self.ui.heading.setText(
            f"<b>{escape(r.title)}</b><br>KSR {r.ksr_number} · {escape(r.indicator or '')} "
            f"· {escape(goal)} · {escape(last)} · {self.tr('due')} {formats.short_date(r.due_on)}")

    def _template(self, quarter: str) -> UpdateInfo | None:
        """The update to start from: this quarter's if recorded, else the latest before it."""
        if quarter in self.by_quarter:
            return self.by_quarter[quarter]
        earlier = [u for u in self.detail.updates
                   if rules.parse_quarter(u.quarter) < rules.parse_quarter(quarter)]
        return earlier[0] if earlier else None

    def _quarter_changed(self) -> None:
        quarter = self.ui.quarter.currentData()
        if quarter is None:
            return
        template = self._template(quarter)
        same = template is not None and template.quarter == quarter
        r = self.detail.row
        value = template.value if template else (r.baseline if not r.is_milestone else None)
        self.ui.value.setText(rules.format_number(value).replace(",", ""))
        self.ui.done.setChecked(bool(template and template.milestone_done))
        self.status_buttons.get(template.status if template else "on_track",
                                self.ui.onTrack).setChecked(True)
        self.ui.narrative.setPlainText(template.narrative if same else "")
        self.ui.evidence.setText(template.evidence_links.replace("\n", " ") if same else "")
        self.ui.problems.setText("")

    def _value_changed(self) -> None:
        r = self.detail.row
        try:
            value = rules.parse_number(self.ui.value.text(), self.tr("The value reached"))
        except ValueError as exc:
            self.ui.valueHint.setText("")
            self.ui.problems.setText(str(exc))
            return
        self.ui.problems.setText("")
        fraction = rules.progress_fraction(is_milestone=False, baseline=r.baseline,
                                           target_value=r.target_value, current_value=value,
                                           milestone_done=False)
        unit = f" {r.unit}" if r.unit else ""
        self.ui.valueHint.setText(
            self.tr("of %s%s (%d%%)") % (shown_number(r.target_value), unit,
                                         round((fraction or 0) * 100)))
        if fraction == 1.0 and not self.ui.dropped.isChecked():
            self.ui.achieved.setChecked(True)  # reaching the target is the usual meaning

    def status(self) -> str:
        return next(code for code, b in self.status_buttons.items() if b.isChecked())

    def save(self) -> None:
        r = self.detail.row
        try:
            value = None if r.is_milestone else rules.parse_number(
                self.ui.value.text(), self.tr("The value reached"))
        except ValueError as exc:
            self.ui.problems.setText(str(exc))
            return
        update = rules.UpdateFields(
            quarter=self.ui.quarter.currentData() or "", value=value,
            milestone_done=self.ui.done.isChecked(), narrative=self.ui.narrative.toPlainText(),
            status=self.status(), evidence_links=self.ui.evidence.text())
        done = self.context.ops.run(target_ops.record_update(r.id, update, self.today),
                                    parent=self, report=self.ui.problems.setText)
        if not done.succeeded:
            return
        self.accept()
