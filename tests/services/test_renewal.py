"""The quadrennium renewal: preview changes nothing, commit is one step, never twice."""

from datetime import date

import pytest

from ssc_desktop.domain.errors import RuleRefused, ValidationFailed
from ssc_desktop.domain.progress import Cancelled, Progress
from ssc_desktop.services import groups, history, invitations, renewal, roster
from ssc_desktop.store.models import AuditEntry, Invitation, Membership, MembershipTransition
from ssc_desktop.store.queries.roster import count_rows
from tests.conftest import TODAY

RENEW_ON = date(2025, 10, 20)


def snapshot(db):
    with db.reading() as s:
        return tuple(count_rows(s, m) for m in (Membership, Invitation, MembershipTransition,
                                                AuditEntry))


@pytest.fixture
def next_term(db):
    return groups.find_quadrennium(db, "2026-2029")


@pytest.fixture
def team(add_member):
    return {
        "chair": add_member("Ana", "Silva", roles=["chair"]),
        "member": add_member("Bea", "Costa"),
        "quiet": add_member("Caio", "Lima"),
        "accepted": add_member("Dora", "Melo", status="accepted"),
        "gone": add_member("Eli", "Rocha", status="resigned"),
    }


def test_preview_lists_current_members_and_changes_nothing(db, group, term, next_term, team):
    before = snapshot(db)
    plan = renewal.preview_renewal(db, group.id, term.id, next_term.id, RENEW_ON)
    assert snapshot(db) == before
    assert plan.blocked is None
    ids = {r.membership_id for r in plan.rows}
    assert ids == {team[k] for k in ("chair", "member", "quiet", "accepted")}
    assert {r.decision for r in plan.rows} == {renewal.REINVITE}
    chair = next(r for r in plan.rows if r.membership_id == team["chair"])
    assert chair.roles == ("chair",)


def test_commit_ends_old_terms_and_invites_into_the_new(db, group, term, next_term, team):
    plan = renewal.preview_renewal(db, group.id, term.id, next_term.id, RENEW_ON)
    decisions = plan.default_decisions()
    decisions[team["quiet"]] = renewal.Decision(False, ("member",))
    decisions[team["member"]] = renewal.Decision(True, ("member", "focal_point_planning"))
    change = renewal.commit_renewal(db, group.id, term.id, next_term.id, decisions,
                                    on=RENEW_ON, sent_by="Ana Silva")
    assert change.summary == ("Renew Otter Specialist Group into 2026-2029: 3 re-invited, "
                              "1 not re-appointed")
    old = {r.membership_id: r for r in roster.load_roster(db, group.id, term.id, RENEW_ON)}
    assert old[team["chair"]].status == "term_ended"
    assert old[team["quiet"]].status == "not_reappointed"
    assert old[team["gone"]].status == "resigned"
    assert old[team["chair"]].ends_on == term.ends_on  # the old term ends with the Congress
    new = invitations.pipeline(db, group.id, next_term.id, RENEW_ON)
    assert sorted(r.family_name for r in new) == ["Costa", "Melo", "Silva"]
    assert {r.status for r in new} == {"invited"}
    assert all(r.renewal and r.invited_on == RENEW_ON and r.sent_by == "Ana Silva" for r in new)
    costa = next(r for r in new if r.family_name == "Costa")
    assert set(costa.roles) == {"member", "focal_point_planning"}
    # the person is the same person in both terms, and the old history stays readable
    assert costa.person_id == old[team["member"]].person_id
    entries = history.subject_history(db, costa.person_id)
    assert any(("status", "active", "term_ended") in e.changes for e in entries)


def test_running_it_twice_is_refused_and_duplicates_no_one(db, group, term, next_term, team):
    renewal.commit_renewal(db, group.id, term.id, next_term.id, on=RENEW_ON)
    before = snapshot(db)
    plan = renewal.preview_renewal(db, group.id, term.id, next_term.id, RENEW_ON)
    assert plan.rows == () and plan.blocked is None
    with pytest.raises(RuleRefused) as refused:
        renewal.commit_renewal(db, group.id, term.id, next_term.id, on=RENEW_ON)
    assert str(refused.value) == ("The Otter Specialist Group has no current members in "
                                  "2021-2025 to carry forward.")
    assert snapshot(db) == before


def test_members_already_in_the_new_term_are_shown_and_skipped(db, group, term, next_term,
                                                               team):
    from ssc_desktop.domain.people import PersonFields

    bea = roster.member_detail(db, team["member"])
    roster.add_member(db, group.id, next_term.id, PersonFields(
        given_names="Bea", family_name="Costa", email=bea.fields.email), status="active",
        roles=["co_chair"], today=RENEW_ON)
    roster.add_member(db, group.id, next_term.id, PersonFields(
        given_names="Fay", family_name="Early", email="fay@example.org"), today=RENEW_ON)
    plan = renewal.preview_renewal(db, group.id, term.id, next_term.id, RENEW_ON)
    assert plan.blocked is None
    [skipped] = plan.skipped
    assert (skipped.name, skipped.new_status_name) == ("Costa, Bea", "Active (validated)")
    assert team["member"] not in plan.default_decisions()
    change = renewal.commit_renewal(db, group.id, term.id, next_term.id, on=RENEW_ON)
    assert "3 re-invited, 0 not re-appointed, 1 already entered" in change.summary
    new = {r.family_name: r.status for r in roster.load_roster(db, group.id, next_term.id)}
    assert new == {"Silva": "invited", "Lima": "invited", "Melo": "invited",
                   "Costa": "active", "Early": "proposed"}
    old = {r.family_name: r.status for r in roster.load_roster(db, group.id, term.id)}
    assert old["Costa"] == "term_ended"


def test_renewal_is_one_undo_step(db, group, term, next_term, team):
    before = snapshot(db)[:3]
    change = renewal.commit_renewal(db, group.id, term.id, next_term.id, on=RENEW_ON)
    history.undo(db, change.batch_id)
    assert snapshot(db)[:3] == before
    old = {r.membership_id: r.status for r in roster.load_roster(db, group.id, term.id)}
    assert old[team["chair"]] == "active"


def test_backwards_bad_roles_and_cancel_change_nothing(db, group, term, next_term, team):
    before = snapshot(db)
    with pytest.raises(RuleRefused, match="later quadrennium"):
        renewal.preview_renewal(db, group.id, next_term.id, term.id, RENEW_ON)
    with pytest.raises(ValidationFailed, match="'pope' is not a role"):
        renewal.commit_renewal(db, group.id, term.id, next_term.id,
                               {team["chair"]: renewal.Decision(True, ("pope",))},
                               on=RENEW_ON)
    with pytest.raises(Cancelled):
        renewal.commit_renewal(db, group.id, term.id, next_term.id, on=RENEW_ON,
                               progress=Progress(cancelled=lambda: True))
    assert snapshot(db) == before


def test_an_empty_term_has_nothing_to_renew(db, group, term, next_term):
    with pytest.raises(RuleRefused, match="no current members in 2021-2025"):
        renewal.commit_renewal(db, group.id, term.id, next_term.id, on=TODAY)
