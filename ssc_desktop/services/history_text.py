"""A person's history as a chair reads it: "Status change: Invited → Accepted on
22 Dec 2025 (ASG 2026-2029)", names instead of codes, no ids, dates in words.

`describe` is pure (the change-log rows in, readable lines out); `person_history` reads
the log and the places of the person's memberships, then describes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from ..domain import reference_names as names
from ..domain.reference import reference
from ..formats import short_date
from ..i18n import N_, _
from ..labels import StoredLabel
from ..store import replay
from ..store.database import Database
from ..store.queries import history_text as q

ENTITY_NAMES = {
    "person": N_("Details"), "membership": N_("Membership"), "membership_role": N_("Role"),
    "membership_transition": N_("Status change"), "invitation": N_("Invitation"),
    "reminder": N_("Reminder"), "document_acknowledgement": N_("Document acknowledged"),
    "target": N_("Target"), "target_update": N_("Target progress"),
}
FIELD_NAMES = {
    "given_names": N_("Given name(s)"), "family_name": N_("Family name"),
    "name_as_written": N_("Name as written"), "email": N_("E-mail"),
    "alternate_email": N_("Alternate e-mail"), "organisation": N_("Organisation"),
    "position": N_("Position"), "country_code": N_("Country of residence"),
    "region_override": N_("Region (overridden)"), "nationality": N_("Nationality"),
    "gender": N_("Gender"), "age_band": N_("Age band"), "expertise": N_("Expertise"),
    "languages": N_("Languages"), "iucn_username": N_("IUCN username"), "notes": N_("Notes"),
    "code_of_conduct_accepted_on": N_("Code of Conduct accepted"),
    "conflict_of_interest_declared_on": N_("Conflict of interest declared"),
    "engages_in_cites": N_("Engages in CITES"), "committee_member": N_("Committee member"),
    "status": N_("Status"), "starts_on": N_("Starts"), "ends_on": N_("Ends"),
                                                                     "end_reason": N_("End reason"),
    "proposed_by": N_("Proposed by"), "role": N_("Role"), "from_status": N_("Previous status"),
    "to_status": N_("New status"), "on": N_("On"), "note": N_("Note"), "sent_on": N_("Sent"),
    "channel": N_("Sent through"), "sent_by": N_("Sent by"), "deadline_on": N_("Reply due"),
    "response": N_("Response"), "responded_on": N_("Responded"), "is_renewal": N_("Renewal"),
    "document_number": N_("Document"), "acknowledged_on": N_("Acknowledged"),
}
CHANNELS = {"commission_system": N_("Commission System"), "email": N_("e-mail")}
RESPONSES = {"accepted": N_("Accepted"), "declined": N_("Declined")}
HIDDEN = {"id", "created_at", "person_id", "membership_id", "group_id", "quadrennium_id",
          "invitation_id", "target_id", "letter_id", "version", "updated_at"}


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: str          # local time, "2025-03-15 14:02"
    actor: str
    operation: str   # the step as the undo menu names it, in the reader's language
    what: str        # "Status change: Invited → Accepted on 22 Dec 2025 (ASG 2026-2029)"
    details: tuple[tuple[str, str], ...]  # (field, "before → after") for edits


def person_history(db: Database, person_id: str) -> list[HistoryLine]:
    """What happened to a person, newest first, in words."""
    with db.reading() as s:
        rows = q.person_log(s, person_id)
        places = q.membership_places(s, person_id)
        wanted: dict[str, list[str]] = {}
        for r in rows:
            if r.action == "insert" and not r.after:
                wanted.setdefault(r.entity, []).append(str(r.entity_id))
        stored = replay.current_rows(s, wanted) if wanted else {}
    return describe(restore_compacted(rows, stored) if wanted else rows, places)


def restore_compacted(rows: list[Any], stored: dict[str, dict[str, Any]]) -> list[Any]:
    """Give inserts that log no row (or whose row was compacted away) their row as
    inserted: the row as stored now (or as deleted), with the later edits' earlier values
    put back."""
    state: dict[str, dict[str, Any]] = {}
    for r in rows:  # newest first: a delete holds the last row, then edits step back
        key = str(r.entity_id)
        if r.action == "delete":
            state[key] = dict(r.before or {})
        elif r.action == "update":
            state.setdefault(key, dict(stored.get(key, {}))).update(r.before or {})
    out = []
    for r in rows:
        key = str(r.entity_id)
        if r.action == "insert" and not r.after:
            after = state.get(key, stored.get(key, {}))
            r = SimpleNamespace(**{**r._asdict(), "after": after})
        out.append(r)
    return out


def describe(rows: Any, places: dict[str, tuple[str, str]]) -> list[HistoryLine]:
    """Change-log rows (at, actor, label, entity, entity_id, action, before, after), newest
    first, in words."""
    where = {k: f"{g} {t}" for k, (g, t) in places.items()}
    # An edit logs only the fields it changed: which role, membership or invitation it
    # touched comes from the row's earlier values.
    known: dict[str, dict] = {}
    for r in reversed(rows):
        entity_id = str(getattr(r, "entity_id", "") or "")
        known.setdefault(entity_id, {}).update(r.before or {})
        known[entity_id].update(r.after or {})
    invitation_of = {key: str(v.get("membership_id", "")) for key, v in known.items()}
    out = []
    for r in rows:
        before, after = r.before or {}, r.after or {}
        entity_id = str(getattr(r, "entity_id", "") or "")
        values = {**known.get(entity_id, {}), **(after if r.action != "delete" else before)}
        membership = str(values.get("membership_id") or
                         invitation_of.get(str(values.get("invitation_id")), ""))
        if r.entity == "membership":
            membership = entity_id or str(values.get("id", ""))
        place = where.get(membership, "")
        before = {**{k: v for k, v in values.items() if k not in after}, **before} \
            if r.action == "update" else before
        what = _what(r.entity, r.action, before, after, place)
        details: tuple[tuple[str, str], ...] = ()
        if r.action == "update" or (r.entity == "person" and r.action == "insert"):
            details = tuple(
                (field_name(k), f"{shown(k, before.get(k))} → {shown(k, after.get(k))}"
                 if r.action == "update" else shown(k, after.get(k)))
                for k in after if k not in HIDDEN and before.get(k) != after.get(k)
                and (r.action == "update" or after.get(k) not in (None, "", False)))
        operation = StoredLabel(r.label, getattr(r, "label_source", None)).shown()
        out.append(HistoryLine(_local(r.at), r.actor, operation, what, details))
    return out


def field_name(key: str) -> str:
    return _(FIELD_NAMES[key]) if key in FIELD_NAMES else key.replace("_", " ").capitalize()


def shown(key: str, value: object) -> str:
    """A stored value in words: names for codes, dates as '22 Dec 2025', '—' for none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    ref = reference()
    text = str(value)
    if key in ("status", "from_status", "to_status") and text in ref.statuses:
        return names.status_name(text)
    if key == "role" and text in ref.roles:
        return names.role_name(text)
    if key == "end_reason" and text in ref.end_reasons:
        return names.end_reason_name(text)
    if key in ("country_code", "nationality") and text in ref.countries:
        return names.country_name(text)
    if key == "region_override" and text in ref.regions:
        return names.region_name(text)
    if key == "channel":
        return _(CHANNELS[text]) if text in CHANNELS else text
    if key == "response":
        return _(RESPONSES[text]) if text in RESPONSES else text.replace("_", " ").capitalize()
    if key == "document_number":
        title = next((names.document_title(d.number) for d in ref.documents
                      if str(d.number) == text), "")
        return f"{text}. {title}" if title else text
    if key.endswith("_on") or key == "on":
        return readable_date(text)
    return text


