"""Species Strategic Plan targets: quarters, progress, derived status and validation rules.

Pure Python. A target's current value and status are never typed twice: they are
derived from its quarterly updates (the latest quarter wins).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..i18n import N_, _
from .people import Problem, tidy

QUARTER_RE = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")


@dataclass(frozen=True, slots=True)
class TargetStatus:
    code: str
    name: str
    symbol: str  # a shape that reads without colour (colour-blind users, monochrome print)
    final: bool  # achieved or dropped targets need no further updates


STATUSES: dict[str, TargetStatus] = {s.code: s for s in (
    TargetStatus("on_track", N_("On track"), "●", False),
    TargetStatus("at_risk", N_("At risk"), "▲", False),
    TargetStatus("off_track", N_("Off track"), "✖", False),
    TargetStatus("achieved", N_("Achieved"), "★", True),
    TargetStatus("dropped", N_("Dropped"), "—", True),
)}
NO_UPDATE = TargetStatus("no_update", N_("No update yet"), "○", False)
STATUS_ORDER = ("off_track", "at_risk", "no_update", "on_track", "achieved", "dropped")

# Where a target stands with its focal point.
FOCAL_OK, FOCAL_NONE, FOCAL_LEFT = "ok", "none", "left"


def status_of(code: str | None) -> TargetStatus:
    return STATUSES.get(code or "", NO_UPDATE)


def status_name(code: str | None) -> str:
    """A target status (or "No update yet") in the reader's language."""
    return _(status_of(code).name)


# --------------------------------------------------------------------------- quarters

@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    year: int
    number: int

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    @property
    def starts_on(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def ends_on(self) -> date:
        if self.number == 4:
            return date(self.year, 12, 31)
        return date.fromordinal(date(self.year, 3 * self.number + 1, 1).toordinal() - 1)

    def next(self) -> Quarter:
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year,
                                                                          self.number + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year,
                                                                          self.number - 1)


def parse_quarter(text: str) -> Quarter:
    """'2025-Q3' (also '2025 Q3', '2025q3') as a Quarter; ValueError with a sentence if not."""
    match = QUARTER_RE.match(text or "")
    if not match:
        raise ValueError(_("'{text}' is not a quarter; write it like 2025-Q3.").format(
                             text=tidy(text or '')))
    return Quarter(int(match.group(1)), int(match.group(2)))


