"""Onboarding: which documents each member must read, which they have, and the two
declarations (Code of Conduct accepted, conflict of interest declared)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain import onboarding as rules
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.lifecycle import full_name
from ..domain.people import Problem, display_name
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.errors import NotFound
from ..store.models import DocumentAcknowledgement, Group, Membership, Person
from ..store.queries import lifecycle as q
from ..store.queries import roster as roster_q
from ..store.queries.ids import uuid_text
from .dto import Change

# Proposed and invited people have not joined; ended memberships need nothing more.
ONBOARDING_STATUSES = ("accepted", "active")


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    number: int
    category: str
    title: str
    because: str
    acknowledged_on: date | None


@dataclass(frozen=True, slots=True)
class MemberOnboarding:
    membership_id: str
    person_id: str
    person_version: int
    name: str
    roles: tuple[str, ...]
    lines: tuple[ChecklistLine, ...]
    code_of_conduct_accepted_on: date | None
    conflict_of_interest_declared_on: date | None
    engages_in_cites: bool
    committee_member: bool
    completion: rules.Completion


def member_onboarding(db: Database, membership_id: str,
                      today: date | None = None) -> MemberOnboarding:
    """One member's checklist with the date each document was acknowledged."""
    today = today or date.today()
    with db.reading() as s:
        m = s.get(Membership, membership_id)
        if m is None:
            raise NotFound(_("That membership no longer exists. Reload the roster."))
        p, group = m.person, s.get_one(Group, m.group_id)
        roles = tuple(q.current_roles(s, [m.id], today).get(m.id, ()))
        read = q.acknowledgements(s, [p.id]).get(p.id, {})
        items = rules.checklist(roles, taxonomic_set=group.taxonomic_set,
                                engages_in_cites=p.engages_in_cites,
                                committee_member=p.committee_member)
        done = rules.completion(items, read,
                                code_of_conduct_accepted_on=p.code_of_conduct_accepted_on,
                                conflict_of_interest_declared_on=p.conflict_of_interest_declared_on)
        return MemberOnboarding(
            membership_id=m.id, person_id=p.id, person_version=p.version,
            name=display_name(p.given_names, p.family_name), roles=roles,
            lines=tuple(ChecklistLine(i.number, i.category, i.title, i.because,
                                      read.get(i.number)) for i in items),
            code_of_conduct_accepted_on=p.code_of_conduct_accepted_on,
            conflict_of_interest_declared_on=p.conflict_of_interest_declared_on,
            engages_in_cites=p.engages_in_cites, committee_member=p.committee_member,
            completion=done)


class Checklists:
    """Completions from a member's roles, two flags, two declarations and the documents
    they read as bits (bit n set when document n was read, as q.term_documents_read
    gives them). A checklist depends only on the roles and the two flags, and a
    completion only on the checklist and what of it was read: a group of 10,000 has a
    handful of combinations, each worked out once and its Completion shared."""

    def __init__(self, taxonomic_set: str | None) -> None:
        self.taxonomic_set = taxonomic_set
        self._needed: dict[tuple, tuple[list[rules.ChecklistItem], int]] = {}
        self._done: dict[tuple, rules.Completion] = {}

    def needed(self, roles: tuple[str, ...], cites: bool,
               committee: bool) -> tuple[list[rules.ChecklistItem], int]:
        """The checklist of these roles and flags, and its documents as bits."""
        key = (roles, cites, committee)
        found = self._needed.get(key)
        if found is None:
            items = rules.checklist(roles, taxonomic_set=self.taxonomic_set,
                                    engages_in_cites=cites, committee_member=committee)
            bits = 0
            for item in items:
                bits |= 1 << item.number
            found = self._needed[key] = (items, bits)
        return found

    def completion(self, roles: tuple[str, ...], cites: bool, committee: bool,
                   code_of_conduct: bool, conflict_of_interest: bool,
                   read: int) -> rules.Completion:
        """rules.completion of the member's checklist, from the documents read as bits
        and whether the two declarations were made."""
        items, bits = self.needed(roles, cites, committee)
        key = (roles, cites, committee, read & bits, code_of_conduct, conflict_of_interest)
        done = self._done.get(key)
        if done is None:
            missing = tuple(i.number for i in items if not read >> i.number & 1)
            done = self._done[key] = rules.Completion(
                len(items) - len(missing), len(items), key[4], key[5], missing)
        return done


def group_onboarding(db: Database, group_id: str, quadrennium_id: str,
                     today: date | None = None) -> dict[str, rules.Completion]:
    """Completion of every accepted or validated membership of a term, by membership id
    (read from one row of documents read per person, as incomplete_count)."""
    today = today or date.today()
    with db.reading() as s:
        group = s.get_one(Group, group_id)
        checklists = Checklists(group.taxonomic_set)
        members = q.onboarding_members(s, group_id, quadrennium_id, ONBOARDING_STATUSES)
        roles = roster_q.current_roles(s, group_id, quadrennium_id, today, stored_ids=True)
        read = q.term_documents_read(s, group_id, quadrennium_id)
    return {uuid_text(membership_id): checklists.completion(
                tuple(roles.get(membership_id, ())), cites, committee, coc is not None,
                coi is not None, read.get(person_id, 0))
            for membership_id, person_id, cites, committee, coc, coi in members}


