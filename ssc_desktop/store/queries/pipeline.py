"""The read behind the invitation pipeline: every membership of a term with its person, its
latest invitation and that invitation's reminders, in one statement of plain rows (no
ORM objects, no query per chunk of ids): the Invitations page of a 10,000-member group
reloads after every step.

The reminders, the documents read and the last status change are correlated look-ups
(an index search per row): on SQLite that costs a third of joining their aggregates,
over each of which the planner would build an automatic index."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Integer, case, func, literal_column, null, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..models import (
    DocumentAcknowledgement,
    Invitation,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Reminder,
)
from .ids import iso_date, raw

# The columns of pipeline_rows, in order. Ids as stored (see ids.uuid_text), dates as read
# by ids.iso_date (see ids.as_date); a membership without an invitation has None in the
# invitation's columns and 0 reminders.
COLUMNS = (
    "membership_id", "person_id", "given_names", "family_name", "email", "status",
    "proposed_by", "sent_on", "channel", "sent_by", "deadline_on", "response",
    "responded_on", "is_renewal", "reminders", "last_reminder_on", "onboarding_flags",
    "documents_read", "last_step_on",
)
# The bits of onboarding_flags: the person's two declarations and two checklist flags, in
# one small number rather than four values to make into Python objects per row.
CODE_OF_CONDUCT, CONFLICT_OF_INTEREST, CITES, COMMITTEE = 1, 2, 4, 8


def _of_term(stmt: Any, group_id: str, quadrennium_id: str) -> Any:
    return stmt.where(Membership.group_id == group_id,
                      Membership.quadrennium_id == quadrennium_id)


def pipeline_rows(session: Session, group_id: str, quadrennium_id: str, *,
                  documents_for: Iterable[str] = (), steps: bool = True) -> list[tuple]:
    """One row per membership of a group's term, in COLUMNS order, unsorted.

    The latest invitation is the newest by (sent_on, created_at), as
    lifecycle.latest_invitation and invitation_states pick it. For memberships whose status
    is in `documents_for`, documents_read has bit n set when the person read document n
    (as lifecycle.term_documents_read; None when they read none), else it is None;
    is_renewal is 0 or 1 (no Python per value to make it a bool); with
    `steps`, last_step_on is the day of the membership's latest status change (as
    lifecycle.last_step_days), else None."""
    # The reminders are counted per invitation of the term (a few thousand), not per
    # membership: in the subquery, not in the outer select.
    reminders = select(func.count()).where(Reminder.invitation_id == Invitation.id)
    last_reminder = select(func.max(Reminder.sent_on)).where(
        Reminder.invitation_id == Invitation.id)
    latest = _of_term(
        select(Invitation.id, Invitation.membership_id, Invitation.sent_on,
               Invitation.channel, Invitation.sent_by, Invitation.deadline_on,
               Invitation.response, Invitation.responded_on, Invitation.is_renewal,
               reminders.scalar_subquery().label("reminders"),
               last_reminder.scalar_subquery().label("last_reminder_on"),
               func.row_number().over(
                   partition_by=Invitation.membership_id,
                   order_by=(Invitation.sent_on.desc(), Invitation.created_at.desc()),
               ).label("newest"))
        .join(Membership, Membership.id == Invitation.membership_id),
        group_id, quadrennium_id).subquery("latest")
    read = DocumentAcknowledgement
    read_bits: Any = null()
    statuses = list(documents_for)
    if statuses:
        read_bits = case((Membership.status.in_(statuses), select(
            func.sum(literal_column("1").op("<<")(read.document_number)))
            .where(read.person_id == Person.id).scalar_subquery()))
    last_step: Any = null()
    if steps:
        last_step = iso_date(select(func.max(MembershipTransition.on))
                             .where(MembershipTransition.membership_id == Membership.id)
                             .scalar_subquery(), "last_step_on")
    stmt = _of_term(
        select(raw(Membership.id, "membership_id"), raw(Person.id, "person_id"),
               Person.given_names, Person.family_name, Person.email, Membership.status,
               Membership.proposed_by, iso_date(latest.c.sent_on), latest.c.channel,
               latest.c.sent_by, iso_date(latest.c.deadline_on), latest.c.response,
               iso_date(latest.c.responded_on),
               type_coerce(latest.c.is_renewal, Integer).label("is_renewal"),
               func.coalesce(latest.c.reminders, 0).label("reminders"),
               iso_date(latest.c.last_reminder_on),
               (case((Person.code_of_conduct_accepted_on.is_not(None), CODE_OF_CONDUCT),
                     else_=0)
                + case((Person.conflict_of_interest_declared_on.is_not(None),
                        CONFLICT_OF_INTEREST), else_=0)
                + case((Person.engages_in_cites, CITES), else_=0)
                + case((Person.committee_member, COMMITTEE), else_=0)).label(
                   "onboarding_flags"),
               read_bits.label("documents_read"), last_step.label("last_step_on"))
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(latest, (latest.c.membership_id == Membership.id)
                   & (latest.c.newest == 1)),
        group_id, quadrennium_id)
    return _driver_rows(session, stmt)


def term_roles(session: Session, group_id: str, quadrennium_id: str,
               today: date) -> dict[str, tuple[str, ...]]:
    """The role codes each membership of a group's term holds today, by membership id as
    stored, in the order they were taken (as roster.current_roles, as tuples)."""
    stmt = _of_term(
        select(raw(MembershipRole.membership_id), MembershipRole.role)
        .join(Membership, Membership.id == MembershipRole.membership_id)
        .where(or_(MembershipRole.ends_on.is_(None), MembershipRole.ends_on >= today))
        .order_by(MembershipRole.starts_on), group_id, quadrennium_id)
    roles: dict[str, tuple[str, ...]] = {}
    for membership_id, role in _driver_rows(session, stmt):
        roles[membership_id] = (*roles.get(membership_id, ()), role)
    return roles


def _driver_rows(session: Session, stmt: Any) -> list[tuple]:
    """The statement's rows as the database driver gives them: plain tuples.

    Only for statements whose every column is read as stored (ids through raw, dates
    through iso_date, no boolean or other type SQLAlchemy converts), so the driver's rows
    are the rows a Result would give, without a Row object per row: for 10,000 rows
    those were 10,000 more objects for the garbage collector to follow on every reload
    (a full collection then took longer than the read)."""
    result = session.connection().execute(stmt)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()
