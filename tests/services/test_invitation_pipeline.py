"""The pipeline read in one statement (store.queries.pipeline) against the per-row reads it
replaced, on both backends; the page's lazy Pipeline against pipeline() and
group_onboarding() on the demo."""

from __future__ import annotations

from datetime import date, timedelta

from ssc_desktop.services import groups, invitations, onboarding
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import Invitation, Reminder
from ssc_desktop.store.queries import lifecycle as lq
from ssc_desktop.store.queries import pipeline as pq
from ssc_desktop.store.queries import roster as roster_q
from ssc_desktop.store.queries.ids import as_date, uuid_text
from tests.conftest import TODAY


def scenario(db, group, term, add_member) -> dict[str, str]:
    """A chair who read two documents, a proposed member, one invited and reminded twice,
    one invited twice (a reminder on each invitation) who accepted, one who declined,
    and a member of another group who must not show."""
    ids = {
        "chair": add_member("Ana", "Silva", roles=["chair"]),
        "proposed": add_member("José", "Núñez", status="proposed"),
        "reminded": add_member("Иван", "Иванов", status="proposed"),
        "twice": add_member("Zoë", "Zimmermann", status="proposed"),
        "declined": add_member("Kofi", "Mensah", status="proposed"),
    }
    chair = person_of(db, ids["chair"])
    onboarding.acknowledge(db, chair, [1, 3], TODAY)
    onboarding.set_declarations(db, chair, code_of_conduct_accepted_on=TODAY,
                                conflict_of_interest_declared_on=None,
                                engages_in_cites=True, committee_member=False, today=TODAY)
    onboarding.acknowledge(db, person_of(db, ids["proposed"]), [2], TODAY)  # not counted
    invitations.invite(db, [ids["reminded"], ids["twice"], ids["declined"]], TODAY)
    invitations.remind(db, [ids["reminded"]], TODAY + timedelta(days=5))
    invitations.remind(db, [ids["reminded"]], TODAY + timedelta(days=10))
    with db.reading() as s:
        first = lq.latest_invitation(s, ids["twice"])
        assert first is not None
        first_id, person = first.id, first.person_id
    with db.transaction("A second invitation") as tx:
        tx.session.add(Reminder(invitation_id=first_id, person_id=person,
                                sent_on=TODAY + timedelta(days=1), channel="email"))
        tx.session.add(Invitation(membership_id=ids["twice"], person_id=person,
                                  sent_on=TODAY + timedelta(days=3), channel="email",
                                  sent_by="The Chair", deadline_on=TODAY + timedelta(days=33),
                                  is_renewal=True))
    invitations.remind(db, [ids["twice"]], TODAY + timedelta(days=6))
    invitations.mark_accepted(db, [ids["twice"]], TODAY + timedelta(days=7))
    invitations.mark_declined(db, [ids["declined"]], TODAY + timedelta(days=2))
    other = groups.create_group(db, "Bear Specialist Group", "BSG", "specialist_group",
                                "mammals", quadrennium_id=term.id, today=TODAY).subject_id
    from ssc_desktop.domain.people import PersonFields
    from ssc_desktop.services import roster

    roster.add_member(db, other, term.id, PersonFields(given_names="Elsewhere",
                                                       family_name="Member"),
                      status="proposed", today=TODAY)
    return ids


def person_of(db: Database, membership_id: str) -> str:
    from ssc_desktop.services import roster

    return roster.member_detail(db, membership_id).person_id


