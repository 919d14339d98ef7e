"""Every page says what to do when it shows nothing: no group yet, a term with nobody,
a search or filter that matches nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ssc_desktop.domain.targets import TargetFields
from ssc_desktop.services import groups
from ssc_desktop.services import targets as svc
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.pages.home import HomePage
from ssc_desktop.ui.pages.invitations import InvitationsPage
from ssc_desktop.ui.pages.letters import LettersPage
from ssc_desktop.ui.pages.reports import ReportsPage
from ssc_desktop.ui.pages.targets import TargetsPage
from tests.conftest import TODAY

from .roster_support import make_window, people, settings_path, window  # noqa: F401

NEW_GROUP = "File ▸ New group…"


def page(win, cls) -> QWidget:
    return win.show_page(PAGES.index(cls))


def test_no_group_yet_every_page_says_how_to_start(qtbot, db, settings_path):  # noqa: F811
    win = make_window(qtbot, db, settings_path)
    home = page(win, HomePage)
    assert NEW_GROUP in home.ui.heading.text()
    assert home.ui.agendaBox.isHidden() and home.ui.makeUpBox.isHidden()
    targets = page(win, TargetsPage)
    assert NEW_GROUP in targets.ui.emptyLabel.text()
    assert not any(b.isEnabled() for b in (targets.ui.loadKsrButton, targets.ui.carryKsrButton,
                                           targets.ui.carryTargetsButton))
    assert targets.ui.summary.isHidden()  # no empty framed box
    assert NEW_GROUP in page(win, LettersPage).ui.summary.text()
    invitations = page(win, InvitationsPage)
    assert NEW_GROUP in invitations.ui.emptyState.text()
    reports = page(win, ReportsPage)
    assert NEW_GROUP in reports.ui.statusLabel.text()
    assert not reports.ui.annualButton.isEnabled() and not reports.ui.generateButton.isEnabled()


def test_a_term_with_nobody_and_searches_that_match_nothing(qtbot, db, group, term,
                                                            window, people):  # noqa: F811
    for ksr, title in ((6, "Assess all otters"), (2, "Recruit 10 members")):
        svc.create_target(db, group.id, term.id, TargetFields(
            ksr, title, baseline=0.0, target_value=10.0), today=TODAY)
    targets = page(window, TargetsPage)
    targets.ui.search.setText("no such target")
    assert targets.ui.stack.currentWidget() is targets.ui.emptyPage
    assert targets.ui.emptyLabel.text().startswith("No target matches the search and filters")
    assert "see all 2 target(s)" in targets.ui.emptyLabel.text()
    targets.ui.search.clear()
    assert targets.ui.stack.currentWidget() is targets.ui.treePage
    invitations = page(window, InvitationsPage)
    assert invitations.ui.emptyState.isHidden()  # Proposed: Ana Álvarez
    invitations.ui.search.setText("no such person")
    assert invitations.ui.emptyState.text() == (
        "Nobody on this tab matches the search. Clear the search box to see everyone.")
    invitations.ui.search.clear()
    invitations.ui.stages.setCurrentIndex(2)  # Overdue: nobody
    assert invitations.ui.emptyState.text() == "No invitation is overdue."
    # The next term has nobody yet: Home says how to get members, not a table of zeros.
    later = groups.find_quadrennium(db, "2026-2029")
    window.ui.quadrenniumCombo.setCurrentIndex(window.ui.quadrenniumCombo.findData(later.id))
    home = page(window, HomePage)
    assert home.ui.regionTable.isHidden() and home.ui.chartFrame.isHidden()
    assert home.ui.balance.text().startswith("No validated members in 2026-2029 yet.")
    assert page(window, InvitationsPage).ui.emptyState.text().startswith(
        "Nobody is proposed or invited in this quadrennium yet.")
    window.ui.quadrenniumCombo.setCurrentIndex(0)  # All quadrennia
    assert "choose one above" in page(window, TargetsPage).ui.emptyLabel.text()
    assert "Choose one quadrennium above" in page(window, HomePage).ui.heading.text()
