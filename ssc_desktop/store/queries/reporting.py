"""Reads behind the quarterly report: one group's dated history, fetched in whole sets.

Every function filters by group (joins, never long IN lists), so a 10,000-member group
costs a handful of queries whatever its size.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, aliased

from ..models import (
    DocumentAcknowledgement,
    Group,
    Invitation,
    KeySpeciesResult,
    LetterRequest,
    LetterTransition,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    Reminder,
    Setting,
    Target,
    TargetUpdate,
)
from .ids import raw


def group(session: Session, group_id: str) -> Group | None:
    return session.get(Group, group_id)


def _in_terms(quadrennium_ids: Sequence[str]):
    return Membership.quadrennium_id.in_(list(quadrennium_ids))


def members(session: Session, group_id: str, quadrennium_ids: Sequence[str]) -> list[Row]:
    """Every membership of the group in the given terms, with the person's fields."""
    stmt = (select(raw(Membership.id, "membership_id"), raw(Membership.person_id),
                   raw(Membership.quadrennium_id), Membership.status, Membership.starts_on,
                   Membership.ends_on, Membership.end_reason, Person.given_names,
                   Person.family_name, Person.name_as_written, Person.country_code,
                   Person.region_override, Person.gender, Person.age_band,
                   Person.code_of_conduct_accepted_on,
                   Person.conflict_of_interest_declared_on, Person.engages_in_cites,
                   Person.committee_member, Person.organisation)
            .join(Person, Person.id == Membership.person_id)
            .where(Membership.group_id == group_id, _in_terms(quadrennium_ids)))
    return list(session.execute(stmt))


def transitions(session: Session, group_id: str, quadrennium_ids: Sequence[str]) -> list[Row]:
    """Status changes of those memberships, oldest first (same day: in recorded order)."""
    stmt = (select(raw(MembershipTransition.membership_id), MembershipTransition.from_status,
                   MembershipTransition.to_status, MembershipTransition.on)
            .join(Membership, Membership.id == MembershipTransition.membership_id)
            .where(Membership.group_id == group_id, _in_terms(quadrennium_ids))
            .order_by(MembershipTransition.on, MembershipTransition.created_at))
    return list(session.execute(stmt))


def roles(session: Session, group_id: str, quadrennium_ids: Sequence[str]) -> list[Row]:
    stmt = (select(raw(MembershipRole.membership_id), MembershipRole.role,
                   MembershipRole.starts_on, MembershipRole.ends_on)
            .join(Membership, Membership.id == MembershipRole.membership_id)
            .where(Membership.group_id == group_id, _in_terms(quadrennium_ids)))
    return list(session.execute(stmt))


def invitations(session: Session, group_id: str, quadrennium_ids: Sequence[str]) -> list[Row]:
    """Invitations of those memberships, oldest first."""
    stmt = (select(raw(Invitation.id), raw(Invitation.membership_id), Invitation.sent_on,
                   Invitation.deadline_on, Invitation.response, Invitation.responded_on,
                   Invitation.is_renewal)
            .join(Membership, Membership.id == Invitation.membership_id)
            .where(Membership.group_id == group_id, _in_terms(quadrennium_ids))
            .order_by(Invitation.sent_on, Invitation.created_at))
    return list(session.execute(stmt))


def reminders(session: Session, group_id: str, quadrennium_ids: Sequence[str]) -> list[Row]:
    stmt = (select(raw(Reminder.invitation_id), Reminder.sent_on)
            .join(Invitation, Invitation.id == Reminder.invitation_id)
            .join(Membership, Membership.id == Invitation.membership_id)
            .where(Membership.group_id == group_id, _in_terms(quadrennium_ids)))
    return list(session.execute(stmt))


def acknowledgements(session: Session, group_id: str,
                     quadrennium_ids: Sequence[str]) -> list[Row]:
    """Document acknowledgements of everyone with a membership in those terms."""
    people = (select(Membership.person_id)
              .where(Membership.group_id == group_id, _in_terms(quadrennium_ids)))
    stmt = (select(raw(DocumentAcknowledgement.person_id), DocumentAcknowledgement.document_number,
                   DocumentAcknowledgement.acknowledged_on)
            .where(DocumentAcknowledgement.person_id.in_(people)))
    return list(session.execute(stmt))


def targets(session: Session, group_id: str, quadrennium_id: str) -> list[Row]:
    """The group's targets of a term with their KSR and focal point's name."""
    focal = aliased(Person)
    stmt = (select(raw(Target.id), Target.title, Target.unit, Target.baseline,
                   Target.target_value, Target.is_milestone, Target.due_on,
                   Target.created_at, raw(Target.focal_point_id), Target.code,
                   Target.indicator, Target.geographic_scope,
                   KeySpeciesResult.objective_code,
                   KeySpeciesResult.number.label("ksr_number"),
                   KeySpeciesResult.objective_name, KeySpeciesResult.title.label("ksr_title"),
                   focal.given_names.label("focal_given"),
                   focal.family_name.label("focal_family"))
            .join(KeySpeciesResult, KeySpeciesResult.id == Target.ksr_id)
            .outerjoin(focal, focal.id == Target.focal_point_id)
            .where(Target.group_id == group_id, Target.quadrennium_id == quadrennium_id)
            .order_by(KeySpeciesResult.number, Target.title))
    return list(session.execute(stmt))


def target_updates(session: Session, group_id: str, quadrennium_id: str) -> list[Row]:
    stmt = (select(raw(TargetUpdate.target_id), TargetUpdate.quarter, TargetUpdate.value,
                   TargetUpdate.milestone_done, TargetUpdate.status, TargetUpdate.narrative)
            .join(Target, Target.id == TargetUpdate.target_id)
            .where(Target.group_id == group_id, Target.quadrennium_id == quadrennium_id))
    return list(session.execute(stmt))


def letters(session: Session, group_id: str) -> list[Row]:
    stmt = (select(raw(LetterRequest.id), LetterRequest.title, LetterRequest.addressee_name,
                   LetterRequest.addressee_country, LetterRequest.species_common,
                   LetterRequest.species_scientific, LetterRequest.state,
                   LetterRequest.requested_on, LetterRequest.follow_up_on,
                   LetterRequest.response_received_on, LetterRequest.dialogue_opened)
            .where(LetterRequest.group_id == group_id)
            .order_by(LetterRequest.requested_on, LetterRequest.title))
    return list(session.execute(stmt))


def letter_transitions(session: Session, group_id: str) -> list[Row]:
    """Workflow steps of the group's requests, oldest first."""
    stmt = (select(raw(LetterTransition.letter_id), LetterTransition.to_state, LetterTransition.on)
            .join(LetterRequest, LetterRequest.id == LetterTransition.letter_id)
            .where(LetterRequest.group_id == group_id)
            .order_by(LetterTransition.on, LetterTransition.created_at))
    return list(session.execute(stmt))


def setting(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return row.value if row is not None else None
