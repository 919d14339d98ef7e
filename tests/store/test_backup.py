"""Backups: consistent copies beside the database, the last one remembered, old ones pruned."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ssc_desktop.services import backup
from ssc_desktop.store.database import Database


def _people(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def test_backup_now_writes_a_consistent_copy_beside_the_database(saved_db: Path) -> None:
    with Database.open(saved_db) as db:
        assert backup.last_backup(db) is None
        made = backup.backup_now(db)
        last = backup.last_backup(db)
    assert made.parent == saved_db.parent / "backups"
    assert made.name.startswith("roster-") and made.is_dir()
    assert sorted(p.name for p in made.iterdir()) == ["manifest.json", "roster.sqlite"]
    assert _people(made / "roster.sqlite") == _people(saved_db) == 30
    assert last is not None and last.tzinfo is not None
    assert abs(datetime.now(UTC) - last) < timedelta(minutes=5)
    assert not list(made.parent.glob("*.part"))


def test_backup_to_a_chosen_folder_and_twice_in_a_second(saved_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb stick"
    with Database.open(saved_db) as db:
        first = backup.backup_now(db, folder)
        second = backup.backup_now(db, folder)
    assert first != second
    assert {p.parent for p in (first, second)} == {folder}
    assert _people(first / "roster.sqlite") == _people(second / "roster.sqlite") == 30


def test_automatic_backup_once_a_day_and_keeps_the_newest(saved_db: Path) -> None:
    with Database.open(saved_db) as db:
        first = backup.automatic_backup(db)
        assert first is not None
        assert backup.automatic_backup(db) is None  # the last one is recent
        made = [first] + [backup.automatic_backup(db, max_age=timedelta(0), keep=3)
                          for _ in range(4)]
    left = backup.backups_of(saved_db.parent / "backups", saved_db)
    assert len(left) == 3
    assert left == made[-3:]
    assert all(p is not None for p in made)


def test_prune_leaves_other_files_alone(saved_db: Path) -> None:
    folder = saved_db.parent / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    (folder / "roster-final.sqlite").write_text("not a timestamped backup")
    with Database.open(saved_db) as db:
        for _ in range(3):
            backup.automatic_backup(db, max_age=timedelta(0), keep=1)
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("roster-2")) == [
        "notes.txt", "roster-final.sqlite"]
    assert len(backup.backups_of(folder, saved_db)) == 1
