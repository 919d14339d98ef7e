"""Plain, frozen values the targets services hand to the page, the CLI and the workbook."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class KsrInfo:
    id: str
    number: int
    objective_code: str
    objective_name: str
    title: str
    provisional: bool = False  # carried from the previous plan until the new set is loaded

    @property
    def label(self) -> str:
        return f"KSR {self.number}: {self.title}"


@dataclass(frozen=True, slots=True)
class FocalPointChoice:
    """A current member who may be named focal point."""

    person_id: str
    name: str
    email: str
    other_names: tuple[str, ...] = ()  # "Given Family" and the name as the person writes it


@dataclass(frozen=True, slots=True)
class TargetRow:
    """One target as the page shows it, with everything derived from its updates."""

    id: str
    version: int
    group_id: str
    quadrennium_id: str
    quadrennium: str
    ksr_id: str
    ksr_number: int
    ksr_title: str
    objective_code: str
    objective_name: str
    objective_order: int
    title: str
    description: str
    indicator: str
    unit: str
    baseline: float | None
    target_value: float | None
    is_milestone: bool
    due_on: date
    focal_point_id: str | None
    focal_point_name: str
    focal_point_email: str
    focal_point_state: str  # domain.targets FOCAL_OK / FOCAL_NONE / FOCAL_LEFT
    current_value: float | None
    milestone_done: bool
    status: str  # a domain.targets STATUSES code or "no_update"
    last_quarter: str
    last_narrative: str
    progress: float | None
    needs_update: bool
    overdue: bool
    update_count: int
    search_key: str
    code: str = ""  # T-001...: the target's code in the SSC's database
    geographic_scope: str = "Global"
    ksr_provisional: bool = False  # its KSR belongs to a provisional (carried) set
    carried_from_id: str | None = None

    @property
    def needs_focal_point(self) -> bool:
        return self.focal_point_state != "ok"


@dataclass(frozen=True, slots=True)
class UpdateInfo:
    id: str
    quarter: str
    value: float | None
    milestone_done: bool
    narrative: str
    status: str
    evidence_links: str


@dataclass(frozen=True, slots=True)
class TargetDetail:
    row: TargetRow
    updates: tuple[UpdateInfo, ...]  # newest quarter first
