"""The figures of a quarterly report as plain frozen values.

The PDF prints exactly these, so tests compare the printed figures with them and them
with the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.privacy import THRESHOLD, Balance, Count
from ..i18n import N_

__all__ = ["Balance", "Count", "SUPPRESS_BELOW"]  # re-exported for the report and the UI

SECTIONS = ("membership", "balance", "invitations", "onboarding", "targets", "letters",
            "roster")
SECTION_NAMES = {
    "membership": N_("Membership at a glance"),
    "balance": N_("Gender and age balance"),
    "invitations": N_("Invitations"),
    "onboarding": N_("Onboarding"),
    "targets": N_("Species Strategic Plan targets"),
    "letters": N_("Intervention letters"),
    "roster": N_("Roster appendix"),
}
# Categories smaller than this are never printed, so no individual can be singled out
# (the rule lives in domain/privacy.py; Count and Balance are its values).
SUPPRESS_BELOW = THRESHOLD


@dataclass(frozen=True, slots=True)
class Movement:
    """Someone who joined or left the group during the quarter."""

    name: str
    on: date
    status: str  # the status reached (active, resigned, ...)
    status_name: str


@dataclass(frozen=True, slots=True)
class MembershipFigures:
    active_at_start: int
    active_at_end: int
    joined: int
    left: int
    by_status: tuple[Count, ...]  # memberships of the term at the quarter's end
    left_by_reason: tuple[Count, ...]
    by_region: tuple[Count, ...]  # active members at the quarter's end
    joiners: tuple[Movement, ...]
    leavers: tuple[Movement, ...]
    # Per term overlapping the quarter (two across a changeover), oldest first.
    by_term: tuple[TermCount, ...] = ()
    renewal: Renewal | None = None  # the changeover, when the quarter spans two terms


@dataclass(frozen=True, slots=True)
class TermCount:
    code: str
    memberships: int  # memberships of the term existing at the quarter's end
    active: int  # of them validated (active) at the quarter's end


@dataclass(frozen=True, slots=True)
class Renewal:
    """The changeover in one sentence: who entered the new term, whose old one ended."""

    old_code: str
    new_code: str
    joined_new: int  # memberships of the new term begun in the quarter
    ended_old: int  # memberships of the old term ended in the quarter


@dataclass(frozen=True, slots=True)
class OverdueInvitation:
    name: str
    invited_on: date | None
    deadline_on: date
    reminders: int
    days_overdue: int


@dataclass(frozen=True, slots=True)
class InvitationFigures:
    sent: int  # during the quarter
    accepted: int
    declined: int
    expired: int
    outstanding: int  # at the quarter's end
    overdue: int
    overdue_rows: tuple[OverdueInvitation, ...]


@dataclass(frozen=True, slots=True)
class DocumentLine:
    number: int
    title: str
    required: int  # members who must read it
    acknowledged: int


@dataclass(frozen=True, slots=True)
class OnboardingFigures:
    members: int  # accepted or validated at the quarter's end
    code_of_conduct: int
    conflict_of_interest: int
    all_documents: int
    complete: int
    documents: tuple[DocumentLine, ...]


@dataclass(frozen=True, slots=True)
class TargetLine:
    ksr_number: int
    objective: str
    title: str
    focal_point: str
    focal_point_left: bool
    baseline: float | None
    target_value: float | None
    current_value: float | None
    unit: str
    is_milestone: bool
    milestone_done: bool
    fraction: float | None
    status: str
    status_name: str
    status_symbol: str
    last_quarter: str
    narrative: str  # the update of the report's quarter, if any
    due_on: date
    quadrennium: str = ""  # the term the target belongs to
    code: str = ""  # T-001...


@dataclass(frozen=True, slots=True)
class TargetFigures:
    rows: tuple[TargetLine, ...]
    by_status: tuple[Count, ...]
    updated_in_quarter: int


@dataclass(frozen=True, slots=True)
class LetterLine:
    title: str
    addressee: str
    species: str
    state: str
    state_name: str
    requested_on: date
    follow_up_on: date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class LetterFigures:
    opened: int
    sent: int
    answered: int
    overdue: int
    open_at_end: int
    rows: tuple[LetterLine, ...]


@dataclass(frozen=True, slots=True)
class RosterLine:
    name: str
    name_as_written: str
    country: str
    region: str
    roles: str
    status_name: str


@dataclass(frozen=True, slots=True)
class QuarterlyFigures:
    group_name: str
    group_code: str
    quadrennium: str
    quarter: str  # "2025-Q3"
    starts_on: date
    ends_on: date
    as_of: date  # the quarter's last day, or today while the quarter runs
    generated_on: date
    chairs: tuple[str, ...]  # "Chair: Ana Silva"
    membership: MembershipFigures
    gender: Balance
    age: Balance
    invitations: InvitationFigures
    onboarding: OnboardingFigures
    targets: TargetFigures
    letters: LetterFigures
    roster: tuple[RosterLine, ...]

    @property
    def complete_quarter(self) -> bool:
        return self.as_of == self.ends_on
