"""Where the window opens with nothing remembered: the biggest group, the current term."""

from __future__ import annotations

from datetime import date

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.services.workspace import default_workspace

from .roster_support import make_window, roster_page, settings_path  # noqa: F401 - fixture

TODAY = date(2025, 3, 15)  # inside 2021-2025


def _group(db, name: str, code: str, members: int, term_code: str) -> str:
    term = groups.find_quadrennium(db, term_code)
    group_id = groups.create_group(db, name, code, "specialist_group", "mammals",
                                   today=TODAY).subject_id
    for n in range(members):
        roster.add_member(db, group_id, term.id,
                          PersonFields(given_names=f"P{n}", family_name=code,
                                       email=f"p{n}@{code.lower()}.org"),
                          status="active", today=TODAY)
    return group_id


def test_the_biggest_group_in_the_current_term(db):
    _group(db, "Anteater Specialist Group", "ASG", 2, "2021-2025")
    big = _group(db, "Bear Specialist Group", "BSG", 4, "2021-2025")
    current = groups.find_quadrennium(db, "2021-2025")
    chosen = default_workspace(db, TODAY)
    assert chosen is not None
    assert (chosen.group_id, chosen.quadrennium_id) == (big, current.id)


def test_a_group_without_members_now_opens_its_latest_term_with_members(db):
    only = _group(db, "Cat Specialist Group", "CSG", 3, "2017-2020")
    chosen = default_workspace(db, TODAY)
    assert chosen is not None
    assert chosen.group_id == only
    assert chosen.quadrennium_id == groups.find_quadrennium(db, "2017-2020").id
    assert default_workspace(db, TODAY, group_id=only) == chosen


def test_no_group_no_workspace(db):
    assert default_workspace(db, TODAY) is None


def test_first_open_without_settings_shows_the_biggest_group(qtbot, db, settings_path):  # noqa: F811
    _group(db, "Anteater Specialist Group", "ASG", 1, "2021-2025")
    big = _group(db, "Bear Specialist Group", "BSG", 3, "2021-2025")
    window = make_window(qtbot, db, settings_path)
    window.show()
    expected = default_workspace(db)
    assert expected is not None and expected.group_id == big
    assert window.context.group_id == big
    assert window.context.quadrennium_id == expected.quadrennium_id
    assert roster_page(window).model.total == 3
    assert window.ui.groupCombo.currentText() == "Bear Specialist Group (BSG)"


def test_a_remembered_group_wins_over_the_biggest(qtbot, db, settings_path):  # noqa: F811
    small = _group(db, "Anteater Specialist Group", "ASG", 1, "2021-2025")
    _group(db, "Bear Specialist Group", "BSG", 3, "2021-2025")
    first = make_window(qtbot, db, settings_path)
    first.ui.groupCombo.setCurrentIndex(first.ui.groupCombo.findData(small))
    first.close()
    second = make_window(qtbot, db, settings_path)
    assert second.context.group_id == small


def test_the_demo_opens_on_its_biggest_group(qtbot, db, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path)
    window.show()
    dialog = window.first_start()
    dialog.open_demo()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=120_000)
    expected = default_workspace(db)
    assert expected is not None
    sizes = {g.id: len(roster.load_roster(db, g.id, expected.quadrennium_id))
             for g in groups.list_groups(db)}
    assert window.context.group_id == max(sizes, key=sizes.__getitem__)
    assert window.context.quadrennium_id == groups.quadrennium_on(db, date.today()).id
    assert roster_page(window).model.total == sizes[window.context.group_id]
