"""`ssc-desktop check` and the one-sentence errors of the command line, end to end."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from ssc_desktop.cli import main
from ssc_desktop.store.database import Database
from tests.store.conftest import make_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def saved_db(tmp_path: Path) -> Path:
    return make_database(tmp_path / "roster.sqlite", members=5)


def test_check_a_healthy_database(saved_db: Path, capsys) -> None:
    before = _digest(saved_db)
    assert main(["check", "--db", str(saved_db)]) == 0
    out = capsys.readouterr().out
    assert "groups:             1" in out
    assert "people:             5" in out
    assert "Active (validated):" in out and "No problems found." in out
    assert _digest(saved_db) == before


def test_check_runs_while_the_app_has_the_file_open(saved_db: Path, capsys) -> None:
    with Database.open(saved_db):
        assert main(["check", "--db", str(saved_db)]) == 0
    assert "No problems found." in capsys.readouterr().out


def test_check_lists_problems_and_exits_1(saved_db: Path, capsys) -> None:
    conn = sqlite3.connect(saved_db)
    with conn:
        group, term = conn.execute("SELECT group_id, quadrennium_id FROM membership").fetchone()
        conn.execute("UPDATE membership SET status = 'zombie' WHERE rowid = 1")
        conn.execute("UPDATE membership_role SET role = 'emperor' WHERE rowid = 2")
        conn.execute("UPDATE person SET country_code = 'QQ' WHERE rowid = 3")
        conn.execute("UPDATE person SET email = 'ANA4@example.org' WHERE email = "
                     "'ana3@example.org'")
        orphan = uuid.uuid4().hex
        conn.execute(
            "INSERT INTO membership (id, person_id, group_id, quadrennium_id, status, "
            "proposed_by, notes, version, created_at, updated_at) VALUES "
            "(?, ?, ?, ?, 'active', '', '', 1, '2025-01-01', '2025-01-01')",
            (orphan, uuid.uuid4().hex, group, term))
    conn.close()
    before = _digest(saved_db)
    assert main(["check", "--db", str(saved_db)]) == 1
    out = capsys.readouterr().out
    assert "unknown membership status code 'zombie'" in out
    assert "unknown role code 'emperor'" in out
    assert "unknown country of residence code 'QQ'" in out
    assert "2 people share the e-mail ana4@example.org in Otter Specialist Group" in out
    assert f"membership {uuid.UUID(orphan)} has no person" in out
    assert "membership row" in out and "points at a missing person row" in out
    assert "problem(s) found:" in out
    assert _digest(saved_db) == before


def test_check_reports_illegal_histories_and_impossible_dates(saved_db: Path, capsys) -> None:
    conn = sqlite3.connect(saved_db)
    with conn:
        first, second, person = conn.execute(
            "SELECT m.id, (SELECT id FROM membership WHERE rowid = 2), m.person_id "
            "FROM membership m WHERE m.rowid = 1").fetchone()
        stamp = ", 1, '2025-01-01', '2025-01-01')"
        conn.execute("UPDATE membership SET status = 'proposed' WHERE id = ?", (first,))
        conn.execute("INSERT INTO membership_transition (id, membership_id, person_id, "
                     "from_status, to_status, \"on\", note, version, created_at, updated_at) "
                     "VALUES (?, ?, ?, 'active', 'proposed', '2025-04-01', ''" + stamp,
                     (uuid.uuid4().hex, first, person))
        person2 = conn.execute("SELECT person_id FROM membership WHERE id = ?",
                               (second,)).fetchone()[0]
        conn.execute("INSERT INTO membership_transition (id, membership_id, person_id, "
                     "from_status, to_status, \"on\", note, version, created_at, updated_at) "
                     "VALUES (?, ?, ?, 'invited', 'accepted', '2025-02-01', ''" + stamp,
                     (uuid.uuid4().hex, second, person2))
        conn.execute("INSERT INTO invitation (id, membership_id, person_id, sent_on, channel, "
                     "sent_by, deadline_on, response, responded_on, is_renewal, version, "
                     "created_at, updated_at) VALUES (?, ?, ?, '2025-02-20', 'email', '', "
                     "'2025-03-20', 'accepted', '2025-02-10', 0" + stamp,
                     (uuid.uuid4().hex, second, person2))
    conn.close()
    before = _digest(saved_db)
    assert main(["check", "--db", str(saved_db)]) == 1
    out = capsys.readouterr().out
    assert ("Núñez, Ana 0 in OSG 2021-2025: Active (validated) → Proposed on 2025-04-01, a "
            "step the life cycle does not allow") in out
    assert "Núñez, Ana 1 in OSG: invited on 2025-02-20, after the acceptance on 2025-02-01" \
        in out
    assert "answered on 2025-02-10, before it was sent on 2025-02-20" in out
    assert _digest(saved_db) == before


def test_check_a_damaged_file_reports_it(saved_db: Path, capsys) -> None:
    data = saved_db.read_bytes()
    saved_db.write_bytes(data[: len(data) // 2])
    before = _digest(saved_db)
    assert main(["check", "--db", str(saved_db)]) == 1
    out = capsys.readouterr().out
    assert "roster.sqlite is damaged" in out and "Restore it from a backup." in out
    assert _digest(saved_db) == before


def _spoil_text(path: Path) -> None:
    path.write_text("not a database\n" * 50)


def _spoil_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def _spoil_missing(path: Path) -> None:
    path.unlink()


ERRORS = [
    ("check", "missing", _spoil_missing, "does not exist or is empty; give the database file "
                                         "with --db PATH."),
    ("check", "not SQLite", _spoil_text, "is not an SSC Desktop database (it is not an SQLite "
                                         "file)."),
    ("check", "newer", _spoil_newer, "was written by a newer version of SSC Desktop"),
    ("demo", "not SQLite", _spoil_text, "is not an SSC Desktop database"),
    ("demo", "newer", _spoil_newer, "was written by a newer version of SSC Desktop"),
    ("backup", "missing", _spoil_missing, "does not exist or is empty; give the database file "
                                          "with --db PATH."),
]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONWARNINGS="error::DeprecationWarning")
    return subprocess.run([sys.executable, "-m", "ssc_desktop.cli", *args], text=True,
                          capture_output=True, timeout=120, env=env)


@pytest.mark.parametrize(("command", "spoil", "sentence"), [e[:1] + e[2:] for e in ERRORS],
                         ids=[f"{e[0]}-{e[1]}" for e in ERRORS])
def test_user_errors_end_to_end(saved_db: Path, command: str, spoil, sentence: str) -> None:
    spoil(saved_db)
    before = _digest(saved_db) if saved_db.exists() else None
    done = _run(command, "--db", str(saved_db))
    assert done.returncode == 2
    assert done.stderr.startswith("ssc-desktop: ")
    assert sentence in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert (_digest(saved_db) if saved_db.exists() else None) == before


def test_locked_file_end_to_end(saved_db: Path) -> None:
    # Digest before locking: reading the file in this process would drop SQLite's POSIX
    # lock (closing any descriptor of a file releases the process's locks on it).
    before = _digest(saved_db)
    other = sqlite3.connect(saved_db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        for command in ("check", "demo"):
            done = _run(command, "--db", str(saved_db))
            assert done.returncode == 2, command
            assert "is locked by another program" in done.stderr
            assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _digest(saved_db) == before


def test_check_refuses_an_older_schema_without_upgrading_it(tmp_path: Path, capsys) -> None:
    from ssc_desktop.store import migrate

    path = tmp_path / "old.sqlite"
    engine = _engine_for(path)
    migrate.upgrade(engine, path, target="0001")
    engine.dispose()
    before = _digest(path)
    assert main(["check", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "old.sqlite uses an older schema (0001); open it once in SSC Desktop" in err
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]


def _engine_for(path: Path):
    from sqlalchemy import create_engine, event

    from ssc_desktop.store.database import _begin, _configure_connection

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def test_demo_into_a_missing_folder(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--db", str(tmp_path / "no" / "demo.sqlite")]) == 2
    assert "The folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_demo_and_check_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    done = _run("demo", "--db", str(path), "--members", "40")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    done = _run("check", "--db", str(path))
    assert done.returncode == 0 and "No problems found." in done.stdout
    done = _run("demo", "--db", str(path), "--members", "40")
    assert done.returncode == 2 and "already holds 4 group(s)" in done.stderr


def test_unknown_option_is_one_sentence() -> None:
    done = _run("check", "--frobnicate")
    assert done.returncode == 2
    assert "unrecognized arguments: --frobnicate" in done.stderr
    assert "Traceback" not in done.stderr


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "demo.sqlite"
    assert subprocess.run([sys.executable, "-m", "ssc_desktop.cli", "demo", "--db", str(db),
                           "--members", "60"], capture_output=True).returncode == 0
    # `invitations list | head -0`: the reader has gone before anything is written.
    lister = subprocess.Popen([sys.executable, "-m", "ssc_desktop.cli", "invitations", "list",
                               "--db", str(db), "--group", "ASG"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert lister.stdout is not None
    lister.stdout.close()
    _, err = lister.communicate(timeout=60)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err
