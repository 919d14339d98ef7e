"""The small frictions a first-time chair meets: where the keyboard starts, Ctrl+F, Esc on
unsaved edits, the Invitations search, the columns under "All quadrennia", the window's
size, the demo from the File menu, and the navigation's icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssc_desktop.services import groups
from ssc_desktop.ui.main_window import DEMO_FILE, MainWindow
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.pages.home import HomePage
from ssc_desktop.ui.pages.invitations import InvitationsPage
from ssc_desktop.ui.pages.roster import QUADRENNIUM_COLUMN, RosterPage

from .roster_support import (  # noqa: F401 - fixtures
    make_window,
    people,
    roster_page,
    settings_path,
    window,
)


def test_from_home_ctrl_f_lands_in_the_roster_search(qtbot, window):  # noqa: F811
    assert isinstance(window.current_page, HomePage)  # the window opens on Home
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page
    assert isinstance(page, RosterPage) and page.ui.search.hasFocus()


def test_ctrl_f_reaches_the_search_from_anywhere(qtbot, window):  # noqa: F811
    page = roster_page(window)
    window.activateWindow()
    window.ui.navigation.setFocus()
    qtbot.keyClick(window.ui.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search.hasFocus()
    window.ui.groupCombo.setFocus()
    qtbot.keyClick(window.ui.groupCombo, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search.hasFocus()
    reports = window.show_page(PAGES.index(next(p for p in PAGES if p.title == "Reports")))
    reports.setFocus()
    qtbot.keyClick(reports, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page is page and page.ui.search.hasFocus()  # no search there
    invitations = window.show_page(PAGES.index(InvitationsPage))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert invitations.ui.search.hasFocus()  # a page with its own search keeps it


def test_esc_in_an_editor_with_unsaved_changes_asks_first(qtbot, window, people):  # noqa: F811
    page = roster_page(window)
    editor = page.open_editor(people["Núñez"])
    asked: list[bool] = []
    editor.ask_discard = lambda: (asked.append(True), False)[1]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing edited: closes without asking
    assert not editor.isVisible() and asked == []
    editor = page.open_editor(people["Núñez"])
    editor.ask_discard = lambda: (asked.append(True), False)[1]
    editor.ui.organisation.setText("Universidad de Sonora")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [True] and editor.isVisible()  # kept: the chair said Cancel
    editor.ask_discard = lambda: (asked.append(True), True)[1]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not editor.isVisible()


def test_the_invitations_page_has_a_search(qtbot, window, people):  # noqa: F811
    page = window.show_page(PAGES.index(InvitationsPage))
    proxy = page.proxies["invited"]
    assert proxy.rowCount() == 1  # Иван Иванов is invited
    page.ui.search.setText("ivanov")  # accent- and script-folded, like the roster
    assert proxy.rowCount() == 1
    page.ui.search.setText("nobody-by-that-name")
    assert proxy.rowCount() == 0
    page.ui.search.clear()
    assert proxy.rowCount() == 1


def test_the_quadrennium_comes_first_under_all_quadrennia(qtbot, window):  # noqa: F811
    page = roster_page(window)
    window.resize(1280, 680)  # the default size on a 1366×768 screen
    combo = window.ui.quadrenniumCombo
    combo.setCurrentIndex(combo.findData("all"))
    table = page.ui.table
    assert not table.isColumnHidden(QUADRENNIUM_COLUMN)
    assert table.horizontalHeader().visualIndex(QUADRENNIUM_COLUMN) == 0
    qtbot.waitUntil(lambda: table.viewport().width() > 1000)
    shown = [c for c in range(page.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling


def test_the_default_window_fits_a_1366_by_768_screen(qtbot, db, group, settings_path):  # noqa: F811
    fresh = make_window(qtbot, db, settings_path)
    width, height = fresh.default_size()
    assert width <= 1366 - 40 and height <= 768 - 60
    fresh.resize(width, height)
    fresh.show()
    assert fresh.minimumSizeHint().width() <= width
    assert fresh.minimumSizeHint().height() <= height


def test_the_demo_opens_from_the_file_menu_in_a_file_of_its_own(qtbot, db, group,
                                                                 settings_path):  # noqa: F811
    win: MainWindow = make_window(qtbot, db, settings_path)
    win.show()
    actions = [a for a in win.ui.menuFile.actions() if a.text()]
    assert win.ui.actionOpenDemo in actions
    own = win.context.db.path
    win.ui.actionOpenDemo.trigger()
    qtbot.waitUntil(lambda: win.context.ops.pending == 0 and bool(win._groups),
                    timeout=120_000)
    assert win.context.db.path == own.with_name(DEMO_FILE)
    assert win.context.group is not None and roster_page(win).model.total > 0
    assert [g.short_code for g in groups.list_groups(db)] == ["OSG"]  # the chair's file
    win.open_database(own)
    assert win.context.group_id == group.id


def test_the_navigation_shows_an_icon_for_every_page(qtbot, window):  # noqa: F811
    nav = window.ui.navigation
    assert nav.count() == len(PAGES)
    for row in range(nav.count()):
        assert not nav.item(row).icon().isNull()
    assert QApplication.instance() is not None
