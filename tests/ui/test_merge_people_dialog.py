"""The Merge people window: what will happen, the refusal beside the fields, one undo step."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.merge_people_dialog import MergePeopleDialog

from ..conftest import TODAY

SHOTS = Path(os.environ.get("SSC_SHOTS", "/tmp/shots/merge"))


def test_merge_people_window(qtbot, db, group, term, add_member):
    kept = add_member("José", "Núñez Peña", email="jnp@unam.mx")
    clash = add_member("Jose", "Nunez", email="clash@example.org")
    made = groups.create_group(db, "Bat SG", "BSG", "specialist_group", None,
                               quadrennium_id=term.id, today=TODAY)
    other = roster.add_member(db, made.subject_id, term.id, PersonFields(
        given_names="Jose", family_name="NUNEZ PENA", email="jose.nunez@gmail.com"),
        today=TODAY).subject_id
    context = AppContext(db)
    dialog = MergePeopleDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.ui.outcome.text() == "Enter both addresses."
    dialog.ui.keepEmail.setText("jnp@unam.mx")
    dialog.ui.mergeEmail.setText("clash@example.org")
    assert not dialog.ok.isEnabled()
    assert dialog.ui.outcome.text().startswith("Cannot merge Jose Nunez into José Núñez Peña")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "merge-refused.png"))
    dialog.ui.mergeEmail.setText("jose.nunez@gmail.com")
    assert dialog.ok.isEnabled()
    assert dialog.ui.outcome.text() == (
        "Jose NUNEZ PENA (jose.nunez@gmail.com) will be merged into José Núñez Peña "
        "(jnp@unam.mx), with 1 membership(s). Undo (Ctrl+Z) takes the merge back.")
    dialog.grab().save(str(SHOTS / "merge.png"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert context.undo_stack.count() == 1
    assert roster.member_detail(db, other).person_id == roster.member_detail(db, kept).person_id
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert roster.member_detail(db, other).person_id != roster.member_detail(db, kept).person_id
    assert roster.member_detail(db, clash).fields.email == "clash@example.org"


def test_merge_from_the_roster_menu_and_the_roster_context_menu(qtbot, db, group, term,
                                                                add_member, tmp_path):
    from PySide6.QtCore import QItemSelectionModel, QSettings

    from ssc_desktop.ui.pages import PAGES
    from ssc_desktop.ui.pages.roster import RosterPage

    from .roster_support import make_window

    kept = add_member("José", "Núñez Peña", email="jnp@unam.mx")
    later = groups.find_quadrennium(db, "2026-2029")
    other = roster.add_member(db, group.id, later.id, PersonFields(
        given_names="Jose", family_name="NUNEZ PENA", email="jose.nunez@gmail.com"),
        today=TODAY).subject_id
    add_member("Ana", "Silva", email="ana@example.org")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/group", group.id)
    settings.sync()
    window = make_window(qtbot, db, tmp_path / "settings.ini", "all")
    window.show()
    qtbot.waitExposed(window)
    # Roster ▸ Merge two records of one person… opens the window, empty.
    assert window.ui.actionMergePeople in window.ui.menuRoster.actions()
    window.ui.actionMergePeople.trigger()
    dialog = window.findChild(MergePeopleDialog)
    assert dialog is not None and dialog.isVisible() and dialog.ui.keepEmail.text() == ""
    dialog.reject()
    dialog.deleteLater()
    # On the roster under "All quadrennia", both records selected: the context menu
    # prefills their addresses, the one clicked last kept.
    page = window.show_page(PAGES.index(RosterPage))
    table, model = page.ui.table, page.model
    rows = {model.row_at(r).email: r for r in range(model.rowCount())}
    assert not page.merge_action.isEnabled()
    assert page.merge_action in table.actions()
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(model.index(rows["jose.nunez@gmail.com"], 0),
                                  flags.ClearAndSelect | flags.Rows)
    table.selectionModel().setCurrentIndex(model.index(rows["jnp@unam.mx"], 0),
                                           flags.Select | flags.Rows)
    assert page.merge_action.isEnabled()
    page.merge_action.trigger()
    dialog = next(d for d in window.findChildren(MergePeopleDialog) if d.isVisible())
    assert (dialog.ui.keepEmail.text(), dialog.ui.mergeEmail.text()) == (
        "jnp@unam.mx", "jose.nunez@gmail.com")
    assert dialog.ok.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "merge-from-roster.png"))
    context = window.context
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert context.undo_stack.count() == 1  # one undo step
    assert roster.member_detail(db, other).person_id == roster.member_detail(db, kept).person_id
    qtbot.waitUntil(lambda: len({model.row_at(r).person_id
                                 for r in range(model.rowCount())}) == 2)
    context.ops.undo()
    context.ops.wait()
    assert roster.member_detail(db, other).person_id != roster.member_detail(db, kept).person_id
    assert roster.member_detail(db, other).fields.email == "jose.nunez@gmail.com"
