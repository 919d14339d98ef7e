"""The quadrennium renewal: carry a group's roster from one term into the next.

Every current membership of the old term gets a decision: re-invite (ends as "term
ended" and starts again in the new term as invited, with a fresh renewal invitation)
or do not re-appoint (ends as "not re-appointed"). Someone already entered in the new
term (a co-chair added by hand, an early import) is shown as such and skipped: their old
membership ends as "term ended" and the new one is left as it is. The preview changes
nothing; the commit is one transaction, so one undo step. The old term keeps its rows and
history. A second run finds nobody current in the old term, so it cannot duplicate anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain import lifecycle
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.people import Problem, display_name
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import (
    Group,
    Invitation,
    Membership,
    MembershipRole,
    MembershipTransition,
    Quadrennium,
    new_id,
)
from ..store.queries import lifecycle as q
from .dto import Change
from .invitations import CHANNELS, deadline_days, step_one

REINVITE = "reinvite"
DO_NOT_REAPPOINT = "do_not_reappoint"
ALREADY_ENTERED = "already_entered"  # has a membership in the new term: skipped


@dataclass(frozen=True, slots=True)
class Decision:
    reinvite: bool
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RenewalRow:
    membership_id: str
    person_id: str
    name: str
    email: str
    status: str
    status_name: str
    roles: tuple[str, ...]
    decision: str  # REINVITE | DO_NOT_REAPPOINT | ALREADY_ENTERED
    new_status_name: str = ""  # their status in the new term when already entered

    @property
    def already_entered(self) -> bool:
        return self.decision == ALREADY_ENTERED


@dataclass(frozen=True, slots=True)
class RenewalPlan:
    group_id: str
    group_name: str
    from_id: str
    from_code: str
    to_id: str
    to_code: str
    rows: tuple[RenewalRow, ...]
    blocked: str | None  # why the renewal cannot be committed, or None

    def default_decisions(self) -> dict[str, Decision]:
        """The chair's choices: every row but those already entered in the new term."""
        return {r.membership_id: Decision(r.decision == REINVITE, r.roles) for r in self.rows
                if not r.already_entered}

    @property
    def skipped(self) -> tuple[RenewalRow, ...]:
        return tuple(r for r in self.rows if r.already_entered)


def _terms(s, from_id: str, to_id: str) -> tuple[Quadrennium, Quadrennium]:
    old, new = s.get(Quadrennium, from_id), s.get(Quadrennium, to_id)
    if old is None or new is None:
        raise RuleRefused(_("Choose the quadrennium to renew from and the one to renew into."))
    if new.starts_on <= old.starts_on:
        raise RuleRefused(_("A group can only be renewed into a later quadrennium; {code} does not "
                            "come after {code2}.").format(code=new.code, code2=old.code))
    return old, new


def preview_renewal(db: Database, group_id: str, from_id: str, to_id: str,
                    today: date | None = None) -> RenewalPlan:
    """Every current member of the old term with a proposed decision; changes nothing."""
    today = today or date.today()
    statuses = reference().statuses
    with db.reading() as s:
        group = s.get(Group, group_id)
        if group is None:
            raise RuleRefused(_("That group no longer exists. Choose another group."))
        old, new = _terms(s, from_id, to_id)
        members = [m for m in q.members(s, group_id, from_id)
                   if m.status in lifecycle.NOT_ENDED]
        roles = q.current_roles(s, [m.membership_id for m in members],
                                min(today, old.ends_on))
        entered = {m.person_id: m.status for m in q.members(s, group_id, to_id)}
        plan_head = (group.name, old.code, new.code)
    rows = sorted((RenewalRow(
        membership_id=m.membership_id, person_id=m.person_id,
        name=display_name(m.given_names, m.family_name), email=m.email or "",
        status=m.status, status_name=statuses[m.status].name,
        roles=tuple(dict.fromkeys(roles.get(m.membership_id, ()))) or ("member",),
        decision=ALREADY_ENTERED if m.person_id in entered else REINVITE,
        new_status_name=statuses[entered[m.person_id]].name if m.person_id in entered
        else "") for m in members),
        key=lambda r: r.name.casefold())
    return RenewalPlan(group_id, plan_head[0], from_id, plan_head[1], to_id, plan_head[2],
                       tuple(rows), None)