def incomplete_count(db: Database, group_id: str, quadrennium_id: str,
                     today: date | None = None) -> int:
    """How many accepted or validated memberships of a term have a document unread or a
    declaration missing: what group_onboarding finds incomplete, counted from one row of
    documents read per person (a bit per document) instead of every acknowledgement."""
    today = today or date.today()
    with db.reading() as s:
        checklists = Checklists(s.get_one(Group, group_id).taxonomic_set)
        members = q.onboarding_members(s, group_id, quadrennium_id, ONBOARDING_STATUSES)
        roles = roster_q.current_roles(s, group_id, quadrennium_id, today, stored_ids=True)
        read = q.term_documents_read(s, group_id, quadrennium_id)
    count = 0
    for membership_id, person_id, cites, committee, coc, coi in members:
        if coc is None or coi is None:
            count += 1
            continue
        _items, bits = checklists.needed(tuple(roles.get(membership_id, ())), cites,
                                         committee)
        if read.get(person_id, 0) & bits != bits:
            count += 1
    return count


def incomplete_onboarding(db: Database, group_id: str, quadrennium_id: str,
                          today: date | None = None) -> set[str]:
    """Membership ids (accepted or validated) with a document unread or a declaration missing."""
    return {k for k, c in group_onboarding(db, group_id, quadrennium_id, today).items()
            if not c.complete}


def acknowledge(db: Database, person_id: str, numbers: Iterable[int], on: date) -> Change:
    """Record that a person has read these documents on a day (already-read ones keep
    their first date)."""
    wanted = sorted(set(numbers))
    known = {d.number for d in rules.reference().documents}
    unknown = [n for n in wanted if n not in known]
    if not wanted or unknown:
        raise ValidationFailed([Problem("documents", _("Choose documents from the checklist."))])
    with db.reading() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound(_("That person no longer exists. Reload the roster."))
        name = full_name(p.given_names, p.family_name)
        already = q.acknowledgements(s, [person_id]).get(person_id, {})
    fresh = [n for n in wanted if n not in already]
    if not fresh:
        raise RuleRefused(_("{name} has already acknowledged the chosen documents.").format(
            name=name))
    label = (Label(N_("{name} read {count} documents"), name=name, count=len(fresh))
             if len(fresh) > 1 else Label(N_("{name} read 1 document"), name=name))
    with db.transaction(label) as tx:
        s = tx.session
        for number in fresh:
            s.add(DocumentAcknowledgement(person_id=person_id, document_number=number,
                                          acknowledged_on=on))
    return Change(tx.batch_id, label.render(), person_id)


def withdraw_acknowledgement(db: Database, person_id: str, number: int) -> Change:
    with db.transaction(Label(N_("Document {number} marked unread"), number=number)) as tx:
        s = tx.session
        row = q.acknowledgement(s, person_id, number)
        if row is None:
            raise RuleRefused(_("Document {number} was not marked as read.").format(number=number))
        p = s.get_one(Person, person_id)
        name = full_name(p.given_names, p.family_name)
        s.delete(row)
    return Change(tx.batch_id, _("Document {number} marked unread for {name}").format(
        number=number, name=name), person_id)


def set_declarations(db: Database, person_id: str, *, code_of_conduct_accepted_on: date | None,
                     conflict_of_interest_declared_on: date | None, engages_in_cites: bool,
                     committee_member: bool, today: date | None = None) -> Change:
    """The Code of Conduct and conflict-of-interest dates and the two checklist flags."""
    today = today or date.today()
    for field, day in (("code_of_conduct_accepted_on", code_of_conduct_accepted_on),
                       ("conflict_of_interest_declared_on", conflict_of_interest_declared_on)):
        if day is not None and day > today:
            raise ValidationFailed([Problem(field, _("The date {day} is in the future; enter the "
                                                     "day it happened.").format(
                                                         day=day.isoformat()))])
    with db.reading() as s:
        p = s.get(Person, person_id)
        if p is None:
            raise NotFound(_("That person no longer exists. Reload the roster."))
        name = full_name(p.given_names, p.family_name)
    label = Label(N_("Onboarding of {name}"), name=name)
    with db.transaction(label) as tx:
        s = tx.session
        p = s.get_one(Person, person_id)
        values = {"code_of_conduct_accepted_on": code_of_conduct_accepted_on,
                  "conflict_of_interest_declared_on": conflict_of_interest_declared_on,
                  "engages_in_cites": engages_in_cites, "committee_member": committee_member}
        for key, value in values.items():
            if getattr(p, key) != value:
                setattr(p, key, value)
    return Change(tx.batch_id, label.render(), person_id)
