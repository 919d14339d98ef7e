"""Reads of the change log."""

from __future__ import annotations

from sqlalchemy import Row, select
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
