"""Reads behind the integrity check: SQLite's own checks, dangling rows, unknown codes."""

from __future__ import annotations

from sqlalchemy import Row, func, select, text
from sqlalchemy.orm import Session

from ..models import (
    Group,
    Invitation,
    LetterAttachment,
    LetterRequest,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Quadrennium,
)


def quick_check(session: Session) -> list[str]:
    """SQLite's page-level check: ["ok"] for a sound file, else what is wrong."""
    return [r[0] for r in session.execute(text("PRAGMA quick_check"))]


def foreign_key_check(session: Session) -> list[Row]:
    """Rows whose foreign key points at nothing: (table, rowid, parent table, fk index)."""
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


def transition_histories(session: Session) -> dict[str, tuple[str, str, list[Row]]]:
    """Membership id -> (status, who and where, its transitions: from, to, on, note)."""
    who = (Person.family_name + ", " + Person.given_names + " in " + Group.short_code
           + " " + Quadrennium.code)
    heads = select(Membership.id, Membership.status, who.label("who")) \
        .join(Person, Person.id == Membership.person_id) \
        .join(Group, Group.id == Membership.group_id) \
        .join(Quadrennium, Quadrennium.id == Membership.quadrennium_id)
    out: dict[str, tuple[str, str, list[Row]]] = {
        r.id: (r.status, r.who, []) for r in session.execute(heads)}
    stmt = select(MembershipTransition.membership_id, MembershipTransition.from_status,
                  MembershipTransition.to_status, MembershipTransition.on,
                  MembershipTransition.note)
    for row in session.execute(stmt):
        if row.membership_id in out:
            out[row.membership_id][2].append(row)
    return out


def invitations_against_steps(session: Session) -> list[Row]:
    """Invitations with their membership's first acceptance day (who, sent, responded)."""
    accepted = (select(MembershipTransition.membership_id,
                       func.min(MembershipTransition.on).label("accepted_on"))
                .where(MembershipTransition.to_status == "accepted")
                .group_by(MembershipTransition.membership_id).subquery())
    who = Person.family_name + ", " + Person.given_names + " in " + Group.short_code
    stmt = (select(who.label("who"), Invitation.membership_id,
                   func.min(Invitation.sent_on).label("first_sent"), accepted.c.accepted_on)
            .join(Membership, Membership.id == Invitation.membership_id)
            .join(Person, Person.id == Membership.person_id)
            .join(Group, Group.id == Membership.group_id)
            .outerjoin(accepted, accepted.c.membership_id == Invitation.membership_id)
            .group_by(who, Invitation.membership_id, accepted.c.accepted_on))
    return list(session.execute(stmt))


def invitations_answered_before_sent(session: Session) -> list[Row]:
    who = Person.family_name + ", " + Person.given_names + " in " + Group.short_code
    stmt = (select(who.label("who"), Invitation.sent_on, Invitation.responded_on)
            .join(Membership, Membership.id == Invitation.membership_id)
            .join(Person, Person.id == Membership.person_id)
            .join(Group, Group.id == Membership.group_id)
            .where(Invitation.responded_on.is_not(None),
                   Invitation.responded_on < Invitation.sent_on))
    return list(session.execute(stmt))


def memberships_ending_before_start(session: Session) -> list[Row]:
    who = Person.family_name + ", " + Person.given_names + " in " + Group.short_code
    stmt = (select(who.label("who"), Membership.starts_on, Membership.ends_on)
            .join(Person, Person.id == Membership.person_id)
            .join(Group, Group.id == Membership.group_id)
            .where(Membership.ends_on.is_not(None), Membership.starts_on.is_not(None),
                   Membership.ends_on < Membership.starts_on))
    return list(session.execute(stmt))


def counts(session: Session) -> dict[str, int]:
    return {
        "groups": session.scalar(select(func.count()).select_from(Group)) or 0,
        "people": session.scalar(select(func.count()).select_from(Person)) or 0,
        "memberships": session.scalar(select(func.count()).select_from(Membership)) or 0,
    }


def memberships_by_status(session: Session) -> dict[str, int]:
    stmt = select(Membership.status, func.count()).group_by(Membership.status)
    return {status: n for status, n in session.execute(stmt)}


def attachments(session: Session) -> list[Row]:
    """(filename, sha256, size_bytes, letter title) of every letter attachment."""
    stmt = (select(LetterAttachment.filename, LetterAttachment.sha256,
                   LetterAttachment.size_bytes, LetterRequest.title)
            .join(LetterRequest, LetterRequest.id == LetterAttachment.letter_id)
            .order_by(LetterRequest.title, LetterAttachment.filename))
    return list(session.execute(stmt))
