"""Migration tests over saved files: a small database made at each past schema revision
(tests/store/saved/, written by make_saved_databases.py) is upgraded by today's code and
its data checked; a revision that fails rolls the whole upgrade back, the file untouched."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest

from ssc_desktop import i18n
from ssc_desktop.services import groups, history, history_text, letters, roster, targets
from ssc_desktop.services.integrity import check_database
from ssc_desktop.store import migrate
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import AuditEntry

SAVED = Path(__file__).with_name("saved")
FILES = sorted(SAVED.glob("rev-*.sqlite"))
TODAY = date(2025, 3, 25)


def test_there_is_a_saved_file_for_every_revision() -> None:
    from alembic.script import ScriptDirectory

    revisions = {r.revision for r in ScriptDirectory.from_config(
        migrate.alembic_config()).walk_revisions()}
    assert {f.stem.removeprefix("rev-") for f in FILES} == revisions


@pytest.mark.parametrize("saved", FILES, ids=[f.stem for f in FILES])
def test_a_saved_database_upgrades_with_its_data(saved: Path, tmp_path: Path) -> None:
    revision = saved.stem.removeprefix("rev-")
    path = tmp_path / "chair.sqlite"
    shutil.copyfile(saved, path)
    logged = _log(path)
    with Database.open(path, actor="chair") as db:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        group = groups.find_group(db, "OSG")
        assert group is not None
        term = groups.find_quadrennium(db, "2021-2025")
        rows = {r.family_name: r for r in roster.load_roster(db, group.id, term.id,
                                                             today=TODAY)}
        assert {k: rows[k].status for k in rows} == {
            "Núñez": "active", "Ødegård": "active",
            "Văn Hưng": "invited" if revision >= "0002" else "proposed",
            "Иванов": "resigned"}
        assert rows["Núñez"].organisation == "Universidad de Málaga"
        assert rows["Núñez"].roles == ("chair",)
        # The readable history survives the upgrade, field by field.
        lines = history_text.person_history(db, rows["Núñez"].person_id)
        edit = next(line for line in lines if line.what == "Details changed")
        assert ("Organisation", "— → Universidad de Málaga") in edit.details
        # Edits hold only what changed, after 0008 converted the older whole-row entries.
        with db.reading() as s:
            updates = s.query(AuditEntry).filter(AuditEntry.action == "update").all()
        assert updates and all("version" not in (e.after or {}) for e in updates)
        person_edit = next(e for e in updates if e.entity == "person")
        assert set(person_edit.after) == {"organisation", "position"}
        if revision >= "0004":
            (target,) = targets.list_targets(db, group.id, term.id, today=TODAY)
            assert target.current_value == 4.0
        if revision >= "0005":
            (letter,) = letters.list_letters(db, group.id, today=TODAY)
            assert letter.title == "Hydropower dam on the Rio Xingu"
        assert check_database(db).problems == ()
        # 0009 packed the log: every entry kept, in its order, with 16-byte references.
        with db.reading() as s:
            kept = [(e.batch_id, e.seq, e.entity, e.entity_id, e.subject_id, e.action)
                    for e in s.query(AuditEntry).order_by(AuditEntry.id)]
        assert kept[:len(logged)] == logged  # then reference rows a later revision adds
        with db.reading() as s:
            inserted = {str(e.after) for e in s.query(AuditEntry).filter(
                AuditEntry.action == "insert")}
        assert inserted == {"{}"}  # an insert logs no row: its table holds it
        conn = sqlite3.connect(path)
        try:
            assert conn.execute(
                "SELECT DISTINCT typeof(batch_id), typeof(entity_id), typeof(id) "
                "FROM audit_entry").fetchall() == [("blob", "blob", "integer")]
            assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                "'ix_audit_entry_entity_id'").fetchone() == (0,)
        finally:
            conn.close()
        # 0011 keeps each label's source: older operations have none and read as
        # stored; those made since read in the reader's language.
        with i18n.using_language("fr"):
            labels = [op.label for op in history.latest(db, 100)]
        created = ("Créer le groupe Otter Specialist Group" if revision >= "0011"
                   else "Create group Otter Specialist Group")
        assert created in labels
        latest = history.step_to_undo(db)
        history.undo(db, latest.batch_id)
        assert check_database(db).problems == ()


def _log(path: Path) -> list[tuple]:
    """The saved file's change-log entries as the app reads them (dashed ids), in the
    order they were written."""
    def dashed(value: object) -> str | None:
        if value is None:
            return None
        h = value.hex() if isinstance(value, bytes) else str(value).replace("-", "")
        return str(uuid.UUID(h))

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT batch_id, seq, entity, entity_id, subject_id, action "
                            "FROM audit_entry ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return [(dashed(b), q, e, dashed(i), dashed(s), a) for b, q, e, i, s, a in rows]


FAILING = '''"""A revision that fails half-way (tests only).

Revision ID: 9999
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE person SET family_name = 'changed'")
    raise RuntimeError("this revision fails half-way")


def downgrade() -> None:
    pass
'''


def test_a_failing_revision_rolls_the_whole_upgrade_back(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_fails.py").write_text(
        FAILING.format(head=migrate.head_revision()), encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    path = tmp_path / "chair.sqlite"
    shutil.copyfile(FILES[0], path)  # the oldest: every revision runs before the failing one
    before = path.read_bytes()
    with pytest.raises(RuntimeError, match="fails half-way"):
        Database.open(path, actor="chair")
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-journal").exists()
