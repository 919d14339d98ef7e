"""Intervention letter requests: register, edit, move through the review, list, delete.

Each write is one transaction (one undo step) and every row it touches is audited by
the store. Evidence files are handled by services/letter_files.py.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from sqlalchemy.orm import Session

from ..domain import letters as rules
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.letters import LETTER_FIELD_NAMES, LetterFields
from ..domain.people import Problem, display_name, fold
from ..domain.reference import reference
from ..domain.reference_names import country_name
from ..i18n import N_, _
from ..labels import Label
from ..store.conflicts import changed_elsewhere
from ..store.database import Database
from ..store.errors import NotFound
from ..store.models import LetterRequest, LetterTransition
from ..store.queries import letters as q
from . import field_limits
from .dto import Change
from .letter_dto import (
    AttachmentInfo,
    LetterDetail,
    LetterRow,
    MemberChoice,
    StepDates,
    TimelineEntry,
)
from .letter_files import sweep_orphans

GONE = N_("That request no longer exists. Reload the Letters page.")


# --------------------------------------------------------------------------- reading

def list_letters(db: Database, group_id: str, today: date | None = None, *,
                 state: str | None = None, species: str | None = None) -> list[LetterRow]:
    """A group's requests, newest first; optionally one state, or a species (any part of
    its scientific or common name, accents and case ignored)."""
    today = today or date.today()
    countries = reference().countries
    with db.reading() as s:
        letters = q.letters_of_group(s, group_id)
        steps = q.transitions_of_group(s, group_id)
        counts = q.attachment_counts(s, group_id)
    wanted = fold(species).strip() if species else ""
    out = []
    for r in letters:
        if state and r.state != state:
            continue
        species_text = _species_text(r.species_scientific, r.species_common)
        if wanted and wanted not in fold(species_text):
            continue
        st = rules.state_of(r.state)
        since = steps[r.id][-1].on if steps.get(r.id) else r.requested_on
        country = countries.get(r.addressee_country or "")
        out.append(LetterRow(
            letter_id=r.id, title=r.title, addressee=r.addressee_name,
            addressee_type=rules.label(rules.ADDRESSEE_TYPES, r.addressee_type),
            country=country_name(country.code) if country else "", species=species_text,
            red_list_category=r.red_list_category or "",
            urgency=rules.label(rules.URGENCIES, r.urgency),
            state=r.state, state_name=_(st.name), holder=rules.label(rules.HOLDERS, st.holder),
            waits_for=_(st.waits_for), requested_on=r.requested_on, state_since=since,
            days_in_state=max(0, (today - since).days), follow_up_on=r.follow_up_on,
            overdue=rules.is_overdue(r.state, r.follow_up_on, today),
            dialogue_opened=r.dialogue_opened, attachments=counts.get(r.id, 0),
            search_key=fold(" ".join((r.title, r.addressee_name, species_text))),
        ))
    return out


def _species_text(scientific: str, common: str) -> str:
    if scientific and common:
        return f"{scientific} ({common})"
    return scientific or common


def letter_detail(db: Database, letter_id: str, today: date | None = None) -> LetterDetail:
    today = today or date.today()
    with db.reading() as s:
        r = s.get(LetterRequest, letter_id)
        if r is None:
            raise NotFound(_(GONE))
        steps = q.transitions_of(s, letter_id)
        files = q.attachments_of(s, letter_id)
        people = q.people_named(s, {p for p in (r.requested_by_id, r.alert_raised_by_id) if p})
        group = q.group(s, r.group_id)
        group_name = group.name if group else ""
        fields = _fields_of(r)
    st = rules.state_of(r.state)
    timeline = tuple(TimelineEntry(
        t.on, t.from_state, t.to_state,
        _("Request created") if t.from_state is None else rules.state_name(t.to_state),
        t.note) for t in steps)
    attachments = tuple(AttachmentInfo(a.id, a.filename, a.sha256, a.size_bytes,
                                       a.media_type, a.created_at.date()) for a in files)
    return LetterDetail(
        letter_id=r.id, group_id=r.group_id, group_name=group_name, version=r.version,
        fields=fields, state=r.state, state_name=_(st.name),
        holder=rules.label(rules.HOLDERS, st.holder), waits_for=_(st.waits_for),
        state_since=steps[-1].on if steps else r.requested_on,
        allowed_next=rules.allowed_next(r.state),
        requested_by=_name(people, r.requested_by_id),
        alert_raised_by=_name(people, r.alert_raised_by_id),
        timeline=timeline, attachments=attachments, dates=_step_dates(r.requested_on, steps),
        overdue=rules.is_overdue(r.state, r.follow_up_on, today),
    )


def _name(people: dict[str, tuple[str, str]], person_id: str | None) -> str:
    if not person_id or person_id not in people:
        return ""
    return display_name(*people[person_id])


def _fields_of(r: LetterRequest) -> LetterFields:
    values = {k: getattr(r, k) for k in LETTER_FIELD_NAMES if k != "signatories"}
    codes = tuple(c for c in r.signatories.split(",") if c)
    return LetterFields(signatories=codes, **values)


def _step_dates(requested_on: date, steps: list[LetterTransition]) -> StepDates:
    first: dict[str, date] = {}
    for t in steps:
        first.setdefault(t.to_state, t.on)
    return StepDates(
        requested_on=requested_on, evidence_gathered_on=first.get("evidence_gathered"),
        sent_to_coordinator_on=first.get("sent_to_coordinator"),
        review_started_on=first.get("under_review"), signed_on=first.get("signed"),
        sent_on=first.get("sent_to_addressee"), response_on=first.get("response_received"),
        closed_on=first.get("closed"), withdrawn_on=first.get("withdrawn"),
    )


def find_letter(db: Database, text: str) -> str:
    """A request's id from its id or the first characters of it (at least six)."""
    wanted = text.strip().lower()
    if len(wanted) < 6 or any(c not in "0123456789abcdef-" for c in wanted):
        raise NotFound(_("'{text}' is not a letter request ID; copy the ID from the Letters page "
                         "or the letters export (at least its first six characters).").format(
                             text=text))
    with db.reading() as s:
        found = q.letter_ids_starting(s, wanted)
    if not found:
        raise NotFound(_("There is no letter request with the ID '{text}'.").format(text=text))
    if len(found) > 1:
        raise NotFound(_("Several letter requests have IDs starting with '{text}'; give more "
                         "characters of the ID.").format(text=text))
    return found[0]


