"""The quarterly report's figures for one group and one calendar quarter.

Everything is derived from the dated history as it stood on the quarter's last day
(or today, while the quarter runs): a membership's status on a day is the last status
change recorded on or before it, so editing the roster later never rewrites a past
quarter. Targets follow the targets rules (the latest update up to the quarter wins),
letters their recorded workflow steps, invitations their deadlines.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from ..domain import letters as letter_rules
from ..domain import privacy
from ..domain import reference_names as names
from ..domain import targets as target_rules
from ..domain.errors import UserError
from ..domain.people import AGE_BANDS, GENDERS, display_name, region_of
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..domain.reference_names import country_name
from ..i18n import N_, _
from ..store.database import Database
from ..store.queries import reporting as q
from ..store.queries.ids import stored_id
from .groups import list_quadrennia, quadrennium_on
from .reporting_dto import (
    Balance,
    Count,
    InvitationFigures,
    LetterFigures,
    LetterLine,
    MembershipFigures,
    Movement,
    OverdueInvitation,
    QuarterlyFigures,
    Renewal,
    RosterLine,
    TargetFigures,
    TargetLine,
    TermCount,
)
from .reporting_onboarding import onboarding_figures

ENDED = ("declined", "expired", "resigned", "removed", "term_ended", "not_reappointed",
         "deceased", "transferred")
# Endings that mean a member left (declined/expired people never joined).
LEFT = ("resigned", "removed", "term_ended", "not_reappointed", "deceased", "transferred")
DEADLINE_SETTING, DEFAULT_DEADLINE_DAYS = "invitation_deadline_days", 30
NOT_RECORDED = N_("Not recorded")


def parse_report_quarter(text: str, today: date | None = None) -> target_rules.Quarter:
    """'2025-Q3' as a Quarter; a sentence for a malformed or not yet started quarter."""
    today = today or date.today()
    try:
        quarter = target_rules.parse_quarter(text)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if quarter.starts_on > today:
        raise UserError(_("{quarter} has not started yet; choose a quarter up to {latest}.")
                        .format(quarter=quarter, latest=target_rules.quarter_of(today)))
    return quarter


def last_complete_quarter(today: date | None = None) -> target_rules.Quarter:
    return target_rules.quarter_of(today or date.today()).previous()


def report_quarters(db: Database, today: date | None = None) -> list[target_rules.Quarter]:
    """The quarters one may report on, newest first: today's (running) quarter back to the
    start of the previous quadrennium."""
    today = today or date.today()
    terms = [t for t in list_quadrennia(db) if t.starts_on <= today]
    first = terms[-2].starts_on if len(terms) > 1 else (terms[0].starts_on if terms else today)
    return list(reversed(target_rules.quarters_between(first, today)))


class _History:
    """Each membership's dated statuses, answering "what was it on day d?"."""

    def __init__(self, members: list, transitions: list, term_ends: dict[str, date]):
        self.members = {m.membership_id: m for m in members}
        self.steps: dict[str, list[tuple[date, str]]] = defaultdict(list)
        for t in transitions:
            self.steps[t.membership_id].append((t.on, t.to_status))
        self.days = {k: [d for d, _ in v] for k, v in self.steps.items()}
        self.term_ends = term_ends

    def status_on(self, membership_id: str, day: date) -> str | None:
        """None when the membership did not exist yet on that day."""
        m = self.members[membership_id]
        steps = self.steps.get(membership_id)
        if steps:
            i = bisect.bisect_right(self.days[membership_id], day)
            status = steps[i - 1][1] if i else None
        else:  # rows without history: their start and end dates are all there is
            if m.starts_on is None or m.starts_on > day:
                return None
            if m.ends_on is not None and m.ends_on <= day:
                status = m.status if m.status in ENDED else (m.end_reason or "term_ended")
            elif m.status in ENDED and m.ends_on is not None:
                status = "active"
            else:
                status = m.status
        if status is not None and status not in ENDED and day > self.term_ends[
                m.quadrennium_id]:
            return "term_ended"
        return status

    def steps_between(self, first: date, last: date) -> Iterable[tuple[str, str | None, str, date]]:
        """(membership, previous status, new status, day) for changes in first..last."""
        for mid, steps in self.steps.items():
            previous = None
            for on, status in steps:
                if first <= on <= last:
                    yield mid, previous, status, on
                previous = status
        for mid, m in self.members.items():
            if mid in self.steps:
                continue
            if m.starts_on and first <= m.starts_on <= last:
                yield mid, None, self.status_on(mid, m.starts_on) or m.status, m.starts_on
            if m.ends_on and first <= m.ends_on <= last and m.status in ENDED:
                yield mid, "active", m.status, m.ends_on


