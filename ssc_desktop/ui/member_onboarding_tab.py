"""The member editor's Onboarding tab: documents read, Code of Conduct and conflict of
interest declarations. Each save is one undo step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from ..services import onboarding
from ..services.onboarding import MemberOnboarding
from .context import AppContext
from .forms.ui_member_onboarding_tab import Ui_MemberOnboardingTab
from .operations import OpChanges
from .ops import roster as roster_ops


class MemberOnboardingTab(QWidget):
    title = "Onboarding"

    def __init__(self, context: AppContext, membership_id: str, person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.membership_id, self.person_id = context, membership_id, person_id
        self.ui = Ui_MemberOnboardingTab()
        self.ui.setupUi(self)
        table = self.ui.documents
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("#"), self.tr("Document"),
                                         self.tr("Why"), self.tr("Read on")])
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        today = QDate.currentDate()
        for edit in (self.ui.readOn, self.ui.codeOfConductOn, self.ui.conflictOfInterestOn):
            edit.setMaximumDate(today)
            edit.setDate(today)
        self.ui.codeOfConduct.toggled.connect(self.ui.codeOfConductOn.setEnabled)
        self.ui.conflictOfInterest.toggled.connect(self.ui.conflictOfInterestOn.setEnabled)
        self.ui.saveDeclarations.clicked.connect(self.save_declarations)
        self.ui.markRead.clicked.connect(self.mark_read)
        self.ui.markUnread.clicked.connect(self.mark_unread)
        table.itemSelectionChanged.connect(self._update_buttons)
        context.ops.changed.connect(self._changed)
        self.view: MemberOnboarding | None = None
        self.refresh()

    def _changed(self, changes: OpChanges) -> None:
        if changes.roster:
            self.refresh()

    def refresh(self) -> None:
        self.view = v = onboarding.member_onboarding(self.context.db, self.membership_id)
        for box, edit, day in ((self.ui.codeOfConduct, self.ui.codeOfConductOn,
                                v.code_of_conduct_accepted_on),
                               (self.ui.conflictOfInterest, self.ui.conflictOfInterestOn,
                                v.conflict_of_interest_declared_on)):
            box.setChecked(day is not None)
            edit.setEnabled(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.ui.cites.setChecked(v.engages_in_cites)
        self.ui.committee.setChecked(v.committee_member)
        table = self.ui.documents
        table.setRowCount(len(v.lines))
        for row, line in enumerate(v.lines):
            cells = (str(line.number), line.title, line.because,
                     line.acknowledged_on.isoformat() if line.acknowledged_on
                     else self.tr("not yet"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.number)
                if column == 1:
                    item.setToolTip(line.title)
                table.setItem(row, column, item)
        c = v.completion
        self.ui.completion.setText(self.tr("Onboarding complete.") if c.complete
                                   else self.tr("Still to do: {0}.").format(c.summary()))
        self._update_buttons()

    def selected_numbers(self) -> list[int]:
        rows = {i.row() for i in self.ui.documents.selectedIndexes()}
        return sorted(int(self.ui.documents.item(r, 0).text()) for r in rows)

    def _update_buttons(self) -> None:
        chosen = set(self.selected_numbers())
        read = {ln.number for ln in self.view.lines if ln.acknowledged_on} if self.view else set()
        self.ui.markRead.setEnabled(bool(chosen - read))
        self.ui.markUnread.setEnabled(len(chosen) == 1 and chosen <= read)

    def _day(self, box, edit) -> date | None:
        return edit.date().toPython() if box.isChecked() else None

    def save_declarations(self) -> None:
        coc = self._day(self.ui.codeOfConduct, self.ui.codeOfConductOn)
        coi = self._day(self.ui.conflictOfInterest, self.ui.conflictOfInterestOn)
        cites, committee = self.ui.cites.isChecked(), self.ui.committee.isChecked()
        self.context.ops.run(roster_ops.set_declarations(
            self.person_id, code_of_conduct_accepted_on=coc,
            conflict_of_interest_declared_on=coi, engages_in_cites=cites,
            committee_member=committee), parent=self)

    def mark_read(self) -> None:
        read = {ln.number for ln in self.view.lines if ln.acknowledged_on} if self.view else set()
        numbers = [n for n in self.selected_numbers() if n not in read]
        on = self.ui.readOn.date().toPython()
        self.context.ops.run(roster_ops.acknowledge(self.person_id, numbers, on), parent=self)

    def mark_unread(self) -> None:
        (number,) = self.selected_numbers()
        self.context.ops.run(roster_ops.withdraw_acknowledgement(self.person_id, number),
                             parent=self)
