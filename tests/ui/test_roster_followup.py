"""The roster's Follow-up column and 'needs attention' filters, on a real database:
incomplete onboarding and focal points who have left while still carrying targets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ssc_desktop.domain.targets import TargetFields
from ssc_desktop.services import onboarding, roster, targets
from ssc_desktop.services.roster_followup import FollowUp, load_follow_up
from ssc_desktop.ui.ops.roster import ONBOARDING as ONBOARDING_CHANGED
from ssc_desktop.ui.pages import roster as roster_page
from ssc_desktop.ui.roster_filter import (
    ANY_ATTENTION,
    FOCAL_POINT,
    FOLLOW_UP_COLUMN,
    ONBOARDING,
    RosterFilter,
)
from ssc_desktop.ui.roster_model import RosterModel

from ..conftest import TODAY
from .roster_support import make_window, people, settings_path  # noqa: F401 - fixtures
from .roster_support import roster_page as open_roster

LEFT = "⚠ Focal point for 1 target: needs replacing"
ACTIVE = {"Núñez", "Ødegård", "Oliveira", "Zimmermann", "Pohaku"}


@pytest.fixture
def departed(db, group, term, people, add_member) -> str:  # noqa: F811
    """Nicole carries a target, then resigns: the target needs a new focal point."""
    membership_id = add_member("Nicole", "Duplaix", email="nicole@example.org")
    person_id = roster.member_detail(db, membership_id).person_id
    targets.create_target(db, group.id, term.id, TargetFields(
        ksr_number=6, title="Assess all 13 otter species", indicator="Species assessed",
        unit="species", baseline=0.0, target_value=13.0, focal_point_id=person_id),
        today=TODAY)
    roster.end_membership(db, membership_id, "resigned", date(2025, 4, 10))
    return membership_id


def _complete_onboarding(db, membership_id: str) -> None:
    mine = onboarding.member_onboarding(db, membership_id)
    onboarding.acknowledge(db, mine.person_id, [line.number for line in mine.lines], TODAY)
    onboarding.set_declarations(db, mine.person_id, code_of_conduct_accepted_on=TODAY,
                                conflict_of_interest_declared_on=TODAY,
                                engages_in_cites=False, committee_member=False)


def families(model: RosterModel) -> set[str]:
    return {model.row_at(r).family_name for r in range(model.rowCount())}


@pytest.fixture
def model(qapp, db, group, term, departed):
    m = RosterModel()
    m.reset_rows(roster.load_roster(db, group.id, term.id),
                 load_follow_up(db, group.id, term.id, with_onboarding=True))
    return m


def follow_up_at(model, row: int) -> str:
    """The Follow-up cell as the view shows it ("" when nothing is to do)."""
    return model.index(row, FOLLOW_UP_COLUMN).data() or ""


def test_follow_up_filters_and_text(qtmodeltester, model):
    qtmodeltester.check(model)
    model.set_filter(RosterFilter(attention=FOCAL_POINT))
    assert families(model) == {"Duplaix"}
    assert model.index(0, FOLLOW_UP_COLUMN).data() == LEFT
    model.set_filter(RosterFilter(attention=ONBOARDING))
    assert families(model) == ACTIVE  # invited, proposed and ended people are not asked
    text = follow_up_at(model, 0)
    assert text.startswith("Onboarding: 0 of ")
    assert "Code of Conduct not accepted" in text
    assert "conflict of interest not declared" in text
    model.set_filter(RosterFilter(attention=ANY_ATTENTION, text="nunez"))
    assert families(model) == {"Núñez"}
    model.set_filter(RosterFilter(attention=ANY_ATTENTION))
    assert families(model) == ACTIVE | {"Duplaix"}
    qtmodeltester.check(model)


def test_sorting_by_follow_up_puts_blank_cells_last(model):
    model.sort(FOLLOW_UP_COLUMN)
    texts = [follow_up_at(model, r) for r in range(model.rowCount())]
    assert LEFT in texts
    assert texts[-2:] == ["", ""]  # the invited and the proposed, last both ways
    model.sort(FOLLOW_UP_COLUMN, Qt.SortOrder.DescendingOrder)
    assert [follow_up_at(model, r) for r in range(model.rowCount())][-2:] == ["", ""]


def test_follow_up_without_onboarding_keeps_the_focal_point_flag(qapp, db, group, term,
                                                                 departed):
    m = RosterModel()
    follow = load_follow_up(db, group.id, term.id, with_onboarding=False)
    assert not follow.onboarding_known
    m.reset_rows(roster.load_roster(db, group.id, term.id), follow)
    m.set_filter(RosterFilter(attention=ANY_ATTENTION))
    assert families(m) == {"Duplaix"}
    m.set_follow_up(FollowUp(onboarding={}, focal_points={}))
    assert m.rowCount() == 0


def _page(qtbot, db, term, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)
    window.show()
    qtbot.waitExposed(window)
    return window, open_roster(window)


def test_page_filter_and_completion_through_the_app(qtbot, db, term, departed,
                                                    settings_path):  # noqa: F811
    window, page = _page(qtbot, db, term, settings_path)
    combo = page.ui.attentionFilter
    assert [combo.itemText(n) for n in range(combo.count())] == [
        "All members", "Needs attention", "Incomplete onboarding", "Replace focal point"]
    assert page.ui.table.isColumnHidden(roster_page.QUADRENNIUM_COLUMN)
    combo.setCurrentIndex(combo.findData(FOCAL_POINT))
    assert families(page.model) == {"Duplaix"}
    assert window.count_label.text() == "1 of 9 members shown"
    combo.setCurrentIndex(combo.findData(ONBOARDING))
    assert families(page.model) == ACTIVE
    people_ids = {page.model.row_at(r).family_name: page.model.row_at(r).membership_id
                  for r in range(page.model.rowCount())}
    _complete_onboarding(db, people_ids["Ødegård"])
    window.context.ops.changed.emit(ONBOARDING_CHANGED)  # what an operation says
    assert families(page.model) == ACTIVE - {"Ødegård"}
    for family in ACTIVE - {"Ødegård"}:
        _complete_onboarding(db, people_ids[family])
    window.context.ops.changed.emit(ONBOARDING_CHANGED)
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "Nobody here needs attention" in page.ui.emptyLabel.text()
    page.clear_filters()
    assert combo.currentIndex() == 0 and page.model.rowCount() == 9


def test_large_rosters_work_onboarding_out_when_asked(qtbot, db, term, departed,
                                                      settings_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(roster_page, "ONBOARDING_EAGER_LIMIT", 3)
    window, page = _page(qtbot, db, term, settings_path)
    assert not page.model.follow_up.onboarding_known  # the load did not pay for it
    assert page.model.follow_up.focal_points  # the cheap flag is always there
    page.ui.attentionFilter.setCurrentIndex(page.ui.attentionFilter.findData(ONBOARDING))
    assert page.model.follow_up.onboarding_known
    assert families(page.model) == ACTIVE
    page.refresh()  # while the filter asks for it, reloads keep working it out
    assert families(page.model) == ACTIVE
