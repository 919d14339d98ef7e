"""The roster use cases: read a group's members, add, edit, end a membership."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import date

from sqlalchemy.orm import Session

from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.people import (
    PERSON_FIELD_NAMES,
    PersonFields,
    Problem,
    display_name,
    fold,
    place,
    role_set,
)
from ..domain.reference import reference
from ..domain.reference_names import end_reason_name
from ..i18n import N_, _
from ..labels import Label
from ..store.conflicts import changed_elsewhere
from ..store.database import Database
from ..store.errors import NotFound
from ..store.models import Membership, MembershipRole, MembershipTransition, Person, Quadrennium
from ..store.queries import roster as q
from ..store.queries.ids import as_date, uuid_text
from . import field_limits
from .dto import Change, MemberDetail, RoleSpan, RosterRow


def load_roster(db: Database, group_id: str, quadrennium_id: str | None,
                today: date | None = None, *, with_search: bool = True) -> list[RosterRow]:
    """Every membership of a group in a term (all terms when None), as display rows.

    Without `with_search` the rows' search_key is "" (the roster page makes the keys with
    search_keys() once it has shown the rows: a third of the rows' making)."""
    ref = reference()
    today = today or date.today()
    with db.reading() as s:
        rows = q.roster_rows(s, group_id, quadrennium_id)
        roles = q.current_roles(s, group_id, quadrennium_id, today, stored_ids=True)
    status_names = {code: st.name for code, st in ref.statuses.items()}
    no_roles: tuple[str, ...] = ()
    make = tuple.__new__  # RosterRow is a NamedTuple: built positionally, in field order
    out: list[RosterRow] = []
    append = out.append
    # One pass, the row unpacked in the order of q.ROSTER_COLUMNS (attribute access on
    # 10,000 rows costs more than the unpacking).
    for (membership_id, person_id, given, family, as_written, email, country_code,
         region_override, organisation, status, quadrennium, starts_on, ends_on, coc,
         username) in rows:
        held = role_set(frozenset(roles.get(membership_id, no_roles)))
        where = place(country_code, region_override)
        name = f"{family}, {given}" if given and family else family or given
        email = email or ""
        append(make(RosterRow, (
            uuid_text(membership_id), uuid_text(person_id), name, given, family,
            as_written, email, country_code or "", where.country, where.region_code,
            where.region, organisation, held.codes, held.text, status,
            status_names.get(status, status), quadrennium, as_date(starts_on),
            as_date(ends_on), as_date(coc), username or "",
            _search_key(name, as_written, email, organisation, where.search, held.search)
            if with_search else "",
        )))
    return out


def _search_key(name: str, as_written: str, email: str, organisation: str, place_words: str,
                role_words: str) -> str:
    return f"{fold(f'{name} {as_written} {email} {organisation}')} {place_words} {role_words}"


def search_keys(rows: Sequence[RosterRow]) -> list[str]:
    """Each row's search_key (what load_roster makes with_search), made from the row."""
    return [_search_key(r.name, r.name_as_written, r.email, r.organisation,
                        place(r.country_code or None, None).search,
                        role_set(frozenset(r.roles)).search) for r in rows]


def checked_person(fields: PersonFields) -> PersonFields:
    """The fields cleaned, or every problem (text limits from the schema first)."""
    cleaned = field_limits.normalise(fields.cleaned())
    problems = field_limits.person_problems(cleaned)
    if problems:
        raise ValidationFailed(problems)
    return cleaned


def member_detail(db: Database, membership_id: str) -> MemberDetail:
    with db.reading() as s:
        m = s.get(Membership, membership_id)
        if m is None:
            raise NotFound(_("That membership no longer exists. Reload the roster."))
        p = m.person
        fields = PersonFields(**{k: getattr(p, k) for k in PERSON_FIELD_NAMES})
        roles = tuple(RoleSpan(r.role, r.starts_on, r.ends_on)
                      for r in sorted(m.roles, key=lambda r: (r.starts_on or date.min, r.role)))
        return MemberDetail(
            membership_id=m.id, person_id=p.id, person_version=p.version,
            membership_version=m.version, group_id=m.group_id,
            quadrennium=s.get_one(Quadrennium, m.quadrennium_id).code,
            fields=fields, status=m.status, starts_on=m.starts_on, ends_on=m.ends_on,
            end_reason=m.end_reason, roles=roles,
        )


def _check_roles(roles: list[str]) -> None:
    unknown = [r for r in roles if r not in reference().roles]
    if unknown:
        raise ValidationFailed([Problem("roles", _("'{unknown}' is not a role; choose roles from "
                                                   "the list.").format(unknown=unknown[0]))])


