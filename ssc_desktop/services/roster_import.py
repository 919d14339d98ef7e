"""Applying a previewed roster import: what the database holds, and one transaction.

The exchange layer reads the file and classifies its rows against an ImportSnapshot;
this module turns the chosen RowPlans into rows, all in one transaction, so the whole
import is one undo step and a cancelled or failed import leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain.errors import RuleRefused
from ..domain.people import PersonFields
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.errors import ConflictError
from ..store.models import (
    Invitation,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    new_id,
)
from ..store.models.base import Entity
from ..store.queries import exchange as q
from ..store.queries import roster as roster_q
from .dto import Change, GroupInfo
from .roster import set_roles

CHUNK = 200  # rows per flush: progress and cancellation are checked this often


@dataclass(frozen=True, slots=True)
class KnownPerson:
    person_id: str
    version: int
    fields: PersonFields


@dataclass(frozen=True, slots=True)
class KnownMembership:
    membership_id: str
    person_id: str
    quadrennium: str
    status: str
    version: int
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KnownName:
    given_names: str
    family_name: str
    email: str


@dataclass(frozen=True, slots=True)
class FileKeys:
    """What a file's rows can be matched by (lower case), so only those people are read."""

    emails: frozenset[str]
    usernames: frozenset[str]


@dataclass(frozen=True, slots=True)
class ImportSnapshot:
    """What an import is compared with: the people the file can match, the group's
    memberships, and every person's name (for "maybe the same person as …")."""

    group: GroupInfo
    default_quadrennium: str
    quadrennia: dict[str, str]  # code -> id
    people: dict[str, KnownPerson]
    memberships: dict[str, KnownMembership]
    names: tuple[KnownName, ...] = ()


def import_snapshot(db: Database, group: GroupInfo, quadrennium_code: str,
                    today: date | None = None, keys: FileKeys | None = None) -> ImportSnapshot:
    """Without ``keys``, every person and every name; with them, only the people the
    file can match (and no names: ``known_names`` reads them when a row needs them)."""
    today = today or date.today()
    with db.reading() as s:
        found = q.people(s) if keys is None else q.people_by_keys(
            s, set(keys.emails), set(keys.usernames), group.id)
        # Person fields come in query order (PERSON_FIELD_NAMES) after id and version:
        # built positionally, 10,000 people take a fraction of the time of named access.
        people = {
            r[0]: KnownPerson(r[0], r[1], PersonFields(*r[2:]))
            for r in found
        }
        names = _names(s) if keys is None else ()
        roles = roster_q.current_roles(s, group.id, None, today)
        memberships = {
            r.membership_id: KnownMembership(r.membership_id, r.person_id, r.quadrennium,
                                             r.status, r.membership_version,
                                             tuple(dict.fromkeys(roles.get(r.membership_id,
                                                                           ()))))
            for r in q.group_memberships(s, group.id)
        }
        terms = {t.code: t.id for t in roster_q.quadrennia(s)}
    return ImportSnapshot(group, quadrennium_code, terms, people, memberships, names)


def known_names(db: Database) -> tuple[KnownName, ...]:
    """Every person's names and e-mail (for "maybe the same person as …")."""
    with db.reading() as s:
        return _names(s)


def _names(s: Session) -> tuple[KnownName, ...]:
    return tuple(KnownName(r[0], r[1], r[2] or "") for r in q.people_names(s))


@dataclass(frozen=True, slots=True)
class RowPlan:
    """What applying one file row does. ``action`` is new, update or unchanged."""

    row: int
    action: str
    name: str
    quadrennium: str
    fields: PersonFields  # the person as the import leaves them
    person_id: str | None = None  # None: a new person
    person_version: int | None = None
    person_changes: tuple[str, ...] = ()  # fields to write on a known person
    membership_id: str | None = None  # None: a new membership
    membership_version: int | None = None
    status: str | None = None  # the status to set (None: keep)
    status_on: date | None = None
    roles: tuple[str, ...] | None = None  # the current roles to hold (None: keep)


@dataclass(frozen=True, slots=True)
class ImportResult:
    change: Change
    added: int
    updated: int


def apply_import(db: Database, group_id: str, plans: list[RowPlan], *, source: str = "",
                 progress: Progress = NO_PROGRESS, today: date | None = None) -> ImportResult:
    """Write the chosen rows in ONE transaction: all of them or, on error, none."""
    return db.retrying(lambda: _apply_import(db, group_id, plans, source=source,
                                             progress=progress, today=today))


