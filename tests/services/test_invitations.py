"""The invitation pipeline on a real database: steps, bulk steps, reminders, overdue."""

from datetime import date, timedelta

import pytest

from ssc_desktop.domain.errors import RuleRefused, UserError, ValidationFailed
from ssc_desktop.services import email_drafts, history, invitations, onboarding, roster
from ssc_desktop.store.models import (
    AuditEntry,
    ChangeBatch,
    Invitation,
    MembershipTransition,
    Reminder,
)
from ssc_desktop.store.queries.roster import count_rows
from tests.conftest import TODAY


def snapshot(db):
    with db.reading() as s:
        return tuple(count_rows(s, m) for m in (Invitation, Reminder, MembershipTransition,
                                                AuditEntry, ChangeBatch))


def rows_by_id(db, group, term, today=TODAY):
    return {r.membership_id: r for r in invitations.pipeline(db, group.id, term.id, today)}


def test_deadline_setting_defaults_to_30_days_and_can_change(db):
    assert invitations.deadline_days(db) == 30
    invitations.set_deadline_days(db, 21)
    assert invitations.deadline_days(db) == 21
    with pytest.raises(ValidationFailed, match="1 to 365"):
        invitations.set_deadline_days(db, 0)


def test_from_proposal_to_validated(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="proposed")
    b = add_member("Bea", "Núñez", status="proposed")
    invitations.invite(db, [a, b], TODAY, channel="email", sent_by="Chair")
    rows = rows_by_id(db, group, term)
    assert rows[a].status == "invited" and rows[a].channel == "email"
    assert rows[a].sent_by == "Chair"
    assert rows[a].deadline_on == TODAY + timedelta(days=30)
    later = TODAY + timedelta(days=40)
    assert rows_by_id(db, group, term, later)[a].overdue
    invitations.remind(db, [a], TODAY + timedelta(days=31))
    invitations.remind(db, [a], TODAY + timedelta(days=38))
    rows = rows_by_id(db, group, term, later)
    assert rows[a].reminders == 2 and rows[a].last_reminder_on == TODAY + timedelta(days=38)
    invitations.mark_accepted(db, [a], later)
    invitations.mark_declined(db, [b], later)
    rows = rows_by_id(db, group, term, later)
    assert (rows[a].status, rows[a].response, rows[a].responded_on) == (
        "accepted", "accepted", later)
    assert not rows[a].overdue
    assert rows[b].stage == "ended" and rows[b].response == "declined"
    invitations.validate(db, [a], later)
    rows = rows_by_id(db, group, term, later)
    assert rows[a].stage == "active"
    counts = invitations.counts(rows.values())
    assert (counts.active, counts.ended, counts.invited) == (1, 1, 0)


def test_each_transition_is_dated_and_audited(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="proposed")
    invitations.invite(db, [a], TODAY)
    invitations.mark_accepted(db, [a], TODAY + timedelta(days=3))
    detail = roster.member_detail(db, a)
    entries = history.subject_history(db, detail.person_id)
    transitions = [e for e in entries if e.entity == "membership_transition"]
    assert {dict((k, n) for k, _o, n in e.changes)["to_status"] for e in transitions} == {
        "proposed", "invited", "accepted"}
    assert any(e.entity == "invitation" for e in entries)


def test_a_bulk_step_is_one_undo_step(db, group, term, add_member):
    ids = [add_member(f"P{i}", "Person", status="proposed") for i in range(5)]
    change = invitations.invite(db, ids, TODAY)
    assert change.summary == "Invite 5 members"
    assert {rows_by_id(db, group, term)[i].status for i in ids} == {"invited"}
    history.undo(db, change.batch_id)
    rows = rows_by_id(db, group, term)
    assert {rows[i].status for i in ids} == {"proposed"}
    assert all(rows[i].invited_on is None for i in ids)


def test_a_refused_bulk_step_changes_nothing_and_names_who(db, group, term, add_member):
    ok = add_member("Ana", "Silva", status="accepted")
    not_yet = add_member("Bea", "Costa", status="invited")
    also = add_member("Caio", "Lima", status="proposed")
    before = snapshot(db)
    with pytest.raises(RuleRefused) as refused:
        invitations.validate(db, [ok, not_yet, also], TODAY)
    assert str(refused.value) == (
        "Cannot validate Bea Costa: the invitation has not been accepted. 1 more of the 3 "
        "selected cannot take this step either. Nothing was changed.")
    assert snapshot(db) == before
    assert rows_by_id(db, group, term)[ok].status == "accepted"


def test_a_reminder_for_someone_not_invited_is_refused(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="proposed")
    before = snapshot(db)
    with pytest.raises(RuleRefused, match="Cannot send a reminder to Ana Silva: no "
                                          "invitation has been sent yet"):
        invitations.remind(db, [a], TODAY)
    assert snapshot(db) == before


