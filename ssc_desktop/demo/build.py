"""A realistic demo database: several groups, two quadrennia, every status, many scripts.

Everything is written in one logged transaction, so the demo can be undone like any
other change and the change log is as complete as for a chair's own edits.
"""

from __future__ import annotations

import importlib
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain.errors import UserError
from ..formats import number
from ..i18n import N_, _
from ..labels import Label
from ..services.dto import QuadrenniumInfo
from ..services.groups import list_quadrennia, quadrennium_on
from ..store.database import Database
from ..store.models import (
    Group,
    Membership,
    MembershipRole,
    MembershipTransition,
    Person,
    new_id,
)
from .people import DemoPerson, PeopleFactory, accept_code_of_conduct, iucn_username

# "module:function" steps run after the roster is written, each as
# fn(db, group_ids, rng, today); other features add their demo data (targets, letters...).
DEMO_STEPS: list[str] = [
    "ssc_desktop.demo.lifecycle:add_demo_invitations",
    "ssc_desktop.demo.targets:add_demo_targets",
    "ssc_desktop.demo.letters:add_demo_letters",
]

MIN_MEMBERS = 40
MAX_MEMBERS = 200_000

# Shares (per cent) of the statuses of a current-term membership that is not an officer's.
CURRENT_STATUS = {"active": 72, "accepted": 5, "invited": 8, "proposed": 4, "declined": 3,
                  "expired": 3, "resigned": 2, "removed": 1, "deceased": 1, "transferred": 1}
# How the previous term ended for people who are not in the current one.
DEPARTED_STATUS = {"not_reappointed": 55, "term_ended": 10, "resigned": 20, "deceased": 5,
                   "removed": 5, "transferred": 5}
PIPELINE = ("proposed", "invited", "accepted", "active")
OFFICER_ROLES = ("chair", "co_chair", "deputy_chair", "rlac", "programme_officer",
                 "membership_secretary", "focal_point_ex_situ", "focal_point_planning",
                 "focal_point_sustainable_use", "working_group_chair", "working_group_chair")
STEERING = {"chair", "co_chair", "deputy_chair", "regional_vice_chair"}


@dataclass(frozen=True)
class GroupPlan:
    name: str
    short_code: str
    group_type: str
    taxonomic_set: str
    size: int
    officers: tuple[str, ...]
    share_with_main: float  # fraction of members who are also in the main group


@dataclass
class _Batch:
    """Rows to insert, in the order foreign keys need them."""

    people: list[Person] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    details: list[MembershipRole | MembershipTransition] = field(default_factory=list)
    person_rows: dict[int, Person] = field(default_factory=dict)  # by id() of a DemoPerson
    # Every DemoPerson keyed by id() above stays referenced here: a freed one's address can
    # be reused by a new person, who would then be taken for it (and not be created).
    keep_alive: list[DemoPerson] = field(default_factory=list)
    current_status: dict[int, str] = field(default_factory=dict)
    usernames: set[str] = field(default_factory=set)  # IUCN usernames are unique


