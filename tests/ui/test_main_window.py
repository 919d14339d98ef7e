"""The main window with the roster page: search, counts, shortcuts, undo/redo, state."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import roster
from ssc_desktop.ui.ops import roster as roster_ops
from ssc_desktop.ui.pages.roster import RosterPage

from .roster_support import (  # noqa: F401 - fixtures
    make_window,
    people,
    roster_names,
    roster_page,
    settings_path,
    window,
)


def page_of(win) -> RosterPage:
    page = roster_page(win)
    assert isinstance(page, RosterPage)
    return page


def activate(qtbot, win) -> None:
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)


def test_roster_shows_the_group_and_counts_in_the_status_bar(window):  # noqa: F811
    page = page_of(window)
    assert page.model.rowCount() == 8
    assert window.count_label.text() == "8 of 8 members shown"
    assert window.db_label.text() == "ssc.sqlite"
    assert window.backup_label.text().startswith("Last backup:")
    assert window.ui.navigation.item(0).text() == "Home"
    assert window.ui.navigation.item(1).text() == "Roster"
    assert "Otter Specialist Group" in window.windowTitle()


def test_typing_in_search_filters_as_you_type(qtbot, window):  # noqa: F811
    page = page_of(window)
    qtbot.keyClicks(page.ui.search, "odeg")
    assert [page.model.row_at(r).family_name for r in range(page.model.rowCount())] == [
        "Ødegård"]
    assert window.count_label.text() == "1 of 8 members shown"
    page.ui.search.setText("no such member")
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "No member matches" in page.ui.emptyLabel.text()
    qtbot.mouseClick(page.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 8
    assert page.ui.stack.currentWidget() is page.ui.tablePage


def test_filter_combos(window):  # noqa: F811
    page = page_of(window)
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("stage:ended"))
    assert window.count_label.text() == "1 of 8 members shown"
    page.ui.statusFilter.setCurrentIndex(0)
    page.ui.roleFilter.setCurrentIndex(page.ui.roleFilter.findData("rlac"))
    assert page.model.row_at(0).family_name == "Oliveira"
    page.ui.roleFilter.setCurrentIndex(0)
    page.ui.regionFilter.setCurrentIndex(page.ui.regionFilter.count() - 1)  # no country
    assert [page.model.row_at(r).family_name for r in range(page.model.rowCount())] == [
        "Pohaku"]


def test_ctrl_f_focuses_search_and_enter_opens_the_editor(qtbot, window):  # noqa: F811
    page = page_of(window)
    activate(qtbot, window)
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search.hasFocus()
    page.ui.table.setFocus()
    page.ui.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    editor = _editor(page)
    assert editor is not None and editor.isVisible()
    assert editor.ui.familyName.text() == page.model.row_at(0).family_name
    editor.reject()


def _editor(page):
    from ssc_desktop.ui.member_editor import MemberEditor

    found = [w for w in page.findChildren(MemberEditor) if w.isVisible()]
    return found[-1] if found else None


def test_edit_then_undo_and_redo_with_the_keyboard(qtbot, db, group, term, window,  # noqa: F811
                                                   people):  # noqa: F811
    page = page_of(window)
    before = roster_names(db, group, term)
    editor = page.open_editor(people["Núñez"])
    editor.ui.familyName.setText("Núñez García")
    editor.ui.familyName.textEdited.emit("Núñez García")
    assert editor.save()
    assert "Núñez García, José" in roster_names(db, group, term)
    assert window.count_label.text() == "8 of 8 members shown"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.context.ops.wait()  # undo runs as a background operation
    assert roster_names(db, group, term) == before
    assert "Núñez, José" in [page.model.row_at(r).name for r in range(8)]
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.context.ops.wait()
    assert "Núñez García, José" in roster_names(db, group, term)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_end_membership_with_delete_key_and_undo(qtbot, db, group, term, window,  # noqa: F811
                                                 people):  # noqa: F811
    from ssc_desktop.ui.end_membership_dialog import EndMembershipDialog

    page = page_of(window)
    activate(qtbot, window)
    page.ui.table.setFocus()
    page.select_ids([people["Oliveira"]], people["Oliveira"])
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    dialog = page.findChildren(EndMembershipDialog)[-1]
    assert dialog.isVisible()
    dialog.ui.reason.setCurrentIndex(dialog.ui.reason.findData("deceased"))
    dialog.ui.note.setText("Obituary in Oryx")
    qtbot.mouseClick(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    detail = roster.member_detail(db, people["Oliveira"])
    assert detail.status == "deceased" and detail.end_reason == "deceased"
    row = page.model.row_of(people["Oliveira"])
    assert page.model.row_at(row).status_name == "Deceased"
    assert page.current_id() == people["Oliveira"]  # still selected after the reload
    window.undo_action.trigger()
    window.context.ops.wait()
    assert roster.member_detail(db, people["Oliveira"]).status == "active"


def test_refused_action_shows_the_sentence_and_changes_nothing(qtbot, db, group, term,
                                                               window, people):  # noqa: F811
    before = roster_names(db, group, term)
    fields = PersonFields(given_names="Ana", family_name="Silva", email="ana.álvarez@example.org")
    window.context.ops.run(roster_ops.add_member(group.id, term.id, fields, status="proposed",
                                                 roles=[]))
    box = window.last_failure
    assert box is not None and box.isVisible()
    assert "already in this group" in box.text()
    assert roster_names(db, group, term) == before
    assert not window.undo_action.isEnabled()


def test_window_state_is_remembered(qtbot, db, group, term, people, settings_path):  # noqa: F811
    first = make_window(qtbot, db, settings_path, term.id)
    first.show()
    first.resize(780, 590)  # inside the offscreen 800×600 screen, above Home's minimum height
    page = page_of(first)
    page.ui.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    page.ui.table.setColumnWidth(0, 333)
    first.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value("window/group")
    second = make_window(qtbot, db, settings_path)
    second.show()
    assert (second.width(), second.height()) == (780, 590)
    assert second.context.group_id == group.id
    assert second.context.quadrennium_id == term.id
    page = page_of(second)
    assert page.ui.table.columnWidth(0) == 333
    assert page.model.sort_column == 2
    assert page.model.sort_order == Qt.SortOrder.DescendingOrder
    second.close()


def test_all_quadrennia_shows_every_term(window):  # noqa: F811
    combo = window.ui.quadrenniumCombo
    combo.setCurrentIndex(combo.findData("all"))
    assert window.context.quadrennium_id is None
    assert page_of(window).model.rowCount() == 8
    page_of(window).add_member()  # a member joins for a term: refused with a sentence
    assert "quadrennium" in window.last_failure.text()


def test_ctrl_n_opens_a_new_member_form(qtbot, window):  # noqa: F811
    from ssc_desktop.ui.member_editor import MemberEditor

    page = page_of(window)
    activate(qtbot, window)
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editors = [w for w in page.findChildren(MemberEditor) if w.isVisible()]
    assert len(editors) == 1 and editors[0].detail is None
    assert editors[0].windowTitle() == "Add member"
    editors[0].reject()


def test_reload_and_import_export_actions(window):  # noqa: F811
    assert window.ui.actionReload.shortcut().toString() == "F5"
    assert window.ui.actionImport.shortcut().toString() == "Ctrl+I"
    assert window.ui.actionExport.shortcut().toString() == "Ctrl+E"
    page = page_of(window)
    assert window.ui.actionImport.isEnabled() and page.ui.importButton.isEnabled()
    window.ui.actionReload.trigger()
    assert page.model.rowCount() == 8


def test_start_makes_the_automatic_backup_in_the_background(qtbot, window):  # noqa: F811
    window.start()
    qtbot.waitUntil(lambda: window.backup_job.done, timeout=10000)
    folder = window.context.db.path.parent / "backups"
    assert len(list(folder.glob("*/*.sqlite"))) == 1  # one backup folder, its database
    assert window.backup_label.text() != "Last backup: never"