def test_a_step_dated_before_the_previous_one_is_refused(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="proposed")
    invitations.invite(db, [a], TODAY)
    before = snapshot(db)
    with pytest.raises(RuleRefused, match="previous step was on 2025-03-15"):
        invitations.mark_accepted(db, [a], TODAY - timedelta(days=1))
    assert snapshot(db) == before


def test_invited_without_an_invitation_record_can_be_reminded(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="invited")  # e.g. imported as invited
    invitations.remind(db, [a], TODAY + timedelta(days=2))
    row = rows_by_id(db, group, term)[a]
    assert row.reminders == 1 and row.invited_on == TODAY


def test_an_empty_selection_and_a_bad_channel_are_refused(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="proposed")
    with pytest.raises(RuleRefused, match="Select at least one"):
        invitations.invite(db, [], TODAY)
    with pytest.raises(ValidationFailed, match="how the invitation was sent"):
        invitations.invite(db, [a], TODAY, channel="pigeon")


def test_end_membership_follows_the_life_cycle(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="active")
    before = snapshot(db)
    with pytest.raises(RuleRefused, match="record a resignation instead"):
        roster.end_membership(db, a, "declined", TODAY)
    assert snapshot(db) == before
    invited = add_member("Bea", "Costa", status="invited")
    roster.end_membership(db, invited, "expired", TODAY)
    assert rows_by_id(db, group, term)[invited].status == "expired"
    invitations.invite(db, [invited], TODAY)  # a lapsed invitation may be sent again
    assert rows_by_id(db, group, term)[invited].status == "invited"


def incomplete(db, group, term) -> set[str]:
    """The incomplete memberships, checked against the Home page's count of them."""
    found = onboarding.incomplete_onboarding(db, group.id, term.id, TODAY)
    assert onboarding.incomplete_count(db, group.id, term.id, TODAY) == len(found)
    return found


def test_onboarding_acknowledgements_and_incomplete_filter(db, group, term, add_member):
    a = add_member("Ana", "Silva", status="active")
    p = add_member("Bea", "Costa", status="proposed")
    done = add_member("Cai", "Lima", status="accepted")
    person = roster.member_detail(db, a).person_id
    assert a in incomplete(db, group, term)
    other = roster.member_detail(db, done).person_id
    onboarding.acknowledge(db, other, [1, 3, 4, 5, 6, 7, 18], date(2025, 3, 1))
    onboarding.set_declarations(db, other, code_of_conduct_accepted_on=date(2025, 3, 2),
                                conflict_of_interest_declared_on=date(2025, 3, 2),
                                engages_in_cites=False, committee_member=False, today=TODAY)
    assert incomplete(db, group, term) == {a}  # Cai has read all and declared both
    assert p not in onboarding.incomplete_onboarding(db, group.id, term.id, TODAY)
    onboarding.acknowledge(db, person, [1, 3, 4, 5, 6, 7, 18], date(2025, 3, 1))
    view = onboarding.member_onboarding(db, a, TODAY)
    assert all(line.acknowledged_on == date(2025, 3, 1) for line in view.lines)
    assert not view.completion.complete  # the two declarations are still missing
    onboarding.set_declarations(db, person, code_of_conduct_accepted_on=date(2025, 3, 2),
                                conflict_of_interest_declared_on=date(2025, 3, 2),
                                engages_in_cites=False, committee_member=False, today=TODAY)
    assert a not in incomplete(db, group, term)
    onboarding.set_declarations(db, person, code_of_conduct_accepted_on=date(2025, 3, 2),
                                conflict_of_interest_declared_on=date(2025, 3, 2),
                                engages_in_cites=True, committee_member=False, today=TODAY)
    assert a in incomplete(db, group, term)  # CITES doc
    with pytest.raises(RuleRefused, match="already acknowledged"):
        onboarding.acknowledge(db, person, [1], TODAY)
    with pytest.raises(ValidationFailed, match="in the future"):
        onboarding.set_declarations(db, person, code_of_conduct_accepted_on=date(2030, 1, 1),
                                    conflict_of_interest_declared_on=None,
                                    engages_in_cites=False, committee_member=False,
                                    today=TODAY)
    change = onboarding.withdraw_acknowledgement(db, other, 1)
    assert incomplete(db, group, term) == {a, done}  # Cai's document 1 unread again
    change = onboarding.withdraw_acknowledgement(db, person, 1)
    assert onboarding.member_onboarding(db, a, TODAY).lines[0].acknowledged_on is None
    history.undo(db, change.batch_id)
    assert onboarding.member_onboarding(db, a, TODAY).lines[0].acknowledged_on is not None


