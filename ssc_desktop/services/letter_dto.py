"""Frozen values the letter services hand to the page, the editor, the brief and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.letters import LetterFields


@dataclass(frozen=True, slots=True)
class LetterRow:
    """One request as the Letters page lists it."""

    letter_id: str
    title: str
    addressee: str
    addressee_type: str
    country: str
    species: str  # "Scientific name (common name)"
    red_list_category: str
    urgency: str
    state: str
    state_name: str
    holder: str  # HOLDERS label of who the next step depends on
    waits_for: str
    requested_on: date
    state_since: date
    days_in_state: int
    follow_up_on: date | None
    overdue: bool
    dialogue_opened: str | None
    attachments: int
    search_key: str  # accent-folded title, addressee and species for the filter


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    on: date
    from_state: str | None
    to_state: str
    name: str  # "Signed", or "Request created (draft)"
    note: str


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    attachment_id: str
    filename: str
    sha256: str
    size_bytes: int
    media_type: str
    added_on: date


@dataclass(frozen=True, slots=True)
class AttachmentCheck:
    attachment_id: str
    filename: str
    status: str  # attachments.OK | MISSING | MODIFIED
    sentence: str  # what is wrong and what to do; empty when OK


@dataclass(frozen=True, slots=True)
class StepDates:
    """The first day a request reached each step (None: not reached)."""

    requested_on: date
    evidence_gathered_on: date | None
    sent_to_coordinator_on: date | None
    review_started_on: date | None
    signed_on: date | None
    sent_on: date | None
    response_on: date | None
    closed_on: date | None
    withdrawn_on: date | None


@dataclass(frozen=True, slots=True)
class LetterDetail:
    """A request with everything the editor and the brief show."""

    letter_id: str
    group_id: str
    group_name: str
    version: int
    fields: LetterFields
    state: str
    state_name: str
    holder: str
    waits_for: str
    state_since: date
    allowed_next: tuple[str, ...]
    requested_by: str
    alert_raised_by: str
    timeline: tuple[TimelineEntry, ...]
    attachments: tuple[AttachmentInfo, ...]
    dates: StepDates
    overdue: bool


@dataclass(frozen=True, slots=True)
class MemberChoice:
    person_id: str
    name: str
    status: str
