"""E-mail templates kept per database, and the drafts they make for chosen members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import email_templates as tpl
from ..domain.lifecycle import full_name
from ..formats import long_date
from ..i18n import N_
from ..labels import Label
from ..store.database import Database
from ..store.models import EmailTemplate, Group, Quadrennium
from ..store.queries import lifecycle as q
from . import field_limits
from .dto import Change


@dataclass(frozen=True, slots=True)
class Draft:
    membership_id: str
    to_name: str
    to_email: str
    subject: str
    body: str
    from_name: str
    from_email: str


@dataclass(frozen=True, slots=True)
class Drafts:
    drafts: tuple[Draft, ...]
    skipped: tuple[str, ...]  # names of members who have no e-mail address


def get_template(db: Database, kind: str, language: str = "en") -> tpl.Template:
    """The chair's edited template, or the shipped one."""
    with db.reading() as s:
        row = q.template(s, kind, language)
        if row is not None:
            return tpl.Template(kind, language, row.subject, row.body)
    return tpl.default_template(kind, language)


def is_customised(db: Database, kind: str, language: str) -> bool:
    with db.reading() as s:
        return q.template(s, kind, language) is not None


def save_template(db: Database, kind: str, language: str, subject: str, body: str) -> Change:
    """Keep an edited template; an unknown placeholder is refused, naming it."""
    tpl.default_template(kind, language)  # refuses an unknown kind
    tpl.check(subject, body)
    checked = field_limits.check_values(EmailTemplate, subject=subject.strip(), body=body)
    subject, body = checked["subject"], checked["body"]
    label = Label(N_("Edit the {kind} template ({language})"),
                  kind=Label(tpl.KINDS[kind]).lowered(),
                  language=tpl.LANGUAGES.get(language, language))
    with db.transaction(label) as tx:
        s = tx.session
        row = q.template(s, kind, language)
        if row is None:
            s.add(EmailTemplate(kind=kind, language=language, subject=subject.strip(),
                                body=body))
        else:
            if row.subject != subject.strip():
                row.subject = subject.strip()
            if row.body != body:
                row.body = body
    return Change(tx.batch_id, label.render())


def reset_template(db: Database, kind: str, language: str) -> Change:
    """Go back to the shipped template (the edited one is deleted, undoably)."""
    label = Label(N_("Reset the {kind} template ({language})"),
                  kind=Label(tpl.KINDS[kind]).lowered(),
                  language=tpl.LANGUAGES.get(language, language))
    with db.transaction(label) as tx:
        s = tx.session
        row = q.template(s, kind, language)
        if row is not None:
            s.delete(row)
    return Change(tx.batch_id, label.render())


def drafts_for(db: Database, membership_ids: list[str], kind: str, language: str = "en",
               today: date | None = None) -> Drafts:
    """One filled-in draft per chosen member; those without an address are listed apart."""
    today = today or date.today()
    template = get_template(db, kind, language)
    with db.reading() as s:
        rows = q.members_by_id(s, membership_ids)
        order = {m: i for i, m in enumerate(membership_ids)}
        rows.sort(key=lambda r: order[r.membership_id])
        terms: dict[str, str] = {}
        invitations: dict[str, tuple[date, date] | None] = {}
        latest: dict[tuple[str, str], dict] = {}
        chairs_by_term: dict[tuple[str, str], tuple[str, str]] = {}
        groups: dict[str, Group] = {}
        for r in rows:
            key = (r.group_id, r.quadrennium_id)
            if r.group_id not in groups:
                groups[r.group_id] = s.get_one(Group, r.group_id)
            if r.quadrennium_id not in terms:
                terms[r.quadrennium_id] = s.get_one(Quadrennium, r.quadrennium_id).code
            if key not in chairs_by_term:
                latest[key] = q.latest_invitations(s, r.group_id, r.quadrennium_id)
                chairs = q.chairs(s, r.group_id, r.quadrennium_id, today)
                chairs_by_term[key] = (
                    " and ".join(full_name(c.given_names, c.family_name) for c in chairs),
                    next((c.email for c in chairs if c.email), "") or "")
            inv = latest[key].get(r.membership_id)
            invitations[r.membership_id] = (inv.sent_on, inv.deadline_on) if inv else None
        group_names = {k: (g.name, g.short_code) for k, g in groups.items()}
    drafts, skipped = [], []
    for r in rows:
        name = full_name(r.given_names, r.family_name)
        if not r.email:
            skipped.append(name)
            continue
        chair, chair_email = chairs_by_term[(r.group_id, r.quadrennium_id)]
        inv = invitations[r.membership_id]
        values = {
            "given_name": r.given_names, "family_name": r.family_name, "full_name": name,
            "email": r.email, "group": group_names[r.group_id][0],
            "group_code": group_names[r.group_id][1],
            "quadrennium": terms[r.quadrennium_id],
            "invitation_date": long_date(inv[0], language) if inv else "",
            "deadline": long_date(inv[1], language) if inv else "",
            "chair": chair, "chair_email": chair_email, "today": long_date(today, language),
        }
        subject, body = tpl.fill(template, values)
        drafts.append(Draft(r.membership_id, name, r.email, subject, body, chair, chair_email))
    return Drafts(tuple(drafts), tuple(skipped))