def commit_renewal(db: Database, group_id: str, from_id: str, to_id: str,
                   decisions: Mapping[str, Decision] | None = None, *, on: date,
                   channel: str = "commission_system", sent_by: str = "",
                   deadline_days_: int | None = None,
                   progress: Progress = NO_PROGRESS) -> Change:
    """End the old term's memberships and invite the re-invited into the new term."""
    plan = preview_renewal(db, group_id, from_id, to_id, on)
    if not plan.rows:
        raise RuleRefused(_("The {group_name} has no current members in {from_code} to carry "
                            "forward.").format(
                                group_name=plan.group_name, from_code=plan.from_code))
    chosen = dict(plan.default_decisions())
    if decisions is not None:
        unknown = set(decisions) - set(chosen)
        if unknown:
            raise RuleRefused(_("Some decisions are for members who are not in the renewal any "
                                "more. Preview the renewal again."))
        chosen.update(decisions)
    ref = reference()
    for d in chosen.values():
        bad = [r for r in d.roles if r not in ref.roles]
        if bad:
            raise ValidationFailed([Problem("roles", _("'{bad}' is not a role; choose roles from "
                                                       "the list.").format(bad=bad[0]))])
    if channel not in CHANNELS:
        raise ValidationFailed([Problem("channel", _("Choose how the invitations are sent."))])
    days = deadline_days_ if deadline_days_ is not None else deadline_days(db)
    reinvited = sum(d.reinvite for d in chosen.values())
    skipped = {r.membership_id for r in plan.skipped}
    label = Label(N_("Renew {group} into {term}: {reinvited} re-invited, {dropped} not "
                     "re-appointed, {skipped} already entered") if skipped else
                  N_("Renew {group} into {term}: {reinvited} re-invited, {dropped} not "
                     "re-appointed"),
                  group=plan.group_name, term=plan.to_code, reinvited=reinvited,
                  dropped=len(chosen) - reinvited, skipped=len(skipped))
    total = len(plan.rows)
    with db.transaction(label, isolation="REPEATABLE READ") as tx:
        s = tx.session
        old, new = _terms(s, from_id, to_id)
        entered = {m.person_id for m in q.members(s, group_id, to_id)}
        since = q.last_step_days(s, [*chosen, *skipped])
        ends_on = min(on, old.ends_on)
        starts_on = max(on, new.starts_on)
        fresh: list[tuple[Membership, Decision]] = []
        for done, m in enumerate(q.memberships(s, [*chosen, *skipped]), start=1):
            if done % 50 == 0:
                progress.step(done, total, _("Renewing {done} of {total} members").format(
                    done=done, total=total))
            decision = chosen.get(m.id, Decision(True, ()))
            end_day = max(ends_on, since.get(m.id, ends_on), m.starts_on or ends_on)
            action = "end_term" if decision.reinvite else "not_reappoint"
            lifecycle.check(action, m.status, on=end_day)
            step_one(s, m, action, end_day, note=_("Renewal into {code}").format(code=new.code))
            if decision.reinvite and m.person_id not in entered:
                # Entered meanwhile by someone else (another window): skipped, not doubled.
                membership = Membership(id=new_id(), person_id=m.person_id, group_id=group_id,
                                        quadrennium_id=new.id, status="invited",
                                        starts_on=starts_on,
                                        proposed_by=_("Renewal from {code}").format(code=old.code))
                s.add(membership)
                fresh.append((membership, decision))
        # The new memberships must exist before the rows that point at them.
        s.flush()
        for membership, decision in fresh:
            for role in decision.roles or ("member",):
                s.add(MembershipRole(membership_id=membership.id,
                                     person_id=membership.person_id, role=role,
                                     starts_on=starts_on))
            s.add(MembershipTransition(membership_id=membership.id,
                                       person_id=membership.person_id, from_status=None,
                                       to_status="invited", on=on,
                                       note=_("Renewal from {code}").format(code=old.code)))
            s.add(Invitation(membership_id=membership.id, person_id=membership.person_id,
                             sent_on=on, channel=channel, sent_by=sent_by,
                             deadline_on=on + timedelta(days=days), is_renewal=True))
        progress.step(total, total, _("Saving"))
    return Change(tx.batch_id, label.render(), None)
