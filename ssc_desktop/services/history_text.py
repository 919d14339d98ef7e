"""A person's history as a chair reads it: "Status change: Invited → Accepted on
22 Dec 2025 (ASG 2026-2029)", names instead of codes, no ids, dates in words.

`describe` is pure (the change-log rows in, readable lines out); `person_history` reads
the log and the places of the person's memberships, then describes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from ..domain.reference import reference
from ..store import replay
from ..store.database import Database
from ..store.queries import history_text as q

ENTITY_NAMES = {
    "person": "Details", "membership": "Membership", "membership_role": "Role",
    "membership_transition": "Status change", "invitation": "Invitation",
    "reminder": "Reminder", "document_acknowledgement": "Document acknowledged",
    "target": "Target", "target_update": "Target progress",
}
FIELD_NAMES = {
    "given_names": "Given name(s)", "family_name": "Family name",
    "name_as_written": "Name as written", "email": "E-mail",
    "alternate_email": "Alternate e-mail", "organisation": "Organisation",
    "position": "Position", "country_code": "Country of residence",
    "region_override": "Region (overridden)", "nationality": "Nationality",
    "gender": "Gender", "age_band": "Age band", "expertise": "Expertise",
    "languages": "Languages", "iucn_username": "IUCN username", "notes": "Notes",
    "code_of_conduct_accepted_on": "Code of Conduct accepted",
    "conflict_of_interest_declared_on": "Conflict of interest declared",
    "engages_in_cites": "Engages in CITES", "committee_member": "Committee member",
    "status": "Status", "starts_on": "Starts", "ends_on": "Ends", "end_reason": "End reason",
    "proposed_by": "Proposed by", "role": "Role", "from_status": "Previous status",
    "to_status": "New status", "on": "On", "note": "Note", "sent_on": "Sent",
    "channel": "Sent through", "sent_by": "Sent by", "deadline_on": "Reply due",
    "response": "Response", "responded_on": "Responded", "is_renewal": "Renewal",
    "document_number": "Document", "acknowledged_on": "Acknowledged",
}
CHANNELS = {"commission_system": "Commission System", "email": "e-mail"}
HIDDEN = {"id", "created_at", "person_id", "membership_id", "group_id", "quadrennium_id",
          "invitation_id", "target_id", "letter_id", "version", "updated_at"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: str          # local time, "2025-03-15 14:02"
    actor: str
    operation: str   # the step as the undo menu names it
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
        out.append(HistoryLine(_local(r.at), r.actor, r.label, what, details))
    return out


def field_name(key: str) -> str:
    return FIELD_NAMES.get(key, key.replace("_", " ").capitalize())


def shown(key: str, value: object) -> str:
    """A stored value in words: names for codes, dates as '22 Dec 2025', '—' for none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    ref = reference()
    text = str(value)
    if key in ("status", "from_status", "to_status") and text in ref.statuses:
        return ref.statuses[text].name
    if key == "role" and text in ref.roles:
        return ref.roles[text].name
    if key == "end_reason" and text in ref.end_reasons:
        return ref.end_reasons[text].name
    if key in ("country_code", "nationality") and text in ref.countries:
        return ref.countries[text].name
    if key == "region_override" and text in ref.regions:
        return ref.regions[text].name
    if key == "channel":
        return CHANNELS.get(text, text)
    if key == "response":
        return text.replace("_", " ").capitalize()
    if key == "document_number":
        title = next((d.title for d in ref.documents if str(d.number) == text), "")
        return f"{text}. {title}" if title else text
    if key.endswith("_on") or key == "on":
        return readable_date(text)
    return text


def readable_date(text: str) -> str:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _what(entity: str, action: str, before: dict, after: dict, place: str) -> str:
    values = after if action != "delete" else before
    d = {k: shown(k, v) for k, v in values.items()}
    in_place = f" ({place})" if place else ""
    kind = ENTITY_NAMES.get(entity, entity.replace("_", " ").capitalize())
    if entity == "membership_transition" and action == "insert":
        if values.get("from_status"):
            text = f"{kind}: {d['from_status']} → {d['to_status']} on {d['on']}"
        else:
            text = f"{kind}: {d['to_status']} from {d['on']}"
        note = values.get("note")
        return text + in_place + (f" — {note}" if note else "")
    if entity == "membership_role":
        if action == "insert":
            until = f" to {d['ends_on']}" if values.get("ends_on") else ""
            return f"{kind}: {d['role']} from {d['starts_on']}{until}{in_place}"
        if action == "update" and after.get("ends_on") and not before.get("ends_on"):
            return f"{kind}: {shown('role', before.get('role') or after.get('role'))} " \
                   f"ended on {shown('ends_on', after['ends_on'])}{in_place}"
        return f"{kind} {_action_word(action)}: {d.get('role', '')}{in_place}"
    if entity == "membership" and action == "update" and after.get("end_reason"):
        ended = f" on {shown('ends_on', after['ends_on'])}" if after.get("ends_on") else ""
        return f"{kind} ended{in_place}: {shown('end_reason', after['end_reason'])}{ended}"
    if entity == "membership" and action == "insert":
        return f"{kind} added{in_place}, starting {d['starts_on']}, status {d['status']}"
    if entity == "invitation" and action == "insert":
        by = f", by {d['sent_by']}" if values.get("sent_by") else ""
        return (f"{kind} sent on {d['sent_on']} through {d['channel']}{by}; "
                f"reply due {d['deadline_on']}{in_place}")
    if entity == "invitation" and action == "update" and after.get("response"):
        return f"{kind} answered: {d['response']} on {d.get('responded_on', '—')}{in_place}"
    if entity == "reminder" and action == "insert":
        return f"{kind} sent on {d['sent_on']} by {d['channel']}{in_place}"
    if entity == "document_acknowledgement":
        if action == "delete":
            return f"Document marked unread: {d['document_number']}"
        return f"{kind}: {d['document_number']} on {d['acknowledged_on']}"
    if entity == "person" and action == "insert":
        return "Person added"
    if entity == "person" and action == "update":
        return "Details changed"
    return f"{kind} {_action_word(action)}{in_place}"


def _action_word(action: str) -> str:
    return {"insert": "added", "update": "changed", "delete": "removed"}.get(action, action)


def _local(at: datetime | str) -> str:
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
