"""The membership life cycle: which step may follow which status, and why not when refused.

proposed → invited → accepted → active (validated), with the endings declined, expired
(no response), resigned, removed, term ended, not re-appointed, deceased and transferred.
Every allowed step is listed in TRANSITIONS; anything else is refused with a sentence that
says why. Each step happens on a day, never before the step that came before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..i18n import N_, _
from .errors import RuleRefused

PIPELINE = ("proposed", "invited", "accepted")
ENDED = ("declined", "expired", "resigned", "removed", "term_ended", "not_reappointed",
         "deceased", "transferred")
NOT_ENDED = (*PIPELINE, "active")


@dataclass(frozen=True, slots=True)
class Transition:
    action: str
    verb: str  # completes "Cannot …:"; {who} is " Ana Silva", {of} is " of Ana Silva"
    allowed_from: tuple[str, ...]
    to_status: str


TRANSITIONS: dict[str, Transition] = {t.action: t for t in (
    Transition("invite", "invite{who}", ("proposed", "expired"), "invited"),
    Transition("accept", "mark{who} as accepted", ("invited",), "accepted"),
    Transition("validate", "validate{who}", ("accepted",), "active"),
    Transition("decline", "mark{who} as declined", ("invited",), "declined"),
    Transition("expire", "mark{who} as expired", ("invited",), "expired"),
    Transition("resign", "record the resignation{of}", ("accepted", "active"), "resigned"),
    Transition("remove", "remove{who}", NOT_ENDED, "removed"),
    Transition("end_term", "end the term{of}", NOT_ENDED, "term_ended"),
    Transition("not_reappoint", "mark{who} as not re-appointed", NOT_ENDED, "not_reappointed"),
    Transition("record_death", "record the death{of}", NOT_ENDED, "deceased"),
    Transition("transfer", "transfer{who}", ("accepted", "active"), "transferred"),
)}

# A reminder changes no status, but it has its rule too: only an open invitation.
REMIND_FROM = ("invited",)

END_REASON_ACTIONS = {
    "declined": "decline", "expired": "expire", "resigned": "resign", "removed": "remove",
    "term_ended": "end_term", "not_reappointed": "not_reappoint", "deceased": "record_death",
    "transferred": "transfer",
}

_WHY_NOT = {
    ("invite", "invited"): N_("the invitation has already been sent"),
    ("invite", "accepted"): N_("the invitation has already been accepted"),
    ("invite", "active"): N_("the membership is already validated"),
    ("accept", "proposed"): N_("no invitation has been sent yet"),
    ("accept", "accepted"): N_("the invitation has already been accepted"),
    ("accept", "active"): N_("the membership is already validated"),
    ("validate", "proposed"): N_("no invitation has been sent yet"),
    ("validate", "invited"): N_("the invitation has not been accepted"),
    ("validate", "active"): N_("the membership is already validated"),
    ("decline", "proposed"): N_("no invitation has been sent yet"),
    ("decline", "accepted"): N_("the invitation was accepted; record a resignation instead"),
    ("decline", "active"): N_("the membership is validated; record a resignation instead"),
    ("expire", "proposed"): N_("no invitation has been sent yet"),
    ("expire", "accepted"): N_("the invitation has been accepted"),
    ("expire", "active"): N_("the membership is already validated"),
    ("resign", "proposed"): N_("the person has not joined; remove the proposal instead"),
    ("resign", "invited"): N_("the invitation is still open; mark it as declined instead"),
    ("transfer", "proposed"): N_("the person has not joined the group yet"),
    ("transfer", "invited"): N_("the invitation has not been accepted"),
    ("remind", "proposed"): N_("no invitation has been sent yet"),
    ("remind", "accepted"): N_("the invitation has already been accepted"),
    ("remind", "active"): N_("the membership is already validated"),
}


# What "Cannot …" refuses to do, with and without the person's name.
_VERBS = {
    "invite": (N_("invite {name}"), N_("invite")),
    "accept": (N_("mark {name} as accepted"), N_("mark as accepted")),
    "validate": (N_("validate {name}"), N_("validate")),
    "decline": (N_("mark {name} as declined"), N_("mark as declined")),
    "expire": (N_("mark {name} as expired"), N_("mark as expired")),
    "resign": (N_("record the resignation of {name}"), N_("record the resignation")),
    "remove": (N_("remove {name}"), N_("remove")),
    "end_term": (N_("end the term of {name}"), N_("end the term")),
    "not_reappoint": (N_("mark {name} as not re-appointed"), N_("mark as not re-appointed")),
    "record_death": (N_("record the death of {name}"), N_("record the death")),
    "transfer": (N_("transfer {name}"), N_("transfer")),
    "remind": (N_("send a reminder to {name}"), N_("send a reminder")),
}


def why_not(action: str, status: str) -> str | None:
    """None when the step is allowed from this status, else the reason it is not."""
    allowed = REMIND_FROM if action == "remind" else TRANSITIONS[action].allowed_from
    if status in allowed:
        return None
    if status in ENDED:
        return _("the membership has already ended ({status})").format(
            status=_status_name(status))
    if (action, status) in _WHY_NOT:
        return _(_WHY_NOT[(action, status)])
    return _("the membership is {status}").format(status=_status_name(status))


def _status_name(status: str) -> str:
    from .reference_names import status_name

    return status_name(status).lower()


def _verb(action: str, name: str) -> str:
    with_name, without = _VERBS[action]
    return _(with_name).format(name=name) if name else _(without)


def check(action: str, status: str, *, on: date, name: str = "",
          since: date | None = None) -> str:
    """The status after `action` on day `on`, or RuleRefused saying why not.

    `since` is the day of the membership's latest step: a step cannot come before it.
    """
    if action != "remind" and action not in TRANSITIONS:
        raise RuleRefused(_("'{action}' is not a step of the membership life cycle.").format(
            action=action))
    reason = why_not(action, status)
    if reason is not None:
        raise RuleRefused(_("Cannot {step}: {reason}.").format(step=_verb(action, name),
                                                               reason=reason))
    if since is not None and on < since:
        raise RuleRefused(_("Cannot {step} on {day}: the previous step was on {since}. Choose "
                            "a later date.").format(step=_verb(action, name), day=on.isoformat(),
                                                    since=since.isoformat()))
    return status if action == "remind" else TRANSITIONS[action].to_status


def allowed_actions(status: str) -> list[str]:
    """The steps that may follow a status (reminders included), in life-cycle order."""
    out = [a for a, t in TRANSITIONS.items() if status in t.allowed_from]
    if status in REMIND_FROM:
        out.insert(out.index("accept"), "remind")
    return out


def action_for_end_reason(reason: str) -> str:
    return END_REASON_ACTIONS[reason]


def is_overdue(status: str, deadline_on: date | None, responded_on: date | None,
               today: date) -> bool:
    """An invitation still open after its deadline (computed when asked, never stored)."""
    return (status == "invited" and deadline_on is not None and responded_on is None
            and today > deadline_on)


def full_name(given_names: str, family_name: str) -> str:
    """'Ana Silva', as a sentence or a letter names someone (rosters use 'Silva, Ana')."""
    return " ".join(p for p in (given_names, family_name) if p)


def steps_between(from_status: str, to_status: str) -> list[str] | None:
    """The shortest list of steps leading from one status to another (a file may say
    "Active" of someone the app has as invited: accepted, then validated), or None."""
    if from_status == to_status:
        return []
    paths: dict[str, list[str]] = {from_status: []}
    frontier = [from_status]
    while frontier:
        following = []
        for status in frontier:
            for action in allowed_actions(status):
                if action == "remind":
                    continue
                after = TRANSITIONS[action].to_status
                if after not in paths:
                    paths[after] = [*paths[status], action]
                    if after == to_status:
                        return paths[after]
                    following.append(after)
        frontier = following
    return None


def why_not_move(from_status: str, to_status: str, name: str = "") -> str | None:
    """None when the life cycle leads from one status to the other, else the sentence the
    Invitations page gives for the step that would get there."""
    if steps_between(from_status, to_status) is not None:
        return None
    action = next((a for a, t in TRANSITIONS.items() if t.to_status == to_status), None)
    if action is None:  # nothing leads back to a proposal
        return _("Cannot make {name} a proposal again: the membership is {status}; a "
                 "proposal comes before any invitation.").format(
            name=name or _("this person"), status=_status_name(from_status))
    reason = why_not(action, from_status)
    if reason is None:
        return None
    return _("Cannot {step}: {reason}.").format(step=_verb(action, name), reason=reason)