def quarter_of(day: date) -> Quarter:
    return Quarter(day.year, (day.month - 1) // 3 + 1)


def quarters_between(first: date, last: date) -> list[Quarter]:
    """Every quarter that overlaps the days first..last, oldest first."""
    out, q, end = [], quarter_of(first), quarter_of(last)
    while q <= end:
        out.append(q)
        q = q.next()
    return out


def reportable_quarters(starts_on: date, ends_on: date, today: date) -> list[Quarter]:
    """Quarters of a quadrennium one may report on today (none in the future), newest first."""
    return [q for q in reversed(quarters_between(starts_on, min(ends_on, today)))]


def check_quarter(text: str, starts_on: date, ends_on: date, today: date) -> Quarter:
    """The quarter, if a progress update may be recorded for it; ValueError otherwise."""
    quarter = parse_quarter(text)
    if quarter > quarter_of(today):
        raise ValueError(_("{quarter} is in the future; progress can be recorded up to {limit}.")
                         .format(quarter=quarter, limit=quarter_of(today)))
    if quarter.ends_on < starts_on:
        raise ValueError(_("{quarter} is before the quadrennium (it starts on {starts_on}); "
                           "choose a quarter from {limit}.").format(
                               quarter=quarter, starts_on=starts_on.isoformat(),
                               limit=quarter_of(starts_on)))
    if quarter.starts_on > ends_on:
        raise ValueError(_("{quarter} is after the quadrennium (it ended on {ends_on}); choose a "
                           "quarter up to {limit}.").format(
                               quarter=quarter, ends_on=ends_on.isoformat(),
                               limit=quarter_of(ends_on)))
    return quarter


# --------------------------------------------------------------------------- progress

@dataclass(frozen=True, slots=True)
class UpdateFacts:
    """What the derivations need of one quarterly update."""

    quarter: str
    value: float | None
    milestone_done: bool
    status: str


@dataclass(frozen=True, slots=True)
class Derived:
    current_value: float | None
    milestone_done: bool
    status: str  # a STATUSES code, or NO_UPDATE.code
    last_quarter: str  # "" when never updated


def derive(updates: Iterable[UpdateFacts]) -> Derived:
    """Current value and status from the updates: the latest quarter wins."""
    latest: UpdateFacts | None = None
    for u in updates:
        # Stored quarters are normalised "YYYY-QN", so text order is time order.
        if latest is None or u.quarter > latest.quarter:
            latest = u
    if latest is None:
        return Derived(None, False, NO_UPDATE.code, "")
    return Derived(latest.value, latest.milestone_done, latest.status, latest.quarter)


def progress_fraction(*, is_milestone: bool, baseline: float | None,
                      target_value: float | None, current_value: float | None,
                      milestone_done: bool) -> float | None:
    """How far a target has come, 0.0..1.0; None when nothing is known yet.

    Works both ways: a target may rise (assess 0 -> 13 species) or fall (threats 10 -> 2).
    """
    if is_milestone:
        return 1.0 if milestone_done else 0.0
    if current_value is None or target_value is None:
        return None
    start = baseline or 0.0
    if target_value == start:
        return 1.0 if current_value == target_value else 0.0
    return max(0.0, min(1.0, (current_value - start) / (target_value - start)))


def needs_update(status: str, last_quarter: str, today: date) -> bool:
    """True when an open target has no update for today's quarter."""
    if status_of(status).final:
        return False
    return last_quarter != str(quarter_of(today))


def format_number(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


# --------------------------------------------------------------------------- validation

GLOBAL_SCOPE = "Global"


@dataclass(frozen=True, slots=True)
class TargetFields:
    """Everything a chair types about a target; values are numbers (or None) by now."""

    ksr_number: int | None
    title: str
    description: str = ""
    indicator: str = ""
    unit: str = ""
    baseline: float | None = None
    target_value: float | None = None
    is_milestone: bool = False
    due_on: date | None = None  # None: the end of the quadrennium
    focal_point_id: str | None = None
    # Where the target applies ("Global", a region, a country); None keeps what is stored
    # (a new target: Global), so a workbook without the column changes nothing.
    geographic_scope: str | None = None

    def cleaned(self) -> TargetFields:
        from dataclasses import replace

        scope = None if self.geographic_scope is None else (
            tidy(self.geographic_scope) or GLOBAL_SCOPE)
        return replace(self, title=tidy(self.title), unit=tidy(self.unit),
                       indicator=self.indicator.strip(), description=self.description.strip(),
                       geographic_scope=scope)


@dataclass(frozen=True, slots=True)
class UpdateFields:
    quarter: str
    value: float | None = None
    milestone_done: bool = False
    narrative: str = ""
    status: str = "on_track"
    evidence_links: str = ""


def is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def parse_number(text: str, label: str) -> float | None:
    """A typed number ('1,200', '12.5', '' for none); ValueError naming `label` if not."""
    cleaned = tidy(text or "").replace(",", "").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(_("{label} must be a number, not '{value}'.").format(
                             label=label, value=tidy(text))) from None
    if not math.isfinite(value):
        raise ValueError(_("{label} must be a number, not '{value}'.").format(
                             label=label, value=tidy(text)))
    return value


def validate_target(fields: TargetFields, ksr_numbers: Sequence[int], quadrennium: str,
                    starts_on: date, ends_on: date) -> list[Problem]:
    """Every problem with a target, each a sentence that says what to fix."""
    problems: list[Problem] = []
    if fields.ksr_number not in ksr_numbers:
        if fields.ksr_number is None:
            problems.append(Problem("ksr", _("Choose the Key Species Result the target serves.")))
        else:
            low, high = (min(ksr_numbers), max(ksr_numbers)) if ksr_numbers else (0, 0)
            problems.append(Problem("ksr", _("KSR {ksr_number} is not in the {quadrennium} "
                                             "Species Strategic Plan (KSR {low} to {high}); "
                                             "choose one of its KSRs.").format(
                                                 ksr_number=fields.ksr_number,
                                                 quadrennium=quadrennium, low=low, high=high)))
    if not fields.title:
        problems.append(Problem("title", _("Enter a short title for the target.")))
    elif len(fields.title) > 400:
        problems.append(Problem("title", _("Shorten the title to 400 characters or fewer; put the "
                                           "detail in the description.")))
    if fields.is_milestone:
        for name, value in (("baseline", fields.baseline), ("target_value", fields.target_value)):
            if value is not None:
                problems.append(Problem(name, _("A yes/no milestone has no baseline or target "
                                                "value; clear it or make the target numeric.")))
    else:
        for name, label, value in (("baseline", _("The baseline"), fields.baseline),
                                   ("target_value", _("The target value"), fields.target_value)):
            if value is not None and not is_number(value):
                problems.append(Problem(name, _("{label} must be a number, not '{value}'.").format(
                                                  label=label, value=value)))
        if fields.target_value is None:
            problems.append(Problem("target_value", _("Enter the target value (a number), or make "
                                                      "the target a yes/no milestone.")))
        elif (is_number(fields.target_value) and (fields.baseline is None
              or is_number(fields.baseline))
              and fields.target_value == (fields.baseline or 0.0)):
            problems.append(Problem("target_value", _("The target value equals the baseline; "
                                                      "enter the value the group aims to reach.")))
    due = fields.due_on
    if due is not None and due > ends_on:
        problems.append(Problem("due_on", _("The due date {due} is after the {quadrennium} "
                                            "quadrennium ends ({ends_on}); choose an earlier date.")
                                            .format(due=due.isoformat(), quadrennium=quadrennium,
                                                    ends_on=ends_on.isoformat())))
    elif due is not None and due < starts_on:
        problems.append(Problem("due_on", _("The due date {due} is before the {quadrennium} "
                                            "quadrennium starts ({starts_on}).").format(
                                                due=due.isoformat(), quadrennium=quadrennium,
                                                starts_on=starts_on.isoformat())))
    return problems


def validate_update(update: UpdateFields, *, is_milestone: bool, starts_on: date,
                    ends_on: date, today: date) -> list[Problem]:
    problems: list[Problem] = []
    try:
        check_quarter(update.quarter, starts_on, ends_on, today)
    except ValueError as exc:
        problems.append(Problem("quarter", str(exc)))
    if update.status not in STATUSES:
        problems.append(Problem("status", _("Choose a status: {statuses}.").format(
            statuses=", ".join(_(s.name).lower() for s in STATUSES.values()))))
    if is_milestone:
        if update.value is not None:
            problems.append(Problem("value", _("This target is a yes/no milestone: record whether "
                                               "it is done, not a number.")))
    elif update.value is None:
        problems.append(Problem("value", _("Enter the value reached this quarter (a number).")))
    elif not is_number(update.value):
        problems.append(Problem("value", _("The value reached must be a number, not '{value}'.")
                                         .format(value=update.value)))
    return problems


def split_links(text: str) -> list[str]:
    """Evidence links as typed: one per line or separated by spaces/semicolons."""
    return [part for part in re.split(r"[\s;]+", text or "") if part]