def readable_date(text: str) -> str:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return short_date(day)


def _what(entity: str, action: str, before: dict, after: dict, place: str) -> str:
    values = after if action != "delete" else before
    d = {k: shown(k, v) for k, v in values.items()}
    kind = _(ENTITY_NAMES[entity]) if entity in ENTITY_NAMES else \
        entity.replace("_", " ").capitalize()
    if entity == "membership" and action == "update" and after.get("end_reason"):
        reason = shown("end_reason", after["end_reason"])
        day = shown("ends_on", after["ends_on"]) if after.get("ends_on") else ""
        if place:
            text = (_("{kind} ended ({place}): {reason} on {day}") if day
                    else _("{kind} ended ({place}): {reason}"))
        else:
            text = _("{kind} ended: {reason} on {day}") if day else _("{kind} ended: {reason}")
        return text.format(kind=kind, place=place, reason=reason, day=day)
    text = _sentence(entity, action, before, after, values, d, kind)
    if place:
        text = _("{what} ({place})").format(what=text, place=place)
    note = values.get("note") if entity == "membership_transition" else None
    return _("{change} — {note}").format(change=text, note=note) if note else text


def _sentence(entity: str, action: str, before: dict, after: dict, values: dict,
              d: dict[str, str], kind: str) -> str:
    """What one change did, as a whole sentence without its place."""
    if entity == "membership_transition" and action == "insert":
        if values.get("from_status"):
            return _("{kind}: {old} → {new} on {day}").format(
                kind=kind, old=d["from_status"], new=d["to_status"], day=d["on"])
        return _("{kind}: {new} from {day}").format(kind=kind, new=d["to_status"], day=d["on"])
    if entity == "membership_role":
        if action == "insert":
            if values.get("ends_on"):
                return _("{kind}: {role} from {start} to {end}").format(
                    kind=kind, role=d["role"], start=d["starts_on"], end=d["ends_on"])
            return _("{kind}: {role} from {start}").format(kind=kind, role=d["role"],
                                                           start=d["starts_on"])
        if action == "update" and after.get("ends_on") and not before.get("ends_on"):
            return _("{kind}: {role} ended on {day}").format(
                kind=kind, role=shown("role", before.get("role") or after.get("role")),
                day=shown("ends_on", after["ends_on"]))
        return _action_sentence(kind, action, d.get("role", ""))
    if entity == "membership" and action == "insert":
        return _("{kind} added, starting {day}, status {status}").format(
            kind=kind, day=d["starts_on"], status=d["status"])
    if entity == "invitation" and action == "insert":
        if values.get("sent_by"):
            return _("{kind} sent on {day} through {channel}, by {sender}; reply due "
                     "{deadline}").format(kind=kind, day=d["sent_on"], channel=d["channel"],
                                          sender=d["sent_by"], deadline=d["deadline_on"])
        return _("{kind} sent on {day} through {channel}; reply due {deadline}").format(
            kind=kind, day=d["sent_on"], channel=d["channel"], deadline=d["deadline_on"])
    if entity == "invitation" and action == "update" and after.get("response"):
        return _("{kind} answered: {response} on {day}").format(
            kind=kind, response=d["response"], day=d.get("responded_on", "—"))
    if entity == "reminder" and action == "insert":
        return _("{kind} sent on {day} by {channel}").format(kind=kind, day=d["sent_on"],
                                                             channel=d["channel"])
    if entity == "document_acknowledgement":
        if action == "delete":
            return _("Document marked unread: {document}").format(
                document=d["document_number"])
        return _("{kind}: {document} on {day}").format(kind=kind, document=d["document_number"],
                                                      day=d["acknowledged_on"])
    if entity == "person" and action == "insert":
        return _("Person added")
    if entity == "person" and action == "update":
        return _("Details changed")
    return _action_sentence(kind, action, "")


def _action_sentence(kind: str, action: str, what: str) -> str:
    if action == "insert":
        text = _("{kind} added: {what}") if what else _("{kind} added")
    elif action == "update":
        text = _("{kind} changed: {what}") if what else _("{kind} changed")
    elif action == "delete":
        text = _("{kind} removed: {what}") if what else _("{kind} removed")
    else:
        text = "{kind} {action}: {what}" if what else "{kind} {action}"
    return text.format(kind=kind, what=what, action=action)


def _local(at: datetime | str) -> str:
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
