"""The main window: group and term switcher, the pages, menus, undo/redo, status bar."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from .. import formats
from ..services import backup, groups, workspace
from . import vocabulary
from .context import AppContext
from .forms.ui_main_window import Ui_MainWindow
from .operations import EVERYTHING, OpChanges
from .ops import maintenance
from .page import Page
from .pages import PAGES
from .window_files import DEMO_FILE, FileActions
from .window_state import WindowState

__all__ = ["ALL_TERMS", "DEMO_FILE", "MainWindow"]

log = logging.getLogger(__name__)

ALL_TERMS = "all"


class MainWindow(FileActions, WindowState, QMainWindow):
    def __init__(self, context: AppContext, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings if settings is not None else QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[int, Page] = {}
        self._stale: set[int] = set()
        self._page_texts: dict[int, str] = {}
        self._groups: list = []
        self._language_stale = False  # the language changed while the window was hidden
        # Start-up paints the window first; the first page's figures and the navigation
        # counts are read just after (the page shows "…" until then, never a guess).
        self._painted = False
        self._first_page_later = False
        self.last_failure: QMessageBox | None = None
        self.backup_job = None
        ops = context.ops
        ops.attach_window(self)
        self._make_status_bar()
        self._make_menus()
        self._make_navigation()
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([150, 1130])
        self.setAcceptDrops(True)
        context.groupChanged.connect(lambda: self._data_changed(EVERYTHING))
        ops.changed.connect(self._data_changed)
        ops.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        ops.failed.connect(self.show_failure)
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
        ui = self.ui
        self.undo_action, self.redo_action = self.context.ops.make_actions(self)
        ui.menuEdit.insertAction(ui.actionFind, self.undo_action)
        ui.menuEdit.insertAction(ui.actionFind, self.redo_action)
        ui.menuEdit.insertSeparator(ui.actionFind)
        ui.actionFind.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        ui.actionFind.triggered.connect(self.find)
        ui.actionNewGroup.triggered.connect(self.new_group)
        ui.actionOpenDatabase.triggered.connect(lambda: self.open_database())
        ui.actionOpenDemo.triggered.connect(lambda: self.open_demo())
        ui.actionImport.triggered.connect(lambda: self.import_roster())
        ui.actionExport.triggered.connect(self.export_roster)
        ui.actionBackup.triggered.connect(self.back_up_now)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionReload.triggered.connect(self.reload)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionMergePeople.triggered.connect(lambda: self.merge_people())
        ui.menuRoster.setToolTipsVisible(True)
        ui.menuFile.setToolTipsVisible(True)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        ui.menuEdit.addSeparator()
        ui.menuEdit.addAction(self.settings_action)

    def _make_navigation(self) -> None:
        nav = self.ui.navigation
        for entry in PAGES:
            title = vocabulary.name(entry.title)
            item = QListWidgetItem(self.style().standardIcon(entry.icon), title, nav)
            item.setToolTip(title)
            self.ui.pages.addWidget(QWidget(self.ui.pages))  # replaced on first show
        nav.setIconSize(nav.iconSize().expandedTo(nav.fontMetrics().boundingRect("M").size()))
        from .navigation_counts import NavigationCounts

        self.nav_counts = NavigationCounts(self.context, nav, PAGES,
                                           [vocabulary.name(e.title) for e in PAGES])
        self.nav_counts.hold()  # released by the first paint

    # ------------------------------------------------------------------ start-up
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # not after the window

    def _after_first_paint(self) -> None:
        """What start-up left for after the first paint: the shown page's figures, then
        the navigation counts."""
        row = self.ui.pages.currentIndex()
        if row in self._stale and row in self.pages:
            self._stale.discard(row)
            self.pages[row].refresh()
        self.nav_counts.release()

    @property
    def loaded(self) -> bool:
        """The shown page shows its figures (False only between start-up and its first
        paint)."""
        return self.ui.pages.currentIndex() not in self._stale

    def start(self) -> None:
        """After the first paint: the automatic backup, and the first start."""
        self._show_last_backup()
        self.backup_job = self.context.ops.run(
            maintenance.automatic_backup(), parent=self,
            success=lambda _path: self._show_last_backup())
        if not self._groups:
            self.first_start()

    def first_start(self):  # -> FirstStartDialog
        from .first_start import FirstStartDialog

        dialog = FirstStartDialog(self.context, self)
        dialog.groupReady.connect(self._group_ready)
        dialog.open()
        return dialog

    # ------------------------------------------------------------------ groups
    def _fill_groups(self, wanted_group: str | None, wanted_term: str | None) -> None:
        """The one place the current group and quadrennium are chosen (into the context)."""
        db = self.context.db
        self._groups = groups.list_groups(db)
        terms = tuple(groups.list_quadrennia(db))
        self.context.quadrennia = terms
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
        default = workspace.default_workspace(db, date.today(),
                                              wanted_group if at >= 0 else None)
        if default is not None and at < 0:
            at = combo.findData(default.group_id)
        combo.setCurrentIndex(max(at, 0))
        current = default.quadrennium_id if default is not None else (
            groups.quadrennium_on(db, date.today()).id if terms else None)
        at = term_combo.findData(wanted_term or current)
        term_combo.setCurrentIndex(at if at >= 0 else max(term_combo.findData(current), 0))
        for c in (combo, term_combo):
            c.blockSignals(False)
        self._choose_group()

    def _choose_group(self) -> None:
        group_id = self.ui.groupCombo.currentData()
        term = self.ui.quadrenniumCombo.currentData()
        group = next((g for g in self._groups if g.id == group_id), None)
        self.context.set_workspace(group, None if term == ALL_TERMS else self.context.term(term))
        self.setWindowTitle(self.tr("{group} — SSC Desktop").format(
            group=self.ui.groupCombo.currentText()) if group else self.tr("SSC Desktop"))

    def _group_ready(self, group_id: str) -> None:
        """A group was created (its id), or the demo was built (""): open the new group
        in the term shown, or the demo's biggest group in its current term."""
        term = self.ui.quadrenniumCombo.currentData() if group_id else None
        self._fill_groups(group_id or None, term)
        self._data_changed(EVERYTHING)

    # ------------------------------------------------------------------ pages
    def show_page(self, row: int) -> Page | None:
        if not 0 <= row < len(PAGES):
            return None
        if self.ui.navigation.currentRow() != row:
            self.ui.navigation.setCurrentRow(row)  # re-enters through currentRowChanged
            return self.pages.get(row)
        page = self.pages.get(row)
        if page is None:  # built when first shown: start-up reads only the first page
            page = PAGES[row](self.context, self.ui.pages)
            placeholder = self.ui.pages.widget(row)
            self.ui.pages.insertWidget(row, page)  # type: ignore[arg-type]
            self.ui.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[row] = page
            self._connect_page(row, page)
            self._stale.add(row)
        self.ui.pages.setCurrentIndex(row)
        if row in self._stale and not self._first_page_later:
            self._stale.discard(row)
            page.refresh()
        self.count_label.setText(self._page_texts.get(row, ""))
        return page

    def open_link(self, link: str) -> Page | None:
        """Open the page a Home line names ("invitations:overdue"), filtered to its records."""
        from .pages.home import apply_link

        module = link.partition(":")[0]
        row = next((i for i, entry in enumerate(PAGES) if entry.module == module), -1)
        page = self.show_page(row)
        if page is not None:
            apply_link(page, link)  # type: ignore[arg-type]
        return page

    def _connect_page(self, row: int, page: Page) -> None:
        def remember(text: str) -> None:
            self._page_texts[row] = text
            if self.ui.pages.currentIndex() == row:
                self.count_label.setText(text)

        page.statusText.connect(remember)
        state = self.settings.value(f"pages/{type(page).__name__}")
        if state is not None:
            page.restore_state(state)
        module = PAGES[row].module
        if module == "home":
            page.linkActivated.connect(self.open_link)  # type: ignore[attr-defined]
        if module == "roster":
            page.importRequested.connect(lambda: self.import_roster())
            page.exportRequested.connect(self.export_roster)
            page.mergeRequested.connect(self.merge_people)

    @property
    def current_page(self) -> Page | None:
        return self.pages.get(self.ui.pages.currentIndex())

    def _data_changed(self, changes: OpChanges) -> None:
        """Reload the pages that show what changed: the shown one now, others when shown."""
        if changes.groups and changes is not EVERYTHING:  # a group or a term was added
            self._fill_groups(self.context.group_id, self.ui.quadrenniumCombo.currentData())
        self._stale.update(row for row, page in self.pages.items()
                           if changes.touches(type(page).shows))
        row = self.ui.pages.currentIndex()
        if row in self._stale:
            self._stale.discard(row)
            self.pages[row].refresh()

    def reload(self) -> None:
        self._fill_groups(self.context.group_id, self.ui.quadrenniumCombo.currentData())
        self._data_changed(EVERYTHING)

    def find(self) -> None:
        """Ctrl+F from anywhere: the shown page's search box, else the roster's."""
        page = self.current_page
        if page is None or not page.focus_search():
            roster = self.show_page(self._roster_row())
            if roster is not None:
                roster.focus_search()

    @staticmethod
    def _roster_row() -> int:
        return next(row for row, entry in enumerate(PAGES) if entry.module == "roster")

    # ------------------------------------------------------------------ actions
    def show_failure(self, sentence: str) -> QMessageBox:
        """A refused action as one sentence; window-modal, so the work behind stays put."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("SSC Desktop"), sentence,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_failure = box
        return box

    # ------------------------------------------------------------------ language
    def open_settings(self):  # -> SettingsDialog
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: dialog.warning and self.statusBar().showMessage(
            dialog.warning))
        dialog.open()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # A hidden (closed) window reads nothing until it is shown again.
            self._language_stale = not self.isVisible()
            if self.isVisible():
                self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._language_stale:
            self._language_stale = False
            self.retranslate()
        super().showEvent(event)

    def retranslate(self) -> None:
        """A new language: menus, navigation and combos now; the built pages are rebuilt
        (their column widths kept), so every text they set in code follows too."""
        self.ui.retranslateUi(self)
        self.settings_action.setText(self.tr("&Settings…"))
        for row, entry in enumerate(PAGES):
            item, title = self.ui.navigation.item(row), vocabulary.name(entry.title)
            item.setText(title)
            item.setToolTip(title)
        self.nav_counts.titles = [vocabulary.name(entry.title) for entry in PAGES]
        self.nav_counts.update(EVERYTHING)  # the counts beside the titles, in the new language
        self.nav_counts.update_now()
        shown = self.ui.pages.currentIndex()
        for row, page in list(self.pages.items()):
            self.settings.setValue(f"pages/{type(page).__name__}", page.save_state())
            self.ui.pages.insertWidget(row, QWidget(self.ui.pages))
            self.ui.pages.removeWidget(page)  # type: ignore[arg-type]
            page.deleteLater()  # type: ignore[attr-defined]
        self.pages.clear()
        self._page_texts.clear()
        self._fill_groups(self.context.group_id, self.ui.quadrenniumCombo.currentData())
        self._show_last_backup()
        self.show_page(shown)

    # ------------------------------------------------------------------ status bar
    def _show_database(self) -> None:
        db = self.context.db
        self.db_label.setText(db.name)
        self.db_label.setToolTip(db.location.display())

    def _show_last_backup(self) -> None:
        when = backup.last_backup(self.context.db)  # type: ignore[arg-type]
        if when is None:
            self.backup_label.setText(self.tr("Last backup: never"))
        else:
            local = when.astimezone()
            self.backup_label.setText(self.tr("Last backup: {when}").format(
                when=f"{formats.short_date(local.date())} {local:%H:%M}"))

    def closeEvent(self, event: QCloseEvent) -> None:
        # What runs finishes (or, if it can, is cancelled and rolled back) before the
        # window and then the database close.
        self.context.ops.wait(cancel=True)
        self.save_state()
        super().closeEvent(event)
