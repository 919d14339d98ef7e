"""Roster exchange use cases: the rows an export writes, and saved layouts.

Saved layouts are the export column profiles and the import header mappings a chair
names and keeps; both live in the ``saved_layout`` table, so saving one is an undoable,
audited change like any other.
"""

from __future__ import annotations

from collections import namedtuple
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.errors import UserError
from ..domain.people import display_name, place, role_set
from ..domain.reference import reference
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import SavedLayout
from ..store.queries import exchange as q
from ..store.queries import roster as roster_q
from ..store.queries.ids import uuid_text
from . import field_limits
from .dto import Change

EXPORT_PROFILE = "export_profile"
IMPORT_MAPPING = "import_mapping"


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """One membership with everything a roster file can show about it."""

    membership_id: str
    group_name: str
    group_code: str
    quadrennium: str
    given_names: str
    family_name: str
    name_as_written: str
    email: str
    alternate_email: str
    organisation: str
    position: str
    country: str
    country_code: str
    region: str
    region_code: str
    role_codes: tuple[str, ...]
    role_names: tuple[str, ...]
    status: str
    status_name: str
    invited_on: date | None
    accepted_on: date | None
    validated_on: date | None
    code_of_conduct_accepted_on: date | None
    iucn_username: str
    nationality: str
    expertise: str
    languages: str
    notes: str

    @property
    def name(self) -> str:
        return display_name(self.given_names, self.family_name)


def export_records(db: Database, group_id: str, quadrennium_id: str | None,
                   statuses: tuple[str, ...] | None = None,
                   today: date | None = None) -> list[MemberRecord]:
    """The memberships of a group (one term, or all when None), optionally by status."""
    ref = reference()
    today = today or date.today()
    unknown = [s for s in statuses or () if s not in ref.statuses]
    if unknown:
        raise UserError(_("'{status}' is not a membership status; use one of: {statuses}.").format(
            status=unknown[0], statuses=", ".join(ref.statuses)))
    with db.reading() as s:
        rows = q.export_rows(s, group_id, quadrennium_id, statuses)
        roles = roster_q.current_roles(s, group_id, quadrennium_id, today)
        dates = q.life_cycle_dates(s, group_id)
    out: list[MemberRecord] = []
    if not rows:
        return out
    # A named tuple reads its fields several times faster than SQLAlchemy's Row.
    plain = namedtuple("ExportRow", rows[0]._fields)  # type: ignore[misc]  # fields known at run time
    r: Any
    for r in map(plain._make, rows):
        membership_id = uuid_text(r.membership_id)
        held = role_set(frozenset(roles.get(membership_id, ())))  # both memoised
        where = place(r.country_code, r.region_override)
        nationality = ref.countries.get(r.nationality or "")
        status = ref.statuses.get(r.status)
        known = dates.get(membership_id, {})
        out.append(MemberRecord(
            membership_id=membership_id, group_name=r.group_name,
            group_code=r.group_code, quadrennium=r.quadrennium,
            given_names=r.given_names, family_name=r.family_name,
            name_as_written=r.name_as_written or "", email=r.email or "",
            alternate_email=r.alternate_email or "", organisation=r.organisation or "",
            position=r.position or "", country=where.country,
            country_code=r.country_code or "", region=where.region,
            region_code=where.region_code, role_codes=held.codes, role_names=held.names,
            status=r.status, status_name=status.name if status else r.status,
            invited_on=known.get("invited_on"), accepted_on=known.get("accepted_on"),
            validated_on=known.get("validated_on"),
            code_of_conduct_accepted_on=r.code_of_conduct_accepted_on,
            iucn_username=r.iucn_username or "",
            nationality=nationality.name if nationality else (r.nationality or ""),
            expertise=r.expertise or "", languages=r.languages or "", notes=r.notes or "",
        ))
    return out


# --------------------------------------------------------------------- saved layouts

@dataclass(frozen=True, slots=True)
class SavedLayoutInfo:
    kind: str
    name: str
    payload: dict[str, Any]


def list_layouts(db: Database, kind: str) -> list[SavedLayoutInfo]:
    with db.reading() as s:
        return [SavedLayoutInfo(x.kind, x.name, dict(x.payload)) for x in q.layouts(s, kind)]


def save_layout(db: Database, kind: str, name: str, payload: dict[str, Any]) -> Change:
    """Create or replace the named profile (export) or mapping (import)."""
    if kind not in (EXPORT_PROFILE, IMPORT_MAPPING):
        raise ValueError(kind)
    name = " ".join(name.split())
    if not name:
        raise UserError(_("Give it a name before saving."))
    if len(name) > 200:
        raise UserError(_("Use a name of at most 200 characters."))
    name = field_limits.check_values(SavedLayout, name=name)["name"]
    what = Label(N_("column profile") if kind == EXPORT_PROFILE else N_("header mapping"))
    with db.transaction(Label(N_("Save {what} {name}"), what=what, name=name)) as tx:
        s = tx.session
        existing = q.layout(s, kind, name)
        if existing is None:
            s.add(SavedLayout(kind=kind, name=name, payload=payload))
        elif existing.payload != payload:
            existing.payload = payload
    return Change(tx.batch_id, _("Saved the {what} '{name}'").format(what=what, name=name))


def delete_layout(db: Database, kind: str, name: str) -> Change:
    with db.transaction(Label(N_("Delete {name}"), name=name)) as tx:
        s = tx.session
        existing = q.layout(s, kind, name)
        if existing is None:
            raise UserError(_("There is no saved layout called '{name}'.").format(name=name))
        s.delete(existing)
    return Change(tx.batch_id, _("Deleted '{name}'").format(name=name))
