"""Row-level security on a shared server, proven with real roles: an officer sees only the
groups granted to them, and a read-only role cannot write."""

from __future__ import annotations

import os

import pytest

from ssc_desktop import cli
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, history, roster
from ssc_desktop.store.database import Database
from ssc_desktop.store.errors import NotFound, NotPermitted
from ssc_desktop.store.models import Person
from tests.conftest import TODAY


def address(url) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture
def two_groups(postgres):
    """A server database with an otter group (Ana) and a bat group (Bruno)."""
    url = postgres.create()
    with Database.open(address(url), actor="admin") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        for name, code, given in (("Otter Specialist Group", "OSG", "Ana"),
                                  ("Bat Specialist Group", "BSG", "Bruno")):
            group = groups.create_group(db, name, code, "specialist_group", "mammals",
                                        quadrennium_id=term.id, today=TODAY).subject_id
            roster.add_member(db, group, term.id, PersonFields(
                given_names=given, family_name="Núñez", email=f"{given}@example.org".lower(),
                country_code="BR"), status="active", today=TODAY)
    tag = os.getpid()
    roles = {"otters": f"otters_{tag}", "bats": f"bats_{tag}", "reader": f"reader_{tag}"}
    yield url, roles
    postgres.drop(url)
    for role in roles.values():
        postgres.execute(f'DROP ROLE IF EXISTS "{role}"')


def as_role(url, role: str) -> Database:
    return Database.open(address(url.set(username=role)))


def visible(db: Database) -> tuple[list[str], list[str]]:
    codes = sorted(g.short_code for g in groups.list_groups(db))
    with db.reading() as s:
        people = sorted(p.given_names for p in s.query(Person))
    return codes, people


def test_each_officer_sees_only_the_groups_granted(two_groups, capsys) -> None:
    url, roles = two_groups
    assert cli.main(["server", "grant", "--db", address(url), "--role", roles["otters"],
                     "--group", "OSG"]) == 0
    assert f"{roles['otters']} (a new role" in capsys.readouterr().out
    assert cli.main(["server", "grant", "--db", address(url), "--role", roles["bats"],
                     "--group", "BSG"]) == 0
    with as_role(url, roles["otters"]) as otters, as_role(url, roles["bats"]) as bats:
        assert visible(otters) == (["OSG"], ["Ana"])
        assert visible(bats) == (["BSG"], ["Bruno"])
        # The officer's role is the audit trail's "who".
        [osg] = groups.list_groups(otters)
        term = groups.find_quadrennium(otters, "2021-2025")
        change = roster.add_member(otters, osg.id, term.id, PersonFields(
            given_names="Carla", family_name="Reyes", email="carla@example.org",
            country_code="MX"), status="proposed", today=TODAY)
        assert otters.actor == roles["otters"]
        person = roster.member_detail(otters, change.subject_id).person_id
        assert {e.actor for e in history.subject_history(otters, person)} == {roles["otters"]}
        # Neither the bat officer's roster nor their history shows the otters' people.
        assert visible(bats) == (["BSG"], ["Bruno"])
        assert history.subject_history(bats, person) == []
        # A row of another group cannot be changed even by id.
        with pytest.raises(NotFound, match="no longer exists"):
            roster.update_member(bats, change.subject_id, 1, PersonFields(
                given_names="X", family_name="Y", country_code="BR"))
        assert roster.member_detail(otters, change.subject_id).fields.given_names == "Carla"


def test_a_read_only_role_cannot_write(two_groups, tmp_path, capsys) -> None:
    url, roles = two_groups
    assert cli.main(["server", "grant", "--db", address(url), "--role", roles["reader"],
                     "--group", "OSG", "--read-only"]) == 0
    assert "may now read OSG" in capsys.readouterr().out
    with as_role(url, roles["reader"]) as reader:
        assert visible(reader) == (["OSG"], ["Ana"])
        [osg] = groups.list_groups(reader)
        term = groups.find_quadrennium(reader, "2021-2025")
        with pytest.raises(NotPermitted) as refused:
            roster.add_member(reader, osg.id, term.id, PersonFields(
                given_names="Carla", family_name="Reyes", country_code="MX"),
                status="proposed", today=TODAY)
        assert f"Your role {roles['reader']} may not make this change" in str(refused.value)
        assert visible(reader) == (["OSG"], ["Ana"])
    # Their own offline copy holds what they may see, and nothing else.
    reader_url = address(url.set(username=roles["reader"]))
    copy = tmp_path / "field.sqlite"
    assert cli.main(["transfer", "--from", reader_url, "--to", str(copy)]) == 0
    with Database.open(copy) as offline:
        assert visible(offline) == (["OSG"], ["Ana"])


def test_grant_refuses_a_file_an_unknown_group_and_a_bad_role(two_groups, tmp_path,
                                                               capsys) -> None:
    url, roles = two_groups
    assert cli.main(["server", "grant", "--db", str(tmp_path / "x.sqlite"), "--role", "a",
                     "--group", "OSG"]) == 2
    assert "roles and grants exist on a PostgreSQL server only" in capsys.readouterr().err
    assert cli.main(["server", "grant", "--db", address(url), "--role", "a",
                     "--group", "NOPE"]) == 2
    assert "There is no group 'NOPE'" in capsys.readouterr().err
    assert cli.main(["server", "grant", "--db", address(url), "--role", "Robert'); DROP",
                     "--group", "OSG"]) == 2
    assert "cannot be a role name here" in capsys.readouterr().err
