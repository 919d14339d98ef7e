"""Groups and quadrennia: create a group, list them, pick the current term."""

from __future__ import annotations

from datetime import date

from ..domain.errors import ValidationFailed
from ..domain.people import PersonFields, Problem, tidy
from ..domain.reference import reference
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import Group, Membership, MembershipRole, MembershipTransition, Person
from ..store.queries import roster as q
from . import field_limits
from .dto import Change, GroupInfo, QuadrenniumInfo


def _group_info(g: Group) -> GroupInfo:
    return GroupInfo(g.id, g.name, g.short_code, g.group_type, g.taxonomic_set,
                     g.mandate_ends_on, g.version)


def list_groups(db: Database) -> list[GroupInfo]:
    with db.reading() as s:
        return [_group_info(g) for g in q.groups(s)]


def find_group(db: Database, code_or_name: str) -> GroupInfo | None:
    """A group by short code, name or id (as typed on a command line)."""
    wanted = code_or_name.strip().casefold()
    for g in list_groups(db):
        if wanted in (g.short_code.casefold(), g.name.casefold(), g.id):
            return g
    return None


def list_quadrennia(db: Database) -> list[QuadrenniumInfo]:
    with db.reading() as s:
        return [QuadrenniumInfo(x.id, x.code, x.starts_on, x.ends_on) for x in q.quadrennia(s)]


def quadrennium_on(db: Database, day: date) -> QuadrenniumInfo:
    """The term a day falls in (the latest one if the day is past them all)."""
    terms = list_quadrennia(db)
    for term in terms:
        if term.starts_on <= day <= term.ends_on:
            return term
    return terms[-1] if day > terms[-1].ends_on else terms[0]


def find_quadrennium(db: Database, code: str) -> QuadrenniumInfo | None:
    return next((t for t in list_quadrennia(db) if t.code == code.strip()), None)


def validate_group(name: str, short_code: str, group_type: str,
                   taxonomic_set: str | None) -> list[Problem]:
    ref = reference()
    problems = []
    if not tidy(name):
        problems.append(Problem("name", _("Enter the group's name.")))
    problems += field_limits.problems(Group, {"name": tidy(name), "short_code": tidy(short_code)})
    if not tidy(short_code) or len(tidy(short_code)) > 40:
        problems.append(Problem("short_code", _("Enter a short code of 1 to 40 characters.")))
    if group_type not in ref.group_types:
        problems.append(Problem("group_type", _("Choose a group type from the list.")))
    if taxonomic_set and taxonomic_set not in ref.taxonomic_sets:
        problems.append(Problem("taxonomic_set", _("Choose a taxonomic set from the list.")))
    return problems


def create_group(db: Database, name: str, short_code: str, group_type: str,
                 taxonomic_set: str | None, *, chair: PersonFields | None = None,
                 quadrennium_id: str | None = None, today: date | None = None) -> Change:
    """A new group; with a chair, that person is its first active member, as Chair."""
    problems = validate_group(name, short_code, group_type, taxonomic_set)
    with db.reading() as s:
        if q.group_by_code(s, tidy(short_code)) is not None:
            problems.append(Problem("short_code",
                                    _("A group with the short code '{code}' exists.").format(
                                        code=tidy(short_code))))
    if problems:
        raise ValidationFailed(problems)
    today = today or date.today()
    term = quadrennium_id or quadrennium_on(db, today).id
    with db.transaction(Label(N_("Create group {name}"), name=tidy(name))) as tx:
        s = tx.session
        group = Group(name=tidy(name), short_code=tidy(short_code), group_type=group_type,
                      taxonomic_set=taxonomic_set or None)
        s.add(group)
        if chair is not None:
            from .roster import checked_person

            person = Person(**_columns(checked_person(chair)))
            s.add(person)
            s.flush()
            membership = Membership(person_id=person.id, group_id=group.id,
                                    quadrennium_id=term, status="active", starts_on=today)
            s.add(membership)
            s.flush()
            s.add(MembershipRole(membership_id=membership.id, person_id=person.id,
                                 role="chair", starts_on=today))
            s.add(MembershipTransition(membership_id=membership.id, person_id=person.id,
                                       from_status=None, to_status="active", on=today,
                                       note=_("Group created")))
        s.flush()
        group_id = group.id
    return Change(tx.batch_id, _("Created {name}").format(name=tidy(name)), group_id)


def _columns(fields: PersonFields) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(fields)
