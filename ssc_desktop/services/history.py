"""Undo, redo and the readable history of a person, a target or a letter."""

from __future__ import annotations

from ..store import changelog
from ..store.database import Database
from ..store.errors import NotFound
from ..store.queries import history as q
from .dto import Change, HistoryEntry


def undo(db: Database, batch_id: str) -> Change:
    """Revert one earlier operation as a new, logged operation."""
    with db.reading() as s:
        original = q.batch(s, batch_id)
        if original is None:
            raise NotFound("There is nothing to undo.")
        label = original.label
    with db.transaction(f"Undo: {label}") as tx:
        s = tx.session
        changelog.revert(s, batch_id)
        s.flush()
        changelog.current_batch(s).reverts_batch_id = batch_id
    return Change(tx.batch_id, f"Undone: {label}")


def redo(db: Database, batch_id: str) -> Change:
    with db.reading() as s:
        original = q.batch(s, batch_id)
        if original is None:
            raise NotFound("There is nothing to redo.")
        label = original.label
    with db.transaction(label) as tx:
        s = tx.session
        changelog.reapply(s, batch_id)
    return Change(tx.batch_id, f"Redone: {label}")


def subject_history(db: Database, subject_id: str) -> list[HistoryEntry]:
    """What happened to a person (or target, or letter), newest first, field by field."""
    with db.reading() as s:
        rows = q.subject_history(s, subject_id)
    out = []
    for r in rows:
        before, after = r.before or {}, r.after or {}
        keys = after.keys() if r.action != "delete" else before.keys()
        skip = {"id", "created_at", "person_id", "membership_id", "group_id", "quadrennium_id",
                "invitation_id", "target_id", "letter_id"}
        changes = tuple((k, before.get(k), after.get(k)) for k in keys if k not in skip)
        out.append(HistoryEntry(r.at.isoformat(timespec="minutes"), r.actor, r.label,
                                r.entity, r.action, changes))
    return out

