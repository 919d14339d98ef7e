"""Reads behind invitations, onboarding, e-mail drafts and the renewal: whole sets at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import Row, func, literal_column, or_, select
from sqlalchemy.orm import Session, selectinload

from ..models import (
    DocumentAcknowledgement,
    EmailTemplate,
    Invitation,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Setting,
)
from .ids import raw

MEMBER_COLUMNS = (
    Membership.id.label("membership_id"), Person.id.label("person_id"),
    Person.given_names, Person.family_name, Person.email, Person.country_code,
    Membership.status, Membership.starts_on, Membership.ends_on, Membership.proposed_by,
    Membership.quadrennium_id, Membership.group_id,
    Person.code_of_conduct_accepted_on, Person.conflict_of_interest_declared_on,
    Person.engages_in_cites, Person.committee_member,
)


def members(session: Session, group_id: str, quadrennium_id: str) -> list[Row]:
    stmt = (select(*MEMBER_COLUMNS).join(Person, Person.id == Membership.person_id)
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id))
    return list(session.execute(stmt))


def members_by_id(session: Session, membership_ids: Iterable[str]) -> list[Row]:
    ids = list(membership_ids)
    out: list[Row] = []
    for start in range(0, len(ids), 500):  # SQLite caps bound parameters
        stmt = (select(*MEMBER_COLUMNS).join(Person, Person.id == Membership.person_id)
                .where(Membership.id.in_(ids[start:start + 500])))
        out += session.execute(stmt)
    return out


def latest_invitations(session: Session, group_id: str,
                       quadrennium_id: str) -> dict[str, Invitation]:
    """The most recent invitation of each membership of a group's term."""
    stmt = (select(Invitation).join(Membership, Membership.id == Invitation.membership_id)
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id)
            .order_by(Invitation.sent_on, Invitation.created_at))
    return {inv.membership_id: inv for inv in session.scalars(stmt)}


def invitation_states(session: Session, group_id: str,
                      quadrennium_id: str) -> list[tuple[str, date | None, date | None]]:
    """(status, latest invitation's deadline, its response day) of every membership of a
    group's term: what the pipeline's counts need, without the rows (Home's agenda)."""
    latest = (select(Invitation.membership_id, Invitation.deadline_on, Invitation.responded_on,
                     func.row_number().over(
                         partition_by=Invitation.membership_id,
                         order_by=(Invitation.sent_on.desc(), Invitation.created_at.desc()),
                     ).label("newest"))
              .join(Membership, Membership.id == Invitation.membership_id)
              .where(Membership.group_id == group_id,
                     Membership.quadrennium_id == quadrennium_id)
              .subquery())
    stmt = (select(Membership.status, latest.c.deadline_on, latest.c.responded_on)
            .outerjoin(latest, (latest.c.membership_id == Membership.id)
                       & (latest.c.newest == 1))
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id))
    return [tuple(r) for r in session.connection().execute(stmt).all()]


def latest_invitation(session: Session, membership_id: str) -> Invitation | None:
    return session.scalar(select(Invitation).where(Invitation.membership_id == membership_id)
                          .order_by(Invitation.sent_on.desc(), Invitation.created_at.desc())
                          .limit(1))


def last_step_days(session: Session, membership_ids: Iterable[str]) -> dict[str, date]:
    """The day of each membership's latest status change."""
    ids = list(membership_ids)
    out: dict[str, date] = {}
    for start in range(0, len(ids), 500):
        stmt = (select(MembershipTransition.membership_id, func.max(MembershipTransition.on))
                .where(MembershipTransition.membership_id.in_(ids[start:start + 500]))
                .group_by(MembershipTransition.membership_id))
        out.update({m: on for m, on in session.execute(stmt)})
    return out


def current_roles(session: Session, membership_ids: Iterable[str],
                  today: date) -> dict[str, list[str]]:
    ids = list(membership_ids)
    out: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        stmt = (select(MembershipRole.membership_id, MembershipRole.role)
                .where(MembershipRole.membership_id.in_(ids[start:start + 500]))
                .where(or_(MembershipRole.ends_on.is_(None), MembershipRole.ends_on >= today))
                .order_by(MembershipRole.starts_on))
        for membership_id, role in session.execute(stmt):
            out[membership_id].append(role)
    return out


