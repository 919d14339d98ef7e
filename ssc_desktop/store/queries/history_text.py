"""Reads behind the readable member history: where each of a person's memberships is."""

from __future__ import annotations

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, ChangeBatch, Group, Membership, Quadrennium


def person_log(session: Session, person_id: str, limit: int = 500) -> list[Row]:
    """The change log about a person, newest first, with the id of each changed row (an
    edit logs only what changed; the row's insert says which role or membership it is)."""
    stmt = (
        select(ChangeBatch.at, ChangeBatch.actor, ChangeBatch.label, ChangeBatch.label_source,
               AuditEntry.entity,
               AuditEntry.entity_id, AuditEntry.action, AuditEntry.before, AuditEntry.after)
        .join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
        .where(AuditEntry.subject_id == person_id)
        .order_by(ChangeBatch.at.desc(), AuditEntry.seq.desc())
        .limit(limit)
    )
    return list(session.execute(stmt))


def membership_places(session: Session, person_id: str) -> dict[str, tuple[str, str]]:
    """membership id -> (group short code, quadrennium code), for every membership a
    person has (ended ones too)."""
    stmt = (select(Membership.id, Group.short_code, Quadrennium.code)
            .join(Group, Group.id == Membership.group_id)
            .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
            .where(Membership.person_id == person_id))
    return {str(m): (g, t) for m, g, t in session.execute(stmt)}
