"""Demo Species Strategic Plan targets: realistic titles, a few quarters of progress,
some at risk, one whose focal point has since left the group."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

from ..domain import targets as rules
from ..services import groups, roster, term_start
from ..services import targets as svc
from ..store.database import Database

# (KSR, title, indicator, unit, target value or None for a yes/no milestone)
CATALOGUE = (
    (6, "Assess all {n} {taxon} species for the Red List by 2025", "Species assessed",
     "species", None),
    (8, "Publish the {region} {taxon} action plan", "Action plan published", "", None),
    (2, "Recruit {n} early-career members from under-represented regions",
     "New early-career members", "members", None),
    (1, "Secure funding for a part-time programme officer", "Funding secured", "", None),
    (5, "Publish {n} peer-reviewed papers on {taxon} conservation", "Papers published",
     "papers", None),
    (7, "Reassess {n} Data Deficient {taxon} species", "Species reassessed", "species", None),
    (9, "Brief {n} national governments on {taxon} trade", "Governments briefed",
     "governments", None),
    (10, "Support {n} community-led {taxon} conservation projects", "Projects supported",
     "projects", None),
    (11, "Agree sustainable-use guidelines for {taxon} harvest", "Guidelines adopted", "",
     None),
    (12, "Update the {n} {taxon} species pages of the group website", "Pages updated",
     "pages", None),
    (13, "Reach {n} people through World {Taxon} Day", "People reached", "people", None),
    (3, "Run a joint workshop with {n} partner groups", "Partner groups involved", "groups",
     None),
    (4, "Support {n} CITES proposals with range-state governments", "Proposals supported",
     "proposals", None),
)
MILESTONES = {1, 8, 11}
REGIONS = ("Asian", "African", "Neotropical", "European", "Pacific")


def add_demo_targets(db: Database, group_ids: list[str], rng: random.Random,
                     today: date) -> int:
    """Targets for each group in the last term and the current one; returns how many.

    The current term gets the previous plan's KSRs as a provisional set when it has none
    (as a chair would until the new plan is published), some unfinished targets carried
    forward, and a few new ones.
    """
    added = 0
    current = groups.quadrennium_on(db, today)
    past = _term_with_ksrs(db, current.starts_on - timedelta(days=1))
    if not svc.list_ksrs(db, current.id) and past is not None:
        term_start.carry_ksrs_forward(db, current.id)
    left_done = False
    for group_id in group_ids:
        name = next(g.name for g in groups.list_groups(db) if g.id == group_id)
        picks = rng.sample(CATALOGUE, k=min(len(CATALOGUE), rng.randint(7, 11)))
        if past is not None and past.id != current.id:
            old = _add_targets(db, group_id, past, picks, name, today, rng)
            added += len(old)
            there = {t.title for t in svc.list_targets(db, group_id, current.id, today)}
            unfinished = [t.id for t in svc.list_targets(db, group_id, past.id, today)
                          if t.id in old and t.status not in ("achieved", "dropped")
                          and t.title not in there]
            carried = rng.sample(unfinished, k=len(unfinished) // 2)
            if carried and svc.list_ksrs(db, current.id):
                term_start.carry_targets_forward(db, carried, current.id, today=today)
                added += len(carried)
                for row in svc.list_targets(db, group_id, current.id, today):
                    if row.title in there:
                        continue
                    _progress(db, row.id, row.is_milestone, row.target_value or 1.0,
                              current, today, rng)
        if not svc.list_ksrs(db, current.id):
            continue
        # A first term gets a whole plan; a later one the carried targets and a few new.
        fresh = picks if past is None or past.id == current.id else \
            [p for p in CATALOGUE if p not in picks][:rng.randint(2, 4)]
        first_focal = _add_targets(db, group_id, current, fresh, name, today, rng)
        added += len(first_focal)
        focal = next((f for f in first_focal.values() if f), None)
        if not left_done and focal is not None:
            left_done = _focal_point_leaves(db, group_id, current.id, focal, today)
    return added


def _add_targets(db: Database, group_id: str, term: object, picks: list[tuple],
                 group_name: str, today: date, rng: random.Random) -> dict[str, str | None]:
    """Create targets with a few quarters of progress: target id -> focal point id."""
    members = svc.focal_point_candidates(db, group_id, term.id, today)  # type: ignore[attr-defined]
    if not members:
        return {}
    taxon = _taxon(group_name)
    out: dict[str, str | None] = {}
    for ksr, title, indicator, unit, _ in picks:
        n = rng.choice((4, 5, 6, 8, 10, 12, 13, 15, 20, 25, 40))
        if ksr == 13:
            n = rng.choice((5000, 10000, 25000))
        milestone = ksr in MILESTONES
        focal = rng.choice(members).person_id if rng.random() > 0.08 else None
        fields = rules.TargetFields(
            ksr_number=ksr,
            title=title.format(n=n, taxon=taxon, Taxon=taxon.title(),
                               region=rng.choice(REGIONS)),
            indicator=indicator, unit=unit, is_milestone=milestone,
            baseline=None if milestone else 0.0,
            target_value=None if milestone else float(n),
            description="Agreed at the group's steering committee meeting.",
            due_on=None if rng.random() < 0.7 else date(term.ends_on.year, 6, 30),  # type: ignore[attr-defined]
            focal_point_id=focal)
        target_id = svc.create_target(db, group_id, term.id, fields,  # type: ignore[attr-defined]
                                      today=today).subject_id
        out[target_id] = focal
        _progress(db, target_id, milestone, float(n), term, today, rng)
    return out


def _term_with_ksrs(db: Database, day: date):  # noqa: ANN202 - QuadrenniumInfo | None
    """The latest term begun by `day` that has a KSR set."""
    terms = [t for t in groups.list_quadrennia(db) if t.starts_on <= day]
    for term in reversed(terms):
        if svc.list_ksrs(db, term.id):
            return term
    return None


def _taxon(group_name: str) -> str:
    match = re.match(r"^(.*?)\s+(Specialist Group|Red List Authority|Task Force|"
                     r"Conservation Committee)", group_name)
    return match.group(1).lower() if match else "species"


def _progress(db: Database, target_id: str, milestone: bool, goal: float, term: object,
              today: date, rng: random.Random) -> None:
    last = rules.quarter_of(min(today, term.ends_on))  # type: ignore[attr-defined]
    if rng.random() < 0.25:
        last = last.previous()  # "not updated this quarter"
    count = rng.randint(0, 4)
    quarters = []
    q = last
    for _ in range(count):
        if q.ends_on < term.starts_on:  # type: ignore[attr-defined]
            break
        quarters.append(q)
        q = q.previous()
    mood = rng.choices(("on_track", "at_risk", "off_track"), weights=(6, 3, 1))[0]
    value = 0.0
    for i, quarter in enumerate(reversed(quarters)):
        final = i == len(quarters) - 1
        value = min(goal, value + max(1.0, round(goal * rng.uniform(0.05, 0.3))))
        status = mood if final else rng.choice(("on_track", "on_track", "at_risk"))
        done = milestone and final and mood == "on_track" and rng.random() < 0.5
        if done or (not milestone and value >= goal):
            status = "achieved"
        update = rules.UpdateFields(
            str(quarter), None if milestone else value, done,
            _NARRATIVES[status].format(q=quarter), status,
            "https://www.iucnredlist.org" if rng.random() < 0.3 else "")
        svc.record_update(db, target_id, update, today=today)


_NARRATIVES = {
    "on_track": "Work progressed as planned in {q}; drafts circulated to the working group.",
    "at_risk": "Fewer volunteers available in {q}; two assessors moved to other projects.",
    "off_track": "No funding found in {q}; the steering committee will review the target.",
    "achieved": "Completed in {q} and announced in the group newsletter.",
    "dropped": "Dropped in {q}.",
}


def _focal_point_leaves(db: Database, group_id: str, quadrennium_id: str, person_id: str,
                        today: date) -> bool:
    """Make one focal point a former member so the demo shows 'needs a new focal point'."""
    rows = roster.load_roster(db, group_id, quadrennium_id, today)
    for row in rows:
        if row.person_id == person_id and row.status == "active":
            if "chair" in row.roles or "co_chair" in row.roles:
                return False
            on = today  # after every step of the membership, which are all by today
            roster.end_membership(db, row.membership_id, "resigned", on,
                                  note="Moved to another organisation (demo)")
            return True
    # A past term: its members' memberships have ended already. Hand one of the carried
    # targets to someone who resigned during that term, as a chair's old sheet would have.
    leaver = next((r for r in rows if r.status in ("resigned", "removed")), None)
    if leaver is None:
        return False
    from ..store.models import Target
    from ..store.queries import targets as q

    with db.transaction("Demo: a focal point who left the group") as tx:
        s = tx.session
        carried = [r for r in q.focal_point_targets_of_group(s, group_id, quadrennium_id)
                   if r.focal_point_id == person_id]
        if not carried:
            return False
        s.get_one(Target, carried[0].id).focal_point_id = leaver.person_id
    return True
