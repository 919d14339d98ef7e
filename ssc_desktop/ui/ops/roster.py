"""Writes to the roster: members, memberships and what each member has read or declared."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.people import PersonFields
from ...services import onboarding, roster
from ...services.dto import Change
from ..operations import Op, OpChanges

# A member shows on the roster, and in the invitation pipeline when invited.
MEMBERS = OpChanges(roster=True, invitations=True)
ONBOARDING = OpChanges(roster=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("RosterOps", text)


def add_member(group_id: str, quadrennium_id: str, person: PersonFields, *, status: str,
               roles: Sequence[str]) -> Op[Change]:
    return Op(tr("Add member"), lambda db, _p: roster.add_member(
        db, group_id, quadrennium_id, person, status=status, roles=roles), MEMBERS)


def update_member(membership_id: str, person_version: int, person: PersonFields, *,
                  roles: Sequence[str]) -> Op[Change]:
    return Op(tr("Edit member"), lambda db, _p: roster.update_member(
        db, membership_id, person_version, person, roles=roles), MEMBERS)


def end_membership(membership_id: str, reason: str, on: date, note: str) -> Op[Change]:
    return Op(tr("End membership"), lambda db, _p: roster.end_membership(
        db, membership_id, reason, on, note), MEMBERS)


def set_declarations(person_id: str, *, code_of_conduct_accepted_on: date | None,
                     conflict_of_interest_declared_on: date | None, engages_in_cites: bool,
                     committee_member: bool) -> Op[Change]:
    return Op(tr("Save declarations"), lambda db, _p: onboarding.set_declarations(
        db, person_id, code_of_conduct_accepted_on=code_of_conduct_accepted_on,
        conflict_of_interest_declared_on=conflict_of_interest_declared_on,
        engages_in_cites=engages_in_cites, committee_member=committee_member), ONBOARDING)


def acknowledge(person_id: str, numbers: Sequence[int], on: date) -> Op[Change]:
    return Op(tr("Mark documents read"), lambda db, _p: onboarding.acknowledge(
        db, person_id, numbers, on), ONBOARDING)


def withdraw_acknowledgement(person_id: str, number: int) -> Op[Change]:
    return Op(tr("Mark a document unread"),
              lambda db, _p: onboarding.withdraw_acknowledgement(
                  db, person_id, number), ONBOARDING)


def anonymise(person_id: str) -> Op[Change]:
    """Erasing a departed person's data cannot be undone: no undo step."""
    def work(db: Any, _progress: Any) -> Change:
        from ...services import people_rights

        return people_rights.anonymise(db, person_id)

    return Op(tr("Anonymise a person"), work, MEMBERS, undoable=False)


def merge_people(keep_email: str, merge_email: str) -> Op[Change]:
    """Two records of one person become one: every membership, role and history kept."""
    def work(db: Any, _progress: Any) -> Change:
        from ...services.people_merge import merge_people as merge

        return merge(db, keep_email, merge_email)

    return Op(tr("Merge people"), work, OpChanges(roster=True, invitations=True,
                                                   letters=True, targets=True))
