"""Members' rights: what the app holds about a person, and anonymising a departed one.

``person_data(db, email)`` gathers everything about a person (their row, memberships
with roles, status history, invitations, reminders, documents read, targets they are focal
point for, letters naming them, and every change-log entry about them) as plain JSON-ready
values. ``anonymise(db, email)`` erases a departed person's identifying data everywhere
(store/erasure.py), refusing a person with a current membership. A retention setting
proposes departed members for anonymisation after N years.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.errors import UserError
from ..domain.lifecycle import ENDED
from ..domain.people import display_name
from ..i18n import N_, _, ngettext
from ..labels import Label
from ..store import erasure
from ..store.database import Database
from ..store.models import Setting
from ..store.queries import person_data as q
from ..store.queries import roster as roster_q
from .dto import Change

RETENTION_SETTING = "retention_years"
DEFAULT_RETENTION_YEARS = 5


@dataclass(frozen=True, slots=True)
class Departed:
    person_id: str
    name: str
    last_ended_on: date | None


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _row(obj: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__table__.columns
            if c.key not in skip}


def find_person(db: Database, email: str) -> str:
    """The id of the one person with this address; a sentence otherwise."""
    with db.reading() as s:
        found = roster_q.people_by_email(s, email)
        if not found:
            raise UserError(_("Nobody in {file} has the e-mail address {email}; check the "
                              "address (the roster's E-mail column).").format(
                file=db.name, email=email.strip()))
        if len(found) > 1:
            raise UserError(_("{count} people in {file} share the e-mail address {email}; "
                              "merge them first.").format(count=len(found),
                                                          file=db.name, email=email))
        return found[0].id


def person_data(db: Database, person_id: str) -> dict[str, Any]:
    """Everything the file holds about one person, machine-readable."""
    with db.reading() as s:
        p = q.person(s, person_id)
        if p is None:
            raise UserError(_("That person is no longer in the database."))
        owned = q.owned(s, person_id)
        memberships = []
        for m, group, term in q.memberships(s, person_id):
            memberships.append({
                **_row(m), "group": group, "quadrennium": term,
                "roles": [_row(r) for r in owned["membership_role"] if r.membership_id == m.id],
                "status_history": [_row(t) for t in owned["membership_transition"]
                                   if t.membership_id == m.id],
                "invitations": [_row(i) for i in owned["invitation"]
                                if i.membership_id == m.id],
            })
        return {
            "format": "SSC Desktop personal data export, version 1",
            "exported_on": date.today().isoformat(),
            "database": db.name,
            "person": _row(p),
            "memberships": memberships,
            "reminders": [_row(r) for r in owned["reminder"]],
            "documents_acknowledged": [_row(a) for a in owned["document_acknowledgement"]],
            "focal_point_of_targets": [{"id": t.id, "title": t.title,
                                        "due_on": _plain(t.due_on)}
                                       for t in q.targets_of(s, person_id)],
            "named_in_letter_requests": [{
                "id": r.id, "title": r.title, "state": r.state,
                "as": [role for role, pid in (("requested_by", r.requested_by_id),
                                              ("alert_raised_by", r.alert_raised_by_id))
                       if pid == person_id]} for r in q.letters_of(s, person_id)],
            "history": [{"at": _plain(b.at), "by": b.actor, "operation": b.label,
                         "entity": e.entity, "action": e.action, "before": e.before,
                         "after": e.after} for e, b in q.history(s, person_id)],
        }


def anonymise(db: Database, person_id: str, today: date | None = None) -> Change:
    """Erase a departed person's identifying data; refused while a membership runs."""
    today = today or date.today()
    with db.reading() as s:
        p = q.person(s, person_id)
        if p is None:
            raise UserError(_("That person is no longer in the database."))
        name = display_name(p.given_names, p.family_name)
        running = [(m, group, term) for m, group, term in q.memberships(s, person_id)
                   if m.status not in ENDED]
    if running:
        m, group, term = running[0]
        raise UserError(_("{name} is still a member ({group}, {term}: {status}); end the "
                          "membership first. Only departed members can be anonymised.")
                        .format(name=name, group=group, term=term, status=m.status))
    label = Label(N_("Anonymise a departed member"))
    batch_id = erasure.erase(db, person_id, label)
    erasure.record(db.path, person_id, today)
    return Change(batch_id, label.render(), person_id)


# --------------------------------------------------------------------------- retention

def retention_years(db: Database) -> int:
    with db.reading() as s:
        row = s.get(Setting, RETENTION_SETTING)
    try:
        return int(row.value) if row is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        return DEFAULT_RETENTION_YEARS


def set_retention_years(db: Database, years: int) -> Change:
    if not 1 <= years <= 100:
        raise UserError(_("Keep departed members' data for 1 to 100 years, not {years}.")
                        .format(years=years))
    with db.transaction(Label(N_("Keep departed members' data for {years} years"),
                              years=years)) as tx:
        row = tx.session.get(Setting, RETENTION_SETTING)
        if row is None:
            tx.session.add(Setting(key=RETENTION_SETTING, value=str(years)))
        else:
            row.value = str(years)
    return Change(tx.batch_id, _("Retention set to {years} years").format(years=years))


def due_for_anonymisation(db: Database, today: date | None = None,
                          years: int | None = None) -> list[Departed]:
    """Departed members whose last membership ended more than the retention period ago."""
    today = today or date.today()
    years = retention_years(db) if years is None else years
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    with db.reading() as s:
        rows = q.departed_people(s, ENDED)
        out = [Departed(p.id, display_name(p.given_names, p.family_name), last)
               for p, last in rows if erasure.has_data(p)
               and last is not None and last < limit]
    return sorted(out, key=lambda d: (d.last_ended_on or date.min, d.name.casefold()))


def retention_line(db: Database, today: date | None = None) -> str:
    """One line for the window ("" when nobody is due)."""
    due = due_for_anonymisation(db, today)
    if not due:
        return ""
    years = retention_years(db)
    return ngettext("{count} departed member left more than {years} years ago; consider "
                    "anonymising them (member editor ▸ Anonymise…).",
                    "{count} departed members left more than {years} years ago; consider "
                    "anonymising them (member editor ▸ Anonymise…).", len(due)).format(
        count=len(due), years=years)
