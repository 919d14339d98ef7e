"""Reads of the change log."""

from __future__ import annotations

from datetime import datetime

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