def _apply_import(db: Database, group_id: str, plans: list[RowPlan], *, source: str,
                  progress: Progress, today: date | None) -> ImportResult:
    today = today or date.today()
    work = [p for p in plans if p.action in ("new", "update")]
    if not work:
        raise RuleRefused(_("Nothing to import: no row is new or changed."))
    added = sum(1 for p in work if p.membership_id is None)
    updated = len(work) - added
    label = (Label(N_("Import {source} ({added} new, {updated} updated)"), source=source,
                   added=added, updated=updated) if source
             else Label(N_("Import ({added} new, {updated} updated)"), added=added,
                        updated=updated))
    # A repeatable snapshot: every row the plan checked stays as checked, or the server
    # refuses the whole import and it is tried again on fresh data.
    with db.transaction(label, isolation="REPEATABLE READ") as tx:
        s = tx.session
        terms = {t.code: t.id for t in roster_q.quadrennia(s)}
        # Status changes name their membership by id only, so they are added once the
        # memberships of their chunk are flushed (the unit of work cannot order them).
        pending: list[Entity] = []
        for done, plan in enumerate(work):
            if done % CHUNK == 0:
                progress.step(done, len(work), _("Importing row {row:,}…").format(row=plan.row))
                s.flush()
                s.add_all(pending)
                pending = []
            person = _person(s, plan)
            if plan.membership_id is None:
                pending += _new_membership(s, plan, person, group_id,
                                           terms[plan.quadrennium], today)
            else:
                pending += _update_membership(s, plan, today)
        s.flush()
        s.add_all(pending)
        progress.step(len(work), len(work), _("Saving…"))
    return ImportResult(Change(tx.batch_id,
                               _("Imported {added} new and updated {updated} member(s)").format(
                                   added=added, updated=updated)), added, updated)


def _stale(name: str) -> ConflictError:
    return ConflictError(_("{name} was changed in the app since the preview; nothing was imported. "
                           "Run the import again to see the current state.").format(name=name))


def _person(s: Session, plan: RowPlan) -> Person | str:
    """The new Person (so the flush orders it first), or the known person's id."""
    if plan.person_id is None:
        person = Person(id=new_id(), **asdict(plan.fields))
        s.add(person)
        return person
    if plan.person_changes:
        found = s.get(Person, plan.person_id)
        if found is None or found.version != plan.person_version:
            raise _stale(plan.name)
        person = found
        for key in plan.person_changes:
            setattr(person, key, getattr(plan.fields, key))
    return plan.person_id


def _invitation(membership_id: str, person_id: str, on: date) -> Invitation:
    """The invitation record a file's "Invited" stands for, so it can become overdue."""
    from .invitations import DEFAULT_DEADLINE_DAYS

    return Invitation(membership_id=membership_id, person_id=person_id, sent_on=on,
                      channel="commission_system", sent_by="",
                      deadline_on=on + timedelta(days=DEFAULT_DEADLINE_DAYS), is_renewal=False)


def _new_membership(s: Session, plan: RowPlan, person: Person | str, group_id: str,
                    quadrennium_id: str, today: date) -> list[Entity]:
    status = plan.status or "proposed"
    on = plan.status_on or today
    ended = reference().statuses[status].stage == "ended"
    membership = Membership(id=new_id(), group_id=group_id, quadrennium_id=quadrennium_id,
                            status=status, starts_on=on, end_reason=status if ended else None,
                            ends_on=on if ended else None)
    # Ids are set explicitly (the change log records them before the flush); the
    # relationships make the flush insert the person, then the membership, then roles.
    if isinstance(person, Person):
        membership.person = person
        person_id = person.id
    else:
        person_id = person
    membership.person_id = person_id
    s.add(membership)
    for role in plan.roles or ("member",):
        s.add(MembershipRole(membership=membership, membership_id=membership.id,
                             person_id=person_id, role=role,
                             starts_on=on, ends_on=on if ended else None))
    out: list[Entity] = [MembershipTransition(membership_id=membership.id, person_id=person_id,
                                              from_status=None, to_status=status, on=on,
                                              note="Imported")]
    if status == "invited":
        out.append(_invitation(membership.id, person_id, on))
    return out


def _update_membership(s: Session, plan: RowPlan, today: date) -> list[Entity]:
    if plan.status is None and plan.roles is None:
        return []
    m = s.get(Membership, plan.membership_id)
    if m is None or m.version != plan.membership_version:
        raise _stale(plan.name)
    if plan.roles is not None:
        set_roles(s, m, plan.roles, today)
    if plan.status is not None and plan.status != m.status:
        on = plan.status_on or today
        transition = MembershipTransition(membership_id=m.id, person_id=m.person_id,
                                          from_status=m.status, to_status=plan.status, on=on,
                                          note="Imported")
        ended = reference().statuses[plan.status].stage == "ended"
        m.status = plan.status
        m.end_reason = plan.status if ended else None
        m.ends_on = on if ended else None
        if ended:
            for role in m.roles:
                if role.ends_on is None or role.ends_on > on:
                    role.ends_on = on
        if plan.status == "invited":
            return [transition, _invitation(m.id, m.person_id, on)]
        return [transition]
    return []
