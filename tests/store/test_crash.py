"""kill -9 in the middle of a write loses nothing that was committed before it."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ssc_desktop.services.integrity import check_file
from ssc_desktop.store.database import Database
from ssc_desktop.store.errors import StoreError
from ssc_desktop.store.models import ChangeBatch, Membership, Person

COMMITTED = 300

WRITER = """
import sys, time
from datetime import date
from ssc_desktop.services import groups
from ssc_desktop.store.database import Database
from ssc_desktop.store.errors import StoreError
from ssc_desktop.store.models import Membership, Person, new_id

db = Database.open(sys.argv[1])
term = groups.find_quadrennium(db, "2021-2025")
group = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                            "mammals", quadrennium_id=term.id).subject_id

def people(label, n):
    rows = []
    for i in range(n):
        person = Person(id=new_id(), given_names=f"{label} {i}", family_name="Ødegård",
                        email=f"{label.lower()}{i}@example.org")
        rows += [person, Membership(id=new_id(), person_id=person.id, group_id=group,
                                    quadrennium_id=term.id, status="active")]
    return rows

with db.transaction("Committed members") as tx:
    s = tx.session
    rows = people("Kept", int(sys.argv[2]))
    s.add_all(rows[0::2]); s.flush(); s.add_all(rows[1::2])
print("committed", flush=True)
with db.transaction("The killed write") as tx:
    s = tx.session
    for _ in range(3):
        rows = people("Lost", 3000)
        s.add_all(rows[0::2]); s.flush(); s.add_all(rows[1::2]); s.flush()
    print("inside", flush=True)
    time.sleep(600)
"""


def test_kill_mid_transaction_keeps_every_committed_member(tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(COMMITTED)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "committed"
        assert writer.stdout.readline().strip() == "inside"
        # The large write has spilled into the file: its rollback journal is on disk.
        assert (tmp_path / "roster.sqlite-journal").exists()
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    # A read-only check cannot finish the recovery: it says so and touches nothing.
    journal = tmp_path / "roster.sqlite-journal"
    before = {p.name: p.read_bytes() for p in (path, journal)}
    with pytest.raises(StoreError, match="was not closed properly: a write was interrupted"):
        check_file(path)
    assert {p.name: p.read_bytes() for p in (path, journal)} == before

    with Database.open(path) as db, db.reading() as s:
        names = set(s.scalars(select(Person.given_names)))
        assert names == {f"Kept {i}" for i in range(COMMITTED)}
        assert s.scalar(select(func.count()).select_from(Membership)) == COMMITTED
        labels = set(s.scalars(select(ChangeBatch.label)))
        assert "Committed members" in labels
        assert "The killed write" not in labels
    assert not (tmp_path / "roster.sqlite-journal").exists()
    assert check_file(path).healthy
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