def group_plans(members: int) -> list[GroupPlan]:
    small = max(10, min(36, members // 4))
    return [
        GroupPlan("Amphibian Specialist Group", "ASG", "specialist_group",
                  "amphibians_reptiles", members, OFFICER_ROLES, 0.0),
        GroupPlan("Amphibian Red List Authority", "ARLA", "red_list_authority",
                  "amphibians_reptiles", small, ("rlac", "co_chair"), 0.6),
        GroupPlan("Salamander Chytrid Task Force", "BSAL-TF", "task_force",
                  "amphibians_reptiles", max(10, small - 6), ("chair", "co_chair",
                                                               "programme_officer"), 0.5),
        GroupPlan("Freshwater Conservation Committee", "FWCC", "conservation_committee",
                  "cross_cutting", max(10, small - 12), ("chair", "programme_officer"), 0.3),
    ]


def build_demo(db: Database, members: int = 500, seed: int = 1,
               today: date | None = None) -> dict[str, int]:
    """Write the demo groups and their rosters; return how many rows of each kind."""
    if not MIN_MEMBERS <= members <= MAX_MEMBERS:
        raise UserError(_("A demo group needs between {low} and {high} members; {given} was "
                          "asked for.").format(low=number(MIN_MEMBERS), high=number(MAX_MEMBERS),
                                               given=number(members)))
    today = today or date.today()
    rng = random.Random(seed)
    terms = list_quadrennia(db)
    current = quadrennium_on(db, today)
    index = [t.id for t in terms].index(current.id)
    previous = terms[index - 1] if index > 0 else None
    factory = PeopleFactory(rng)
    batch = _Batch()
    groups: list[Group] = []
    main_people: list[DemoPerson] = []
    for plan in group_plans(members):
        group = Group(id=new_id(), name=plan.name, short_code=plan.short_code,
                      group_type=plan.group_type, taxonomic_set=plan.taxonomic_set,
                      mandate_ends_on=current.ends_on if plan.group_type == "task_force"
                      else None,
                      notes="Demo data: invented people, for trying SSC Desktop.")
        groups.append(group)
        # Only people active in the main group also sit on the smaller ones.
        eligible = [d for d in main_people if batch.current_status.get(id(d)) == "active"]
        roster = _draw_roster(factory, rng, plan, eligible)
        if not main_people:
            main_people = roster
        builder = _RosterBuilder(rng, batch, group.id, today)
        # Who sat in the previous term is drawn first: they are the ones re-invited.
        continuing = {id(d) for d in roster if rng.random() < 0.75} if previous else set()
        builder.current_term(current, roster, plan, guarantee=not eligible,
                             continuing=continuing)
        if previous is not None:
            departed = [factory.person() for _person in range(max(3, plan.size // 5))]
            builder.previous_term(previous, [d for d in roster if id(d) in continuing],
                                  departed, plan)
    with db.transaction(Label(N_("Create demo database ({count} members)"),
                              count=members)) as tx:
        s = tx.session
        s.add_all(groups)
        s.add_all(batch.people)
        s.flush()
        s.add_all(batch.memberships)
        s.flush()
        s.add_all(batch.details)
    counts = {
        "groups": len(groups), "people": len(batch.people),
        "memberships": len(batch.memberships),
        "roles": sum(isinstance(d, MembershipRole) for d in batch.details),
        "transitions": sum(isinstance(d, MembershipTransition) for d in batch.details),
    }
    for step in DEMO_STEPS:
        module, _colon, name = step.partition(":")
        getattr(importlib.import_module(module), name)(db, [g.id for g in groups], rng, today)
    return counts


def _draw_roster(factory: PeopleFactory, rng: random.Random, plan: GroupPlan,
                 main: list[DemoPerson]) -> list[DemoPerson]:
    shared = rng.sample(main, min(len(main), round(plan.size * plan.share_with_main)))
    fresh = [factory.person(r) for r in factory.region_sequence(plan.size - len(shared))]
    roster = shared + fresh
    rng.shuffle(roster)
    return roster


class _RosterBuilder:
    """Memberships, roles and dated transitions of one group, term by term."""

    def __init__(self, rng: random.Random, batch: _Batch, group_id: str, today: date) -> None:
        self.rng, self.batch, self.group_id, self.today = rng, batch, group_id, today

    def person(self, demo: DemoPerson) -> Person:
        """The one Person row of a demo person, whichever groups they sit on."""
        person = self.batch.person_rows.get(id(demo))
        if person is None:
            person = Person(id=new_id(), **demo.columns)
            self.batch.person_rows[id(demo)] = person
            self.batch.keep_alive.append(demo)
            self.batch.people.append(person)
        return person

    def current_term(self, term: QuadrenniumInfo, roster: list[DemoPerson], plan: GroupPlan,
                     guarantee: bool, continuing: set[int]) -> None:
        officers = _officer_roles(roster, plan)
        rare = [s for s in CURRENT_STATUS if s != "active"] if guarantee else []
        for i, demo in enumerate(roster):
            roles = officers.get(i)
            if roles:
                status = "active"
            elif rare:
                status = rare.pop()
            else:
                status = _pick(self.rng, CURRENT_STATUS)
            # A re-invited member starts at Invited: only newcomers are proposed first.
            renewed = id(demo) in continuing and status != "proposed"
            if guarantee:
                self.batch.current_status[id(demo)] = status
            self._membership(term, demo, status, roles or self._member_role(demo),
                             renewed=renewed)

    def previous_term(self, term: QuadrenniumInfo, continuing: list[DemoPerson],
                      departed: list[DemoPerson], plan: GroupPlan) -> None:
        old_chair = departed[0]
        departed_status = {s: 0 for s in DEPARTED_STATUS} if plan.share_with_main == 0.0 \
            else {}
        for demo in continuing:
            self._membership(term, demo, "term_ended", self._member_role(demo), history=True)
        for demo in departed:
            if demo is old_chair:
                status, roles = "not_reappointed", ["chair"]
            else:
                unseen = [s for s, n in departed_status.items() if n == 0]
                status = unseen[0] if unseen else _pick(self.rng, DEPARTED_STATUS)
                roles = self._member_role(demo)
                if status in departed_status:
                    departed_status[status] += 1
            self._membership(term, demo, status, roles, history=True)

    def _member_role(self, demo: DemoPerson) -> list[str]:
        return ["early_career"] if demo.columns["age_band"] == "under_35" else ["member"]

    def _membership(self, term: QuadrenniumInfo, demo: DemoPerson, status: str,
                    roles: list[str], *, renewed: bool = False, history: bool = False) -> None:
        person = self.person(demo)
        last = min(term.ends_on, self.today)
        steps = _history_steps(self.rng, term, status) if history else \
            _current_steps(self.rng, term.starts_on, last, status, renewed)
        membership = Membership(
            id=new_id(), person_id=person.id, group_id=self.group_id,
            quadrennium_id=term.id, status=status, starts_on=steps[0][1],
            ends_on=steps[-1][1] if status not in PIPELINE else None,
            end_reason=status if status not in PIPELINE else None,
            proposed_by="" if renewed or history else "Regional Vice-Chair",
            notes="Transferred to the Amphibian Red List Authority."
            if status == "transferred" else "",
        )
        self.batch.memberships.append(membership)
        previous: str | None = None
        for to_status, on in steps:
            self.batch.details.append(MembershipTransition(
                id=new_id(), membership_id=membership.id, person_id=person.id,
                from_status=previous, to_status=to_status, on=on,
                note="Re-invited for the new quadrennium" if renewed and previous is None
                else ""))
            if to_status in ("accepted", "active") and not history:
                accept_code_of_conduct(demo.columns, on)
                person.code_of_conduct_accepted_on = demo.columns["code_of_conduct_accepted_on"]
            previous = to_status
        active_on = next((on for s, on in steps if s == "active"), None)
        if active_on is not None and person.iucn_username is None:
            person.iucn_username = iucn_username(demo.columns, self.batch.usernames)
        for role in roles:
            self.batch.details.append(MembershipRole(
                id=new_id(), membership_id=membership.id, person_id=person.id, role=role,
                starts_on=active_on or steps[0][1], ends_on=membership.ends_on))
            if role in STEERING or role == "steering_committee":
                person.committee_member = True
                person.conflict_of_interest_declared_on = active_on


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _officer_roles(roster: list[DemoPerson], plan: GroupPlan) -> dict[int, list[str]]:
    """Roster index -> roles: the plan's officers, then a vice-chair for every region."""
    out: dict[int, list[str]] = {}
    for i, role in enumerate(plan.officers):
        out[i] = [role, "steering_committee"] if role in STEERING else [role]
    if plan.share_with_main == 0.0:
        seen: set[str] = set()
        for i, demo in enumerate(roster):
            if i in out or demo.region in seen:
                continue
            seen.add(demo.region)
            out[i] = ["regional_vice_chair", "steering_committee"]
    return out


def _current_steps(rng: random.Random, first: date, last: date, status: str,
                   renewed: bool) -> list[tuple[str, date]]:
    """The dated path to a status in the current term, never after `last` (today)."""
    day = min(first + timedelta(days=rng.randint(0, 45)), last)

    def later(lo: int, hi: int) -> date:
        nonlocal day
        day = min(day + timedelta(days=rng.randint(lo, hi)), last)
        return day

    steps = [] if renewed else [("proposed", day)]
    if status == "proposed" and not renewed:
        return steps
    steps.append(("invited", day if renewed else later(3, 30)))
    if status in ("invited", "declined", "expired"):
        if status != "invited":
            steps.append((status, later(10, 60)))
        return steps
    steps.append(("accepted", later(1, 40)))
    if status == "accepted":
        return steps
    steps.append(("active", later(1, 20)))
    if status != "active":
        steps.append((status, later(30, 400)))
    return steps


def _history_steps(rng: random.Random, term: QuadrenniumInfo,
                   status: str) -> list[tuple[str, date]]:
    """A previous-term membership: validated early in the term, ended as recorded."""
    start = term.starts_on + timedelta(days=rng.randint(0, 90))
    if status in ("term_ended", "not_reappointed"):
        end = term.ends_on
    else:
        span = max(1, (term.ends_on - start).days - 1)
        end = start + timedelta(days=rng.randint(1, span))
    return [("active", start), (status, end)]