def test_templates_saved_checked_and_reset(db):
    before = snapshot(db)
    with pytest.raises(UserError, match=r"unknown placeholder \{nmae\}"):
        email_drafts.save_template(db, "reminder", "en", "Hi", "Dear {nmae}")
    assert snapshot(db) == before
    email_drafts.save_template(db, "reminder", "en", "Nudge for {given_name}", "Dear {chair}")
    assert email_drafts.get_template(db, "reminder", "en").subject == "Nudge for {given_name}"
    assert email_drafts.is_customised(db, "reminder", "en")
    email_drafts.reset_template(db, "reminder", "en")
    assert email_drafts.get_template(db, "reminder", "en").subject.startswith("Reminder")


def test_drafts_fill_placeholders_and_list_who_has_no_address(db, group, term, add_member):
    a = add_member("Zoë", "Ødegård", status="proposed", email="zoe@example.no")
    b = add_member("Kofi", "Mensah", status="proposed", email="")
    invitations.invite(db, [a, b], TODAY)
    out = email_drafts.drafts_for(db, [a, b], "reminder", "en", TODAY)
    assert out.skipped == ("Kofi Mensah",)
    (draft,) = out.drafts
    assert draft.to_email == "zoe@example.no" and draft.to_name == "Zoë Ødegård"
    assert "Otter Specialist Group" in draft.subject
    assert "14 April 2025" in draft.body and "15 March 2025" in draft.body


@pytest.mark.parametrize(("language", "deadline"), [
    ("en", "14 April 2025"), ("fr", "14 avril 2025"), ("es", "14 de abril de 2025")])
def test_drafts_write_dates_in_the_template_language(db, group, add_member, language,
                                                     deadline):
    member = add_member("Zoë", "Ødegård", status="proposed")
    invitations.invite(db, [member], TODAY)
    email_drafts.save_template(db, "reminder", language, "{given_name}", "{deadline} {today}")
    draft = email_drafts.drafts_for(db, [member], "reminder", language, TODAY).drafts[0]
    today = {"en": "15 March 2025", "fr": "15 mars 2025", "es": "15 de marzo de 2025"}
    assert draft.body.strip() == f"{deadline} {today[language]}"


def test_waiting_counts_agree_with_the_pipeline(db, group, term, add_member):
    ids = [add_member(f"P{n}", "Otter", status="proposed") for n in range(6)]
    invitations.invite(db, ids[:5], TODAY)  # five invited on the test day
    invitations.take_step(db, ids[:2], "accept", TODAY + timedelta(days=3))
    invitations.take_step(db, [ids[2]], "decline", TODAY + timedelta(days=4))  # ended
    invitations.invite(db, [ids[5]], TODAY + timedelta(days=20))  # due later
    for today in (TODAY, TODAY + timedelta(days=31), TODAY + timedelta(days=60)):
        full = invitations.counts(invitations.pipeline(db, group.id, term.id, today))
        assert invitations.waiting(db, group.id, term.id, today) == (full.overdue,
                                                                    full.accepted)
    assert invitations.waiting(db, group.id, term.id, TODAY + timedelta(days=31)) == (2, 2)
    assert invitations.waiting(db, group.id, term.id, TODAY + timedelta(days=60)) == (3, 2)
    assert invitations.waiting(db, group.id, term.id, TODAY) == (0, 2)


def test_pipeline_counts_match_the_pipeline_rows_in_every_group_of_the_demo(demo_copy):
    """Home's counts come from one query; they must agree with the rows the Invitations
    page counts, overdue included (the demo has invitations past their deadline)."""
    from ssc_desktop.services import groups
    from ssc_desktop.store.database import Database

    today = date.today()
    with Database.open(demo_copy, actor="test") as demo:
        term = groups.quadrennium_on(demo, today)
        seen = 0
        for g in groups.list_groups(demo):
            rows = invitations.pipeline(demo, g.id, term.id, today)
            assert invitations.pipeline_counts(demo, g.id, term.id, today) == \
                invitations.counts(rows)
            seen += sum(r.overdue for r in rows)
        assert seen > 0


def test_group_onboarding_agrees_with_each_members_checklist(demo_copy):
    """The whole group's onboarding (one query per table, checklists shared between
    members with the same roles) equals each membership's own onboarding view."""
    from ssc_desktop.services import groups
    from ssc_desktop.store.database import Database

    today = date.today()
    with Database.open(demo_copy, actor="test") as demo:
        term = groups.quadrennium_on(demo, today)
        whole = max((onboarding.group_onboarding(demo, g.id, term.id, today)
                     for g in groups.list_groups(demo)), key=len)
        assert whole and any(not c.complete for c in whole.values())
        assert any(c.complete for c in whole.values())
        for g in groups.list_groups(demo):  # the Home page's count: the same members
            assert onboarding.incomplete_count(demo, g.id, term.id, today) == sum(
                not c.complete for c in onboarding.group_onboarding(demo, g.id, term.id,
                                                                    today).values())
        for membership_id, completion in list(whole.items())[:40]:
            assert onboarding.member_onboarding(demo, membership_id, today).completion == \
                completion
