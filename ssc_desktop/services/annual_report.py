"""The SSC's annual report of one group for one calendar year (the published structure).

Identity and leaders, targets with their code, KSR and yearly status, activities and
results by component, a summary, and the membership make-up. Activities and results are
the targets' own quarterly updates of the year: each target's indicator, what it moved by
in the year, the latest narrative and its KSR, grouped by the KSR's component (Assess,
Plan, Act, Network, Communicate). That is how the SSC rolls targets up, and it asks the
chair for nothing that is not already in the app.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain import privacy
from ..domain import reference_names as names
from ..domain import targets as rules
from ..domain.errors import UserError
from ..domain.people import AGE_BANDS, GENDERS, display_name, region_of
from ..domain.reference import reference
from ..i18n import N_, _, using_language
from ..store.database import Database
from ..store.queries import reporting as q
from ..store.queries.ids import stored_id
from .groups import list_quadrennia
from .reporting import _History

NOT_INITIATED, ON_TRACK, ACHIEVED = "not_initiated", "on_track", "achieved"
YEARLY_STATUS = {NOT_INITIATED: N_("Not initiated"), ON_TRACK: N_("On track"),
                 ACHIEVED: N_("Achieved")}
COMPONENTS = ("Assess", "Plan", "Act", "Network", "Communicate")
LEADER_ROLES = ("chair", "co_chair", "deputy_chair", "rlac", "programme_officer")


@dataclass(frozen=True, slots=True)
class Leader:
    role: str
    name: str
    organisation: str


@dataclass(frozen=True, slots=True)
class AnnualTarget:
    code: str
    title: str
    ksr_number: int
    component: str
    status: str  # NOT_INITIATED | ON_TRACK | ACHIEVED
    status_name: str
    geographic_scope: str
    quadrennium: str


@dataclass(frozen=True, slots=True)
class Activity:
    component: str
    code: str
    indicator: str
    number: float | None  # what the indicator moved by in the year (1 for a milestone met)
    narrative: str
    ksr_number: int


@dataclass(frozen=True, slots=True)
class AnnualFigures:
    group_name: str
    group_code: str
    group_type: str
    year: int
    as_of: date
    quadrennia: tuple[str, ...]
    leaders: tuple[Leader, ...]
    members: int
    countries: int
    by_region: tuple[privacy.Count, ...]
    gender: privacy.Balance
    age: privacy.Balance
    targets: tuple[AnnualTarget, ...]
    activities: tuple[Activity, ...]

    def status_shares(self) -> list[tuple[str, int, float]]:
        """(status name, targets, share) in the SSC's order."""
        total = len(self.targets) or 1
        seen = Counter(t.status for t in self.targets)
        return [(_(name), seen[code], seen[code] / total)
                for code, name in YEARLY_STATUS.items()]

    def by_component(self) -> list[tuple[str, int, str]]:
        """(component, targets, their KSRs) for each component that has targets."""
        out = []
        for component in COMPONENTS:
            mine = [t for t in self.targets if t.component == component]
            if mine:
                ksrs = ", ".join(str(n) for n in sorted({t.ksr_number for t in mine}))
                out.append((component, len(mine), ksrs))
        return out

    def scope(self) -> str:
        """'11 Global, 3 America'."""
        seen = Counter(t.geographic_scope or "Global" for t in self.targets)
        return ", ".join(f"{n} {scope}" for scope, n in seen.most_common())


def yearly_status(updates_to_year_end: list[rules.UpdateFacts]) -> str:
    """Not initiated (nothing recorded yet), Achieved, or On track (work under way)."""
    if not updates_to_year_end:
        return NOT_INITIATED
    derived = rules.derive(updates_to_year_end)
    if derived.status == "achieved" or derived.milestone_done:
        return ACHIEVED
    if derived.status == "dropped":
        return NOT_INITIATED
    return ON_TRACK


def annual_figures(db: Database, group_id: str, year: int,
                   today: date | None = None, *, language: str | None = None) -> AnnualFigures:
    """The year's figures; names (roles, regions, statuses) in `language` (en, fr or es;
    None: the app's current language)."""
    with using_language(language):
        return _annual_figures(db, group_id, year, today or date.today())


