"""Migrations: every past schema upgrades with its data, models match, keys and versions."""

from __future__ import annotations

import sqlite3
import uuid
import warnings
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, create_engine, event, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ssc_desktop.services import groups, roster
from ssc_desktop.services.integrity import check_database
from ssc_desktop.store import migrate
from ssc_desktop.store.database import Database, _begin, _configure_connection
from ssc_desktop.store.models import Base, Membership, Person

REVISIONS = [r.revision for r in reversed(list(
    ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()))]
PAST = REVISIONS[:-1]

# Values that make sense to the app for columns whose name says what they hold.
MEANINGFUL = {
    "status": "active", "to_status": "active", "from_status": None, "role": "member",
    "country_code": "BR", "nationality": "BR", "region_override": None, "gender": "woman",
    "age_band": "35_49", "end_reason": None, "group_type": "specialist_group",
    "taxonomic_set": "mammals", "email": "ana.nunez@example.org", "alternate_email": None,
    "given_names": "Ana", "family_name": "Núñez", "code": "2021-2025",
    "starts_on": "2021-09-11", "ends_on": "2025-10-15", "short_code": "OSG",
    "name": "Otter Specialist Group", "reverts_batch_id": None, "version": 1,
}


def _engine(path: Path):
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _value(column: str, declared: str) -> object:
    declared = declared.upper()
    if column in MEANINGFUL:
        return MEANINGFUL[column]
    if declared.startswith("CHAR(32)"):
        return uuid.uuid4().hex
    if "DATETIME" in declared:
        return "2024-05-01 12:00:00.000000"
    if declared == "DATE":
        return "2024-05-01"
    if declared in ("INTEGER", "BOOLEAN"):
        return 1 if declared == "INTEGER" else 0
    if declared == "JSON":
        return "{}"
    return f"old {column}"


def fill_every_table(path: Path) -> dict[str, int]:
    """Put one row in every table (parents first), as a chair's file at that revision."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
    parents = {t: {(fk[3], fk[2]) for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')")}
               for t in tables}
    ids: dict[str, str] = {}
    done: list[str] = []
    while len(done) < len(tables):
        for table in tables:
            needs = {p for _c, p in parents[table] if p != table}
            if table in done or not needs <= set(done):
                continue
            row: dict[str, object] = {}
            for _cid, column, declared, _notnull, _default, _pk in conn.execute(
                    f"PRAGMA table_info('{table}')"):
                refers = next((p for c, p in parents[table] if c == column), None)
                if refers == table:
                    row[column] = None
                elif refers is not None:
                    row[column] = ids[refers]
                else:
                    row[column] = _value(column, declared)
            if "id" in row:
                ids[table] = str(row["id"])
            names = ", ".join(f'"{c}"' for c in row)
            marks = ", ".join("?" for _ in row)
            conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values()))
            done.append(table)
    conn.commit()
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    conn.close()
    return counts


@pytest.mark.parametrize("revision", PAST)
def test_upgrade_from_every_past_revision_keeps_the_data(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    engine = _engine(path)
    migrate.upgrade(engine, path, target=revision)
    engine.dispose()
    before = fill_every_table(path)

    with Database.open(path) as db:
        with db.reading() as s:
            for table, n in before.items():
                now = s.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
                assert now >= n, table  # reference rows may be added, nothing is lost
        group = groups.find_group(db, "OSG")
        assert group is not None
        rows = roster.load_roster(db, group.id, None, today=date(2024, 6, 1))
        assert [(r.given_names, r.family_name, r.status) for r in rows] == [
            ("Ana", "Núñez", "active")]
        # The filled attachment rows name no stored file: check says so, and nothing else.
        problems = check_database(db).problems
        assert [p for p in problems if not p.startswith("attachment ")] == []
        assert migrate.current_revision(db.engine) == REVISIONS[-1]

    copies = list(tmp_path.glob(f"old.before-upgrade-{revision}-*.sqlite"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision
        assert conn.execute("SELECT family_name FROM person").fetchall() == [("Núñez",)]
    finally:
        conn.close()


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path) -> None:
    path = tmp_path / "ssc.sqlite"
    Database.open(path).close()
    engine = _engine(path)
    migrate.downgrade(engine, "base")
    with engine.connect() as conn:
        left = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).all()
    engine.dispose()
    assert {r[0] for r in left} <= {"alembic_version"}
    with Database.open(path) as db:
        assert migrate.current_revision(db.engine) == REVISIONS[-1]
        assert [q.code for q in groups.list_quadrennia(db)]
        assert check_database(db).healthy


def test_models_match_the_migrations(db: Database) -> None:
    with db.engine.connect() as conn, warnings.catch_warnings():
        # SQLite's expression indexes cannot be reflected: compared by name below.
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified "
                                "expression-based index")
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of "
                                "expression-based index")
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    expressions = {i.name for t in Base.metadata.tables.values() for i in t.indexes
                   if any(not isinstance(e, Column) for e in i.expressions)}
    assert expressions == {"ix_person_lower_email", "ix_person_lower_alternate_email",
                           "ix_person_lower_iucn_username"}
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            made = set(conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
        else:
            made = set(conn.execute(text("SELECT indexname FROM pg_indexes")).scalars())
    assert expressions <= made


def test_an_import_finds_people_by_an_index_on_their_lower_case_keys(db: Database) -> None:
    """lower(email) IN (...) is a search of the index, not a read of the whole table."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the query plan checked is SQLite's (PostgreSQL plans by statistics)")
    with db.engine.connect() as conn:
        for column in ("email", "alternate_email", "iucn_username"):
            plan = " ".join(str(r[-1]) for r in conn.execute(text(
                f"EXPLAIN QUERY PLAN SELECT id FROM person WHERE lower(person.{column}) "
                "IN ('a@example.org', 'b@example.org')")))
            assert f"USING INDEX ix_person_lower_{column}" in plan, plan


def test_foreign_keys_are_enforced(db: Database, backend: str, group, term) -> None:
    if backend == "sqlite":
        with db.reading() as s:
            assert s.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    with pytest.raises(IntegrityError), db.transaction("Orphan") as tx:
        s = tx.session
        s.add(Membership(person_id=str(uuid.uuid4()), group_id=group.id,
                         quadrennium_id=term.id, status="active"))
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Membership)) == 0


def test_keys_are_uuids_and_versions_count_updates(db: Database, add_member) -> None:
    membership_id = add_member("Ana", "Núñez")
    with db.reading() as s:
        person = s.get_one(Membership, membership_id).person
        assert uuid.UUID(person.id).version == 4
        assert uuid.UUID(membership_id).version == 4
        assert person.version == 1
        person_id = person.id
    with db.transaction("Edit") as tx:
        s = tx.session
        s.get_one(Person, person_id).position = "Curator"
    with db.reading() as s:
        assert s.get_one(Person, person_id).version == 2


def test_a_stale_write_is_refused(db: Database, add_member) -> None:
    membership_id = add_member("Ana", "Núñez")
    with db.reading() as s:
        person_id = s.get_one(Membership, membership_id).person_id
    stale = Session(db.engine, expire_on_commit=False)
    old = stale.get_one(Person, person_id)
    stale.commit()  # ends the read, keeps the loaded row (as an editor dialog would)
    with db.transaction("Edit elsewhere") as tx:
        s = tx.session
        s.get_one(Person, person_id).position = "Director"
    old.position = "Curator"
    with pytest.raises(StaleDataError):
        stale.commit()
    stale.close()
    with db.reading() as s:
        assert s.get_one(Person, person_id).position == "Director"
