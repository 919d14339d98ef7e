"""Plain, frozen values the services hand to the UI, the CLI and the exchange code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from ..domain.people import PersonFields


@dataclass(frozen=True, slots=True)
class QuadrenniumInfo:
    id: str
    code: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: str
    name: str
    short_code: str
    group_type: str
    taxonomic_set: str | None
    mandate_ends_on: date | None
    version: int


class RosterRow(NamedTuple):
    """One membership as the roster shows it; search_key is precomputed for filtering.

    A plain tuple, not a dataclass: the whole SSC's roster builds 10,000 of them per
    load, and a tuple is built many times faster than a frozen dataclass."""

    membership_id: str
    person_id: str
    name: str
    given_names: str
    family_name: str
    name_as_written: str
    email: str
    country_code: str
    country: str
    region_code: str
    region: str
    organisation: str
    roles: tuple[str, ...]
    roles_text: str
    status: str
    status_name: str
    quadrennium: str
    starts_on: date | None
    ends_on: date | None
    code_of_conduct_accepted_on: date | None
    iucn_username: str
    search_key: str


@dataclass(frozen=True, slots=True)
class RoleSpan:
    role: str
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True, slots=True)
class MemberDetail:
    """A membership with the whole person behind it, as the member editor needs it."""

    membership_id: str
    person_id: str
    person_version: int
    membership_version: int
    group_id: str
    quadrennium: str
    fields: PersonFields
    status: str
    starts_on: date | None
    ends_on: date | None
    end_reason: str | None
    roles: tuple[RoleSpan, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """What a write did: the batch to undo and a sentence for the status bar."""

    batch_id: str
    summary: str
    subject_id: str | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: str
    actor: str
    label: str
    entity: str
    action: str
    changes: tuple[tuple[str, object, object], ...]
