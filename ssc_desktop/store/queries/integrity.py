"""Reads behind the integrity check: SQLite's own checks, dangling rows, unknown codes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Row, func, select, text
from sqlalchemy.orm import Session

from ..models import Group, Membership, MembershipRole, MembershipTransition, Person, Quadrennium


def quick_check(session: Session) -> list[str]:
    """SQLite's page-level check: ["ok"] for a sound file, else what is wrong. A server
    checks its own pages (checksums, WAL): there this is always ["ok"]."""
    if session.get_bind().dialect.name != "sqlite":
        return ["ok"]
    return [r[0] for r in session.execute(text("PRAGMA quick_check"))]


def foreign_key_check(session: Session) -> list[Row]:
    """Rows whose foreign key points at nothing: (table, rowid, parent table, fk index).
    A server enforces every foreign key at every write: there this is always empty."""
    if session.get_bind().dialect.name != "sqlite":
        return []
    return list(session.execute(text("PRAGMA foreign_key_check")))


def dangling_memberships(session: Session) -> list[Row]:
    """Memberships whose person, group or quadrennium is missing."""
    stmt = (
        select(Membership.id, Person.id.label("person"), Group.id.label("group"),
               Quadrennium.id.label("term"))
        .outerjoin(Person, Person.id == Membership.person_id)
        .outerjoin(Group, Group.id == Membership.group_id)
        .outerjoin(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where((Person.id.is_(None)) | (Group.id.is_(None)) | (Quadrennium.id.is_(None)))
    )
    return list(session.execute(stmt))


def dangling_details(session: Session) -> list[tuple[str, str]]:
    """Roles and transitions whose membership is missing: (table, id)."""
    out: list[tuple[str, str]] = []
    for table in (MembershipRole, MembershipTransition):
        stmt = (select(table.id).outerjoin(Membership, Membership.id == table.membership_id)
                .where(Membership.id.is_(None)))
        out += [(table.__tablename__, i) for i in session.scalars(stmt)]
    return out


def distinct_values(session: Session) -> dict[str, set[str]]:
    """Every code in use, by the column it sits in."""
    columns = {
        "membership status": Membership.status, "end reason": Membership.end_reason,
        "role": MembershipRole.role, "transition status": MembershipTransition.to_status,
        "country of residence": Person.country_code, "nationality": Person.nationality,
        "region": Person.region_override, "group type": Group.group_type,
        "taxonomic set": Group.taxonomic_set, "gender": Person.gender,
        "age band": Person.age_band,
    }
    return {label: {v for v in session.scalars(select(col).distinct()) if v is not None}
            for label, col in columns.items()}


def duplicate_emails(session: Session) -> list[Row]:
    """Two or more people with one e-mail in the same group and quadrennium."""
    email = func.lower(Person.email)
    stmt = (
        select(Group.name, Quadrennium.code, email.label("email"),
               func.count(func.distinct(Person.id)).label("people"))
        .select_from(Membership)
        .join(Person, Person.id == Membership.person_id)
        .join(Group, Group.id == Membership.group_id)
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where(Person.email.is_not(None), Person.email != "")
        .group_by(Group.name, Quadrennium.code, email)
        .having(func.count(func.distinct(Person.id)) > 1)
        .order_by(Group.name, Quadrennium.code, email)
    )
    return list(session.execute(stmt))


def transitions_out_of_order(session: Session) -> list[tuple[str, str]]:
    """(membership id, status) where the latest transition(s) lead to another status."""
    # One pass in Python: SQLite plans the "latest per membership" subquery badly.
    stmt = (select(MembershipTransition.membership_id, MembershipTransition.on,
                   MembershipTransition.to_status, Membership.status)
            .join(Membership, Membership.id == MembershipTransition.membership_id))
    latest: dict[str, tuple[date, set[str], str]] = {}
    for membership_id, on, to_status, status in session.execute(stmt):
        seen = latest.get(membership_id)
        if seen is None or on > seen[0]:
            latest[membership_id] = (on, {to_status}, status)
        elif on == seen[0]:
            seen[1].add(to_status)
    return [(mid, status) for mid, (_on, ends, status) in latest.items() if status not in ends]


def counts(session: Session) -> dict[str, int]:
    return {
        "groups": session.scalar(select(func.count()).select_from(Group)) or 0,
        "people": session.scalar(select(func.count()).select_from(Person)) or 0,
        "memberships": session.scalar(select(func.count()).select_from(Membership)) or 0,
    }


def memberships_by_status(session: Session) -> dict[str, int]:
    stmt = select(Membership.status, func.count()).group_by(Membership.status)
    return {status: n for status, n in session.execute(stmt)}