def member_choices(db: Database, group_id: str) -> list[MemberChoice]:
    """Everyone who is or was in the group: who may request a letter or raise an alert."""
    statuses = reference().statuses
    with db.reading() as s:
        rows = q.group_members(s, group_id)
    return [MemberChoice(pid, display_name(given, family),
                         statuses[st].name if st in statuses else st)
            for pid, given, family, st in rows]


# --------------------------------------------------------------------------- writing

def _checked(s: Session, group_id: str, fields: LetterFields, today: date) -> LetterFields:
    cleaned = field_limits.normalise(fields.cleaned())
    problems = (field_limits.dataclass_problems(LetterRequest, cleaned)
                + rules.validate_letter(cleaned, today))
    group = q.group(s, group_id)
    group_name = group.name if group else "group"
    for label, person_id in (("Requested by", cleaned.requested_by_id),
                             ("Alert raised by", cleaned.alert_raised_by_id)):
        if person_id and not q.is_group_member(s, person_id, group_id):
            named = q.people_named(s, {person_id})
            who = display_name(*named[person_id]) if person_id in named else _("that person")
            problems.append(rules.not_a_member(label, who, group_name))
    if problems:
        raise ValidationFailed(problems)
    return cleaned


def _texts_checked(fields: LetterFields) -> None:
    problems = field_limits.dataclass_problems(LetterRequest, fields.cleaned())
    if problems:
        raise ValidationFailed(problems)


def _columns(fields: LetterFields) -> dict[str, object]:
    values = asdict(fields)
    values["signatories"] = ",".join(fields.signatories)
    return values


def create_letter(db: Database, group_id: str, fields: LetterFields,
                  today: date | None = None) -> Change:
    """A new request, in draft, dated the day it was made."""
    today = today or date.today()
    if fields.requested_on is None:
        from dataclasses import replace

        fields = replace(fields, requested_on=today)
    _texts_checked(fields)  # before the transaction, whose label quotes the title
    with db.transaction(Label(N_("New letter request: {title}"),
                              title=fields.title.strip()[:60])) as tx:
        s = tx.session
        if q.group(s, group_id) is None:
            raise NotFound(_("That group no longer exists. Choose another group."))
        cleaned = _checked(s, group_id, fields, today)
        letter = LetterRequest(group_id=group_id, state="draft", **_columns(cleaned))
        s.add(letter)
        s.flush()
        s.add(LetterTransition(letter_id=letter.id, from_state=None, to_state="draft",
                               on=cleaned.requested_on))
        letter_id = letter.id
    return Change(tx.batch_id, _("Registered the letter request '{title}'").format(
        title=cleaned.title), letter_id)


