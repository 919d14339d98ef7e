"""Reads behind the roster: whole rows in two queries, never one query per member."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session

from ..models import Group, Membership, MembershipRole, Person, Quadrennium
from .ids import raw, uuid_text

ROSTER_COLUMNS = (
    raw(Membership.id, "membership_id"), raw(Person.id, "person_id"),
    Person.given_names, Person.family_name, Person.name_as_written, Person.email,
    Person.country_code, Person.region_override, Person.organisation, Membership.status,
    Quadrennium.code.label("quadrennium"), Membership.starts_on, Membership.ends_on,
    Person.code_of_conduct_accepted_on, Person.iucn_username, Membership.version,
)


def roster_rows(session: Session, group_id: str, quadrennium_id: str | None) -> list[Row]:
    """Display columns of every membership; ids come back as stored (see ids.uuid_text)."""
    stmt = (
        select(*ROSTER_COLUMNS)
        .join(Person, Person.id == Membership.person_id)
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where(Membership.group_id == group_id)
    )
    if quadrennium_id is not None:
        stmt = stmt.where(Membership.quadrennium_id == quadrennium_id)
    # Plain columns: run on the connection (Core rows), not through the ORM's row loading,
    # which costs more than the query itself for the whole SSC's 10,000 rows.
    return list(session.connection().execute(stmt).all())


def current_roles(session: Session, group_id: str, quadrennium_id: str | None,
                  today: date) -> dict[str, list[str]]:
    """Role codes held today, keyed by membership id."""
    stmt = (
        select(raw(MembershipRole.membership_id), MembershipRole.role)
        .join(Membership, Membership.id == MembershipRole.membership_id)
        .where(Membership.group_id == group_id)
        .where(or_(MembershipRole.ends_on.is_(None), MembershipRole.ends_on >= today))
        .order_by(MembershipRole.starts_on)
    )
    if quadrennium_id is not None:
        stmt = stmt.where(Membership.quadrennium_id == quadrennium_id)
    roles: dict[str, list[str]] = defaultdict(list)
    for membership_id, role in session.connection().execute(stmt).all():
        roles[uuid_text(membership_id)].append(role)
    return roles


def groups(session: Session) -> list[Group]:
    return list(session.scalars(select(Group).order_by(Group.name)))


def group_by_code(session: Session, code: str) -> Group | None:
    return session.scalar(select(Group).where(func.lower(Group.short_code) == code.lower()))


def quadrennia(session: Session) -> list[Quadrennium]:
    return list(session.scalars(select(Quadrennium).order_by(Quadrennium.starts_on)))


def people_by_email(session: Session, email: str) -> list[Person]:
    return list(session.scalars(
        select(Person).where(func.lower(Person.email) == email.strip().lower())
    ))


def membership_of(session: Session, person_id: str, group_id: str,
                  quadrennium_id: str) -> Membership | None:
    return session.scalar(select(Membership).where(
        Membership.person_id == person_id, Membership.group_id == group_id,
        Membership.quadrennium_id == quadrennium_id,
    ))


def count_rows(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0
