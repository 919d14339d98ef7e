"""The first start on an empty database: create the group, or the demo when it exists."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ssc_desktop.services import groups, roster
from ssc_desktop.ui.first_start import FirstStartDialog
from ssc_desktop.ui.pages.roster import RosterPage

from .roster_support import make_window, roster_page, settings_path  # noqa: F401 - fixture


def test_empty_database_offers_to_create_the_group(qtbot, db, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path)
    window.show()
    page = roster_page(window)
    assert isinstance(page, RosterPage)
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "No group is open yet" in page.ui.emptyLabel.text()
    assert not page.ui.addButton.isEnabled()
    assert not page.ui.importButton.isEnabled()  # nothing to import into yet
    assert not page.ui.exportButton.isEnabled()
    window.start()
    dialog = window.findChildren(FirstStartDialog)[-1]
    assert dialog.isVisible()
    assert str(db.path) in dialog.ui.whereLabel.text()
    assert dialog.ui.demoButton.isEnabled()
    form = dialog.create_group()
    ok = form.ui.buttons.button(form.ui.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(form.ui.name, "Otter Specialist Group")
    qtbot.keyClicks(form.ui.shortCode, "OSG")
    form.ui.taxonomicSet.setCurrentIndex(form.ui.taxonomicSet.findData("mammals"))
    qtbot.keyClicks(form.ui.givenNames, "Nicole")
    qtbot.keyClicks(form.ui.familyName, "Duplaix")
    qtbot.keyClicks(form.ui.email, "nicole@example")
    assert "not a valid address" in form.ui.problems.text()
    assert not ok.isEnabled()
    qtbot.keyClicks(form.ui.email, ".org")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [group] = groups.list_groups(db)
    assert (group.name, group.short_code, group.taxonomic_set) == (
        "Otter Specialist Group", "OSG", "mammals")
    assert window.context.group_id == group.id
    rows = roster.load_roster(db, group.id, window.context.quadrennium_id)
    assert [(r.name, r.roles) for r in rows] == [("Duplaix, Nicole", ("chair",))]
    assert page.model.rowCount() == 1
    assert window.ui.groupCombo.currentText() == "Otter Specialist Group (OSG)"
    assert page.ui.importButton.isEnabled() and page.ui.exportButton.isEnabled()


def test_new_group_refuses_a_taken_short_code(qtbot, db, group, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path)
    window.show()
    form = window.new_group()
    form.ui.name.setText("Another Otter Group")
    form.ui.shortCode.setText("osg")
    form.ui.givenNames.setText("A")
    form.ui.familyName.setText("B")
    form.ui.email.setText("a@b.org")
    form.ui.name.textEdited.emit("")
    assert form.create() is False
    assert "short code 'osg' exists" in window.last_failure.text()
    assert [g.short_code for g in groups.list_groups(db)] == ["OSG"]


def test_demo_group_from_the_first_start(qtbot, db, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path)
    window.show()
    dialog = window.first_start()
    dialog.open_demo()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
    assert groups.list_groups(db)
    assert roster_page(window).model.total > 0