def quarterly_figures(db: Database, group_id: str, quarter: str | target_rules.Quarter, *,
                      today: date | None = None,
                      progress: Progress = NO_PROGRESS) -> QuarterlyFigures:
    """Every figure of the report, as the history stood at the end of the quarter."""
    today = today or date.today()
    if isinstance(quarter, str):
        quarter = parse_report_quarter(quarter, today)
    first, as_of = quarter.starts_on, min(quarter.ends_on, today)
    term = quadrennium_on(db, as_of)
    terms = [t for t in list_quadrennia(db) if t.starts_on <= as_of and t.ends_on >= first]
    term_ids = [t.id for t in terms] or [term.id]
    progress.step(0, 6, _("Reading the roster history"))
    with db.reading() as s:
        group = q.group(s, group_id)
        if group is None:
            raise UserError(_("That group no longer exists; choose another group."))
        group_name, group_code = group.name, group.short_code
        taxonomic_set = group.taxonomic_set
        members = q.members(s, group_id, term_ids)
        history = _History(members, q.transitions(s, group_id, term_ids),
                           {stored_id(t.id): t.ends_on for t in list_quadrennia(db)})
        roles = q.roles(s, group_id, term_ids)
        invitations = q.invitations(s, group_id, term_ids)
        reminders = q.reminders(s, group_id, term_ids)
        acks = q.acknowledgements(s, group_id, term_ids)
        progress.step(2, 6, _("Reading targets and letters"))
        # A quarter across a changeover reports the targets of both terms.
        codes = {stored_id(t.id): t.code for t in terms} or {stored_id(term.id): term.code}
        targets = [(codes[k], t) for k in codes for t in q.targets(s, group_id, k)]
        updates = [u for k in codes for u in q.target_updates(s, group_id, k)]
        letters = q.letters(s, group_id)
        letter_steps = q.letter_transitions(s, group_id)
        deadline_days = _int(q.setting(s, DEADLINE_SETTING), DEFAULT_DEADLINE_DAYS)
    progress.step(3, 6, _("Counting"))
    status_end = {mid: history.status_on(mid, as_of) for mid in history.members}
    roles_end: dict[str, list[str]] = defaultdict(list)
    for r in sorted(roles, key=lambda r: (r.starts_on or date.min, r.role)):
        if (r.starts_on is None or r.starts_on <= as_of) and (r.ends_on is None
                                                               or r.ends_on >= as_of):
            roles_end[r.membership_id].append(r.role)
    term_key = stored_id(term.id)
    in_term = [m for m in members if m.quadrennium_id == term_key
               and status_end[m.membership_id] is not None]
    current = [m for m in members if status_end[m.membership_id] in ("active", "accepted")]
    active = [m for m in current if status_end[m.membership_id] == "active"]

    membership = _membership(history, members, in_term, active, first, as_of,
                             [(stored_id(t.id), t.code) for t in terms])
    # The report names who joined and left: with few of them, exact counts beside the
    # previous report's would give away their gender and age (domain/privacy.py).
    moved = (membership.joined, membership.left)
    gender = _balance(active, "gender", {code: names.gender_name(code) for code in GENDERS},
                      moved, main=("woman", "man"))
    age = _balance(active, "age_band", {"under_35": _("Under 35"), "35_plus": _("35 or over")},
                   moved, merge={band: "35_plus" for band in AGE_BANDS if band != "under_35"})
    progress.step(4, 6, _("Invitations, onboarding, targets and letters"))
    invitation_figures = _invitations(history, status_end, invitations, reminders, first,
                                      as_of, deadline_days)
    onboarding = onboarding_figures(current, roles_end, acks, taxonomic_set, as_of)
    target_figures = _targets(targets, updates, quarter, {m.person_id for m in active})
    letter_figures = _letters(letters, letter_steps, first, as_of)
    progress.step(5, 6, _("Roster"))
    chairs = []
    for role in ("chair", "co_chair"):
        for m in sorted(current, key=lambda m: (m.family_name.casefold(), m.given_names)):
            if role in roles_end[m.membership_id]:
                chairs.append(_("{role}: {name}").format(
                    role=names.role_name(role), name=f"{m.given_names} {m.family_name}"))
    roster = tuple(_roster_line(m, roles_end[m.membership_id], status_end[m.membership_id])
                   for m in sorted(current, key=lambda m: (m.family_name.casefold(),
                                                           m.given_names.casefold())))
    progress.step(6, 6, _("Figures ready"))
    return QuarterlyFigures(
        group_name=group_name, group_code=group_code, quadrennium=term.code,
        quarter=str(quarter), starts_on=first, ends_on=quarter.ends_on, as_of=as_of,
        generated_on=today, chairs=tuple(chairs), membership=membership, gender=gender,
        age=age, invitations=invitation_figures, onboarding=onboarding,
        targets=target_figures, letters=letter_figures, roster=roster)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _status_name(code: str) -> str:
    return names.status_name(code)


