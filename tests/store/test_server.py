"""Several officers on one PostgreSQL database: no lock, stale edits refused by name,
serialization failures retried, and every server fault a sentence with nothing changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text, update

from ssc_desktop import cli
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.store.backend import locate, sqlite_location
from ssc_desktop.store.conflicts import ChangedElsewhere
from ssc_desktop.store.database import Database
from ssc_desktop.store.errors import (
    Busy,
    NewerDatabase,
    NotADatabase,
    PasswordNeeded,
    ServerUnavailable,
)
from ssc_desktop.store.models import Person
from tests.conftest import TODAY
from tests.postgres_server import PASSWORD_ROLE


def address(url) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture
def shared(postgres):
    """A fresh server database holding one group with one member."""
    url = postgres.create()
    with Database.open(address(url), actor="setup") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        group = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                                    "mammals", quadrennium_id=term.id, today=TODAY).subject_id
        roster.add_member(db, group, term.id, PersonFields(
            given_names="Ana", family_name="Núñez", email="ana@example.org",
            country_code="BR"), status="active", today=TODAY)
    yield url
    postgres.drop(url)


def only_member(db: Database):
    [group] = groups.list_groups(db)
    term = groups.find_quadrennium(db, "2021-2025")
    [row] = roster.load_roster(db, group.id, term.id)
    return row


def test_two_officers_edit_at_once_and_a_stale_edit_names_who_changed_what(shared) -> None:
    with Database.open(address(shared), actor="M. Ortega") as ortega, \
            Database.open(address(shared), actor="J. Silva") as silva:
        row = only_member(silva)
        seen_by_silva = roster.member_detail(silva, row.membership_id)
        seen_by_ortega = roster.member_detail(ortega, row.membership_id)
        roster.update_member(ortega, row.membership_id, seen_by_ortega.person_version,
                             PersonFields(**{**vars_of(seen_by_ortega.fields),
                                             "position": "Professor"}))
        with pytest.raises(ChangedElsewhere) as refused:
            roster.update_member(silva, row.membership_id, seen_by_silva.person_version,
                                 PersonFields(**{**vars_of(seen_by_silva.fields),
                                                 "organisation": "Museu"}))
        sentence = str(refused.value)
        assert "Núñez, Ana was changed by M. Ortega on " in sentence
        assert "(position)" in sentence and "Reload" in sentence
        # Nothing was overwritten: Ortega's change stands, Silva's was not saved.
        fresh = roster.member_detail(silva, row.membership_id)
        assert (fresh.fields.position, fresh.fields.organisation) == ("Professor", "")
        assert refused.value.reload


def vars_of(fields) -> dict:
    from dataclasses import asdict

    return asdict(fields)


def test_a_serialization_failure_is_retried(shared, postgres) -> None:
    attempts = []
    with Database.open(address(shared), actor="M. Ortega") as db:
        person_id = only_member(db).person_id

        def work(position: str = "Curator") -> str:
            attempts.append(1)
            with db.transaction("Rename", isolation="REPEATABLE READ") as tx:
                s = tx.session
                person = s.get_one(Person, person_id)  # the snapshot starts here
                if len(attempts) == 1:  # another officer commits in between, once
                    with db.engine.begin() as other:
                        other.execute(update(Person).where(Person.id == person_id)
                                      .values(notes="theirs", version=Person.version + 1))
                person.position = position
            return person.position

        assert db.retrying(work) == "Curator"
        assert len(attempts) == 2
        with pytest.raises(Busy, match="Another officer saved the same records"):
            db.retrying(lambda: (attempts.clear(), work("Director"))[1], attempts=1)


def test_the_server_database_has_no_lock_file(shared, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    with Database.open(address(shared)) as first, Database.open(address(shared)) as second:
        assert first.is_server and second.path is None
        assert first.attachments().where.startswith("the database ")
    assert list(tmp_path.iterdir()) == []


def test_on_a_server_the_officer_is_the_database_role(shared) -> None:
    with Database.open(address(shared)) as db:
        assert db.actor == "postgres"


def test_addresses_are_parsed_not_formatted(tmp_path) -> None:
    odd = tmp_path / "what?#is this.sqlite"
    location = sqlite_location(odd)
    assert location.path == odd and location.url.database == str(odd)
    with Database.open(odd) as db:
        assert db.path == odd and not db.is_server
    server = locate("postgresql://officer:s3cret@db.example.org:6543/ssc")
    assert server.is_server and server.server == "db.example.org:6543"
    assert "s3cret" not in server.display() and "s3cret" not in server.name
    assert server.name == "ssc on db.example.org:6543"


@pytest.mark.parametrize("value, words", [
    ("mysql://root@localhost/ssc", "is not a database SSC Desktop can use"),
    ("postgresql://officer:pw@localhost:5432", "names no database"),
    ("postgresql://officer@localhost:port/ssc", "is not a valid PostgreSQL address"),
])
def test_a_wrong_address_is_one_sentence(value, words, capsys) -> None:
    assert cli.main(["check", "--db", value]) == 2
    err = capsys.readouterr().err
    assert words in err and "pw" not in err.replace("postgresql", "")


def test_a_server_that_is_down_is_one_sentence(capsys) -> None:
    from tests.postgres_server import _free_port

    value = f"postgresql://officer@127.0.0.1:{_free_port()}/ssc"
    with pytest.raises(ServerUnavailable, match="cannot be reached"):
        Database.open(value)
    assert cli.main(["invitations", "list", "--db", value, "--group", "OSG"]) == 2
    err = capsys.readouterr().err
    assert "The database server 127.0.0.1:" in err and "Check that it is running" in err


def test_a_wrong_or_missing_password_is_one_sentence(postgres, shared) -> None:
    postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
    postgres.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD 'right'")
    try:
        base = shared.set(username=PASSWORD_ROLE)
        with pytest.raises(PasswordNeeded, match="refused the password") as wrong:
            Database.open(address(base.set(password="wrong")))
        assert wrong.value.wrong
        with pytest.raises(PasswordNeeded, match="asks for a password") as missing:
            Database.open(address(base.set(password=None)))
        assert not missing.value.wrong
    finally:
        postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")


def test_a_missing_database_is_one_sentence(postgres) -> None:
    url = postgres.url("no_such_database_here")
    with pytest.raises(NotADatabase, match="There is no database no_such_database_here"):
        Database.open(address(url))


def test_another_applications_database_is_refused_unchanged(postgres) -> None:
    url = postgres.create(empty=True)
    try:
        with postgres.engine_for(url).begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id int PRIMARY KEY)"))
        with pytest.raises(NotADatabase, match="belongs to another application"):
            Database.open(address(url))
        assert postgres.tables(url) == {"invoices"}
    finally:
        postgres.drop(url)


def test_a_newer_server_database_is_refused_unchanged(shared, postgres) -> None:
    with postgres.engine_for(shared).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    before = postgres.tables(shared)
    with pytest.raises(NewerDatabase, match="newer version of SSC Desktop"):
        Database.open(address(shared))
    assert postgres.tables(shared) == before


def test_a_dropped_connection_rolls_back_and_says_so(shared, postgres) -> None:
    with Database.open(address(shared), actor="M. Ortega") as db:
        person_id = only_member(db).person_id
        with pytest.raises(ServerUnavailable, match="was lost") as lost, \
                db.transaction("Edit") as tx:
            s = tx.session
            s.get_one(Person, person_id).position = "Lost"
            s.flush()
            pid = s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
            postgres.execute(f"SELECT pg_terminate_backend({pid})")
            s.get_one(Person, person_id).notes = "after"
            s.flush()
        assert "rolled back" in str(lost.value)
        # The next operation reconnects, and nothing of the lost one was saved.
        assert roster.member_detail(db, only_member(db).membership_id).fields.position == ""



def test_demo_and_check_work_on_a_server_and_backup_points_to_the_server(
        postgres, tmp_path, capsys) -> None:
    url = postgres.create(empty=True)
    try:
        assert cli.main(["demo", "--db", address(url), "--members", "40", "--seed", "2"]) == 0
        assert "Wrote a demo database to postgresql://postgres@" in capsys.readouterr().out
        assert cli.main(["check", "--db", address(url)]) == 0
        assert "No problems found." in capsys.readouterr().out
        assert cli.main(["demo", "--db", address(url), "--members", "40"]) == 2
        assert "already holds data" in capsys.readouterr().err
        assert cli.main(["backup", "--db", address(url), "--to", str(tmp_path / "b")]) == 2
        assert "is on a server: back it up there (pg_dump)" in capsys.readouterr().err
        assert not (tmp_path / "b").exists()
    finally:
        postgres.drop(url)


def test_the_environment_names_the_database_when_db_is_not_given(saved_db, monkeypatch,
                                                                   capsys) -> None:
    monkeypatch.setenv("SSC_DESKTOP_DB", str(saved_db))
    assert cli.main(["check"]) == 0
    assert capsys.readouterr().out.startswith(str(saved_db))
    monkeypatch.setenv("SSC_DESKTOP_DB", "postgresql://officer@127.0.0.1:1/ssc")
    assert cli.main(["check"]) == 2
    assert "The database server 127.0.0.1:1 cannot be reached" in capsys.readouterr().err


def test_an_older_server_database_is_upgraded_at_open(postgres) -> None:
    from ssc_desktop.store import migrate

    url = postgres.create(empty=True)
    try:
        engine = postgres.engine_for(url)
        migrate.upgrade(engine, locate(address(url)), target="0005")
        assert migrate.current_revision(engine) == "0005"
        assert "attachment_blob" not in postgres.tables(url)
        with Database.open(address(url)) as db:
            assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert "attachment_blob" in postgres.tables(url)
        engine.dispose()
    finally:
        postgres.drop(url)


def test_the_change_log_steps_down_to_0008_and_up_again_with_every_entry(shared,
                                                                         postgres) -> None:
    """0009 on a server: the entries' uuid key becomes a number and the entity_id index
    goes; stepping down gives each entry a uuid again. Entries, order and undo survive."""
    from ssc_desktop.services import history
    from ssc_desktop.store import migrate

    query = text("SELECT batch_id, seq, entity, entity_id, action FROM audit_entry "
                 "ORDER BY batch_id, seq")
    engine = postgres.engine_for(shared)
    try:
        with engine.connect() as conn:
            logged = conn.execute(query).all()
        migrate.downgrade(engine, "0008")
        with engine.connect() as conn:
            assert conn.execute(query).all() == logged
            assert conn.execute(text(
                "SELECT data_type FROM information_schema.columns WHERE table_name = "
                "'audit_entry' AND column_name = 'id'")).scalar_one() == "uuid"
    finally:
        engine.dispose()
    with Database.open(address(shared), actor="officer") as db:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.reading() as s:
            assert s.execute(query).all() == logged
            assert s.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = "
                                  "'ix_audit_entry_entity_id'")).scalar_one() == 0
        row = only_member(db)
        member = roster.member_detail(db, row.membership_id)
        roster.update_member(db, row.membership_id, member.person_version,
                             replace(member.fields, position="Curator"))
        history.undo(db, history.step_to_undo(db).batch_id)
        assert roster.member_detail(db, row.membership_id).fields.position == ""
