"""A new term's plan: a provisional KSR set carried from the previous plan, and targets
carried forward into the new term.

The SSC publishes a new Species Strategic Plan some time after the Congress; a group goes
on working meanwhile. Carrying the previous plan's KSRs forward gives the new term a set to
hang targets on, marked provisional until the new plan's file is loaded (ksr_sets). A
carried target is a new row in the new term with the old one's code and a link to it; the
old term keeps its target and every update, so its reports stay as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from ..domain.errors import RuleRefused
from ..i18n import N_, _, ngettext
from ..labels import Label
from ..store.database import Database
from ..store.models import KeySpeciesResult, Quadrennium, Target
from ..store.queries import roster as roster_q
from ..store.queries import targets as q
from .dto import Change


@dataclass(frozen=True, slots=True)
class PreviousPlan:
    """The term before a given one and whether its KSRs can be carried into it."""

    from_id: str
    from_code: str
    ksr_count: int


def previous_term_with_ksrs(db: Database, quadrennium_id: str) -> PreviousPlan | None:
    """The latest earlier term that has a KSR set, or None."""
    with db.reading() as s:
        terms = roster_q.quadrennia(s)
        ids = [t.id for t in terms]
        if quadrennium_id not in ids:
            return None
        for term in reversed(terms[:ids.index(quadrennium_id)]):
            count = len(q.ksrs_of(s, term.id))
            if count:
                return PreviousPlan(term.id, term.code, count)
    return None


def carry_ksrs_forward(db: Database, quadrennium_id: str) -> Change:
    """Copy the previous plan's KSRs into a term that has none, marked provisional."""
    previous = previous_term_with_ksrs(db, quadrennium_id)
    with db.transaction(Label(N_("Carry the previous plan's KSRs forward"))) as tx:
        s = tx.session
        term = s.get_one(Quadrennium, quadrennium_id)
        if q.ksrs_of(s, quadrennium_id):
            raise RuleRefused(_("{term} already has a KSR set; load the new plan's file to "
                                "replace it.").format(term=term.code))
        if previous is None:
            raise RuleRefused(_("No earlier quadrennium has a KSR set to carry into {term}; "
                                "load the new plan's KSR file instead.").format(term=term.code))
        for k in q.ksrs_of(s, previous.from_id):
            s.add(KeySpeciesResult(quadrennium_id=quadrennium_id, number=k.number,
                                   objective_code=k.objective_code,
                                   objective_name=k.objective_name, title=k.title,
                                   provisional=True))
    summary = _("Carried {count} KSRs of {old} into {new} as a provisional set").format(
        count=previous.ksr_count, old=previous.from_code, new=term.code)
    return Change(tx.batch_id, summary, None)


def carry_targets_forward(db: Database, target_ids: Iterable[str], quadrennium_id: str,
                          today: date | None = None) -> Change:
    """Copy chosen targets of an earlier term into `quadrennium_id` (no updates copied)."""
    today = today or date.today()
    chosen = list(dict.fromkeys(target_ids))
    if not chosen:
        raise RuleRefused(_("Choose the targets to carry forward."))
    with db.transaction(Label(N_("Carry targets forward"))) as tx:
        s = tx.session
        term = s.get_one(Quadrennium, quadrennium_id)
        ksrs = {k.number: k for k in q.ksrs_of(s, quadrennium_id)}
        if not ksrs:
            raise RuleRefused(_("{term} has no KSR set yet; load the new plan's KSRs or carry "
                                "the previous ones forward first.").format(term=term.code))
        members = {p for p, _t in q.current_member_ids(s, _group_of(s, chosen[0]),
                                                       [quadrennium_id], today)}
        for old in _targets(s, chosen):
            if s.get_one(Quadrennium, old.quadrennium_id).starts_on >= term.starts_on:
                raise RuleRefused(_("The target {code} '{title}' is not from an earlier term "
                                    "than {term}; choose targets of a past term.").format(
                    code=old.code or "", title=old.title, term=term.code))
            twin = q.target_in_term(s, old.group_id, quadrennium_id, old.id, old.code,
                                    old.title)
            if twin is not None:
                raise RuleRefused(_("{term} already has the target {code} '{title}'; nothing "
                                    "was carried forward. Untick it and try again.").format(
                    term=term.code, code=old.code or "", title=old.title))
            ksr = ksrs.get(s.get_one(KeySpeciesResult, old.ksr_id).number)
            if ksr is None:
                raise RuleRefused(_("The {term} plan has no KSR numbered like the one of "
                                    "'{title}'; edit that target's KSR after loading the "
                                    "plan.").format(term=term.code, title=old.title))
            s.add(Target(
                group_id=old.group_id, quadrennium_id=quadrennium_id, ksr_id=ksr.id,
                title=old.title, description=old.description, indicator=old.indicator,
                unit=old.unit, baseline=old.baseline, target_value=old.target_value,
                is_milestone=old.is_milestone, due_on=max(old.due_on, term.ends_on),
                focal_point_id=old.focal_point_id if old.focal_point_id in members else None,
                code=old.code or q.next_target_code(s, old.group_id),
                geographic_scope=old.geographic_scope, carried_from_id=old.id))
            s.flush()
    summary = ngettext("Carried {count} target into {term}",
                       "Carried {count} targets into {term}", len(chosen)).format(
        count=len(chosen), term=term.code)
    return Change(tx.batch_id, summary, None)


def _group_of(s, target_id: str) -> str:
    target = s.get(Target, target_id)
    if target is None:
        raise RuleRefused(_("That target no longer exists. Reload the targets page."))
    return target.group_id


def _targets(s, ids: list[str]) -> list[Target]:
    out = []
    for target_id in ids:
        target = s.get(Target, target_id)
        if target is None:
            raise RuleRefused(_("That target no longer exists. Reload the targets page."))
        out.append(target)
    if len({t.group_id for t in out}) > 1:
        raise RuleRefused(_("Carry forward the targets of one group at a time."))
    return out