def _membership(history: _History, members: list, in_term: list, active: list,
                first: date, as_of: date,
                terms: list[tuple[str, str]] | None = None) -> MembershipFigures:
    before = first - timedelta(days=1)
    # Joined and left are the difference of who was validated at the start and at the end,
    # so start + joined - left = end always holds (someone in and out within the quarter
    # counts in neither).
    at_start = {m.membership_id for m in members
                if history.status_on(m.membership_id, before) == "active"}
    at_end = {m.membership_id for m in active}
    joiners: dict[str, Movement] = {}
    leavers: dict[str, Movement] = {}
    for mid, _previous, status, on in history.steps_between(first, as_of):
        m = history.members[mid]
        name = display_name(m.given_names, m.family_name)
        if mid in at_end and mid not in at_start and status == "active":
            joiners[mid] = Movement(name, on, status, _status_name(status))
        elif mid in at_start and mid not in at_end and status in LEFT:
            leavers[mid] = Movement(name, on, status, _status_name(status))
    for mid in at_end - at_start - joiners.keys():  # no recorded step: the start date
        m = history.members[mid]
        joiners[mid] = Movement(display_name(m.given_names, m.family_name),
                                m.starts_on or first, "active", _status_name("active"))
    for mid in at_start - at_end - leavers.keys():  # ended with its term, unrecorded
        m = history.members[mid]
        status = history.status_on(mid, as_of) or "term_ended"
        leavers[mid] = Movement(display_name(m.given_names, m.family_name),
                                m.ends_on or as_of, status, _status_name(status))
    statuses = reference().statuses
    by_status = Counter(history.status_on(m.membership_id, as_of) for m in in_term)
    left_reasons = Counter(m.status for m in leavers.values())
    regions = Counter(region_of(m.country_code, m.region_override) for m in active)
    ref_regions = reference().regions
    by_region = [Count(code, names.region_name(code), regions.get(code, 0))
                 for code in ref_regions]
    if regions.get(None):
        by_region.append(Count("", _(NOT_RECORDED), regions[None]))

    def ordered(items: Iterable[Movement]) -> tuple[Movement, ...]:
        return tuple(sorted(items, key=lambda v: (v.on, v.name.casefold())))

    by_term, renewal = _terms(history, members, terms or [], first, as_of)
    return MembershipFigures(
        active_at_start=len(at_start), active_at_end=len(at_end), joined=len(joiners),
        left=len(leavers),
        by_status=tuple(Count(code, names.status_name(code), by_status[code])
                        for code in statuses if by_status.get(code)),
        left_by_reason=tuple(Count(code, _status_name(code), left_reasons[code])
                             for code in LEFT if left_reasons.get(code)),
        by_region=tuple(by_region), joiners=ordered(joiners.values()),
        leavers=ordered(leavers.values()), by_term=by_term, renewal=renewal)


