"""The quarterly report across a changeover: both terms, the renewal explained, key figures
that add up."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.exchange.report_sections import at_risk_text, changeover_text
from ssc_desktop.services import groups, invitations, renewal, roster, term_start
from ssc_desktop.services import targets as svc
from ssc_desktop.services.reporting import quarterly_figures
from tests.conftest import TODAY

RENEW_ON = date(2025, 10, 20)
LATER = date(2026, 2, 1)


@pytest.fixture
def changeover(db, group, term, add_member):
    """Six members renewed on 20 Oct 2025: one co-chair entered by hand first, two not
    re-appointed, three re-invited of whom two accept and are validated in November."""
    new = groups.find_quadrennium(db, "2026-2029")
    ids = [add_member(f"Member{i}", "Otter", roles=["member"]) for i in range(6)]
    old_target = svc.create_target(db, group.id, term.id, TargetFields(
        6, "Assess all otters", baseline=0.0, target_value=13.0), today=TODAY).subject_id
    svc.record_update(db, old_target, UpdateFields("2025-Q4", 9.0, status="at_risk"),
                      today=date(2025, 10, 10))
    co_chair = roster.member_detail(db, ids[0])
    roster.add_member(db, group.id, new.id, PersonFields(
        given_names="Member0", family_name="Otter", email=co_chair.fields.email),
        status="active", roles=["co_chair"], today=date(2025, 10, 17))
    plan = renewal.preview_renewal(db, group.id, term.id, new.id, RENEW_ON)
    decisions = plan.default_decisions()
    for membership_id in ids[1:3]:
        decisions[membership_id] = renewal.Decision(False, ("member",))
    renewal.commit_renewal(db, group.id, term.id, new.id, decisions, on=RENEW_ON)
    fresh = {r.family_name + r.given_names: r.membership_id
             for r in roster.load_roster(db, group.id, new.id) if r.status == "invited"}
    accepting = [fresh["OtterMember3"], fresh["OtterMember4"]]
    invitations.mark_accepted(db, accepting, date(2025, 11, 3))
    invitations.validate(db, accepting, date(2025, 11, 10))
    term_start.carry_ksrs_forward(db, new.id)
    new_target = svc.create_target(db, group.id, new.id, TargetFields(
        2, "Recruit 10 members", baseline=0.0, target_value=10.0), today=LATER).subject_id
    svc.record_update(db, new_target, UpdateFields("2025-Q4", 2.0, status="on_track"),
                      today=LATER)
    return new


def test_a_changeover_quarter_reports_both_terms(db, group, changeover):
    f = quarterly_figures(db, group.id, "2025-Q4", today=LATER)
    assert {r.quadrennium for r in f.targets.rows} == {"2021-2025", "2026-2029"}
    assert {r.code for r in f.targets.rows} == {"T-001", "T-002"}
    assert f.targets.updated_in_quarter == 2
    m = f.membership
    assert [(c.code, c.memberships, c.active) for c in m.by_term] == [
        ("2021-2025", 6, 0), ("2026-2029", 4, 3)]
    assert (m.renewal.joined_new, m.renewal.ended_old) == (4, 6)
    assert changeover_text(m, f.as_of) == (
        "The quarter spans the renewal into 2026-2029: 4 joined the new term, 6 memberships "
        "of the old term ended. At 31 Dec 2025, 2021-2025: 6 memberships, 0 validated; "
        "2026-2029: 4 memberships, 3 validated.")


def test_key_figures_are_consistent_with_each_other(db, group, changeover):
    for quarter in ("2025-Q3", "2025-Q4", "2026-Q1"):
        m = quarterly_figures(db, group.id, quarter, today=LATER).membership
        assert m.active_at_start + m.joined - m.left == m.active_at_end, quarter
        assert (len(m.joiners), len(m.leavers)) == (m.joined, m.left), quarter
        assert m.active_at_end == sum(c.active for c in m.by_term), quarter
    q4 = quarterly_figures(db, group.id, "2025-Q4", today=LATER).membership
    assert (q4.active_at_start, q4.active_at_end, q4.joined, q4.left) == (6, 3, 3, 6)


def test_no_targets_is_said_in_words(db, group, term, add_member):
    add_member("Ana", "Silva")
    f = quarterly_figures(db, group.id, "2025-Q1", today=TODAY)
    assert at_risk_text(f.targets) == "no targets yet"
    assert f.membership.renewal is None and len(f.membership.by_term) == 1
