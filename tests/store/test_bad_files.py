"""Each bad file gives one sentence and leaves the file (and its folder) exactly as it was."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ssc_desktop.store import errors
from ssc_desktop.store.database import Database

from .conftest import fingerprint


def _text(path: Path) -> None:
    path.write_text("Members of the Otter SG\nNúñez, Ana\n" * 20, encoding="utf-8")


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n" + b"0" * 4000)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()


def _other_program(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://iucn.org', 'IUCN')")
    conn.close()


CASES: list[tuple[str, Callable[[Path], None], type[errors.StoreError], str]] = [
    ("text file", _text, errors.NotADatabase, "is not an SSC Desktop database (it is not an "
                                              "SQLite file)"),
    ("pdf", _pdf, errors.NotADatabase, "it is not an SQLite file"),
    ("truncated", _truncated, errors.DamagedDatabase, "is damaged"),
    ("newer version", _newer, errors.NewerDatabase,
     "was written by a newer version of SSC Desktop (schema 9999)"),
    ("another program's database", _other_program, errors.NotADatabase,
     "is an SQLite database, but not one written by SSC Desktop"),
]


@pytest.mark.parametrize(("spoil", "error", "sentence"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_bad_file_is_refused_with_a_sentence_and_left_alone(
        saved_db: Path, spoil: Callable[[Path], None], error: type[Exception],
        sentence: str) -> None:
    spoil(saved_db)
    before = fingerprint(saved_db.parent)
    with pytest.raises(error) as raised:
        Database.open(saved_db)
    message = str(raised.value)
    assert sentence in message
    assert message.startswith(saved_db.name)
    assert "\n" not in message
    assert fingerprint(saved_db.parent) == before


def test_read_only_file(saved_db: Path) -> None:
    # Tests run as root, who ignores permission bits: a file without write bits is read-only.
    os.chmod(saved_db, 0o444)
    before = fingerprint(saved_db.parent)
    with pytest.raises(errors.ReadOnlyDatabase, match="is read-only. Copy it to a folder"):
        Database.open(saved_db)
    assert fingerprint(saved_db.parent) == before


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_file_locked_by_another_program(saved_db: Path) -> None:
    before = fingerprint(saved_db.parent)
    # Another process: POSIX locks are per process, and reading the file here would drop
    # a lock this process held.
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(saved_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout is not None and locker.stdin is not None
        assert locker.stdout.readline().strip() == "locked"
        with pytest.raises(errors.LockedDatabase,
                           match="is locked by another program. Close the other program"):
            Database.open(saved_db)
        assert fingerprint(saved_db.parent) == before
        locker.stdin.write("\n")
        locker.stdin.flush()
        assert locker.wait(timeout=30) == 0
    finally:
        if locker.poll() is None:
            locker.kill()
            locker.wait()
    Database.open(saved_db).close()  # usable again once the other program lets go


def test_a_folder_and_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(errors.NotADatabase, match="is a folder, not a database file"):
        Database.open(tmp_path)
    with pytest.raises(errors.StoreError, match="does not exist. Choose another place"):
        Database.open(tmp_path / "nowhere" / "x.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_second_instance_in_the_same_process_says_who_holds_it(saved_db: Path) -> None:
    with Database.open(saved_db):
        before = fingerprint(saved_db.parent)
        with pytest.raises(errors.DatabaseInUse) as raised:
            Database.open(saved_db)
        message = str(raised.value)
        assert (f"is already open in SSC Desktop by {getpass.getuser()} on "
                f"{socket.gethostname()} (process {os.getpid()}, since ") in message
        assert fingerprint(saved_db.parent) == before
    Database.open(saved_db).close()  # released on close


HOLDER = """
import sys
from ssc_desktop.store.database import Database
db = Database.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
db.close()
"""


def test_second_instance_in_another_process_says_who_holds_it(saved_db: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(saved_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "holding"
        before = fingerprint(saved_db.parent)
        with pytest.raises(errors.DatabaseInUse) as raised:
            Database.open(saved_db)
        message = str(raised.value)
        assert message.startswith(f"{saved_db.name} is already open in SSC Desktop by ")
        assert f"on {socket.gethostname()} (process {holder.pid}," in message
        assert "Close it there first, or open a copy of the file." in message
        assert fingerprint(saved_db.parent) == before
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    Database.open(saved_db).close()


def test_lock_of_a_killed_instance_does_not_block(saved_db: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(saved_db)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    holder.kill()
    holder.wait()
    assert (saved_db.parent / f"{saved_db.name}.lock").exists()  # left behind by the crash
    Database.open(saved_db).close()  # the OS released the lock with the process


def test_copy_of_an_open_database_opens(saved_db: Path, tmp_path: Path) -> None:
    with Database.open(saved_db):
        copy = tmp_path / "copy.sqlite"
        shutil.copy(saved_db, copy)
        Database.open(copy).close()


def test_truncated_large_file_is_caught_by_its_header(saved_db: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # Above FULL_CHECK_BYTES the open skips the full quick_check; the header check stands in.
    from ssc_desktop.store import database

    monkeypatch.setattr(database, "FULL_CHECK_BYTES", 0)
    _truncated(saved_db)
    before = fingerprint(saved_db.parent)
    with pytest.raises(errors.DamagedDatabase, match=r"is damaged \(the file is truncated"):
        Database.open(saved_db)
    assert fingerprint(saved_db.parent) == before


def test_large_healthy_file_opens_without_the_full_check(saved_db: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from ssc_desktop.store import database

    monkeypatch.setattr(database, "FULL_CHECK_BYTES", 0)
    Database.open(saved_db).close()
