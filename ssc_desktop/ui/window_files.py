"""The main window's file actions: databases, the demo, roster files in and out, backups.

A mixin of MainWindow (the window's menus call these); its sentences keep the
"MainWindow" translation context they were written in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .operations import EVERYTHING
from .ops import groups as group_ops
from .ops import maintenance

ROSTER_FILES = (".xlsx", ".csv")
DEMO_FILE = "ssc-desktop-demo.sqlite"


class FileActions:
    """New group, Open, Open demo, Import, Export, Merge, Back up, About; drop a roster."""

    # Provided by MainWindow.
    context: Any
    _groups: list

    def new_group(self):  # -> NewGroupDialog
        from .new_group_dialog import NewGroupDialog

        dialog = NewGroupDialog(self.context, self)
        dialog.accepted.connect(lambda: self._group_ready(dialog.group_id or ""))
        dialog.open()
        return dialog

    def open_database(self, path: str | Path | None = None) -> bool:
        if path is None:
            title = QCoreApplication.translate("MainWindow", "Open an SSC Desktop database")
            kinds = QCoreApplication.translate(
                "MainWindow", "SSC Desktop databases (*.sqlite *.db);;All files (*)")
            chosen, _filter = QFileDialog.getOpenFileName(
                self, title, str(self.context.db.backup_basis.parent), kinds)
            if not chosen:
                return False
            path = chosen
        from .shared_server import open_interactively

        self.context.ops.wait()  # nothing may still write into the file being closed
        new_db = open_interactively(path, self, report=self.show_failure)
        if new_db is None:
            return False
        old, self.context.db = self.context.db, new_db
        old.close()
        self.context.undo_stack.clear()
        self.context.forget_workspace()
        self._show_database()
        self._show_last_backup()
        self._fill_groups(None, None)
        self._data_changed(EVERYTHING)
        if not self._groups:
            self.first_start()
        return True

    def open_demo(self) -> bool:
        """The demo groups live in a file of their own beside the database, built once."""
        path = self.context.db.backup_basis.with_name(DEMO_FILE)
        if path == self.context.db.path:
            return True
        if not self.open_database(path):
            return False
        if not self._groups:
            for dialog in self.findChildren(QWidget, "FirstStart"):
                dialog.close()
            self.context.ops.run(group_ops.build_demo(), parent=self,
                                 success=lambda _counts: self._group_ready(""))
        return True

    def import_roster(self, path: str | None = None) -> None:
        from . import exchange_actions  # the file readers load when first used

        exchange_actions.open_import_dialog(self.context, self, path=path)

    def export_roster(self) -> None:
        from . import exchange_actions

        exchange_actions.open_export_dialog(self.context, self)

    def merge_people(self, keep: str = "", merge: str = ""):  # -> MergePeopleDialog
        from . import exchange_actions

        return exchange_actions.open_merge_dialog(self.context, self, keep=keep, merge=merge)

    def back_up_now(self) -> Path | None:
        done = self.context.ops.run(maintenance.backup_now(), parent=self)
        self.context.ops.wait()
        if not done.succeeded:
            return None
        self._show_last_backup()
        done_text = QCoreApplication.translate("MainWindow", "Backed up to {path}")
        self.statusBar().showMessage(done_text.format(path=done.result), 10000)
        return done.result  # type: ignore[no-any-return]

    def about(self) -> None:
        from ..identity import data_dir, log_file, version

        title = QCoreApplication.translate("MainWindow", "About SSC Desktop")
        QMessageBox.about(self, title, QCoreApplication.translate(
            "MainWindow",
            "SSC Desktop {version}\n\nSSC Desktop keeps the roster of an IUCN Species "
            "Survival Commission group on this computer, offline.\n\nDatabase: {path}\n"
            "Data folder: {folder}\nLog file: {log}").format(
                version=version(), path=self.context.db.location.display(), folder=data_dir(),
                log=log_file()))

    # drag and drop
    def _dropped_roster(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = urls[0].toLocalFile()
        return path if path.lower().endswith(ROSTER_FILES) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_roster(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_roster(event)
        if path:
            event.acceptProposedAction()
            self.import_roster(path)
