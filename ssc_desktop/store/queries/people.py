"""Queries for finding people and everything that names them (merging two people)."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..models import (
    DocumentAcknowledgement,
    Invitation,
    LetterRequest,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Reminder,
    Target,
)

# Every column that names a person, by model: merging moves them all.
PERSON_REFERENCES = (
    (Membership, "person_id"), (MembershipRole, "person_id"),
    (MembershipTransition, "person_id"), (Invitation, "person_id"), (Reminder, "person_id"),
    (DocumentAcknowledgement, "person_id"), (Target, "focal_point_id"),
    (LetterRequest, "requested_by_id"), (LetterRequest, "alert_raised_by_id"),
)


def person_by_email(session: Session, email: str) -> Person | None:
    """The person whose main (or else alternate) e-mail this is, case ignored."""
    folded = email.strip().casefold()
    found = session.scalars(select(Person).where(func.lower(Person.email) == folded)).first()
    if found is None:
        found = session.scalars(select(Person).where(
            func.lower(Person.alternate_email) == folded)).first()
    return found


def rows_naming(session: Session, model: type, column: str, person_id: str) -> list:
    return list(session.scalars(select(model).where(getattr(model, column) == person_id)))


def memberships_of(session: Session, *person_ids: str) -> list[Membership]:
    return list(session.scalars(select(Membership).where(
        or_(*(Membership.person_id == p for p in person_ids)))))
