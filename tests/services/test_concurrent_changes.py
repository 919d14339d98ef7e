"""Every Change names its own batch, even while another thread writes at the same time."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from ssc_desktop.services import backup, history, roster
from ssc_desktop.store.models import AuditEntry, ChangeBatch

ROUNDS = 40


def _person(db, membership_id):
    return roster.member_detail(db, membership_id)


@pytest.mark.sqlite_only  # a backup copies the file; a server is backed up by its server
def test_each_change_undoes_its_own_batch_while_backups_write(db, group, term, add_member,
                                                               tmp_path):
    membership_id = add_member("Ana", "Silva")
    initial = _person(db, membership_id).fields.position
    stop = threading.Event()
    failures: list[BaseException] = []

    def back_up_in_a_loop() -> None:
        try:
            while not stop.is_set():
                backup.backup_now(db, tmp_path / "backups")
        except BaseException as exc:  # reported by the test thread
            failures.append(exc)

    writer = threading.Thread(target=back_up_in_a_loop)
    writer.start()
    changes = []
    positions = []
    try:
        for i in range(ROUNDS):
            member = _person(db, membership_id)
            position = f"Curator {i}"
            change = roster.update_member(db, membership_id, member.person_version,
                                          replace(member.fields, position=position))
            changes.append(change)
            positions.append(position)
    finally:
        stop.set()
        writer.join()
    assert failures == []

    with db.reading() as s:
        for change in changes:
            batch = s.get_one(ChangeBatch, change.batch_id)
            assert batch.label.startswith("Edit ")
            entries = s.query(AuditEntry).filter(AuditEntry.batch_id == change.batch_id).all()
            assert entries and {e.entity for e in entries} == {"person"}
            assert all(e.after.get("position", "").startswith("Curator") for e in entries)
        # the backups did write batches of their own in between
        labels = {b.label for b in s.query(ChangeBatch).all()}
        assert "Record a backup" in labels

    # Undo every edit, newest first: each one steps the position back by exactly one.
    expected = [initial, *positions[:-1]]
    for change, before in zip(reversed(changes), reversed(expected), strict=True):
        history.undo(db, change.batch_id)
        assert _person(db, membership_id).fields.position == before
