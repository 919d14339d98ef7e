"""The invitation pipeline: who is proposed, invited, overdue, accepted, validated; bulk steps.

Every step goes through the life-cycle rules (domain.lifecycle). A bulk step on a
selection is one transaction, so one undo step; if any selected membership may not
take the step, nothing changes and the sentence says who and why. "Overdue" is worked
out from dates each time it is asked for: nothing runs in the background.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy.orm import Session

from ..domain import lifecycle
from ..domain.errors import RuleRefused, ValidationFailed
from ..domain.lifecycle import full_name
from ..domain.people import Problem
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.models import (
    Invitation,
    Membership,
    MembershipTransition,
    Reminder,
    Setting,
)
from ..store.queries import lifecycle as q
from .dto import Change
from .invitation_pipeline import Pipeline, PipelineCounts, PipelineRow, counts, read_pipeline

__all__ = ["CHANNELS", "DEADLINE_SETTING", "DEFAULT_DEADLINE_DAYS", "STAGES", "Pipeline",
           "PipelineCounts", "PipelineRow", "counts", "deadline_days", "invite",
           "mark_accepted", "mark_declined", "mark_expired", "pipeline", "pipeline_counts",
           "pipeline_table", "remind", "set_deadline_days", "step_one", "take_step",
           "validate", "waiting"]

DEADLINE_SETTING = "invitation_deadline_days"
DEFAULT_DEADLINE_DAYS = 30
CHANNELS = {"commission_system": "Commission System", "email": "E-mail"}
STAGES = ("proposed", "invited", "accepted", "active", "ended")


# ------------------------------------------------------------------------ settings

def deadline_days(db: Database) -> int:
    """Days an invitee has to answer (a per-database setting, 30 unless changed)."""
    with db.reading() as s:
        value = q.setting(s, DEADLINE_SETTING)
    try:
        return int(value) if value is not None else DEFAULT_DEADLINE_DAYS
    except ValueError:
        return DEFAULT_DEADLINE_DAYS


def set_deadline_days(db: Database, days: int) -> None:
    if not 1 <= days <= 365:
        raise ValidationFailed([Problem("deadline_days",
                                        _("The response deadline must be 1 to 365 days."))])
    with db.transaction(Label(N_("Set the invitation deadline to {days} days"), days=days)) as tx:
        s = tx.session
        row = s.get(Setting, DEADLINE_SETTING)
        if row is None:
            s.add(Setting(key=DEADLINE_SETTING, value=str(days)))
        else:
            row.value = str(days)


# ------------------------------------------------------------------------ reading

def pipeline(db: Database, group_id: str, quadrennium_id: str,
             today: date | None = None) -> list[PipelineRow]:
    """Every membership of a group's term with its invitation state, by family name."""
    return list(read_pipeline(db, group_id, quadrennium_id, today or date.today(),
                              with_onboarding=False))


def pipeline_table(db: Database, group_id: str, quadrennium_id: str,
                   today: date | None = None) -> Pipeline:
    """The pipeline as the Invitations page shows it: the rows of pipeline() made when
    first read (but no last step: last_step_on is None), with the onboarding of the
    accepted and validated (Pipeline.completion, as onboarding.group_onboarding)."""
    return read_pipeline(db, group_id, quadrennium_id, today or date.today(),
                         with_onboarding=True)


def waiting(db: Database, group_id: str, quadrennium_id: str,
            today: date | None = None) -> tuple[int, int]:
    """(overdue invitations, acceptances to validate): the counts of pipeline() that need
    the chair, read without building the whole pipeline."""
    counts = pipeline_counts(db, group_id, quadrennium_id, today)
    return counts.overdue, counts.accepted


def pipeline_counts(db: Database, group_id: str, quadrennium_id: str,
                    today: date | None = None) -> PipelineCounts:
    """counts(pipeline(...)) without building the rows: one query of statuses and latest
    invitations (Home's agenda at 10,000 members)."""
    today = today or date.today()
    with db.reading() as s:
        states = q.invitation_states(s, group_id, quadrennium_id)
    by_stage = Counter("ended" if status in lifecycle.ENDED else status
                       for status, _deadline, _responded in states)
    overdue = sum(lifecycle.is_overdue(status, deadline, responded, today)
                  for status, deadline, responded in states)
    return PipelineCounts(by_stage["proposed"], by_stage["invited"], overdue,
                          by_stage["accepted"], by_stage["active"], by_stage["ended"])


# ------------------------------------------------------------------------ steps

# The operation's name in the history and the undo menu; {who} is a name or "3 members".
_LABELS = {
    "invite": N_("Invite {who}"), "remind": N_("Send a reminder to {who}"),
    "accept": N_("Mark accepted {who}"), "validate": N_("Validate {who}"),
    "decline": N_("Mark declined {who}"), "expire": N_("Mark expired {who}"),
    "resign": N_("Record resignation of {who}"), "remove": N_("Remove {who}"),
    "end_term": N_("End the term of {who}"), "not_reappoint": N_("Do not re-appoint {who}"),
    "record_death": N_("Record death of {who}"), "transfer": N_("Transfer {who}"),
}


