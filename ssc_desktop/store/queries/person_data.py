"""Everything the file holds about one person: for their export and their erasure."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import JSON, String, Table, Text, cast, or_, select, update
from sqlalchemy.orm import Session

from ..models import (
    AuditEntry,
    Base,
    ChangeBatch,
    DocumentAcknowledgement,
    Group,
    Invitation,
    LetterRequest,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Quadrennium,
    Reminder,
    Target,
)


def person(session: Session, person_id: str) -> Person | None:
    return session.get(Person, person_id)


def memberships(session: Session, person_id: str) -> list[tuple[Membership, str, str]]:
    """(membership, group name, quadrennium code), oldest term first."""
    rows = session.execute(
        select(Membership, Group.name, Quadrennium.code)
        .join(Group, Group.id == Membership.group_id)
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where(Membership.person_id == person_id).order_by(Quadrennium.starts_on))
    return [(m, g, q) for m, g, q in rows]


def owned(session: Session, person_id: str) -> dict[str, list[Any]]:
    """The person's rows in every table that has a person_id, by table name."""
    out: dict[str, list[Any]] = {}
    for model in (MembershipRole, MembershipTransition, Invitation, Reminder,
                  DocumentAcknowledgement):
        out[model.__tablename__] = list(session.scalars(
            select(model).where(model.person_id == person_id)))
    return out


def targets_of(session: Session, person_id: str) -> list[Target]:
    return list(session.scalars(select(Target).where(Target.focal_point_id == person_id)))


def letters_of(session: Session, person_id: str) -> list[LetterRequest]:
    return list(session.scalars(select(LetterRequest).where(or_(
        LetterRequest.requested_by_id == person_id,
        LetterRequest.alert_raised_by_id == person_id))))


def history(session: Session, person_id: str) -> list[tuple[AuditEntry, ChangeBatch]]:
    """Every change-log entry about the person, oldest first."""
    rows = session.execute(
        select(AuditEntry, ChangeBatch).join(ChangeBatch, ChangeBatch.id == AuditEntry.batch_id)
        .where(or_(AuditEntry.subject_id == person_id, AuditEntry.entity_id == person_id))
        .order_by(ChangeBatch.at, AuditEntry.seq))
    return [(e, b) for e, b in rows]


def departed_people(session: Session, ended: Iterable[str]) -> list[tuple[Person, Any]]:
    """(person, last end date) of people with memberships, every one of them ended."""
    ended = set(ended)
    people: dict[str, Person] = {}
    last: dict[str, Any] = {}
    still: set[str] = set()
    for m, p in session.execute(select(Membership, Person).join(
            Person, Person.id == Membership.person_id)):
        people[p.id] = p
        if m.status not in ended:
            still.add(p.id)
        elif m.ends_on is not None and (last.get(p.id) is None or m.ends_on > last[p.id]):
            last[p.id] = m.ends_on
    return [(p, last.get(pid)) for pid, p in people.items() if pid not in still]


# --------------------------------------------------------------------------- text scrub

def _text_columns() -> Iterator[tuple[Table, Any, Any]]:
    """(table, primary key column, column) for every text or JSON column of the schema."""
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        for column in table.columns:
            if isinstance(column.type, String | Text | JSON) and not column.primary_key:
                yield table, keys[0], column


def rows_containing(session: Session, patterns: Iterable[str]
                    ) -> list[tuple[Table, Any, Any, Any, Any]]:
    """(table, key column, column, key, value) of every cell whose text holds a pattern.

    LIKE is case-insensitive for ASCII in SQLite; callers replace case-insensitively.
    """
    likes = [p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
             for p in patterns if p]
    if not likes:
        return []
    found = []
    for table, key, column in _text_columns():
        text = cast(column, Text)
        rows = session.execute(select(key, column).where(
            or_(*[text.like(f"%{p}%", escape="\\") for p in likes])))
        found += [(table, key, column, k, v) for k, v in rows]
    return found


def set_cell(session: Session, table: Table, key_column: Any, column: Any, key: Any,
             value: Any) -> None:
    session.execute(update(table).where(key_column == key).values({column.name: value}))


def set_audit_values(session: Session, entry_id: int, before: Any, after: Any) -> None:
    session.execute(update(AuditEntry).where(AuditEntry.id == entry_id)
                    .values(before=before, after=after))


def secure_delete(session: Session) -> None:
    """Freed cells of this connection are overwritten with zeros (SQLite secure_delete)."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def vacuum(engine: Any) -> bool:
    """Rebuild the file from its live content only: no freed page keeps old bytes.

    False when another connection's open read stopped it (the erasure itself ran with
    secure_delete, which already zeroed every freed cell).
    """
    if engine.dialect.name != "sqlite":
        return False  # PostgreSQL: its own VACUUM reclaims dead rows; not done here
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        connection.commit()
        previous = connection.isolation_level
        connection.isolation_level = None  # VACUUM cannot run inside a transaction
        try:
            connection.execute("PRAGMA secure_delete=ON")
            connection.execute("VACUUM")
        except sqlite3.OperationalError:
            return False
        finally:
            connection.isolation_level = previous
    finally:
        raw.close()
    return True

