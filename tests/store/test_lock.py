"""The writer lock: never held twice, never followed through a link, says who holds it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ssc_desktop.store import errors
from ssc_desktop.store.database import Database
from ssc_desktop.store.lock import WriterLock, lock_path

from .conftest import fingerprint

WORKERS = 4
ACQUISITIONS = 150  # each; the bound is this count, not a time
MAX_TRIES = 500_000

STRESS = """
import os, sys
from pathlib import Path
from ssc_desktop.store.errors import DatabaseInUse
from ssc_desktop.store.lock import WriterLock
db, inside = Path(sys.argv[1]), Path(sys.argv[2])
wanted, max_tries = int(sys.argv[3]), int(sys.argv[4])
me = inside / str(os.getpid())
got = overlaps = tries = 0
while got < wanted and tries < max_tries:
    tries += 1
    lock = WriterLock(db)
    try:
        lock.acquire()
    except DatabaseInUse:
        continue
    got += 1
    me.touch()
    # Anyone else inside while we hold the lock is an overlap; look twice.
    seen = max(len(os.listdir(inside)), len(os.listdir(inside)))
    overlaps += seen > 1
    me.unlink()
    lock.release()
print(got, overlaps, flush=True)
"""


@pytest.mark.skipif(os.name != "posix", reason="the stress workers use POSIX flock")
def test_several_processes_never_hold_the_lock_at_once(tmp_path: Path) -> None:
    db = tmp_path / "roster.sqlite"
    inside = tmp_path / "inside"
    inside.mkdir()
    workers = [subprocess.Popen([sys.executable, "-c", STRESS, str(db), str(inside),
                                 str(ACQUISITIONS), str(MAX_TRIES)],
                                stdout=subprocess.PIPE, text=True) for _ in range(WORKERS)]
    results = []
    for worker in workers:
        out, _err = worker.communicate(timeout=600)
        assert worker.returncode == 0
        results.append(tuple(int(n) for n in out.split()))
    assert [got for got, _overlaps in results] == [ACQUISITIONS] * WORKERS
    assert sum(overlaps for _got, overlaps in results) == 0
    assert os.listdir(inside) == []
    assert lock_path(db).is_file()  # kept for the next holder, never deleted


def test_the_lock_file_stays_and_is_reused(tmp_path: Path) -> None:
    db = tmp_path / "roster.sqlite"
    first = WriterLock(db)
    first.acquire()
    inode = os.stat(lock_path(db)).st_ino
    with pytest.raises(errors.DatabaseInUse, match="is already open in SSC Desktop by "):
        WriterLock(db).acquire()
    first.release()
    assert lock_path(db).read_bytes() == b""  # no stale holder once released
    second = WriterLock(db)
    second.acquire()
    assert os.stat(lock_path(db)).st_ino == inode
    second.release()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_link_in_place_of_the_lock_is_refused_and_its_target_untouched(
        saved_db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    lock = lock_path(saved_db)
    lock.unlink(missing_ok=True)
    lock.symlink_to(victim)
    before = fingerprint(saved_db.parent)
    with pytest.raises(errors.StoreError, match=r"roster.sqlite.lock is a link, not SSC "
                                                r"Desktop's lock file; nothing was written "
                                                r"through it. Remove the link"):
        Database.open(saved_db)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert fingerprint(saved_db.parent) == before
    # A link to a missing file is not created through either.
    lock.unlink()
    lock.symlink_to(tmp_path / "created-through-link")
    with pytest.raises(errors.StoreError, match="is a link"):
        Database.open(saved_db)
    assert not (tmp_path / "created-through-link").exists()


@pytest.mark.skipif(os.name != "posix", reason="hard links to other files: POSIX")
def test_a_hard_link_in_place_of_the_lock_is_refused(saved_db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    lock = lock_path(saved_db)
    lock.unlink(missing_ok=True)
    os.link(victim, lock)
    with pytest.raises(errors.StoreError, match="is not SSC Desktop's lock file"):
        Database.open(saved_db)
    assert victim.read_text(encoding="utf-8") == "precious"