def _terms(history: _History, members: list, terms: list[tuple[str, str]], first: date,
           as_of: date) -> tuple[tuple[TermCount, ...], Renewal | None]:
    """Memberships per term at the end, and the renewal when two terms share the quarter."""
    before = first - timedelta(days=1)
    counts = []
    for key, code in terms:
        mine = [m for m in members if m.quadrennium_id == key]
        end = [history.status_on(m.membership_id, as_of) for m in mine]
        counts.append(TermCount(code, sum(s is not None for s in end),
                                sum(s == "active" for s in end)))
    if len(terms) < 2:
        return tuple(counts), None
    (old_key, old_code), (new_key, new_code) = terms[-2], terms[-1]
    joined = sum(1 for m in members if m.quadrennium_id == new_key
                 and history.status_on(m.membership_id, before) is None
                 and history.status_on(m.membership_id, as_of) is not None)
    ended = sum(1 for m in members if m.quadrennium_id == old_key
                and history.status_on(m.membership_id, before) not in (None, *ENDED)
                and history.status_on(m.membership_id, as_of) in ENDED)
    return tuple(counts), Renewal(old_code, new_code, joined, ended)


def _balance(active: list, field: str, labels: dict[str, str], moved: tuple[int, ...],
             merge: dict[str, str] | None = None,
             main: tuple[str, ...] | None = None) -> Balance:
    merge = merge or {}
    seen = Counter(merge.get(getattr(m, field) or "", getattr(m, field) or "") for m in active)
    return privacy.balance(seen, labels, main=main, named_movements=moved)


def _invitations(history: _History, status_end: dict[str, str | None], invitations: list,
                 reminders: list, first: date, as_of: date,
                 deadline_days: int) -> InvitationFigures:
    latest: dict[str, Any] = {}
    sent = 0
    for inv in invitations:
        if inv.sent_on <= as_of:
            latest[inv.membership_id] = inv
            sent += first <= inv.sent_on
    reminded = Counter(r.invitation_id for r in reminders if r.sent_on <= as_of)
    moves = Counter(status for _, _, status, _ in history.steps_between(first, as_of))
    invited_on = {mid: on for mid, steps in history.steps.items()
                  for on, status in steps if status == "invited" and on <= as_of}
    overdue_rows = []
    outstanding = 0
    for mid, status in status_end.items():
        if status != "invited":
            continue
        outstanding += 1
        inv = latest.get(mid)
        since = inv.sent_on if inv is not None else invited_on.get(mid)
        deadline = inv.deadline_on if inv is not None else (
            since + timedelta(days=deadline_days) if since else None)
        if deadline is None or deadline >= as_of:
            continue
        m = history.members[mid]
        overdue_rows.append(OverdueInvitation(
            display_name(m.given_names, m.family_name), since, deadline,
            reminded.get(inv.id, 0) if inv is not None else 0, (as_of - deadline).days))
    overdue_rows.sort(key=lambda r: (-r.days_overdue, r.name.casefold()))
    return InvitationFigures(sent=sent, accepted=moves["accepted"], declined=moves["declined"],
                             expired=moves["expired"], outstanding=outstanding,
                             overdue=len(overdue_rows), overdue_rows=tuple(overdue_rows))


