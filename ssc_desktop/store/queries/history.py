"""Reads of the change log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, ChangeBatch


def subject_history(session: Session, subject_id: str, limit: int = 500) -> list[Row]:
    stmt = (
        select(ChangeBatch.at, ChangeBatch.actor, ChangeBatch.label, AuditEntry.entity,
               AuditEntry.action, AuditEntry.before, AuditEntry.after)
        .join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
        .where(AuditEntry.subject_id == subject_id)
        .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc())
        .limit(limit)
    )
    return list(session.execute(stmt))


def batch(session: Session, batch_id: str) -> ChangeBatch | None:
    return session.get(ChangeBatch, batch_id)


def latest_change(session: Session, entity_id: str) -> tuple[str, datetime, list[str]] | None:
    """(who, when, fields) of the newest logged change of one row."""
    row = session.execute(
        select(ChangeBatch.actor, ChangeBatch.at, AuditEntry.after)
        .join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
        .where(AuditEntry.entity_id == entity_id)
        .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc()).limit(1)
    ).first()
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