def invite(db: Database, membership_ids: list[str], on: date, *,
           channel: str = "commission_system", sent_by: str = "",
           deadline_days_: int | None = None) -> Change:
    if channel not in CHANNELS:
        raise ValidationFailed([Problem("channel", _("Choose how the invitation was sent."))])
    days = deadline_days_ if deadline_days_ is not None else deadline_days(db)
    return take_step(db, membership_ids, "invite", on, channel=channel, sent_by=sent_by,
                     deadline_on=on + timedelta(days=days))


def remind(db: Database, membership_ids: list[str], on: date,
           channel: str = "email") -> Change:
    return take_step(db, membership_ids, "remind", on, channel=channel)


def mark_accepted(db: Database, membership_ids: list[str], on: date) -> Change:
    return take_step(db, membership_ids, "accept", on)


def validate(db: Database, membership_ids: list[str], on: date) -> Change:
    return take_step(db, membership_ids, "validate", on)


def mark_declined(db: Database, membership_ids: list[str], on: date) -> Change:
    return take_step(db, membership_ids, "decline", on)


def mark_expired(db: Database, membership_ids: list[str], on: date) -> Change:
    return take_step(db, membership_ids, "expire", on)


def take_step(db: Database, membership_ids: list[str], action: str, on: date, *,
              channel: str = "commission_system", sent_by: str = "",
              deadline_on: date | None = None, note: str = "") -> Change:
    """One life-cycle step for every selected membership, in one transaction, or none."""
    ids = list(dict.fromkeys(membership_ids))
    if not ids:
        raise RuleRefused(_("Select at least one member first."))
    with db.reading() as s:
        rows = {r.membership_id: r for r in q.members_by_id(s, ids)}
        since = q.last_step_days(s, ids)
    if len(rows) < len(ids):
        raise RuleRefused(_("Some of the selected memberships no longer exist. Reload the page."))
    refusals = []
    for membership_id in ids:
        r = rows[membership_id]
        try:
            lifecycle.check(action, r.status, on=on, since=since.get(membership_id),
                            name=full_name(r.given_names, r.family_name))
        except RuleRefused as exc:
            refusals.append(str(exc))
    if refusals:
        more = len(refusals) - 1
        if more:
            raise RuleRefused(_("{refusal} {more} more of the {count} selected cannot take this "
                                "step either. Nothing was changed.").format(
                                    refusal=refusals[0], more=more, count=len(ids)))
        raise RuleRefused(_("{refusal} Nothing was changed.").format(refusal=refusals[0]))
    first = rows[ids[0]]
    who = (full_name(first.given_names, first.family_name) if len(ids) == 1
           else Label(N_("{n} members"), n=len(ids)))  # two or more: no singular
    label = Label(_LABELS[action], who=who)
    with db.transaction(label, isolation="REPEATABLE READ") as tx:
        s = tx.session
        for m in q.memberships(s, ids):
            step_one(s, m, action, on, channel=channel, sent_by=sent_by,
                     deadline_on=deadline_on, note=note)
    return Change(tx.batch_id, label.render(), ids[0] if len(ids) == 1 else None)


def step_one(s: Session, m: Membership, action: str, on: date, *,
             channel: str = "commission_system", sent_by: str = "",
             deadline_on: date | None = None, note: str = "",
             end_reason: str | None = None) -> None:
    """Apply one already-checked step to a membership inside the caller's transaction."""
    if action == "invite":
        s.add(Invitation(membership_id=m.id, person_id=m.person_id, sent_on=on,
                         channel=channel, sent_by=sent_by,
                         deadline_on=deadline_on or on + timedelta(days=DEFAULT_DEADLINE_DAYS),
                         is_renewal=False))
    elif action == "remind":
        invitation = _open_invitation(s, m, on)
        s.add(Reminder(invitation_id=invitation.id, person_id=m.person_id, sent_on=on,
                       channel=channel))
        return
    elif action in ("accept", "decline"):
        invitation = _open_invitation(s, m, on)
        invitation.response = "accepted" if action == "accept" else "declined"
        invitation.responded_on = on
    elif action == "validate" and m.starts_on is None:
        m.starts_on = on
    to_status = lifecycle.TRANSITIONS[action].to_status
    s.add(MembershipTransition(membership_id=m.id, person_id=m.person_id,
                               from_status=m.status, to_status=to_status, on=on, note=note))
    m.status = to_status
    if to_status in lifecycle.ENDED:
        m.end_reason, m.ends_on = end_reason or to_status, on
        for role in m.roles:
            if role.ends_on is None or role.ends_on > on:
                role.ends_on = on


def _open_invitation(s: Session, m: Membership, on: date) -> Invitation:
    """The membership's latest invitation; one is recorded if the invitee was marked
    invited without it (an imported roster, say), so reminders and answers have a home."""
    latest = q.latest_invitation(s, m.id)
    if latest is not None:
        return latest
    sent_on = m.starts_on or on
    invitation = Invitation(membership_id=m.id, person_id=m.person_id, sent_on=sent_on,
                            channel="commission_system", sent_by="",
                            deadline_on=sent_on + timedelta(days=DEFAULT_DEADLINE_DAYS),
                            is_renewal=False)
    s.add(invitation)
    s.flush()
    return invitation
