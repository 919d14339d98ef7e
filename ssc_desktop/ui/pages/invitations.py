"""The Invitations page: the membership pipeline at a glance, a table per stage, bulk steps,
e-mail drafts and the way into the quadrennium renewal."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QStyle, QTableView, QWidget

from ... import formats
from ...domain import lifecycle
from ...domain.email_templates import KINDS, LANGUAGES
from ...domain.people import fold
from ...domain.reference import reference
from ...services import email_drafts, invitations, onboarding
from ...services.invitations import CHANNELS, PipelineRow
from .. import vocabulary
from ..context import AppContext
from ..forms.ui_invitations_page import Ui_InvitationsPage
from ..operations import OpChanges
from ..ops import invitations as invitation_ops
from ..table_model import FlatTableModel
from ..tints import tint

Index = QModelIndex | QPersistentModelIndex
STAGE_TABS = ("proposed", "invited", "overdue", "accepted", "active", "ended")
# Columns each stage shows (indexes of PipelineModel.HEADERS): no empty columns.
STAGE_COLUMNS = {
    "proposed": (0, 1, 2, 3),
    "invited": (0, 1, 2, 4, 5, 6, 7),
    "overdue": (0, 1, 2, 4, 5, 6, 7),
    "accepted": (0, 1, 2, 4, 7, 8, 9),
    "active": (0, 1, 2, 8, 9),
    "ended": (0, 1, 2, 3, 4, 8),
}


def _day(d: date | None) -> str:
    return formats.short_date(d)


class PipelineModel(FlatTableModel):
    """Every membership of the term with its invitation; stages are proxies over it."""

    HEADERS = ("Name", "E-mail", "Roles", "Status", "Invited", "Via", "Answer by",
               "Reminders", "Answer", "Onboarding")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.HEADERS, parent)
        self._onboarding: dict[str, str] = {}
        self._role_names = {c: vocabulary.name(r.name) for c, r in reference().roles.items()}
        self._answers = {"accepted": self.tr("Accepted"), "declined": self.tr("Declined")}

    def reset_rows(self, rows: list[PipelineRow], onboarding_text: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows, self._onboarding = list(rows), dict(onboarding_text)
        self.endResetModel()

    def row_at(self, row: int) -> PipelineRow:
        return self._rows[row]

    def _value(self, r: PipelineRow, column: int) -> Any:
        reminders = ""
        if r.reminders:
            reminders = self.tr("%1 (last %2)").replace("%1", str(r.reminders)).replace(
                "%2", _day(r.last_reminder_on))
        return (
            r.name, r.email, ", ".join(self._role_names.get(c, c) for c in r.roles),
            vocabulary.name(r.status_name), _day(r.invited_on),
            vocabulary.name(CHANNELS.get(r.channel, r.channel)),
            _day(r.deadline_on), reminders,
            f"{self._answers.get(r.response, r.response)} {_day(r.responded_on)}".strip(),
            self._onboarding.get(r.membership_id, ""),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._value(r, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key: raw values, names folded
            if column == 0:
                return f"{r.family_name.casefold()}\t{r.given_names.casefold()}"
            if column == 7:
                return r.reminders
            if column in (4, 6):  # dates sort as dates, whatever the language shows
                day = r.invited_on if column == 4 else r.deadline_on
                return day.isoformat() if day else ""
            return self._value(r, column)
        if role == Qt.ItemDataRole.BackgroundRole and r.overdue and column == 6:
            return QBrush(tint("warning"))
        if role == Qt.ItemDataRole.ToolTipRole and r.overdue and column == 6:
            return self.tr("Past the deadline with no answer")
        return None


class StageFilter(QSortFilterProxyModel):
    """One stage of the pipeline ("overdue" is the invited past their deadline)."""

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.words: list[str] = []  # the search, folded, every word must match
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        row = self.sourceModel().row_at(source_row)  # type: ignore[attr-defined]
        if not (row.overdue if self.stage == "overdue" else row.stage == self.stage):
            return False
        if self.words:
            key = fold(f"{row.name} {row.email} {row.proposed_by} {row.status_name}")
            return all(word in key for word in self.words)
        return True

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class InvitationsPage(QWidget):
    title = "Invitations"
    icon = QStyle.StandardPixmap.SP_MessageBoxInformation
    shows = OpChanges(invitations=True, roster=True, settings=True, groups=True)

    statusText = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_InvitationsPage()
        self.ui.setupUi(self)
        self.model = PipelineModel(self)
        self.tables: dict[str, QTableView] = {}
        self.proxies: dict[str, StageFilter] = {}
        widths = (200, 220, 150, 150, 90, 130, 90, 130, 140)
        for stage in STAGE_TABS:
            table: QTableView = getattr(self.ui, f"{stage}Table")
            proxy = StageFilter(stage, self)
            proxy.setSourceModel(self.model)
            table.setModel(proxy)
            table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setVisible(False)
            for column, width in enumerate(widths):
                table.setColumnWidth(column, width)
                table.setColumnHidden(column, column not in STAGE_COLUMNS[stage])
            table.setColumnHidden(9, 9 not in STAGE_COLUMNS[stage])
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            self.tables[stage], self.proxies[stage] = table, proxy
        for code, name in CHANNELS.items():
            self.ui.channel.addItem(vocabulary.name(name), code)
        for code, name in KINDS.items():
            self.ui.kind.addItem(vocabulary.name(name), code)
        for code, name in LANGUAGES.items():
            self.ui.language.addItem(name, code)
        self.ui.onDate.setDate(QDate.currentDate())
        self.ui.stages.currentChanged.connect(self._stage_changed)
        steps = {"inviteButton": "invite", "remindButton": "remind",
                 "acceptButton": "accept", "validateButton": "validate",
                 "declineButton": "decline", "expireButton": "expire"}
        self.step_buttons = {action: getattr(self.ui, name) for name, action in steps.items()}
        for action, button in self.step_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self.take_step(a))
        self.ui.draftsButton.clicked.connect(self.write_drafts)
        self.ui.emailButton.clicked.connect(self.email_one)
        self.ui.templatesButton.clicked.connect(self.edit_templates)
        self.ui.renewalButton.clicked.connect(self.open_renewal)
        self.ui.search.textChanged.connect(self._search)
        self.ui.addTermButton.clicked.connect(self.add_quadrennium)
        self._rows: list[PipelineRow] = []
        self._update_buttons()

    # ------------------------------------------------------------------ page contract
    def refresh(self) -> None:
        ctx = self.context
        if ctx.group_id is None or ctx.quadrennium_id is None:
            rows, texts = [], {}
        else:
            today = date.today()
            rows = invitations.pipeline(ctx.db, ctx.group_id, ctx.quadrennium_id, today)
            done = onboarding.group_onboarding(ctx.db, ctx.group_id, ctx.quadrennium_id, today)
            texts = {k: (self.tr("complete") if c.complete else c.summary())
                     for k, c in done.items()}
        selected = set(self.selected_ids())
        self._rows = rows
        self.model.reset_rows(rows, texts)
        self._restore_selection(selected)
        self._show_counts(rows)
        self._update_buttons()

    def _show_counts(self, rows: list[PipelineRow]) -> None:
        c = invitations.counts(rows)
        numbers = {"proposed": c.proposed, "invited": c.invited, "overdue": c.overdue,
                   "accepted": c.accepted, "active": c.active, "ended": c.ended}
        titles = {"proposed": self.tr("Proposed"), "invited": self.tr("Invited"),
                  "overdue": self.tr("Overdue"), "accepted": self.tr("Accepted"),
                  "active": self.tr("Validated"), "ended": self.tr("Ended")}
        for i, stage in enumerate(STAGE_TABS):
            self.ui.stages.setTabText(i, f"{titles[stage]} ({numbers[stage]})")
        self.ui.summary.setText(self.tr(
            "<b>{0}</b> proposed · <b>{1}</b> invited, <b>{2}</b> of them overdue · "
            "<b>{3}</b> accepted, awaiting validation · <b>{4}</b> validated").format(
            c.proposed, c.invited, c.overdue, c.accepted, c.active))
        self._show_empty()

    def _show_empty(self) -> None:
        from .invitation_hints import empty_text

        empty = empty_text(
            has_group=self.context.group_id is not None,
            has_term=self.context.quadrennium_id is not None, members=len(self._rows),
            stage=self.current_stage(), shown=self.proxies[self.current_stage()].rowCount(),
            searched=bool(self.ui.search.text().strip()))
        self.ui.emptyState.setText(empty)
        self.ui.emptyState.setVisible(bool(empty))

    # ------------------------------------------------------------------ selection
    def current_stage(self) -> str:
        return STAGE_TABS[max(0, self.ui.stages.currentIndex())]

    def _rows_of(self, indexes: list[QModelIndex]) -> list[PipelineRow]:
        proxy = self.proxies[self.current_stage()]
        return [self.model.row_at(proxy.mapToSource(i).row()) for i in indexes]

    def selected_rows(self) -> list[PipelineRow]:
        table = self.tables[self.current_stage()]
        return self._rows_of(table.selectionModel().selectedRows())

    def selected_ids(self) -> list[str]:
        return [r.membership_id for r in self.selected_rows()]

    def stage_rows(self) -> list[PipelineRow]:
        proxy = self.proxies[self.current_stage()]
        return self._rows_of([proxy.index(i, 0) for i in range(proxy.rowCount())])

    def select_ids(self, membership_ids: set[str] | list[str]) -> None:
        self._restore_selection(set(membership_ids))
        self._update_buttons()

    def _restore_selection(self, wanted: set[str]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        stage = self.current_stage()
        proxy, table = self.proxies[stage], self.tables[stage]
        selection = QItemSelection()
        for i in range(proxy.rowCount()):
            if self.model.row_at(proxy.mapToSource(proxy.index(i, 0)).row()).membership_id \
                    in wanted:
                selection.select(proxy.index(i, 0), proxy.index(i, proxy.columnCount() - 1))
        table.selectionModel().select(selection,
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _stage_changed(self) -> None:
        self._update_buttons()
        self._show_empty()

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        allowed = None
        for r in rows:
            steps = set(lifecycle.allowed_actions(r.status))
            allowed = steps if allowed is None else allowed & steps
        for action, button in self.step_buttons.items():
            button.setEnabled(bool(rows) and action in (allowed or set()))
        has_rows = bool(rows) or bool(self.proxies[self.current_stage()].rowCount())
        self.ui.draftsButton.setEnabled(has_rows)
        self.ui.emailButton.setEnabled(len(rows) == 1)
        self._renewal_button()
        self.ui.channel.setEnabled(allowed is not None and "invite" in allowed)

    # ------------------------------------------------------------------ actions
    def step_day(self) -> date:
        return self.ui.onDate.date().toPython()  # type: ignore[no-any-return]

    def take_step(self, action: str) -> None:
        ids, on = self.selected_ids(), self.step_day()
        op = (invitation_ops.invite(ids, on, self.ui.channel.currentData())
              if action == "invite" else invitation_ops.take_step(ids, action, on))
        self.context.ops.run(op, parent=self)

    def choose_folder(self) -> str:
        """Where to write drafts (a separate method so tests can answer for the user)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Write e-mail drafts into"))

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    def write_drafts(self) -> None:
        from ...exchange.eml import write_drafts

        rows = self.selected_rows() or self.stage_rows()
        if not rows:
            return
        folder = self.choose_folder()
        if not folder:
            return
        kind, language = self.ui.kind.currentData(), self.ui.language.currentData()
        drafts = email_drafts.drafts_for(self.context.db, [r.membership_id for r in rows],
                                         kind, language)
        try:
            written = write_drafts(drafts.drafts, Path(folder), drafts.skipped)
        except Exception as exc:  # a folder we cannot write to: a sentence, not a crash
            self.context.failed.emit(str(exc))
            return
        text = self.tr("Wrote {0} draft(s) to {1}.").format(len(written.paths), folder)
        if written.skipped:
            text += " " + self.tr("Skipped {0}: {1}.").format(len(written.skipped),
                                                             "; ".join(written.skipped))
        self.last_drafts_message = text
        self.context.message.emit(text)
        if written.skipped:
            QMessageBox.information(self, self.tr("E-mail drafts"), text)
        self.open_url(QUrl.fromLocalFile(folder))

    def email_one(self) -> None:
        from ...exchange.mailto import mailto_url

        rows = self.selected_rows()
        if len(rows) != 1:
            return
        kind, language = self.ui.kind.currentData(), self.ui.language.currentData()
        drafts = email_drafts.drafts_for(self.context.db, [rows[0].membership_id], kind,
                                         language)
        if not drafts.drafts:
            self.context.failed.emit(self.tr(
                "{0} has no e-mail address; add one in the member editor first.").format(
                rows[0].name))
            return
        d = drafts.drafts[0]
        from ...domain.errors import UserError

        try:
            url = mailto_url(d.to_email, d.subject, d.body)  # refuses a hostile address
        except UserError as exc:
            self.context.failed.emit(str(exc))
            return
        self.open_url(QUrl(url, QUrl.ParsingMode.StrictMode))

    def edit_templates(self) -> None:
        from ..templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.context, self)
        dialog.set_kind(self.ui.kind.currentData(), self.ui.language.currentData())
        dialog.exec()

    def _renewal_button(self) -> None:
        """Enabled when there is a group and a later term; else the tooltip says why not."""
        ctx = self.context
        terms, current = ctx.quadrennia, ctx.quadrennium
        later = current is not None and any(t.starts_on > current.starts_on for t in terms)
        button = self.ui.renewalButton
        button.setEnabled(ctx.group_id is not None and later)
        if ctx.group_id is None:
            button.setToolTip(self.tr("Create or open a group first."))
        elif not later:
            button.setToolTip(self.tr(
                "There is no quadrennium after %1 to renew into: add it first with Add "
                "quadrennium…").replace("%1", current.code if current else ""))
        else:
            button.setToolTip(self.tr("Carry the group into the next quadrennium: re-invite "
                                      "or do not re-appoint each member"))

    def add_quadrennium(self) -> None:
        from ..add_quadrennium_dialog import AddQuadrenniumDialog

        dialog = AddQuadrenniumDialog(self.context, self)
        dialog.exec()
        dialog.deleteLater()
        self._renewal_button()

    def open_renewal(self) -> None:
        from ..renewal_wizard import RenewalWizard

        wizard = RenewalWizard(self.context, self)
        wizard.exec()

    def focus_search(self) -> bool:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()
        return True

    def _search(self, text: str) -> None:
        for proxy in self.proxies.values():
            proxy.set_search(text)
        self._update_buttons()
        self._show_empty()

    # ------------------------------------------------------------------ state
    def save_state(self) -> QByteArray:
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        pass
