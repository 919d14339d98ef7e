"""Reads behind roster export and import: whole tables in a few queries, never per row."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from ...domain.people import PERSON_FIELD_NAMES
from ..models import (
    Group,
    Invitation,
    Membership,
    MembershipTransition,
    Person,
    Quadrennium,
    SavedLayout,
)
from .ids import raw, uuid_text

PERSON_COLUMNS = tuple(getattr(Person, name) for name in PERSON_FIELD_NAMES)


def export_rows(session: Session, group_id: str, quadrennium_id: str | None,
                statuses: tuple[str, ...] | None) -> list[Row]:
    """Membership and person columns; membership_id comes back raw (see ids.uuid_text)."""
    stmt = (
        select(raw(Membership.id, "membership_id"), Membership.status,
               Group.name.label("group_name"), Group.short_code.label("group_code"),
               Quadrennium.code.label("quadrennium"), *PERSON_COLUMNS)
        .join(Person, Person.id == Membership.person_id)
        .join(Group, Group.id == Membership.group_id)
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where(Membership.group_id == group_id)
        .order_by(Quadrennium.starts_on, func.lower(Person.family_name),
                  func.lower(Person.given_names), Person.id)
    )
    if quadrennium_id is not None:
        stmt = stmt.where(Membership.quadrennium_id == quadrennium_id)
    if statuses:
        stmt = stmt.where(Membership.status.in_(statuses))
    return list(session.execute(stmt))


def life_cycle_dates(session: Session, group_id: str) -> dict[str, dict[str, date]]:
    """Per membership: the latest invitation, acceptance and validation dates known.

    Invitations (when the life-cycle feature recorded them) win over status changes,
    which are the fallback for memberships imported or edited by hand.
    """
    out: dict[str, dict[str, date]] = defaultdict(dict)
    transitions = (
        select(raw(MembershipTransition.membership_id), MembershipTransition.to_status,
               func.max(MembershipTransition.on))
        .join(Membership, Membership.id == MembershipTransition.membership_id)
        .where(Membership.group_id == group_id)
        .where(MembershipTransition.to_status.in_(("invited", "accepted", "active")))
        .group_by(MembershipTransition.membership_id, MembershipTransition.to_status)
    )
    names = {"invited": "invited_on", "accepted": "accepted_on", "active": "validated_on"}
    for membership_id, status, on in session.execute(transitions):
        out[uuid_text(membership_id)][names[status]] = on
    invitations = (
        select(raw(Invitation.membership_id), func.max(Invitation.sent_on),
               func.max(Invitation.responded_on).filter(Invitation.response == "accepted"))
        .join(Membership, Membership.id == Invitation.membership_id)
        .where(Membership.group_id == group_id)
        .group_by(Invitation.membership_id)
    )
    for raw_id, sent_on, accepted_on in session.execute(invitations):
        membership_id = uuid_text(raw_id)
        if sent_on is not None:
            out[membership_id]["invited_on"] = sent_on
        if accepted_on is not None:
            out[membership_id]["accepted_on"] = accepted_on
    return out


def people(session: Session) -> list[Row]:
    """Every person, for matching import rows by e-mail or IUCN username."""
    return list(session.execute(
        select(Person.id.label("person_id"), Person.version.label("person_version"),
               *PERSON_COLUMNS)))


BATCH = 500  # values per IN (...): well under SQLite's and PostgreSQL's limits


def _person_select():
    return select(Person.id.label("person_id"), Person.version.label("person_version"),
                  *PERSON_COLUMNS)


def _batches(values: set[str]) -> list[list[str]]:
    ordered = sorted(values)
    return [ordered[i:i + BATCH] for i in range(0, len(ordered), BATCH)]


def people_by_keys(session: Session, emails: set[str], usernames: set[str],
                   group_id: str) -> list[Row]:
    """The people an import file can match: the group's own members (for matching by
    record ID or by name), then those of the file's e-mails (main or alternate, lower
    case given) and IUCN usernames (lower case given) that are not members' already;
    queried in batches through the lower-case indexes (revision 0010), never the whole
    table. Plain rows: no ORM loading per row."""
    found: dict[object, Row] = {}
    conn = session.connection()
    members = select(Membership.person_id).where(Membership.group_id == group_id)
    for row in conn.execute(_person_select().where(Person.id.in_(members))).all():
        found[row[0]] = row
    # A chair's own list names mostly members: their addresses need no second look-up
    # (a main address wins over another person's alternate one when the file is read).
    emails = emails - {r.email.lower() for r in found.values() if r.email}
    usernames = usernames - {r.iucn_username.lower() for r in found.values()
                             if r.iucn_username}
    for batch in _batches(emails):
        for column in (Person.email, Person.alternate_email):
            for row in conn.execute(_person_select().where(
                    func.lower(column).in_(batch))).all():
                found[row[0]] = row
    for batch in _batches(usernames):
        for row in conn.execute(_person_select().where(
                func.lower(Person.iucn_username).in_(batch))).all():
            found[row[0]] = row
    return list(found.values())


def people_names(session: Session) -> list[Row]:
    """Every person's names and e-mail only (for "maybe the same person as …")."""
    return list(session.connection().execute(select(Person.given_names, Person.family_name,
                                                    Person.email)).all())


def group_memberships(session: Session, group_id: str) -> list[Row]:
    return list(session.connection().execute(
        select(Membership.id.label("membership_id"), Membership.person_id, Membership.status,
               Membership.version.label("membership_version"),
               Quadrennium.code.label("quadrennium"))
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
        .where(Membership.group_id == group_id)))


def layouts(session: Session, kind: str) -> list[SavedLayout]:
    return list(session.scalars(
        select(SavedLayout).where(SavedLayout.kind == kind).order_by(SavedLayout.name)))


def layout(session: Session, kind: str, name: str) -> SavedLayout | None:
    return session.scalar(select(SavedLayout).where(SavedLayout.kind == kind,
                                                    SavedLayout.name == name))