def update_letter(db: Database, letter_id: str, expected_version: int, fields: LetterFields,
                  today: date | None = None) -> Change:
    """Save the editor's fields; the state moves only through advance()."""
    today = today or date.today()
    _texts_checked(fields)
    with db.transaction(Label(N_("Edit letter request: {title}"),
                              title=fields.title.strip()[:60])) as tx:
        s = tx.session
        r = s.get(LetterRequest, letter_id)
        if r is None:
            raise NotFound(_(GONE))
        if r.version != expected_version:
            raise changed_elsewhere(s, r, f"'{r.title}'")
        cleaned = _checked(s, r.group_id, fields, today)
        steps = q.transitions_of(s, letter_id)
        later = [t for t in steps if t.from_state is not None]
        assert cleaned.requested_on is not None
        if later and cleaned.requested_on > later[0].on:
            raise ValidationFailed([Problem(
                "requested_on",
                _("The request date ({requested_on}) is after its first step ({name}, {on}); "
                  "choose an earlier date.").format(
                      requested_on=cleaned.requested_on.isoformat(),
                      name=rules.state_name(later[0].to_state),
                      on=later[0].on.isoformat()))])
        for key, value in _columns(cleaned).items():
            if getattr(r, key) != value:
                setattr(r, key, value)
        created = next((t for t in steps if t.from_state is None), None)
        if created is not None and created.on != cleaned.requested_on:
            created.on = cleaned.requested_on
    return Change(tx.batch_id, _("Saved the letter request '{title}'").format(
        title=cleaned.title), letter_id)


def advance(db: Database, letter_id: str, to_state: str, on: date, *, note: str = "",
            follow_up_on: date | None = None, today: date | None = None) -> Change:
    """Record one dated step of the workflow (refused with a sentence if out of order).

    A new follow-up date may be set with the step (e.g. chase the addressee in 8 weeks).
    """
    today = today or date.today()
    note = field_limits.check_values(LetterTransition, note=note)["note"]
    target = rules.STATES.get(to_state)
    label = target.name if target else to_state
    with db.transaction(Label(N_("Letter request: {label}"),
                              label=Label(label) if target else label)) as tx:
        s = tx.session
        r = s.get(LetterRequest, letter_id)
        if r is None:
            raise NotFound(_(GONE))
        rules.check_transition(r.state, to_state)
        steps = q.transitions_of(s, letter_id)
        last = steps[-1] if steps else None
        rules.check_step_date(
            on, requested_on=r.requested_on, last_step_on=last.on if last else None,
            last_step_name=(rules.state_name(last.to_state).lower() if last else None),
            today=today)
        if follow_up_on is not None and follow_up_on < on:
            raise RuleRefused(_("The follow-up date ({follow_up_on}) is before the step's date "
                                "({on}); choose a later follow-up date.").format(
                                    follow_up_on=follow_up_on.isoformat(), on=on.isoformat()))
        s.add(LetterTransition(letter_id=r.id, from_state=r.state, to_state=to_state,
                               on=on, note=note.strip()))
        r.state = to_state
        if to_state == "response_received":
            r.response_received_on = on
        if follow_up_on is not None:
            r.follow_up_on = follow_up_on
        title = r.title
    return Change(tx.batch_id, _("'{title}': {step} on {day}").format(
        title=title, step=(_(label) if target else label).lower(), day=on.isoformat()),
        letter_id)


def delete_letter(db: Database, letter_id: str) -> Change:
    """Remove a request with its steps and attachments; files no request uses are deleted.

    The steps and attachment rows are deleted one by one (not by the database's
    cascade) so the change log can restore them on undo. Undo brings back the record;
    its files are only back if another request still used them (re-add them otherwise).
    """
    with db.transaction(Label(N_("Delete letter request"))) as tx:
        s = tx.session
        r = s.get(LetterRequest, letter_id)
        if r is None:
            raise NotFound(_(GONE))
        title = r.title
        for a in q.attachments_of(s, letter_id):
            s.delete(a)
        for t in q.transitions_of(s, letter_id):
            s.delete(t)
        s.flush()
        s.delete(r)
    change = Change(tx.batch_id, _("Deleted the letter request '{title}'").format(
        title=title), None)
    sweep_orphans(db)
    return change

