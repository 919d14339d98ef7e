"""Every store failure is a sentence, exit 2 on the command line, and the file unchanged:
another program's read transaction, a full disk, a damaged or wrong schema stamp, an export
onto a folder."""

from __future__ import annotations

import errno
import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event

from ssc_desktop import cli
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.store import errors, files, migrate
from ssc_desktop.store.database import Database
from tests.conftest import TODAY

from .conftest import fingerprint

MAX_PEOPLE = 500


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_people(db: Database, n: int, note: str = "") -> None:
    group = groups.list_groups(db)[0].id
    term = groups.find_quadrennium(db, "2021-2025").id
    for i in range(n):
        roster.add_member(db, group, term, PersonFields(
            given_names=f"Bea {i}", family_name="Ortiz", email=f"bea{i}@example.org",
            country_code="PE", notes=note), status="active", today=TODAY)


READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM person").fetchone()  # holds a shared lock
print("reading", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def test_a_read_transaction_of_another_program_is_a_sentence(saved_db: Path,
                                                             capsys: pytest.CaptureFixture[str],
                                                             ) -> None:
    reader = subprocess.Popen([sys.executable, "-c", READER, str(saved_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdin is not None
        assert reader.stdout.readline().strip() == "reading"
        with Database.open(saved_db) as db:
            before = _digest(saved_db)
            with pytest.raises(errors.LockedDatabase, match=(
                    r"^roster.sqlite is in use by another program \(one that is reading or "
                    r"writing it, such as a database browser or a sync tool\); nothing was "
                    r"changed. Close the other program, then try again.$")):
                _add_people(db, 1)
            assert _digest(saved_db) == before
            # The command line says the same sentence with status 2.
        out = saved_db.parent / "roster.xlsx"
        code = cli.main(["import", "roster", "--group", "OSG", str(_csv(saved_db.parent)),
                         "--db", str(saved_db)])
        assert code == 2
        assert "is in use by another program" in capsys.readouterr().err
        assert _digest(saved_db) == before and not out.exists()
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.wait(timeout=60) == 0
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
        reader.stdin.close()  # type: ignore[union-attr]
        reader.stdout.close()  # type: ignore[union-attr]
    with Database.open(saved_db) as db:
        _add_people(db, 1)  # fine once the other program lets go


def _csv(folder: Path) -> Path:
    path = folder / "new members.csv"
    path.write_text("Family name,Given names,E-mail,Country\nOrtiz,Bea,bea@example.org,PE\n",
                    encoding="utf-8")
    return path


def test_a_full_disk_while_writing_the_database_is_a_sentence(saved_db: Path) -> None:
    with Database.open(saved_db) as db:
        db.engine.dispose()
        pages = sqlite3.connect(saved_db).execute("PRAGMA page_count").fetchone()[0]

        # SQLite's own limit on the file's size answers exactly as a full disk does
        # (SQLITE_FULL), inside the real write path.
        @event.listens_for(db.engine, "connect")
        def _cap(dbapi_connection, _record) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages + 1}")

        group = groups.list_groups(db)[0].id
        term = groups.find_quadrennium(db, "2021-2025").id
        failure = None
        for i in range(MAX_PEOPLE):  # the cap is reached well before this bound
            before = _digest(saved_db)
            try:
                roster.add_member(db, group, term, PersonFields(
                    given_names=f"Bea {i}", family_name="Ortiz", email=f"bea{i}@example.org",
                    country_code="PE", notes="x" * 2000), status="active", today=TODAY)
            except errors.DiskFull as exc:
                failure = exc
                break
        assert str(failure) == ("The disk holding roster.sqlite is full; nothing was "
                                "changed. Free some disk space, then try again.")
        assert _digest(saved_db) == before  # the failed transaction left no trace


def test_a_full_disk_while_exporting_is_a_sentence(saved_db: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    real_replace = files.os.replace

    def full(src: object, dst: object) -> None:  # the last step of every write
        if str(src).endswith(files.PART_SUFFIX):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(files.os, "replace", full)
    out = tmp_path / "roster.xlsx"
    before = fingerprint(saved_db.parent)
    code = cli.main(["export", "roster", "--group", "OSG", "-o", str(out), "--db",
                     str(saved_db)])
    assert code == 2
    assert (f"There is not enough space to write {out}; nothing was changed. Free some disk "
            "space or choose another place, then try again.") in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    assert fingerprint(saved_db.parent) == before


def test_an_export_onto_a_folder_is_a_sentence(saved_db: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "roster.xlsx"
    folder.mkdir()
    before = fingerprint(saved_db.parent)
    code = cli.main(["export", "roster", "--group", "OSG", "-o", str(folder), "--db",
                     str(saved_db)])
    assert code == 2
    assert f"{folder} is a folder, not a file. Give the path of a regular file." in (
        capsys.readouterr().err)
    assert list(folder.iterdir()) == []
    assert fingerprint(saved_db.parent) == before


def _stamp(path: Path, *revisions: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM alembic_version")
        conn.executemany("INSERT INTO alembic_version VALUES (?)", [(r,) for r in revisions])
    conn.close()


@pytest.mark.parametrize("command", ["check", "backup"])
def test_two_rows_in_alembic_version_is_a_sentence(saved_db: Path, command: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _stamp(saved_db, migrate.head_revision(), "0003")
    before = fingerprint(saved_db.parent)
    code = cli.main([command, "--db", str(saved_db)])
    text = capsys.readouterr()
    assert code in (1, 2) if command == "check" else code == 2
    assert ("roster.sqlite is damaged: its schema version table holds 2 rows instead of one, "
            "so the app cannot tell which schema it has; nothing was changed. Restore it "
            "from a backup.") in text.out + text.err
    assert fingerprint(saved_db.parent) == before


def test_an_older_stamp_on_a_current_schema_is_a_sentence_with_one_copy_per_try(
        saved_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _stamp(saved_db, "0004")  # the schema is at head, the stamp says otherwise
    before = _digest(saved_db)
    for tries in (1, 2):
        assert cli.main(["backup", "--db", str(saved_db)]) == 2
        err = capsys.readouterr().err
        assert "roster.sqlite could not be upgraded from schema 0004 (" in err
        assert "); nothing was changed. A copy made before the upgrade is " in err
        assert "restore it from a backup, or report this with a copy of the file." in err
        assert _digest(saved_db) == before
        assert len(migrate.before_upgrade_copies(saved_db)) == tries  # one per try
    assert not (saved_db.parent / "backups").exists()


def test_an_unknown_stamp_is_a_sentence(saved_db: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _stamp(saved_db, "x9z")
    before = fingerprint(saved_db.parent)
    assert cli.main(["backup", "--db", str(saved_db)]) == 2
    assert ("roster.sqlite was written by a newer version of SSC Desktop (schema x9z)"
            in capsys.readouterr().err)
    assert fingerprint(saved_db.parent) == before