def test_one_statement_gives_what_the_per_row_reads_give(db, group, term, add_member):
    ids = scenario(db, group, term, add_member)
    with db.reading() as s:
        rows = pq.pipeline_rows(s, group.id, term.id, documents_for=("accepted", "active"))
        members = {m.membership_id: m for m in lq.members(s, group.id, term.id)}
        steps = lq.last_step_days(s, list(members))
        read = lq.acknowledgements(s, [m.person_id for m in members.values()])
        latest = {k: lq.latest_invitation(s, k) for k in members}
    assert len(rows) == len(members) == 5
    by_id = {}
    for row in rows:
        values = dict(zip(pq.COLUMNS, row, strict=True))
        by_id[uuid_text(values["membership_id"])] = values
    assert set(by_id) == set(members)
    for membership_id, v in by_id.items():
        m = members[membership_id]
        assert uuid_text(v["person_id"]) == m.person_id
        assert (v["given_names"], v["family_name"], v["email"], v["status"],
                v["proposed_by"]) == (m.given_names, m.family_name, m.email, m.status,
                                      m.proposed_by)
        flags = v["onboarding_flags"]
        assert [bool(flags & bit) for bit in (pq.CODE_OF_CONDUCT, pq.CONFLICT_OF_INTEREST,
                                              pq.CITES, pq.COMMITTEE)] == [
            m.code_of_conduct_accepted_on is not None,
            m.conflict_of_interest_declared_on is not None, m.engages_in_cites,
            m.committee_member]
        assert as_date(v["last_step_on"]) == steps.get(membership_id)
        inv = latest[membership_id]
        if inv is None:
            assert [v[k] for k in ("sent_on", "channel", "deadline_on", "response",
                                   "last_reminder_on")] == [None] * 5
            assert v["reminders"] == 0
        else:
            assert (as_date(v["sent_on"]), v["channel"], v["sent_by"],
                    as_date(v["deadline_on"]), v["response"], as_date(v["responded_on"]),
                    bool(v["is_renewal"])) == (inv.sent_on, inv.channel, inv.sent_by,
                                               inv.deadline_on, inv.response,
                                               inv.responded_on, inv.is_renewal)
        bits = sum(1 << n for n in read.get(m.person_id, {}))
        wanted = bits if m.status in ("accepted", "active") and bits else None
        assert v["documents_read"] == wanted
    # The latest invitation and only its reminders; the others' as the steps left them.
    assert (by_id[ids["twice"]]["reminders"], as_date(by_id[ids["twice"]]["sent_on"]),
            as_date(by_id[ids["twice"]]["last_reminder_on"])) == (
        1, TODAY + timedelta(days=3), TODAY + timedelta(days=6))
    assert (by_id[ids["reminded"]]["reminders"],
            as_date(by_id[ids["reminded"]]["last_reminder_on"])) == (
        2, TODAY + timedelta(days=10))
    assert by_id[ids["chair"]]["documents_read"] == (1 << 1) | (1 << 3)
    assert by_id[ids["chair"]]["onboarding_flags"] == pq.CODE_OF_CONDUCT | pq.CITES
    assert by_id[ids["proposed"]]["documents_read"] is None  # read, but not joined yet
    with db.reading() as s:  # without the documents, without the steps
        bare = pq.pipeline_rows(s, group.id, term.id, steps=False)
    assert all(type(r) is tuple and r[-2] is None and r[-1] is None for r in bare)


def test_the_roles_held_are_the_rosters(db, group, term, add_member):
    scenario(db, group, term, add_member)
    add_member("Mai", "Tran", roles=["co_chair", "rlac"])
    for day in (TODAY, TODAY + timedelta(days=40)):
        with db.reading() as s:
            roles = pq.term_roles(s, group.id, term.id, day)
            rosters = roster_q.current_roles(s, group.id, term.id, day, stored_ids=True)
        assert roles == {k: tuple(v) for k, v in rosters.items()}
        assert ("co_chair", "rlac") in roles.values() or ("rlac", "co_chair") in roles.values()


def test_the_pages_pipeline_is_pipeline_and_group_onboarding(db, group, term, add_member):
    ids = scenario(db, group, term, add_member)
    today = TODAY + timedelta(days=40)  # Иван's invitation is past its deadline
    rows = invitations.pipeline(db, group.id, term.id, today)
    table = invitations.pipeline_table(db, group.id, term.id, today)
    assert list(table) == [r._replace(last_step_on=None) for r in rows]
    assert table.completions() == onboarding.group_onboarding(db, group.id, term.id, today)
    assert table.counts() == invitations.counts(rows) == invitations.pipeline_counts(
        db, group.id, term.id, today)
    by_id = {r.membership_id: r for r in rows}
    reminded, twice = by_id[ids["reminded"]], by_id[ids["twice"]]
    assert reminded.overdue and reminded.reminders == 2 and reminded.stage == "invited"
    assert (twice.status, twice.channel, twice.sent_by, twice.renewal, twice.response,
            twice.responded_on) == ("accepted", "email", "The Chair", True, "accepted",
                                    TODAY + timedelta(days=7))
    assert by_id[ids["declined"]].stage == "ended" and by_id[ids["chair"]].roles == ("chair",)
    assert twice.last_step_on == TODAY + timedelta(days=7)
    chair = table.completion(table.index_of(ids["chair"]))
    assert chair is not None and chair.read == 2 and not chair.conflict_of_interest
    assert table.completion(table.index_of(ids["proposed"])) is None
    assert table.index_of("00000000-0000-0000-0000-000000000000") is None
    assert [table.membership_id(i) for i in range(len(table))] == [r.membership_id
                                                                   for r in rows]


def test_the_pages_pipeline_agrees_in_every_group_of_the_demo(demo_copy):
    today = date.today()
    with Database.open(demo_copy, actor="test") as demo:
        term = groups.quadrennium_on(demo, today)
        for g in groups.list_groups(demo):
            rows = invitations.pipeline(demo, g.id, term.id, today)
            table = invitations.pipeline_table(demo, g.id, term.id, today)
            assert list(table) == [r._replace(last_step_on=None) for r in rows]
            assert [table.search_text(i) for i in range(len(table))] == [
                f"{r.name} {r.email} {r.proposed_by} {r.status_name}" for r in rows]
            assert [table.status(i) for i in range(len(table))] == [r.status for r in rows]
            assert table.completions() == onboarding.group_onboarding(demo, g.id, term.id,
                                                                      today)
            assert table.counts() == invitations.pipeline_counts(demo, g.id, term.id, today)
