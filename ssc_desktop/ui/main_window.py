"""The main window: group and term switcher, the pages, menus, undo/redo, status bar."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import re
from datetime import date
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ..domain.errors import UserError
from ..services import groups, workspace
from .context import AppContext
from .forms.ui_main_window import Ui_MainWindow
from .pages import PAGES

log = logging.getLogger(__name__)

EXCHANGE_MODULE = "ssc_desktop.ui.exchange_actions"
BACKUP_MODULE = "ssc_desktop.services.backup"
ROSTER_FILES = (".xlsx", ".csv")
ALL_TERMS = "all"


def optional_module(name: str) -> ModuleType | None:
    """A module another part of the app provides, or None while it is not installed."""
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def module_present(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings if settings is not None else QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        self._page_texts: dict[int, str] = {}
        self.last_failure: QMessageBox | None = None
        self._make_status_bar()
        self._make_menus()
        self._make_navigation()
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([140, 1140])
        self.setAcceptDrops(True)
        context.groupChanged.connect(self._data_changed)
        context.dataChanged.connect(self._data_changed)
        context.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        context.failed.connect(self.show_failure)
        self.ui.groupCombo.currentIndexChanged.connect(self._choose_group)
        self.ui.quadrenniumCombo.currentIndexChanged.connect(self._choose_group)
        self.ui.navigation.currentRowChanged.connect(self.show_page)
        self._restore()
        from . import shared_server

        self.change_watcher = shared_server.attach(self)  # others' changes on a server

    # ------------------------------------------------------------------ building
    def _make_status_bar(self) -> None:
        self.count_label = QLabel(self)
        self.db_label = QLabel(self)
        self.backup_label = QLabel(self)
        for label in (self.count_label, self.db_label, self.backup_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addPermanentWidget(label)
        self._show_database()
        self._show_last_backup()

    def _make_menus(self) -> None:
        ui, stack = self.ui, self.context.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.menuEdit.addAction(self.undo_action)
        ui.menuEdit.addAction(self.redo_action)
        ui.actionNewGroup.triggered.connect(self.new_group)
        ui.actionOpenDatabase.triggered.connect(lambda: self.open_database())
        ui.actionImport.triggered.connect(lambda: self.import_roster())
        ui.actionExport.triggered.connect(self.export_roster)
        ui.actionBackup.triggered.connect(self.back_up_now)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionReload.triggered.connect(self.reload)
        ui.actionAbout.triggered.connect(self.about)
        if not module_present(EXCHANGE_MODULE):
            for action in (ui.actionImport, ui.actionExport):
                action.setEnabled(False)
                action.setToolTip(self.tr("Available when the exchange module is installed"))
        if not module_present(BACKUP_MODULE):
            ui.actionBackup.setEnabled(False)
            ui.actionBackup.setToolTip(self.tr("Available when the backup module is installed"))
        ui.menuFile.setToolTipsVisible(True)

    def _make_navigation(self) -> None:
        for module, cls_name in PAGES:
            words = re.sub(r"Page$", "", cls_name)
            guess = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", words)
            item = QListWidgetItem(guess, self.ui.navigation)
            item.setData(Qt.ItemDataRole.UserRole, module)
            self.ui.pages.addWidget(QWidget(self.ui.pages))  # replaced on first show

    # ------------------------------------------------------------------ start-up
    def start(self) -> None:
        """After the first paint: the automatic backup, page titles, and the first start."""
        self._show_last_backup()
        backup = optional_module(BACKUP_MODULE)
        if backup is not None:
            # Off the GUI thread: copying the whole SSC's file takes a noticeable moment.
            from .jobs import run_job

            db = self.context.db
            self.backup_job = run_job(
                self, self.tr("Backing up"), lambda _progress: backup.automatic_backup(db),
                lambda _path: self._show_last_backup(), self._backup_failed)
        QTimer.singleShot(0, self._load_page_titles)
        if not self._groups:
            self.first_start()

    def first_start(self):  # -> FirstStartDialog
        from .first_start import FirstStartDialog

        dialog = FirstStartDialog(self.context, self)
        dialog.groupReady.connect(self._group_ready)
        dialog.open()
        return dialog

    def _load_page_titles(self) -> None:
        for row, (module, cls_name) in enumerate(PAGES):
            cls = self._page_class(row, module, cls_name)
            if cls is not None:
                self.ui.navigation.item(row).setText(self.tr(cls.title))

    def _page_class(self, row: int, module: str, cls_name: str) -> type | None:
        try:
            return getattr(importlib.import_module(module), cls_name)
        except (ImportError, AttributeError) as exc:
            log.exception("page %s.%s could not be loaded", module, cls_name)
            item = self.ui.navigation.item(row)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(self.tr("This page could not be loaded ({error}).").format(
                error=exc))
            return None

    # ------------------------------------------------------------------ groups
    def _fill_groups(self, wanted_group: str | None, wanted_term: str | None) -> None:
        self._groups = groups.list_groups(self.context.db)
        terms = groups.list_quadrennia(self.context.db)
        combo, term_combo = self.ui.groupCombo, self.ui.quadrenniumCombo
        for c in (combo, term_combo):
            c.blockSignals(True)
            c.clear()
        for g in self._groups:
            combo.addItem(f"{g.name} ({g.short_code})", g.id)
            combo.setItemData(combo.count() - 1, f"{g.name} ({g.short_code})",
                              Qt.ItemDataRole.ToolTipRole)
        if not self._groups:
            combo.addItem(self.tr("No group yet"), None)
        combo.setEnabled(bool(self._groups))
        term_combo.addItem(self.tr("All quadrennia"), ALL_TERMS)
        for t in terms:
            term_combo.addItem(t.code, t.id)
        at = combo.findData(wanted_group) if wanted_group else -1
        if at < 0:  # nothing remembered: the biggest group, in a term where it has members
            wanted_term = None
        default = workspace.default_workspace(self.context.db, date.today(),
                                              wanted_group if at >= 0 else None)
        if default is not None and at < 0:
            at = combo.findData(default.group_id)
        combo.setCurrentIndex(max(at, 0))
        current = default.quadrennium_id if default is not None else (
            groups.quadrennium_on(self.context.db, date.today()).id if terms else None)
        at = term_combo.findData(wanted_term or current)
        term_combo.setCurrentIndex(at if at >= 0 else max(term_combo.findData(current), 0))
        for c in (combo, term_combo):
            c.blockSignals(False)
        self._choose_group()

    def _choose_group(self) -> None:
        group_id = self.ui.groupCombo.currentData()
        term = self.ui.quadrenniumCombo.currentData()
        self.context.set_group(group_id, None if term == ALL_TERMS else term)
        name = self.ui.groupCombo.currentText() if group_id else ""
        self.setWindowTitle(self.tr("{group} — SSC Desktop").format(group=name) if name
                            else self.tr("SSC Desktop"))

    def _group_ready(self, group_id: str) -> None:
        """A group was created (its id), or the demo was built (""): open the new group
        in the term shown, or the demo's biggest group in its current term."""
        term = self.ui.quadrenniumCombo.currentData() if group_id else None
        self._fill_groups(group_id or None, term)
        self.context.dataChanged.emit()

    # ------------------------------------------------------------------ pages
    def show_page(self, row: int) -> QWidget | None:
        if not 0 <= row < len(PAGES):
            return None
        if self.ui.navigation.currentRow() != row:
            self.ui.navigation.setCurrentRow(row)  # re-enters through currentRowChanged
            return self.pages.get(row)
        page = self.pages.get(row)
        if page is None:
            cls = self._page_class(row, *PAGES[row])
            if cls is None:
                return None
            page = cls(self.context, self.ui.pages)
            placeholder = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, page)
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[row] = page
            self.ui.navigation.item(row).setText(self.tr(cls.title))
            self._connect_page(row, page)
            self._stale.add(row)
        self.ui.pages.setCurrentIndex(row)
        if row in self._stale:
            self._stale.discard(row)
            page.refresh()
        self.count_label.setText(self._page_texts.get(row, ""))
        return page

    def open_link(self, link: str) -> QWidget | None:
        """Open the page a Home line names ("invitations:overdue"), filtered to its records."""
        from .pages.home import apply_link

        module = f"ssc_desktop.ui.pages.{link.partition(':')[0]}"
        row = next((i for i, (m, _cls) in enumerate(PAGES) if m == module), -1)
        page = self.show_page(row)
        if page is not None:
            apply_link(page, link)
        return page

    def _connect_page(self, row: int, page: QWidget) -> None:
        def remember(text: str) -> None:
            self._page_texts[row] = text
            if self.ui.pages.currentIndex() == row:
                self.count_label.setText(text)

        if hasattr(page, "statusText"):
            page.statusText.connect(remember)
        if hasattr(page, "linkActivated"):
            page.linkActivated.connect(self.open_link)
        if hasattr(page, "importRequested"):
            page.importRequested.connect(lambda: self.import_roster())
            page.exportRequested.connect(self.export_roster)
            for button, action in ((page.ui.importButton, self.ui.actionImport),
                                   (page.ui.exportButton, self.ui.actionExport)):
                button.setEnabled(action.isEnabled())
                if not action.isEnabled():
                    button.setToolTip(action.toolTip())
        if hasattr(page, "restore_state"):
            state = self.settings.value(f"pages/{type(page).__name__}")
            if state is not None:
                page.restore_state(state)

    @property
    def current_page(self) -> QWidget | None:
        return self.pages.get(self.ui.pages.currentIndex())

    def _data_changed(self) -> None:
        self._stale.update(self.pages)
        row = self.ui.pages.currentIndex()
        if row in self.pages:
            self._stale.discard(row)
            self.pages[row].refresh()

    def reload(self) -> None:
        self._fill_groups(self.context.group_id, self.ui.quadrenniumCombo.currentData())
        self._data_changed()

    # ------------------------------------------------------------------ actions
    def show_failure(self, sentence: str) -> QMessageBox:
        """A refused action as one sentence; window-modal, so the work behind stays put."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("SSC Desktop"), sentence,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_failure = box
        return box

    def new_group(self):  # -> NewGroupDialog
        from .new_group_dialog import NewGroupDialog

        dialog = NewGroupDialog(self.context, self)
        dialog.accepted.connect(lambda: self._group_ready(dialog.group_id or ""))
        dialog.open()
        return dialog

    def open_database(self, path: str | Path | None = None) -> bool:
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Open an SSC Desktop database"),
                str(self.context.db.backup_basis.parent),
                self.tr("SSC Desktop databases (*.sqlite *.db);;All files (*)"))
            if not chosen:
                return False
            path = chosen
        from .shared_server import open_interactively

        new_db = open_interactively(path, self, report=self.show_failure)
        if new_db is None:
            return False
        old, self.context.db = self.context.db, new_db
        old.close()
        self.context.undo_stack.clear()
        self._show_database()
        self._show_last_backup()
        self.context.group_id = None  # force groupChanged even if ids collide
        self._fill_groups(None, None)
        self._data_changed()
        if not self._groups:
            self.first_start()
        return True

    def import_roster(self, path: str | None = None) -> None:
        exchange = optional_module(EXCHANGE_MODULE)
        if exchange is not None:
            exchange.open_import_dialog(self.context, self, path=path)

    def export_roster(self) -> None:
        exchange = optional_module(EXCHANGE_MODULE)
        if exchange is not None:
            exchange.open_export_dialog(self.context, self)

    def back_up_now(self) -> Path | None:
        backup = optional_module(BACKUP_MODULE)
        if backup is None:
            return None
        try:
            target = backup.backup_now(self.context.db)
        except UserError as exc:
            self.show_failure(str(exc))
            return None
        self._show_last_backup()
        self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=target), 10000)
        return target

    def about(self) -> None:
        from ..identity import data_dir, log_file, version

        QMessageBox.about(self, self.tr("About SSC Desktop"), self.tr(
            "SSC Desktop {version}\n\nSSC Desktop keeps the roster of an IUCN Species "
            "Survival Commission group on this computer, offline.\n\nDatabase: {path}\n"
            "Data folder: {folder}\nLog file: {log}").format(
                version=version(), path=self.context.db.location.display(), folder=data_dir(),
                log=log_file()))

    # ------------------------------------------------------------------ status bar
    def _show_database(self) -> None:
        db = self.context.db
        self.db_label.setText(db.name)
        self.db_label.setToolTip(db.location.display())

    def _backup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserError):
            raise exc
        self.show_failure(str(exc))

    def _show_last_backup(self) -> None:
        backup = optional_module(BACKUP_MODULE)
        when = backup.last_backup(self.context.db) if backup is not None else None
        if when is None:
            self.backup_label.setText(self.tr("Last backup: never"))
        else:
            self.backup_label.setText(self.tr("Last backup: {when}").format(
                when=when.astimezone().strftime("%Y-%m-%d %H:%M")))

    # ------------------------------------------------------------------ drag and drop
    def _dropped_roster(self, event: QDragEnterEvent | QDropEvent) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) != 1 or not urls[0].isLocalFile() or not module_present(EXCHANGE_MODULE):
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

    # ------------------------------------------------------------------ state
    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        self._fill_groups(s.value("window/group"), s.value("window/quadrennium"))
        self.show_page(0)  # Home: what needs the chair now, whichever page was last open

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.ui.splitter.saveState())
        s.setValue("window/group", self.context.group_id or "")
        s.setValue("window/quadrennium", self.ui.quadrenniumCombo.currentData() or "")
        row = self.ui.pages.currentIndex()
        if 0 <= row < len(PAGES):
            s.setValue("window/page", PAGES[row][0])
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                s.setValue(f"pages/{type(page).__name__}", page.save_state())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
