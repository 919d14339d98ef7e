from datetime import date

import pytest

from ssc_desktop.domain.errors import RuleRefused, ValidationFailed
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import history, roster
from ssc_desktop.store.errors import ConflictError

from ..conftest import TODAY


def test_added_member_appears_with_region_and_roles(db, group, term, add_member):
    add_member("José", "Núñez", country="MX", roles=["co_chair", "member"])
    rows = {r.family_name: r for r in roster.load_roster(db, group.id, term.id, TODAY)}
    row = rows["Núñez"]
    assert row.name == "Núñez, José"
    assert row.country == "Mexico"
    assert row.region == "Meso and South America"
    assert row.roles == ("co_chair", "member")
    assert "nunez" in row.search_key


def test_invalid_person_is_refused_with_every_problem(db, group, term):
    fields = PersonFields(given_names=" ", family_name="", email="not-an-address",
                          country_code="QQ")
    with pytest.raises(ValidationFailed) as info:
        roster.add_member(db, group.id, term.id, fields)
    assert {p.field for p in info.value.problems} == {
        "given_names", "family_name", "email", "country_code"}
    assert roster.load_roster(db, group.id, term.id) == []


def test_same_email_twice_in_a_term_is_refused(db, group, term, add_member):
    add_member("Ana", "Silva", email="ana@example.org")
    with pytest.raises(RuleRefused, match="already in this group"):
        add_member("Ana", "Silva", email="ANA@example.org ")


def test_edit_undo_redo(db, group, term, add_member):
    membership = add_member("Olav", "Odegard", country="NO")
    detail = roster.member_detail(db, membership)
    change = roster.update_member(db, membership, detail.person_version,
                                  PersonFields(**{**_asdict(detail.fields),
                                                  "family_name": "Ødegård"}),
                                  roles=["member", "rlac"], today=TODAY)
    after = roster.member_detail(db, membership)
    assert after.fields.family_name == "Ødegård"
    assert {r.role for r in after.roles if r.ends_on is None} == {"member", "rlac"}
    history.undo(db, change.batch_id)
    undone = roster.member_detail(db, membership)
    assert undone.fields.family_name == "Odegard"
    assert {r.role for r in undone.roles if r.ends_on is None} == {"member"}
    history.redo(db, change.batch_id)
    assert roster.member_detail(db, membership).fields.family_name == "Ødegård"


def test_stale_editor_is_refused(db, group, term, add_member):
    membership = add_member()
    detail = roster.member_detail(db, membership)
    roster.update_member(db, membership, detail.person_version,
                         PersonFields(**{**_asdict(detail.fields), "position": "Professor"}))
    with pytest.raises(ConflictError):
        roster.update_member(db, membership, detail.person_version, detail.fields)


def test_end_membership_ends_roles_and_is_audited(db, group, term, add_member):
    membership = add_member(roles=["member", "focal_point_ex_situ"])
    roster.end_membership(db, membership, "resigned", date(2025, 4, 1))
    detail = roster.member_detail(db, membership)
    assert detail.status == "resigned"
    assert detail.ends_on == date(2025, 4, 1)
    assert all(r.ends_on == date(2025, 4, 1) for r in detail.roles)
    with pytest.raises(RuleRefused, match="already ended"):
        roster.end_membership(db, membership, "deceased", date(2025, 5, 1))
    entries = history.subject_history(db, detail.person_id)
    assert any(("status", "active", "resigned") in e.changes for e in entries)


def _asdict(fields):
    from dataclasses import asdict

    return asdict(fields)
