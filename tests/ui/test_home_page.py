"""The Home page opens first; every line leads to the right page, filtered to its records."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssc_desktop.demo.build import build_demo
from ssc_desktop.services import home
from ssc_desktop.ui.pages.home import HomePage
from ssc_desktop.ui.pages.invitations import InvitationsPage
from ssc_desktop.ui.pages.letters import LettersPage
from ssc_desktop.ui.pages.roster import RosterPage
from ssc_desktop.ui.pages.targets import TargetsPage

from .roster_support import make_window, settings_path  # noqa: F401 - fixture

SHOTS = Path("/tmp/shots/home")


@pytest.fixture
def demo_window(qtbot, db, settings_path):  # noqa: F811
    build_demo(db, members=60, seed=3, today=date.today())
    window = make_window(qtbot, db, settings_path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.loaded)  # Home's figures are read after the first paint
    return window


def _shown(page) -> int:
    if isinstance(page, InvitationsPage):
        return page.proxies[page.current_stage()].rowCount()
    if isinstance(page, LettersPage):
        return page.proxy.rowCount()
    if isinstance(page, TargetsPage):
        return page.model.shown
    return page.model.rowCount()


def test_home_opens_first_and_every_line_opens_its_filtered_page(demo_window, qtbot):
    window = demo_window
    home_page = window.current_page
    assert isinstance(home_page, HomePage)
    assert window.ui.navigation.currentRow() == 0
    lines = home_page.lines()
    links = [link for _text, link in lines]
    assert {home.OVERDUE_INVITATIONS, home.LETTERS_DUE, home.TARGETS_NOT_UPDATED,
            home.FOCAL_POINTS, home.ONBOARDING} <= set(links)
    assert links.index(home.OVERDUE_INVITATIONS) < links.index(home.ONBOARDING)
    # The navigation counts the same lines, by the page they open.
    qtbot.waitUntil(lambda: window.nav_counts.reads >= 3)
    by_page = {"invitations": 0, "letters": 0, "targets": 0}
    for text, link in lines:
        if link.partition(":")[0] in by_page:
            by_page[link.partition(":")[0]] += int(text.split()[1].replace(",", ""))
    assert window.nav_counts.counts == by_page
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "home.png"))
    expected = {home.OVERDUE_INVITATIONS: InvitationsPage,
                home.AWAITING_VALIDATION: InvitationsPage, home.LETTERS_DUE: LettersPage,
                home.TARGETS_NOT_UPDATED: TargetsPage, home.FOCAL_POINTS: RosterPage,
                home.ONBOARDING: RosterPage}
    for row, (text, link) in enumerate(lines):
        window.show_page(0)
        item = home_page.ui.agenda.item(row)
        rect = home_page.ui.agenda.visualItemRect(item)
        qtbot.mouseClick(home_page.ui.agenda.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        page = window.current_page
        assert isinstance(page, expected[link]), text
        count = int(text.split()[1].replace(",", ""))
        assert _shown(page) == count, text


def test_the_make_up_is_readable_in_a_dark_palette(db, qtbot):
    from PySide6.QtGui import QColor, QPalette

    from ssc_desktop.ui.context import AppContext

    build_demo(db, members=60, seed=3, today=date.today())
    from ssc_desktop.services.workspace import default_workspace

    chosen = default_workspace(db)
    ctx = AppContext(db)
    ctx.set_group(chosen.group_id, chosen.quadrennium_id)
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#2b2c2f"),
                         (QPalette.ColorRole.AlternateBase, "#323337"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Text, "#e8eaed")):
        dark.setColor(role, QColor(colour))
    page = HomePage(ctx)
    page.setPalette(dark)
    page.refresh()
    qtbot.addWidget(page)
    page.resize(1100, 700)
    m = home.make_up(db, chosen.group_id, chosen.quadrennium_id)
    assert page.ui.regionTable.rowCount() == 8
    assert sum(r.members for r in m.regions) == m.members
    assert abs(sum(r.ssc_share for r in m.regions) - 1.0) < 1e-9
    assert [r.label for r in m.gender.rows][:2] == ["Woman", "Man"]
    from ssc_desktop import i18n

    with i18n.using_language("fr"):  # the make-up in the reader's language
        french = home.make_up(db, chosen.group_id, chosen.quadrennium_id)
    assert [r.label for r in french.gender.rows][:2] == ["Femme", "Homme"]
    english_names = {name for name, _n in m.countries}
    french_names = {name for name, _n in french.countries}
    assert len(french_names) == len(english_names) and french_names != english_names
    assert page.chart.titleBrush().color().lightness() > 128  # light text on dark
    assert page.chart.backgroundBrush().color().lightness() < 128
    assert QApplication.instance() is not None
    page.grab().save(str(SHOTS / "home-dark.png"))