def _targets(targets: list, updates: list, quarter: target_rules.Quarter,
             active_people: set[str]) -> TargetFigures:
    by_target: dict[str, list] = defaultdict(list)
    for u in updates:
        if target_rules.parse_quarter(u.quarter) <= quarter:
            by_target[u.target_id].append(u)
    rows = []
    for term_code, t in targets:
        mine = by_target.get(t.id, [])
        derived = target_rules.derive(target_rules.UpdateFacts(u.quarter, u.value,
                                                               u.milestone_done, u.status)
                                      for u in mine)
        status = target_rules.status_of(derived.status)
        this_quarter = next((u for u in mine if u.quarter == str(quarter)), None)
        focal = display_name(t.focal_given, t.focal_family) if t.focal_given else ""
        rows.append(TargetLine(
            ksr_number=t.ksr_number, objective=names.translated(t.objective_name),
            title=t.title,
            focal_point=focal,
            focal_point_left=bool(t.focal_point_id) and t.focal_point_id not in active_people,
            baseline=t.baseline, target_value=t.target_value,
            current_value=derived.current_value, unit=t.unit, is_milestone=t.is_milestone,
            milestone_done=derived.milestone_done,
            fraction=target_rules.progress_fraction(
                is_milestone=t.is_milestone, baseline=t.baseline, target_value=t.target_value,
                current_value=derived.current_value, milestone_done=derived.milestone_done),
            status=status.code, status_name=_(status.name), status_symbol=status.symbol,
            last_quarter=derived.last_quarter,
            narrative=this_quarter.narrative.strip() if this_quarter else "",
            due_on=t.due_on, quadrennium=term_code, code=t.code or ""))
    seen = Counter(r.status for r in rows)
    by_status = tuple(Count(code, _(target_rules.status_of(code).name), seen[code])
                      for code in target_rules.STATUS_ORDER if seen.get(code))
    return TargetFigures(tuple(rows), by_status,
                         sum(r.last_quarter == str(quarter) for r in rows))


def _letters(letters: list, steps: list, first: date, as_of: date) -> LetterFigures:
    by_letter: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for st in steps:
        by_letter[st.letter_id].append((st.on, st.to_state))
    opened = sent = answered = overdue = open_at_end = 0
    rows = []
    for letter in letters:
        if letter.requested_on > as_of:
            continue
        mine = by_letter.get(letter.id, [])
        state = next((s for on, s in reversed(mine) if on <= as_of), "draft")
        moved = [s for on, s in mine if first <= on <= as_of]
        was_opened = letter.requested_on >= first
        was_sent = "sent_to_addressee" in moved
        was_answered = "response_received" in moved or (
            not mine and letter.response_received_on is not None
            and first <= letter.response_received_on <= as_of)
        is_open = not letter_rules.state_of(state).final
        late = letter_rules.is_overdue(state, letter.follow_up_on, as_of)
        opened += was_opened
        sent += was_sent
        answered += was_answered
        overdue += late
        open_at_end += is_open
        if is_open or moved or was_opened:
            species = letter.species_common or letter.species_scientific
            if letter.species_common and letter.species_scientific:
                species = f"{letter.species_common} ({letter.species_scientific})"
            addressee = letter.addressee_name
            if letter.addressee_country:
                country = reference().countries.get(letter.addressee_country)
                addressee += ", " + (country_name(country.code) if country
                                     else letter.addressee_country)
            rows.append(LetterLine(letter.title, addressee.strip(", "), species, state,
                                   letter_rules.state_name(state), letter.requested_on,
                                   letter.follow_up_on, late))
    return LetterFigures(opened, sent, answered, overdue, open_at_end, tuple(rows))


def _roster_line(m, roles: list[str], status: str | None) -> RosterLine:
    ref = reference()
    country = ref.countries.get((m.country_code or "").upper())
    region = region_of(m.country_code, m.region_override)
    written = m.name_as_written.strip()
    name = display_name(m.given_names, m.family_name)
    role_names = sorted((ref.roles[r] for r in set(roles) if r in ref.roles),
                        key=lambda r: r.sort_order)
    return RosterLine(name=name, name_as_written="" if written in ("", name) else written,
                      country=country_name(country.code) if country else (m.country_code or ""),
                      region=names.region_name(region) if region in ref.regions else "",
                      roles=", ".join(names.role_name(r.code) for r in role_names
                                      if r.code != "member"),
                      status_name=_status_name(status or ""))
