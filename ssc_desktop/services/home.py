"""What needs the chair now, ranked, and the group's make-up: the Home page's figures.

Each agenda line names the page and the filter that shows exactly the records it counts,
so the window can open them in one click. The counts come from the same services those
pages use, so the line and the page it opens always agree.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import date

from .. import formats
from ..domain import privacy, reference_names
from ..domain import targets as target_rules
from ..domain.people import AGE_BANDS, GENDERS, region_of
from ..domain.reference import reference, reference_dir
from ..i18n import _, ngettext
from ..store.database import Database
from ..store.queries import home as q
from . import invitations, letters, roster_followup
from . import onboarding as onboarding_svc
from . import targets as target_svc

# Where a line leads: a page and the filter it applies there.
OVERDUE_INVITATIONS = "invitations:overdue"
AWAITING_VALIDATION = "invitations:accepted"
LETTERS_DUE = "letters:overdue"
TARGETS_NOT_UPDATED = "targets:not_updated"
FOCAL_POINTS = "roster:focal_point"
ONBOARDING = "roster:onboarding"


@dataclass(frozen=True, slots=True)
class AgendaLine:
    link: str  # one of the constants above
    count: int
    text: str  # "12 invitations overdue"


@dataclass(frozen=True, slots=True)
class RegionShare:
    code: str
    name: str
    members: int
    share: float  # of the group's members
    ssc_share: float  # of all SSC members (the Guide, 2020)


@dataclass(frozen=True, slots=True)
class MakeUp:
    members: int
    regions: tuple[RegionShare, ...]
    countries: tuple[tuple[str, int], ...]  # (country name, members), most first
    gender: privacy.Balance
    age: privacy.Balance


def ssc_region_shares() -> dict[str, float]:
    """Region code -> share of SSC members, from the reference file."""
    path = reference_dir() / "region_shares.csv"
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["region"]: float(r["share_percent"]) / 100 for r in rows}


def _invitation_lines(db: Database, group_id: str, quadrennium_id: str,
                      today: date) -> list[AgendaLine]:
    overdue, accepted = invitations.waiting(db, group_id, quadrennium_id, today)
    return [
        AgendaLine(OVERDUE_INVITATIONS, overdue, ngettext(
            "{n} invitation overdue", "{n} invitations overdue", overdue)),
        AgendaLine(AWAITING_VALIDATION, accepted, ngettext(
            "{n} acceptance to validate", "{n} acceptances to validate", accepted)),
    ]


def _letter_lines(db: Database, group_id: str, _quadrennium_id: str,
                  today: date) -> list[AgendaLine]:
    due = sum(1 for r in letters.list_letters(db, group_id, today) if r.overdue)
    return [AgendaLine(LETTERS_DUE, due, ngettext(
        "{n} letter due for follow-up", "{n} letters due for follow-up", due))]


def _target_lines(db: Database, group_id: str, quadrennium_id: str,
                  today: date) -> list[AgendaLine]:
    rows = target_svc.list_targets(db, group_id, quadrennium_id, today)
    stale = sum(1 for r in rows if r.needs_update)
    return [AgendaLine(TARGETS_NOT_UPDATED, stale, ngettext(
        "{n} target not updated in {quarter}", "{n} targets not updated in {quarter}", stale))]


def _roster_lines(db: Database, group_id: str, quadrennium_id: str,
                  today: date) -> list[AgendaLine]:
    focal = len(roster_followup.focal_points_to_replace(db, group_id, quadrennium_id, today))
    onboarding = onboarding_svc.incomplete_count(db, group_id, quadrennium_id, today)
    return [
        AgendaLine(FOCAL_POINTS, focal, ngettext(
            "{n} focal point to replace", "{n} focal points to replace", focal)),
        AgendaLine(ONBOARDING, onboarding, ngettext(
            "{n} member with onboarding incomplete", "{n} members with onboarding incomplete",
            onboarding)),
    ]


# The parts of the agenda, by the page their lines open.
_PARTS = {"invitations": _invitation_lines, "letters": _letter_lines,
          "targets": _target_lines, "roster": _roster_lines}
_ORDER = (OVERDUE_INVITATIONS, LETTERS_DUE, AWAITING_VALIDATION, TARGETS_NOT_UPDATED,
          FOCAL_POINTS, ONBOARDING)  # most urgent first


def _worded(lines: list[AgendaLine], today: date) -> list[AgendaLine]:
    quarter = formats.quarter(str(target_rules.quarter_of(today)))
    return [AgendaLine(x.link, x.count, x.text.format(n=f"{x.count:,}", quarter=quarter))
            for x in lines if x.count]


def agenda(db: Database, group_id: str, quadrennium_id: str,
           today: date | None = None) -> list[AgendaLine]:
    """The lines that need the chair, most urgent first; none with a count of zero."""
    today = today or date.today()
    lines = [x for part in _PARTS.values() for x in part(db, group_id, quadrennium_id, today)]
    return _worded(sorted(lines, key=lambda x: _ORDER.index(x.link)), today)


def attention(db: Database, group_id: str, quadrennium_id: str, pages: tuple[str, ...],
              today: date | None = None) -> dict[str, list[AgendaLine]]:
    """The agenda lines of these pages only ("invitations", "letters", "targets",
    "roster"), by page: what the navigation counts, reading only what it needs."""
    today = today or date.today()
    return {page: _worded(_PARTS[page](db, group_id, quadrennium_id, today), today)
            for page in pages if page in _PARTS}


def make_up(db: Database, group_id: str, quadrennium_id: str) -> MakeUp:
    """Validated members by region (beside the SSC's shares), country, gender and age."""
    with db.reading() as s:
        people = q.active_people(s, group_id, quadrennium_id)
    ref = reference()
    total = len(people)
    regions = Counter(region_of(p.country_code, p.region_override) for p in people)
    ssc = ssc_region_shares()
    shares = tuple(RegionShare(code, r.name, regions.get(code, 0),
                               regions.get(code, 0) / total if total else 0.0,
                               ssc.get(code, 0.0)) for code, r in ref.regions.items())
    # Countries and genders named in the reader's language (the chart and the balance
    # line showed "United States" and "Woman" in a French window).
    by_code = Counter(p.country_code for p in people if p.country_code in ref.countries)
    countries = Counter({reference_names.country_name(code): n  # named once per country
                         for code, n in by_code.items()})
    gender = privacy.balance(Counter(p.gender or "" for p in people),
                             {code: reference_names.gender_name(code) for code in GENDERS},
                             main=("woman", "man"))
    merge = {band: "35_plus" for band in AGE_BANDS if band != "under_35"}
    age = privacy.balance(Counter(merge.get(p.age_band or "", p.age_band or "")
                                  for p in people),
                          {"under_35": _("Under 35"), "35_plus": _("35 or over")})
    return MakeUp(total, shares, tuple(countries.most_common()), gender, age)
