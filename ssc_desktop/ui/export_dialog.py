"""Export the roster: file, term, statuses and a column profile (choose, order, rename,
save); the export itself runs in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from ..domain.errors import UserError
from ..domain.progress import Cancelled
from ..domain.reference import reference
from ..exchange.columns import BY_KEY, COLUMNS, ColumnProfile, checked_profile, default_profile
from ..services import exchange as exchange_service
from ..services.dto import GroupInfo
from .context import AppContext
from .forms.ui_export_dialog import Ui_ExportDialog
from .operations import Running
from .ops import exchange as exchange_ops
from .ops import settings as settings_ops

if TYPE_CHECKING:  # openpyxl loads when a file is written, not at start
    from ..exchange.roster_export import ExportSummary

KEY_ROLE = Qt.ItemDataRole.UserRole


class ExportDialog(QDialog):
    def __init__(self, context: AppContext, group: GroupInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.context, self.group = context, group
        self.job: Running | None = None
        self.summary: ExportSummary | None = None
        ui = self.ui
        self.setWindowTitle(self.tr("Export the roster of {group}").format(group=group.name))
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        for term in context.quadrennia:
            ui.quadrennium.addItem(term.code, term.id)
        ui.quadrennium.addItem(self.tr("All quadrennia"), None)
        if context.quadrennium_id:
            ui.quadrennium.setCurrentIndex(max(0, ui.quadrennium.findData(
                context.quadrennium_id)))
        for code, status in reference().statuses.items():
            item = QListWidgetItem(status.name)
            item.setData(KEY_ROLE, code)
            item.setCheckState(Qt.CheckState.Checked if status.stage != "ended"
                               else Qt.CheckState.Unchecked)
            ui.statuses.addItem(item)
        self._profiles = {p.name: ColumnProfile.from_payload(p.name, p.payload) for p in
                          exchange_service.list_layouts(context.db,
                                                        exchange_service.EXPORT_PROFILE)}
        ui.profile.addItem(default_profile().name)
        ui.profile.addItems(sorted(self._profiles))
        ui.profile.currentTextChanged.connect(self._show_profile)
        self._show_profile(ui.profile.currentText())
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        ui.filePath.setText(str(Path(folder or Path.home()) / f"{group.short_code} roster.xlsx"))
        ui.browse.clicked.connect(self.browse)
        ui.moveUp.clicked.connect(lambda: self._move(-1))
        ui.moveDown.clicked.connect(lambda: self._move(1))
        ui.saveProfile.clicked.connect(self.save_profile)
        ui.buttons.accepted.connect(self.export)
        ui.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------------ columns
    def _show_profile(self, name: str) -> None:
        profile = self._profiles.get(name, default_profile())
        chosen = dict(profile.columns)
        self.ui.columns.clear()
        order = list(profile.keys) + [c.key for c in COLUMNS if c.key not in chosen]
        for key in order:
            item = QListWidgetItem(chosen.get(key, BY_KEY[key].header))
            item.setData(KEY_ROLE, key)
            item.setToolTip(BY_KEY[key].meaning)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else
                               Qt.CheckState.Unchecked)
            self.ui.columns.addItem(item)
        if name in self._profiles:
            self.ui.profileName.setText(name)

    def _move(self, step: int) -> None:
        columns = self.ui.columns
        row = columns.currentRow()
        if row < 0 or not 0 <= row + step < columns.count():
            return
        item = columns.takeItem(row)
        columns.insertItem(row + step, item)
        columns.setCurrentRow(row + step)

    def profile(self) -> ColumnProfile:
        items = [self.ui.columns.item(i) for i in range(self.ui.columns.count())]
        name = self.ui.profileName.text().strip() or self.ui.profile.currentText()
        return ColumnProfile(name, tuple((i.data(KEY_ROLE), i.text().strip()) for i in items
                                         if i.checkState() == Qt.CheckState.Checked))

    def save_profile(self) -> None:
        try:
            profile = checked_profile(self.profile())
        except UserError as exc:
            self._say(str(exc))
            return
        if profile.name == default_profile().name:
            self._say(self.tr("Give the profile a name of its own; the default layout stays "
                              "as documented."))
            return
        if self.context.ops.run(settings_ops.save_export_profile(profile.name,
                                                                 profile.payload()),
                                parent=self, report=self._say).succeeded:
            self._profiles[profile.name] = profile
            if self.ui.profile.findText(profile.name) < 0:
                self.ui.profile.addItem(profile.name)
            self.ui.profile.setCurrentText(profile.name)
            self._say(self.tr("Saved the profile '{name}'.").format(name=profile.name),
                      problem=False)

    # ------------------------------------------------------------------ export
    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the roster"), self.ui.filePath.text(),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
        if path:
            self.ui.filePath.setText(path)

    def statuses(self) -> tuple[str, ...]:
        items = [self.ui.statuses.item(i) for i in range(self.ui.statuses.count())]
        return tuple(i.data(KEY_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked)

    def _say(self, text: str, *, problem: bool = True) -> None:
        self.ui.message.setText(text)
        self.ui.message.setStyleSheet("color: #a50e0e;" if problem else "")

    def export(self) -> None:
        if self.job is not None and not self.job.done:
            return
        statuses = self.statuses()
        if not statuses:
            self._say(self.tr("Tick at least one status to export."))
            return
        try:
            profile = checked_profile(self.profile())
        except UserError as exc:
            self._say(str(exc))
            return
        path = Path(self.ui.filePath.text().strip())
        group_id = self.group.id
        term = self.ui.quadrennium.currentData()
        bom = self.ui.bom.isChecked()

        def done(summary: ExportSummary) -> None:
            self.summary = summary
            self.context.message.emit(summary.sentence())
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self._say(self.tr("Cancelled; no file was written."))

        self.job = self.context.ops.run(exchange_ops.export_roster(
            group_id, term, path, statuses=statuses, profile=profile, bom=bom), parent=self,
            success=done, report=self._say, failure=failed)