def acknowledgements(session: Session,
                     person_ids: Iterable[str]) -> dict[str, dict[int, date]]:
    ids = list(person_ids)
    out: dict[str, dict[int, date]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        stmt = (select(DocumentAcknowledgement.person_id,
                       DocumentAcknowledgement.document_number,
                       DocumentAcknowledgement.acknowledged_on)
                .where(DocumentAcknowledgement.person_id.in_(ids[start:start + 500])))
        for person_id, number, on in session.execute(stmt):
            out[person_id][number] = on
    return out


def onboarding_members(session: Session, group_id: str, quadrennium_id: str,
                       statuses: Iterable[str]) -> list[Row]:
    """(membership id, person id, engages_in_cites, committee_member, code of conduct
    day, conflict of interest day) of a term's memberships in these statuses, ids as
    stored (ids.uuid_text), as Core rows: a whole group's onboarding in one query."""
    stmt = (select(raw(Membership.id, "membership_id"), raw(Person.id, "person_id"),
                   Person.engages_in_cites, Person.committee_member,
                   Person.code_of_conduct_accepted_on, Person.conflict_of_interest_declared_on)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id,
                   Membership.status.in_(list(statuses))))
    return list(session.connection().execute(stmt).all())


def term_documents_read(session: Session, group_id: str,
                        quadrennium_id: str) -> dict[str, int]:
    """Documents read by the people of a group's term as one number per person, bit n set
    when document n was read, by person id as stored: one aggregate row per person (a
    person reads a document once, so the sum of the bits is their union)."""
    read = DocumentAcknowledgement
    bits = func.sum(literal_column("1").op("<<")(read.document_number))
    stmt = (select(raw(read.person_id, "person_id"), bits)
            .where(read.person_id.in_(
                select(Membership.person_id).where(
                    Membership.group_id == group_id,
                    Membership.quadrennium_id == quadrennium_id)))
            .group_by(read.person_id))
    return {person_id: int(mask) for person_id, mask in session.connection().execute(stmt)}


def acknowledgement(session: Session, person_id: str,
                    number: int) -> DocumentAcknowledgement | None:
    return session.scalar(select(DocumentAcknowledgement).where(
        DocumentAcknowledgement.person_id == person_id,
        DocumentAcknowledgement.document_number == number))


def chairs(session: Session, group_id: str, quadrennium_id: str, today: date) -> list[Row]:
    """Chairs and Co-Chairs of a group's term who have not left, Chair first."""
    stmt = (select(MembershipRole.role, Person.given_names, Person.family_name, Person.email)
            .join(Membership, Membership.id == MembershipRole.membership_id)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id,
                   Membership.status.in_(("active", "accepted", "invited")),
                   MembershipRole.role.in_(("chair", "co_chair")),
                   or_(MembershipRole.ends_on.is_(None), MembershipRole.ends_on >= today))
            .order_by(MembershipRole.role, Person.family_name))
    return list(session.execute(stmt))


def memberships(session: Session, membership_ids: Iterable[str]) -> list[Membership]:
    ids = list(membership_ids)
    out: list[Membership] = []
    for start in range(0, len(ids), 500):
        out += session.scalars(select(Membership).options(selectinload(Membership.roles))
                               .where(Membership.id.in_(ids[start:start + 500])))
    return out


def template(session: Session, kind: str, language: str) -> EmailTemplate | None:
    return session.scalar(select(EmailTemplate).where(EmailTemplate.kind == kind,
                                                      EmailTemplate.language == language))


def setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None


def people(session: Session, person_ids: Iterable[str]) -> list[Person]:
    ids = list(person_ids)
    out: list[Person] = []
    for start in range(0, len(ids), 500):
        out += session.scalars(select(Person).where(Person.id.in_(ids[start:start + 500])))
    return out
