"""The main window's remembered state: size, splitter, group and term, the pages' own.

A mixin of MainWindow; the first page shown is always Home.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from .pages import PAGES

DEFAULT_SIZE = (1280, 680)  # fits a 1366×768 screen with a taskbar and a title bar


class WindowState:
    """Restores the window as it was left and saves it on close."""

    # Provided by MainWindow.
    settings: Any
    context: Any
    ui: Any
    pages: dict

    def _restore(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(*self.default_size())
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = s.value("window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        self._fill_groups(s.value("window/group"), s.value("window/quadrennium"))
        # Home: what needs the chair now, whichever page was last open; its figures are
        # read just after the first paint (at once if anything shows a page before).
        self._first_page_later = not self._painted
        try:
            self.show_page(0)
        finally:
            self._first_page_later = False
        # The keyboard starts in the search box: Home has none, so the roster's (Ctrl+F).
        QTimer.singleShot(0, self._focus_first_search)

    def _focus_first_search(self) -> None:
        page = self.current_page
        if page is not None and not page.focus_search():
            roster = self.pages.get(self._roster_row())
            if roster is not None:
                roster.focus_search()

    def default_size(self) -> tuple[int, int]:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        return width, height

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.ui.splitter.saveState())
        s.setValue("window/group", self.context.group_id or "")
        s.setValue("window/quadrennium", self.ui.quadrenniumCombo.currentData() or "")
        row = self.ui.pages.currentIndex()
        if 0 <= row < len(PAGES):
            s.setValue("window/page", PAGES[row].path)
        for page in self.pages.values():
            s.setValue(f"pages/{type(page).__name__}", page.save_state())
        s.sync()