def add_member(db: Database, group_id: str, quadrennium_id: str, fields: PersonFields, *,
               status: str = "proposed", roles: list[str] | None = None,
               today: date | None = None, proposed_by: str = "") -> Change:
    """A new person in the group (or a known person, matched by e-mail, joining it)."""
    today = today or date.today()
    person_fields = checked_person(fields)
    proposed_by = field_limits.check_values(Membership, proposed_by=proposed_by)["proposed_by"]
    roles = roles or ["member"]
    _check_roles(roles)
    if status not in reference().statuses:
        raise ValidationFailed([Problem("status", _("Choose a membership status from the list."))])
    name = display_name(person_fields.given_names, person_fields.family_name)
    with db.transaction(Label(N_("Add {name}"), name=name)) as tx:
        s = tx.session
        known = q.people_by_email(s, person_fields.email) if person_fields.email else []
        person = known[0] if known else Person(**asdict(person_fields))
        if not known:
            s.add(person)
            s.flush()
        elif q.membership_of(s, person.id, group_id, quadrennium_id) is not None:
            raise RuleRefused(_("{name} ({email}) is already in this group for this "
                                "quadrennium.").format(name=name, email=person_fields.email))
        membership = Membership(person_id=person.id, group_id=group_id,
                                quadrennium_id=quadrennium_id, status=status,
                                starts_on=today, proposed_by=proposed_by)
        s.add(membership)
        s.flush()
        for role in roles:
            s.add(MembershipRole(membership_id=membership.id, person_id=person.id,
                                 role=role, starts_on=today))
        s.add(MembershipTransition(membership_id=membership.id, person_id=person.id,
                                   from_status=None, to_status=status, on=today))
        membership_id = membership.id
    return Change(tx.batch_id, _("Added {name}").format(name=name), membership_id)


def update_member(db: Database, membership_id: str, expected_person_version: int,
                  fields: PersonFields, roles: list[str] | None = None,
                  today: date | None = None) -> Change:
    """Save the editor: the person's fields, and the set of current roles if given."""
    today = today or date.today()
    person_fields = checked_person(fields)
    if roles is not None:
        _check_roles(roles)
    name = display_name(person_fields.given_names, person_fields.family_name)
    with db.transaction(Label(N_("Edit {name}"), name=name)) as tx:
        s = tx.session
        m = s.get(Membership, membership_id)
        if m is None:
            raise NotFound(_("That membership no longer exists. Reload the roster."))
        person = m.person
        if person.version != expected_person_version:
            raise changed_elsewhere(s, person, name)
        for key, value in asdict(person_fields).items():
            if getattr(person, key) != value:
                setattr(person, key, value)
        if roles is not None:
            set_roles(s, m, roles, today)
    return Change(tx.batch_id, _("Saved {name}").format(name=name), membership_id)


def set_roles(s: Session, m: Membership, roles: Sequence[str], today: date) -> None:
    """Make `roles` the membership's current roles: end the others today, start the new."""
    current = {r.role: r for r in m.roles if r.ends_on is None or r.ends_on >= today}
    for role, held in current.items():
        if role not in roles:
            if held.starts_on is not None and held.starts_on >= today:
                s.delete(held)
            else:
                held.ends_on = today
    for role in roles:
        if role not in current:
            s.add(MembershipRole(membership_id=m.id, person_id=m.person_id, role=role,
                                 starts_on=today))


def end_membership(db: Database, membership_id: str, reason: str, on: date,
                   note: str = "") -> Change:
    """End a membership for a reason (resigned, deceased, ...) on a date; roles end too.

    The step must be allowed by the life-cycle rules (domain.lifecycle): one cannot
    "decline" a validated membership, nor end one that has already ended.
    """
    from ..domain import lifecycle
    from .invitations import step_one

    ref = reference()
    if reason not in ref.end_reasons:
        raise ValidationFailed([Problem("reason", _("Choose why the membership ends."))])
    action = lifecycle.action_for_end_reason(reason)
    note = field_limits.check_values(MembershipTransition, note=note)["note"]
    with db.transaction(Label(N_("End membership"))) as tx:
        s = tx.session
        m = s.get(Membership, membership_id)
        if m is None:
            raise NotFound(_("That membership no longer exists. Reload the roster."))
        name = display_name(m.person.given_names, m.person.family_name)
        if m.starts_on is not None and on < m.starts_on:
            raise ValidationFailed([Problem("on", _("The end date is before {name} joined "
                                                    "({starts_on}).").format(
                                                        name=name,
                                                            starts_on=m.starts_on.isoformat()))])
        lifecycle.check(action, m.status, on=on, name=name)
        step_one(s, m, action, on, note=note, end_reason=reason)
    return Change(tx.batch_id, _("Ended {name}'s membership ({reason})").format(
        name=name, reason=end_reason_name(reason)), membership_id)

