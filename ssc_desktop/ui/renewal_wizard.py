"""The renewal wizard: pick the next quadrennium, decide who is re-invited, renew in one step."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QWidget, QWizard

from ..domain.errors import UserError
from ..domain.progress import Cancelled
from ..domain.reference import reference
from ..services import invitations, renewal
from ..services.renewal import Decision, RenewalPlan
from .context import AppContext
from .forms.ui_renewal_wizard import Ui_RenewalWizard
from .ops import invitations as invitation_ops
from .table_model import FlatTableModel

Index = QModelIndex | QPersistentModelIndex


class DecisionsModel(FlatTableModel):
    """The renewal rows with the chair's decision for each; column 0 is a tick box."""

    HEADERS = ("Re-invite", "Name", "E-mail", "Status now", "Roles in the new quadrennium")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.HEADERS, parent)
        self.decisions: dict[str, Decision] = {}
        self._role_names = {c: r.name for c, r in reference().roles.items()}

    def reset_plan(self, plan: RenewalPlan) -> None:
        self.beginResetModel()
        self._rows = list(plan.rows)
        self.decisions = plan.default_decisions()
        self.endResetModel()

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0 \
                and not self.rows[index.row()].already_entered:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if r.already_entered:  # shown, not decided: they are in the new term already
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
                return (self.tr("Already entered"), r.name, r.email, r.status_name,
                        self.tr("Skipped: already %1")
                        .replace("%1", r.new_status_name))[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Already has a membership in the new quadrennium; the renewal "
                               "ends the old one as Term ended and leaves the new one as it "
                               "is.")
            return None
        d = self.decisions[r.membership_id]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if d.reinvite else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            roles = ", ".join(self._role_names.get(c, c) for c in d.roles)
            values = (self.tr("Re-invite") if d.reinvite else self.tr("Do not re-appoint"),
                      r.name, r.email, r.status_name, roles if d.reinvite else "")
            return values[column]
        return None

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.set_decisions([self.rows[index.row()].membership_id], reinvite=checked)
        return True

    def set_decisions(self, ids: list[str], *, reinvite: bool | None = None,
                      add_role: str | None = None, remove_role: str | None = None) -> None:
        for membership_id in ids:
            if membership_id not in self.decisions:  # already entered: nothing to decide
                continue
            d = self.decisions[membership_id]
            roles = list(d.roles)
            if add_role and add_role not in roles:
                roles.append(add_role)
            if remove_role in roles and len(roles) > 1:
                roles.remove(remove_role)
            self.decisions[membership_id] = Decision(
                d.reinvite if reinvite is None else reinvite, tuple(roles))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def tally(self) -> tuple[int, int]:
        yes = sum(d.reinvite for d in self.decisions.values())
        return yes, len(self.decisions) - yes

    def skipped(self) -> int:
        return sum(1 for r in self.rows if r.already_entered)


class RenewalWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_RenewalWizard()
        self.ui.setupUi(self)
        self.plan: RenewalPlan | None = None
        self.job = None
        self.change = None
        self.model = DecisionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        table = self.ui.table
        table.setModel(self.proxy)
        table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        for column, width in enumerate((130, 200, 210, 150)):
            table.setColumnWidth(column, width)
        current = context.quadrennium
        self.ui.fromTerm.setText(current.code if current else self.tr("(no quadrennium)"))
        for t in context.quadrennia:
            if current is not None and t.starts_on > current.starts_on:
                self.ui.toTerm.addItem(t.code, t.id)
        for code, name in invitations.CHANNELS.items():
            self.ui.channel.addItem(self.tr(name), code)
        self.ui.onDate.setDate(QDate.currentDate())
        self.ui.deadlineDays.setValue(invitations.deadline_days(context.db))
        for code, r in sorted(reference().roles.items(), key=lambda i: i[1].sort_order):
            self.ui.role.addItem(r.name, code)
        self.ui.reinviteButton.clicked.connect(lambda: self._bulk(reinvite=True))
        self.ui.dropButton.clicked.connect(lambda: self._bulk(reinvite=False))
        self.ui.addRoleButton.clicked.connect(
            lambda: self._bulk(add_role=self.ui.role.currentData()))
        self.ui.removeRoleButton.clicked.connect(
            lambda: self._bulk(remove_role=self.ui.role.currentData()))
        self.model.dataChanged.connect(self._show_tally)
        self.model.modelReset.connect(self._show_tally)
        self.currentIdChanged.connect(self._entered)
        if self.ui.toTerm.count() == 0:
            self.ui.blocked.setText(self.tr(
                "There is no later quadrennium to renew into. Add the next one on the "
                "Invitations page (Add quadrennium…) or with 'ssc-desktop quadrennium add'."))

    # ------------------------------------------------------------------ pages
    def validateCurrentPage(self) -> bool:
        if self.currentPage() is self.ui.termsPage:
            return self.make_preview()
        return super().validateCurrentPage()

    def make_preview(self) -> bool:
        """The plan for the chosen quadrennium; nothing is written."""
        ctx = self.context
        to_id = self.ui.toTerm.currentData()
        if ctx.group_id is None or ctx.quadrennium_id is None or to_id is None:
            return False
        try:
            plan = renewal.preview_renewal(ctx.db, ctx.group_id, ctx.quadrennium_id, to_id,
                                           self.day())
        except UserError as exc:
            self.ui.blocked.setText(str(exc))
            return False
        if plan.blocked or not plan.rows:
            self.ui.blocked.setText(plan.blocked or self.tr(
                "Nobody in {0} is a current member; there is nobody to carry forward.").format(
                plan.from_code))
            return False
        self.ui.blocked.clear()
        self.plan = plan
        self.model.reset_plan(plan)
        return True

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.ui.confirmPage and self.plan is not None:
            yes, no = self.model.tally()
            p = self.plan
            self.ui.summary.setText(self.tr(
                "<p>Renew the <b>{0}</b> from {1} into <b>{2}</b>:</p><ul>"
                "<li><b>{3}</b> re-invited: their {1} membership ends as <i>Term ended</i>, "
                "and each gets a new {2} membership as <i>Invited</i> with a renewal "
                "invitation sent on {4}, to be answered within {5} days.</li>"
                "<li><b>{6}</b> not re-appointed: their {1} membership ends as "
                "<i>Not re-appointed</i>.</li>"
                "<li><b>{7}</b> already entered in {2}: their {1} membership ends as "
                "<i>Term ended</i>; their {2} membership stays as it is.</li></ul>"
                "<p>The {1} roster and its history stay as they are. Undo (Ctrl+Z) reverses "
                "the whole renewal.</p>").format(
                p.group_name, p.from_code, p.to_code, yes, self.day().isoformat(),
                self.ui.deadlineDays.value(), no, self.model.skipped()))

    def day(self) -> date:
        return self.ui.onDate.date().toPython()  # type: ignore[no-any-return]

    def selected_ids(self) -> list[str]:
        rows = self.ui.table.selectionModel().selectedRows()
        return [self.model.rows[self.proxy.mapToSource(i).row()].membership_id for i in rows]

    def _bulk(self, **change: Any) -> None:
        self.model.set_decisions(self.selected_ids(), **change)

    def _show_tally(self) -> None:
        yes, no = self.model.tally()
        skipped = self.model.skipped()
        self.ui.tally.setText(
            self.tr("{0} re-invited, {1} not re-appointed, {2} already entered").format(
                yes, no, skipped) if skipped else
            self.tr("{0} re-invited, {1} not re-appointed").format(yes, no))

    # ------------------------------------------------------------------ commit
    def accept(self) -> None:
        if self.change is not None:
            super().accept()
            return
        if self.plan is None or self.job is not None:
            return
        plan, decisions = self.plan, dict(self.model.decisions)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.job = self.context.ops.run(
            invitation_ops.renew(plan.group_id, plan.from_id, plan.to_id, decisions,
                                 on=self.day(), channel=self.ui.channel.currentData(),
                                 deadline_days=self.ui.deadlineDays.value()),
            parent=self, success=self._done, report=self.ui.summary.setText,
            failure=self._failed)

    def _done(self, change: Any) -> None:
        self.job = None
        self.change = change
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, Cancelled):
            self.ui.summary.setText(str(exc))
