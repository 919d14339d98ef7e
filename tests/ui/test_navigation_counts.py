"""The navigation list: an icon and what needs the chair on each page, kept up to date."""

from __future__ import annotations

from datetime import date

from ssc_desktop.ui.ops import invitations as invitation_ops
from ssc_desktop.ui.ops import settings as settings_ops

from .roster_support import (  # noqa: F401 - fixtures
    make_window,
    people,
    settings_path,
    window,
)


def texts(win) -> list[str]:
    nav = win.ui.navigation
    return [nav.item(row).text() for row in range(nav.count())]


def test_the_navigation_counts_what_needs_the_chair(qtbot, window, people):  # noqa: F811
    counts = window.nav_counts
    qtbot.waitUntil(lambda: counts.reads == 3)  # after the first paint, each part once
    assert texts(window) == ["Home", "Roster", "Targets", "Letters", "Invitations",
                             "Reports"]
    nav = window.ui.navigation
    assert all(not nav.item(row).icon().isNull() for row in range(nav.count()))
    ops = window.context.ops
    # Ana Álvarez, proposed, invited months ago: overdue.
    ops.run(invitation_ops.invite([people["Álvarez"]], date(2025, 3, 20), "email"))
    ops.wait()
    qtbot.waitUntil(lambda: counts.reads == 4)  # the invitations only
    assert texts(window)[4] == "Invitations (1)"
    assert nav.item(4).toolTip() == "Invitations\n1 invitation overdue"
    ops.run(invitation_ops.take_step([people["Álvarez"]], "accept", date(2025, 4, 1)))
    ops.wait()
    qtbot.waitUntil(lambda: counts.reads == 5)
    assert texts(window)[4] == "Invitations (1)"
    assert nav.item(4).toolTip() == "Invitations\n1 acceptance to validate"
    ops.run(invitation_ops.take_step([people["Álvarez"]], "validate", date(2025, 4, 5)))
    ops.wait()
    qtbot.waitUntil(lambda: counts.reads == 6)
    assert texts(window)[4] == "Invitations" and nav.item(4).toolTip() == "Invitations"
    # A change to what no count shows reads nothing again.
    ops.run(settings_ops.save_import_mapping("Lima sign-up", {"Nom": "family_name"}))
    ops.wait()
    qtbot.wait(1)
    qtbot.waitUntil(lambda: counts.reads == 7)  # settings hold the deadline: invitations
    ops.undo()
    ops.wait()
    qtbot.waitUntil(lambda: counts.reads == 8)
    ops.undo()  # the validation undone: the acceptance waits again
    ops.wait()
    qtbot.waitUntil(lambda: texts(window)[4] == "Invitations (1)")
    window.ui.navigation.setCurrentRow(4)
    window.grab().save("/tmp/shots/navigation-counts.png")
