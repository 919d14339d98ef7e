"""The Invitations page: the membership pipeline at a glance, a table per stage, bulk steps,
e-mail drafts and the way into the quadrennium renewal."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QStyle, QTableView, QWidget

from ...domain import lifecycle
from ...domain.email_templates import KINDS, LANGUAGES
from ...domain.onboarding import Completion
from ...services import email_drafts, invitations
from ...services.invitations import CHANNELS, Pipeline, PipelineRow
from .. import vocabulary
from ..context import AppContext
from ..forms.ui_invitations_page import Ui_InvitationsPage
from ..operations import OpChanges
from ..ops import invitations as invitation_ops
from .invitations_model import PipelineModel, StageFilter, _day

__all__ = ["STAGE_TABS", "InvitationsPage", "PipelineModel", "StageFilter", "_day"]
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


class OnboardingTexts(Mapping[str, str]):
    """Each accepted or validated membership's onboarding as the table shows it, worked
    out when a row is shown: the completions are shared between members as far through
    the same checklist, so each distinct one is put into words once."""

    def __init__(self, pipeline: Pipeline, complete: str) -> None:
        self._pipeline, self._complete = pipeline, complete
        self._said: dict[Completion, str] = {}

    def __getitem__(self, membership_id: str) -> str:
        index = self._pipeline.index_of(membership_id)
        done = None if index is None else self._pipeline.completion(index)
        if done is None:
            raise KeyError(membership_id)
        text = self._said.get(done)
        if text is None:
            text = self._said[done] = self._complete if done.complete else done.summary()
        return text

    def __iter__(self) -> Iterator[str]:
        return iter(self._pipeline.completions())

    def __len__(self) -> int:
        return len(self._pipeline.completions())


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
        self._rows: Sequence[PipelineRow] = []
        self._update_buttons()

    # ------------------------------------------------------------------ page contract
    def refresh(self) -> None:
        ctx = self.context
        rows: Sequence[PipelineRow]
        texts: Mapping[str, str]
        if ctx.group_id is None or ctx.quadrennium_id is None:
            rows, texts = [], {}
        else:
            rows = invitations.pipeline_table(ctx.db, ctx.group_id, ctx.quadrennium_id,
                                              date.today())
            texts = OnboardingTexts(rows, self.tr("complete"))
        selected = set(self.selected_ids())
        self._rows = rows
        self.model.reset_rows(rows, texts)
        self._restore_selection(selected)
        self._show_counts(rows)
        self._update_buttons()

    def _show_counts(self, rows: Sequence[PipelineRow]) -> None:
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

    def _selected_numbers(self) -> list[int]:
        """The selected rows of the current tab, ascending (the selection's ranges read
        whole, not an index made per selected row)."""
        selection = self.tables[self.current_stage()].selectionModel().selection()
        rows = {n for r in selection for n in range(r.top(), r.bottom() + 1)}
        return sorted(rows)

    def selected_rows(self) -> list[PipelineRow]:
        proxy = self.proxies[self.current_stage()]
        return [proxy.row_at(n) for n in self._selected_numbers()]

    def selected_ids(self) -> list[str]:
        proxy = self.proxies[self.current_stage()]
        return [proxy.membership_id(n) for n in self._selected_numbers()]

    def stage_rows(self) -> list[PipelineRow]:
        return self.proxies[self.current_stage()].rows

    def select_ids(self, membership_ids: set[str] | list[str]) -> None:
        self._restore_selection(set(membership_ids))
        self._update_buttons()

    def _restore_selection(self, wanted: set[str]) -> None:
        """Select these memberships on the current tab: a look-up per id, one range per
        run of adjacent rows."""
        stage = self.current_stage()
        proxy, table = self.proxies[stage], self.tables[stage]
        selection = QItemSelection()
        last = proxy.columnCount() - 1
        rows = proxy.rows_of(wanted)
        start = 0
        for k in range(1, len(rows) + 1):
            if k == len(rows) or rows[k] != rows[k - 1] + 1:
                selection.select(proxy.index(rows[start], 0), proxy.index(rows[k - 1], last))
                start = k
        table.selectionModel().select(selection,
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _stage_changed(self) -> None:
        self._update_buttons()
        self._show_empty()

    def _update_buttons(self) -> None:
        proxy = self.proxies[self.current_stage()]
        rows = self._selected_numbers()
        allowed = None
        for status in {proxy.status(n) for n in rows}:
            steps = set(lifecycle.allowed_actions(status))
            allowed = steps if allowed is None else allowed & steps
        for action, button in self.step_buttons.items():
            button.setEnabled(bool(rows) and action in (allowed or set()))
        has_rows = bool(rows) or bool(proxy.rowCount())
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
