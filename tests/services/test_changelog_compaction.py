"""The change log stores only what changed, compacts old undo data, and the member
History tab still reads the same afterwards."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from ssc_desktop.services import history, history_text, invitations, roster
from ssc_desktop.store.errors import ConflictError
from ssc_desktop.store.models import AuditEntry

from ..conftest import TODAY


def test_an_edit_logs_only_the_changed_fields(db, group, term, add_member):
    membership_id = add_member("Ana", "Silva")
    member = roster.member_detail(db, membership_id)
    change = roster.update_member(db, membership_id, member.person_version,
                                  replace(member.fields, position="Curator"))
    with db.reading() as s:
        entry = s.query(AuditEntry).filter(AuditEntry.batch_id == change.batch_id).one()
    assert (entry.action, entry.before, entry.after) == ("update", {"position": ""},
                                                         {"position": "Curator"})


def test_compaction_keeps_the_readable_history_and_refuses_old_undos(db, group, term,
                                                                     add_member):
    membership_id = add_member("Ana", "Silva", status="proposed", organisation="Museum")
    person_id = roster.member_detail(db, membership_id).person_id
    invited = invitations.invite(db, [membership_id], TODAY)
    member = roster.member_detail(db, membership_id)
    roster.update_member(db, membership_id, member.person_version,
                         replace(member.fields, organisation="Zoo", position="Keeper"))
    before = history_text.person_history(db, person_id)
    assert any("Invitation sent on 15 Mar 2025" in line.what for line in before)
    compacted = history.compact(db, retention_days=0)
    assert compacted >= 5
    with db.reading() as s:
        inserts = s.query(AuditEntry).filter(AuditEntry.action == "insert").all()
        assert inserts and all(e.after is None for e in inserts)
    after = history_text.person_history(db, person_id)
    assert after == before  # the same lines, word for word, from far less data
    with pytest.raises(ConflictError, match="its undo data was compacted and only its history "
                                            "is kept"):
        history.undo(db, invited.batch_id)


def test_entries_are_small_json_and_packed_references(db, backend, group, term, add_member):
    """An insert logs no row (its table holds it), an edit its changed fields as JSON
    without spaces, letters as themselves; on SQLite the references are 16 bytes and the
    entries are numbered, not keyed by another UUID."""
    membership_id = add_member("Ana María", "Nunez")
    member = roster.member_detail(db, membership_id)
    change = roster.update_member(db, membership_id, member.person_version,
                                  replace(member.fields, family_name="Núñez Peña"))
    with db.reading() as s:
        inserted = s.execute(text(
            "SELECT CAST(after AS TEXT), id FROM audit_entry WHERE action = 'insert' "
            "AND entity = 'person'")).all()
        edited = s.execute(text("SELECT CAST(after AS TEXT) FROM audit_entry WHERE "
                                "action = 'update' AND entity = 'person'")).scalar_one()
        (entry,) = s.query(AuditEntry).filter(AuditEntry.batch_id == change.batch_id)
        assert (entry.entity_id, entry.subject_id) == (member.person_id, member.person_id)
        if backend == "sqlite":
            sizes = s.execute(text("SELECT length(batch_id), length(entity_id), "
                                   "length(subject_id), typeof(id) FROM audit_entry "
                                   "WHERE subject_id IS NOT NULL")).all()
            assert set(sizes) == {(16, 16, 16, "integer")}
    (after, key), = inserted
    assert isinstance(key, int) and after == "{}"
    assert edited == '{"family_name":"Núñez Peña"}'
    # The history still says what was added, from the row in its table.
    lines = history_text.person_history(db, member.person_id)
    assert ("Family name", "Nunez → Núñez Peña") in lines[0].details
    added = next(line for line in lines if line.what == "Person added")
    assert ("Family name", "Nunez") in added.details
