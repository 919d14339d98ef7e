"""Reads behind the letter register: a group's requests, their steps and attachments."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    Group,
    LetterAttachment,
    LetterRequest,
    LetterTransition,
    Membership,
    Person,
)
from .ids import raw, stored_id


def letters_of_group(session: Session, group_id: str) -> list[LetterRequest]:
    return list(session.scalars(
        select(LetterRequest).where(LetterRequest.group_id == group_id)
        .order_by(LetterRequest.requested_on.desc(), LetterRequest.title)
    ))


def transitions_of_group(session: Session, group_id: str
                         ) -> dict[str, list[LetterTransition]]:
    """Each request's steps, oldest first, in one query for the whole group."""
    stmt = (
        select(LetterTransition)
        .join(LetterRequest, LetterRequest.id == LetterTransition.letter_id)
        .where(LetterRequest.group_id == group_id)
        .order_by(LetterTransition.on, LetterTransition.created_at)
    )
    out: dict[str, list[LetterTransition]] = defaultdict(list)
    for t in session.scalars(stmt):
        out[t.letter_id].append(t)
    return out


def transitions_of(session: Session, letter_id: str) -> list[LetterTransition]:
    return list(session.scalars(
        select(LetterTransition).where(LetterTransition.letter_id == letter_id)
        .order_by(LetterTransition.on, LetterTransition.created_at)
    ))


def attachments_of(session: Session, letter_id: str) -> list[LetterAttachment]:
    return list(session.scalars(
        select(LetterAttachment).where(LetterAttachment.letter_id == letter_id)
        .order_by(LetterAttachment.created_at, LetterAttachment.filename)
    ))


def attachment_counts(session: Session, group_id: str) -> dict[str, int]:
    stmt = (
        select(LetterAttachment.letter_id)
        .join(LetterRequest, LetterRequest.id == LetterAttachment.letter_id)
        .where(LetterRequest.group_id == group_id)
    )
    counts: dict[str, int] = defaultdict(int)
    for letter_id in session.scalars(stmt):
        counts[letter_id] += 1
    return counts


def referenced_hashes(session: Session) -> set[str]:
    """Every SHA-256 an attachment row refers to, in any group."""
    return set(session.scalars(select(LetterAttachment.sha256).distinct()))


def people_named(session: Session, person_ids: set[str]) -> dict[str, tuple[str, str]]:
    if not person_ids:
        return {}
    stmt = select(Person.id, Person.given_names, Person.family_name).where(
        Person.id.in_(person_ids))
    return {pid: (given, family) for pid, given, family in session.execute(stmt)}


def is_group_member(session: Session, person_id: str, group_id: str) -> bool:
    """Whether the person has a membership of the group (in any term)."""
    return session.scalar(
        select(Membership.id).where(Membership.person_id == person_id,
                                    Membership.group_id == group_id).limit(1)
    ) is not None


def group_members(session: Session, group_id: str) -> list[tuple[str, str, str, str]]:
    """(person id, given names, family name, status) of everyone ever in the group."""
    stmt = (
        select(Person.id, Person.given_names, Person.family_name, Membership.status)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id == group_id)
        .order_by(Person.family_name, Person.given_names, Membership.starts_on.desc())
    )
    seen: dict[str, tuple[str, str, str, str]] = {}
    for row in session.execute(stmt):
        seen.setdefault(row[0], tuple(row))  # type: ignore[arg-type]
    return list(seen.values())


def group(session: Session, group_id: str) -> Group | None:
    return session.get(Group, group_id)


def letter_ids_starting(session: Session, prefix: str) -> list[str]:
    """Ids of requests whose id starts with `prefix` (ids as typed from a listing)."""
    stmt = (select(LetterRequest.id)
            .where(raw(LetterRequest.id).like(f"{stored_id(prefix)}%")).limit(3))
    return list(session.scalars(stmt))
