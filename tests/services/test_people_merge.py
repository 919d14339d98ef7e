"""Merging two records of one person: both histories, memberships and roles kept, one undo
step, and a refusal when one person would be a member twice of one group in one term."""

from __future__ import annotations

import pytest

from ssc_desktop import cli
from ssc_desktop.domain.errors import UserError
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, history, roster
from ssc_desktop.services.people_merge import merge_people, preview_merge

from ..conftest import TODAY
from ..exchange.conftest import digest


def other_group(db, term):
    made = groups.create_group(db, "Bat SG", "BSG", "specialist_group", None,
                               quadrennium_id=term.id, today=TODAY)
    return next(g for g in groups.list_groups(db) if g.id == made.subject_id)


def test_merge_keeps_both_memberships_histories_and_roles_and_undoes_in_one_step(
        db, group, term, add_member):
    kept = add_member("José", "Núñez Peña", email="jnp@unam.mx", status="active",
                      roles=["chair"])
    bats = other_group(db, term)
    fields = PersonFields(given_names="Jose", family_name="NUNEZ PENA",
                          email="jose.nunez@gmail.com", organisation="UNAM",
                          iucn_username="Jose.NUNEZ")
    other = roster.add_member(db, bats.id, term.id, fields, status="invited",
                              today=TODAY).subject_id
    assert preview_merge(db, "jnp@unam.mx", "JOSE.NUNEZ@gmail.com").memberships == 1
    change = merge_people(db, "jnp@unam.mx", "jose.nunez@gmail.com")
    assert change.summary == "Merged Jose NUNEZ PENA into José Núñez Peña."
    mine, theirs = roster.member_detail(db, kept), roster.member_detail(db, other)
    assert mine.person_id == theirs.person_id  # one person, two memberships
    assert theirs.status == "invited" and [r.role for r in mine.roles] == ["chair"]
    assert mine.fields.alternate_email == "jose.nunez@gmail.com"
    assert mine.fields.organisation == "UNAM" and mine.fields.iucn_username == "Jose.NUNEZ"
    assert mine.fields.given_names == "José"  # the kept person's own values win
    history.undo(db, change.batch_id)
    assert roster.member_detail(db, other).person_id != roster.member_detail(db, kept).person_id
    assert roster.member_detail(db, other).fields.email == "jose.nunez@gmail.com"
    assert roster.member_detail(db, kept).fields.alternate_email is None


def test_merge_refuses_one_person_twice_in_one_group_and_term(db, db_location, group, term,
                                                               add_member, capsys):
    add_member("José", "Núñez", email="jnp@unam.mx")
    add_member("Jose", "Nunez", email="jose.nunez@gmail.com")
    db.close()
    before = digest(db_location)
    code = cli.main(["person", "merge", "--db", db_location, "--keep", "jnp@unam.mx",
                     "--merge", "jose.nunez@gmail.com"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert ("Cannot merge Jose Nunez into José Núñez: both are members of Otter Specialist "
            "Group in 2021-2025, and one person is a member of a group once per term. End or "
            "remove one of the two memberships first.") in err
    assert digest(db_location) == before


def test_merge_on_the_command_line(db, db_location, group, term, add_member, capsys):
    add_member("José", "Núñez", email="jnp@unam.mx")
    bats = other_group(db, term)
    roster.add_member(db, bats.id, term.id, PersonFields(
        given_names="Jose", family_name="Nunez", email="jose.nunez@gmail.com"), today=TODAY)
    db.close()
    code = cli.main(["person", "merge", "--db", db_location, "--keep", "jnp@unam.mx",
                     "--merge", "jose.nunez@gmail.com"])
    out, _err = capsys.readouterr()
    assert code == 0 and out.strip() == "Merged Jose Nunez into José Núñez."
    code = cli.main(["person", "merge", "--db", db_location, "--keep", "jnp@unam.mx",
                     "--merge", "nobody@example.org"])
    _out, err = capsys.readouterr()
    assert code == 2 and "No person has the e-mail address nobody@example.org" in err


def test_unknown_addresses_are_a_sentence(db, group, add_member):
    add_member("Ana", "Silva", email="ana@example.org")
    with pytest.raises(UserError, match="is one person already"):
        merge_people(db, "ana@example.org", "ANA@example.org")