def _annual_figures(db: Database, group_id: str, year: int, today: date) -> AnnualFigures:
    first, last = date(year, 1, 1), date(year, 12, 31)
    if first > today:
        raise UserError(_("{year} has not started yet; choose a year up to {now}.").format(
            year=year, now=today.year))
    as_of = min(last, today)
    terms = [t for t in list_quadrennia(db) if t.starts_on <= as_of and t.ends_on >= first]
    keys = {stored_id(t.id): t.code for t in terms}
    with db.reading() as s:
        group = q.group(s, group_id)
        if group is None:
            raise UserError(_("That group no longer exists; choose another group."))
        name, code, kind = group.name, group.short_code, group.group_type
        members = q.members(s, group_id, list(keys))
        history = _History(members, q.transitions(s, group_id, list(keys)),
                           {stored_id(t.id): t.ends_on for t in list_quadrennia(db)})
        roles = q.roles(s, group_id, list(keys))
        targets = [(keys[k], t) for k in keys for t in q.targets(s, group_id, k)]
        updates = [u for k in keys for u in q.target_updates(s, group_id, k)]
    # A member is someone validated at the year's end, or at the end of their term when it
    # ended within the year (the year of a changeover counts both terms, each person once).
    ends = {stored_id(t.id): t.ends_on for t in terms}
    seen: dict[str, Any] = {}
    for m in sorted(members, key=lambda m: ends[m.quadrennium_id]):
        if history.status_on(m.membership_id, min(as_of, ends[m.quadrennium_id])) == "active":
            seen[m.person_id] = m
    active = list(seen.values())
    if not active and not targets:
        raise UserError(_("The {group} has no members and no targets in {year}; choose a year "
                          "the group has data for.").format(group=name, year=year))
    ref = reference()
    held = {(r.membership_id, r.role) for r in roles
            if (r.starts_on is None or r.starts_on <= as_of)
            and (r.ends_on is None or r.ends_on >= as_of)}
    leaders = tuple(Leader(names.role_name(role), display_name(m.given_names, m.family_name),
                           m.organisation or "")
                    for role in LEADER_ROLES for m in sorted(
                        active, key=lambda m: (m.family_name.casefold(), m.given_names))
                    if (m.membership_id, role) in held)
    regions = Counter(region_of(m.country_code, m.region_override) for m in active)
    by_region = tuple(privacy.Count(c, names.region_name(c), regions.get(c, 0))
                      for c in ref.regions if regions.get(c))
    gender = privacy.balance(Counter(m.gender or "" for m in active),
                             {code: names.gender_name(code) for code in GENDERS},
                             main=("woman", "man"))
    merge = {band: "35_plus" for band in AGE_BANDS if band != "under_35"}
    age = privacy.balance(Counter(merge.get(m.age_band or "", m.age_band or "")
                                  for m in active),
                          {"under_35": _("Under 35"), "35_plus": _("35 or over")})
    lines, activities = _targets(targets, updates, year)
    return AnnualFigures(
        name, code, names.group_type_name(kind), year,
        as_of, tuple(keys.values()), leaders, len(active),
        len({m.country_code for m in active if m.country_code}), by_region, gender, age,
        lines, activities)


def _targets(targets: list, updates: list, year: int
             ) -> tuple[tuple[AnnualTarget, ...], tuple[Activity, ...]]:
    # A target carried into the next term keeps its code: the latest term's row stands.
    latest = {}
    for term_code, t in targets:
        latest[t.code or t.id] = (term_code, t)
    year_end = rules.Quarter(year, 4)
    lines, activities = [], []
    for term_code, t in sorted(latest.values(), key=lambda x: (x[1].code or "", x[1].title)):
        mine = sorted((u for u in updates if u.target_id == t.id
                       and rules.parse_quarter(u.quarter) <= year_end),
                      key=lambda u: rules.parse_quarter(u.quarter))
        facts = [rules.UpdateFacts(u.quarter, u.value, u.milestone_done, u.status)
                 for u in mine]
        status = yearly_status(facts)
        component = t.objective_name if t.objective_name in COMPONENTS else \
            t.objective_code.title()
        lines.append(AnnualTarget(t.code or "", t.title, t.ksr_number, component, status,
                                  _(YEARLY_STATUS[status]), t.geographic_scope or "Global",
                                  term_code))
        in_year = [u for u in mine if rules.parse_quarter(u.quarter).year == year]
        if not in_year:
            continue
        before = [f for f, u in zip(facts, mine, strict=True)
                  if rules.parse_quarter(u.quarter).year < year]
        start = rules.derive(before).current_value if before else t.baseline
        end = rules.derive(facts).current_value
        if t.is_milestone:
            number: float | None = 1.0 if rules.derive(facts).milestone_done and not (
                before and rules.derive(before).milestone_done) else 0.0
        else:
            number = (end or 0.0) - (start or 0.0) if end is not None else None
        narrative = next((u.narrative.strip() for u in reversed(in_year)
                          if u.narrative.strip()), "")
        activities.append(Activity(component, t.code or "", t.indicator or t.title, number,
                                   narrative, t.ksr_number))
    order = {c: i for i, c in enumerate(COMPONENTS)}
    activities.sort(key=lambda a: (order.get(a.component, 99), a.code))
    return tuple(lines), tuple(activities)
