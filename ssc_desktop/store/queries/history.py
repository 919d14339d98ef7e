"""Reads of the change log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, null, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, ChangeBatch, LetterRequest, Person, Target


def subject_history(session: Session, subject_id: str, limit: int = 500) -> list[Row]:
    stmt = (
        select(ChangeBatch.at, ChangeBatch.actor, ChangeBatch.label, ChangeBatch.label_source,
               AuditEntry.entity,
               AuditEntry.entity_id, AuditEntry.action, AuditEntry.before, AuditEntry.after)
        .join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
        .where(AuditEntry.subject_id == subject_id)
        .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc())
        .limit(limit)
    )
    return list(session.execute(stmt))


def batch(session: Session, batch_id: str) -> ChangeBatch | None:
    return session.get(ChangeBatch, batch_id)


def entries(session: Session, batch_id: str) -> list[Row]:
    """A batch's row changes in the order they were made."""
    stmt = (select(AuditEntry.entity, AuditEntry.entity_id, AuditEntry.subject_id,
                   AuditEntry.action, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.batch_id == batch_id).order_by(AuditEntry.seq))
    return list(session.execute(stmt))


def last_change_of(session: Session, entity_id: str, other_than: str,
                   subject_id: str | None = None
                   ) -> tuple[str, Any, str, datetime] | None:
    """(label, label source, actor, when) of the newest operation that touched a row,
    other than one.

    The log has no index on entity_id: the row's subject (its person, target or letter;
    NULL for the rest) narrows the search to that subject's entries first."""
    stmt = (select(ChangeBatch.label, ChangeBatch.label_source, ChangeBatch.actor,
                   ChangeBatch.at)
            .join(AuditEntry, AuditEntry.batch_id == ChangeBatch.id)
            .where(AuditEntry.entity_id == entity_id, ChangeBatch.id != other_than)
            .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc()).limit(1))
    row = session.execute(_by_subject(stmt, subject_id)).first()
    if row is None:  # a row logged under another subject (merged people): every entry
        row = session.execute(stmt).first()
    return (row[0], row[1], row[2], row[3]) if row is not None else None


def _by_subject(stmt: Any, subject_id: str | None) -> Any:
    if subject_id is None:
        return stmt.where(AuditEntry.subject_id.is_(None))
    return stmt.where(AuditEntry.subject_id == subject_id)


def subject_names(session: Session, ids: list[str]) -> dict[str, str]:
    """id -> how a chair names it: a person's name, a target's or a letter's title."""
    out: dict[str, str] = {}
    if not ids:
        return out
    for pid, given, family in session.execute(
            select(Person.id, Person.given_names, Person.family_name)
            .where(Person.id.in_(ids))):
        out[str(pid)] = f"{given} {family}".strip()
    for model in (Target, LetterRequest):
        for rid, title in session.execute(select(model.id, model.title)
                                          .where(model.id.in_(ids))):
            out[str(rid)] = title
    return out


def latest_batches(session: Session, limit: int, *, sources: bool = True) -> list[Row]:
    """The newest operations: id, when, who, label (and its source, unless not wanted: a
    JSON value to decode per row), records touched, reverted, reverts."""
    count = (select(func.count()).where(AuditEntry.batch_id == ChangeBatch.id)
             .correlate(ChangeBatch).scalar_subquery())
    source = ChangeBatch.label_source if sources else null().label("label_source")
    stmt = (select(ChangeBatch.id, ChangeBatch.at, ChangeBatch.actor, ChangeBatch.label,
                   source, count.label("records"), ChangeBatch.reverted,
                   ChangeBatch.reverts_batch_id)
            .order_by(ChangeBatch.at.desc()).limit(limit))
    return list(session.execute(stmt))


def entries_after(session: Session, batch_id: str, subjects: set[str | None],
                  entity_ids: set[str]) -> list[Row]:
    """Entries written after a batch about these rows (found through their subjects, the
    indexed column), newest first: entity_id, action, before."""
    last = session.scalar(select(func.max(AuditEntry.id)).where(AuditEntry.batch_id == batch_id))
    if last is None or not entity_ids:
        return []
    out: list[Row] = []
    named = sorted(s for s in subjects if s is not None)
    groups: list[Any] = [AuditEntry.subject_id.in_(named[i:i + 500])
                         for i in range(0, len(named), 500)]
    if None in subjects:
        groups.append(AuditEntry.subject_id.is_(None))
    for where in groups:
        stmt = (select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.action,
                       AuditEntry.before).where(where, AuditEntry.id > last))
        out += [r for r in session.execute(stmt) if str(r.entity_id) in entity_ids]
    return sorted(out, key=lambda r: r.id, reverse=True)


def latest_undo_of(session: Session, batch_id: str) -> str | None:
    """The newest batch that undid this one."""
    return session.scalar(select(ChangeBatch.id).where(ChangeBatch.reverts_batch_id == batch_id)
                          .order_by(ChangeBatch.at.desc()).limit(1))
def latest_change(session: Session, entity_id: str,
                  subject_id: str | None = None) -> tuple[str, datetime, list[str]] | None:
    """(who, when, fields) of the newest logged change of one row (of that subject)."""
    stmt = (select(ChangeBatch.actor, ChangeBatch.at, AuditEntry.after)
            .join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
            .where(AuditEntry.entity_id == entity_id)
            .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc()).limit(1))
    row = session.execute(_by_subject(stmt, subject_id)).first()
    if row is None:
        return None
    fields = sorted(k.replace("_", " ") for k in (row.after or {}))
    return row.actor, row.at, fields


def batch_count(session: Session) -> int:
    """How many change batches there are: grows by one with every saved operation."""
    return int(session.scalar(select(func.count()).select_from(ChangeBatch)) or 0)


def newest_batch_actors(session: Session, n: int) -> list[str]:
    """Who wrote the n newest change batches, newest first."""
    stmt = select(ChangeBatch.actor).order_by(ChangeBatch.at.desc()).limit(n)
    return list(session.scalars(stmt))
