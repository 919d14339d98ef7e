"""Intervention letter requests: the review workflow, its vocabulary and validation rules.

Pure Python. The workflow follows section 4.5 of the Guide to IUCN SSC Membership
2021-2025: the group leader gathers the evidence, sends the request to the SSC Network
Coordinator, the Chair's Office reviews and signs, the letter goes to the addressee,
and the leader tracks the response and its impact. Every allowed step is listed in
TRANSITIONS; anything else is refused with a sentence that says why.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from .errors import RuleRefused
from .people import Problem, tidy
from .reference import reference

# Who holds a request: the person or office the next step depends on.
LEADER, COORDINATOR, CHAIR_OFFICE, ADDRESSEE, NOBODY = (
    "leader", "coordinator", "chair_office", "addressee", "nobody")
HOLDERS = {
    LEADER: "Group leader",
    COORDINATOR: "Network Coordinator",
    CHAIR_OFFICE: "Chair's Office",
    ADDRESSEE: "Addressee",
    NOBODY: "Nobody",
}


@dataclass(frozen=True, slots=True)
class LetterState:
    code: str
    name: str
    holder: str
    waits_for: str  # what has to happen next, as a phrase after "Waits for"
    action: str  # the verb phrase of moving a request INTO this state ("mark as signed")
    prerequisite: str  # why it cannot move here yet, after "the request "
    final: bool = False


STATES: dict[str, LetterState] = {s.code: s for s in (
    LetterState("draft", "Draft", LEADER,
                "the leader to gather the evidence, facts and stakeholders",
                "reopen as a draft", "is past the draft stage"),
    LetterState("evidence_gathered", "Evidence gathered", LEADER,
                "the leader to send the request to the Network Coordinator",
                "mark the evidence as gathered", "is not a draft"),
    LetterState("sent_to_coordinator", "Sent to the Network Coordinator", COORDINATOR,
                "the Network Coordinator to co-draft the letter and pass it to the "
                "Chair's Office",
                "mark as sent to the Network Coordinator",
                "has no gathered evidence yet"),
    LetterState("under_review", "Under review by the Chair's Office", CHAIR_OFFICE,
                "the Chair's Office to review the draft and sign it",
                "mark as under review by the Chair's Office",
                "has not been sent to the Network Coordinator yet"),
    LetterState("signed", "Signed", CHAIR_OFFICE,
                "the Chair's Office to send the signed letter to the addressee",
                "mark as signed",
                "is not under review by the Chair's Office yet"),
    LetterState("sent_to_addressee", "Sent to the addressee", ADDRESSEE,
                "a response from the addressee",
                "mark as sent to the addressee", "is not signed yet"),
    LetterState("response_received", "Response received", LEADER,
                "the leader to record the impact and close the request",
                "record a response", "has not been sent to the addressee yet"),
    LetterState("no_response", "No response", LEADER,
                "a follow-up with the addressee, or closing the request",
                "record that no response came", "has not been sent to the addressee yet"),
    LetterState("closed", "Closed", NOBODY, "nothing (closed)", "close",
                "is still waiting for the letter to be sent and answered", final=True),
    LetterState("withdrawn", "Withdrawn", NOBODY, "nothing (withdrawn)", "withdraw",
                "is already finished", final=True),
)}
STATE_ORDER = tuple(STATES)
OPEN_STATES = tuple(code for code, s in STATES.items() if not s.final)

# Every allowed step. Withdrawal is possible from every open state; a late answer can
# still be recorded after "no response".
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("evidence_gathered", "withdrawn"),
    "evidence_gathered": ("sent_to_coordinator", "withdrawn"),
    "sent_to_coordinator": ("under_review", "withdrawn"),
    "under_review": ("signed", "withdrawn"),
    "signed": ("sent_to_addressee", "withdrawn"),
    "sent_to_addressee": ("response_received", "no_response", "withdrawn"),
    "response_received": ("closed", "withdrawn"),
    "no_response": ("response_received", "closed", "withdrawn"),
    "closed": (),
    "withdrawn": (),
}

ADDRESSEE_TYPES = {
    "government": "Government",
    "company": "Company",
    "intergovernmental": "Intergovernmental body",
    "other": "Other",
}
URGENCIES = {
    "normal": "Normal",
    "high": "High",
    "urgent": "Urgent (a decision is imminent)",
}
SIGNATORIES = {
    "ssc_chair": "SSC Chair",
    "co_signature": "Co-signature with the SSC Chair",
    "director_general": "IUCN Director General",
}
RED_LIST_CATEGORIES = {
    "EX": "Extinct", "EW": "Extinct in the Wild", "CR": "Critically Endangered",
    "EN": "Endangered", "VU": "Vulnerable", "NT": "Near Threatened",
    "LC": "Least Concern", "DD": "Data Deficient", "NE": "Not Evaluated",
}
DIALOGUE = {"yes": "Yes", "partly": "Partly", "no": "No"}


def state_of(code: str) -> LetterState:
    return STATES[code]


def allowed_next(state: str) -> tuple[str, ...]:
    """The steps a request in `state` may take next, in workflow order."""
    return TRANSITIONS.get(state, ())


def check_transition(current: str, target: str) -> None:
    """Refuse, with a sentence that says why, a step the workflow does not allow."""
    if target not in STATES:
        raise RuleRefused(f"'{target}' is not a step of the letter workflow.")
    if target in allowed_next(current):
        return
    goal, now = STATES[target], STATES[current]
    if now.final:
        raise RuleRefused(f"Cannot {goal.action}: the request is "
                          f"{'withdrawn' if current == 'withdrawn' else 'closed'}.")
    if target == current:
        raise RuleRefused(f"Cannot {goal.action}: the request is already at that step "
                          f"({now.name.lower()}).")
    if STATE_ORDER.index(target) < STATE_ORDER.index(current):
        raise RuleRefused(f"Cannot {goal.action}: the request is already further on "
                          f"({now.name}).")
    raise RuleRefused(f"Cannot {goal.action}: the request {goal.prerequisite}.")


def check_step_date(on: date, *, requested_on: date, last_step_on: date | None,
                    last_step_name: str | None, today: date) -> None:
    """A step's date may not precede the request or its previous step, nor lie ahead."""
    if on > today:
        raise RuleRefused(f"The step's date ({on.isoformat()}) is in the future; "
                          "record a step on the day it happened.")
    if on < requested_on:
        raise RuleRefused(f"The step's date ({on.isoformat()}) is before the request date "
                          f"({requested_on.isoformat()}); choose a later date.")
    if last_step_on is not None and on < last_step_on:
        raise RuleRefused(f"The step's date ({on.isoformat()}) is before the previous step "
                          f"({last_step_name}, {last_step_on.isoformat()}); "
                          "choose a later date.")


def is_overdue(state: str, follow_up_on: date | None, today: date) -> bool:
    """An open request whose follow-up date has passed."""
    return follow_up_on is not None and follow_up_on < today and not STATES[state].final


# --------------------------------------------------------------------------- fields

@dataclass(frozen=True, slots=True)
class LetterFields:
    """Everything a leader types about a request (state and dates of steps excluded)."""

    title: str = ""
    addressee_name: str = ""
    addressee_type: str = "government"
    addressee_country: str | None = None
    species_scientific: str = ""
    species_common: str = ""
    red_list_category: str | None = None
    threat: str = ""
    action_requested: str = ""
    evidence_summary: str = ""
    key_facts: str = ""
    stakeholders: str = ""
    requested_by_id: str | None = None
    alert_raised_by_id: str | None = None
    urgency: str = "normal"
    signatories: tuple[str, ...] = ("ssc_chair",)
    co_signatory: str = ""
    requested_on: date | None = None
    follow_up_on: date | None = None
    response_received_on: date | None = None
    response_summary: str = ""
    dialogue_opened: str | None = None
    impact: str = ""
    notes: str = ""

    def cleaned(self) -> LetterFields:
        """Tidy one-line text, trim long text, upper-case codes, empty optionals to None."""
        changes: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, str):
                continue
            value = value.strip() if f.name in LONG_TEXT else tidy(value)
            if f.name in ("addressee_country", "red_list_category"):
                value = value.upper()
            if value == "" and f.name in _OPTIONAL:
                value = None
            changes[f.name] = value
        order = [code for code in SIGNATORIES if code in self.signatories]
        extra = [code for code in self.signatories if code not in SIGNATORIES]
        changes["signatories"] = tuple(order + extra)
        return replace(self, **changes)


LONG_TEXT = frozenset({"threat", "action_requested", "evidence_summary", "key_facts",
                       "stakeholders", "response_summary", "impact", "notes"})
_OPTIONAL = frozenset({"addressee_country", "red_list_category", "requested_by_id",
                       "alert_raised_by_id", "dialogue_opened"})
LETTER_FIELD_NAMES = tuple(f.name for f in fields(LetterFields))
TITLE_MAX = 400


def validate_letter(letter: LetterFields, today: date) -> list[Problem]:
    """Every problem with a request's fields, each one sentence that says what to fix."""
    f = letter.cleaned()
    problems: list[Problem] = []
    if not f.title:
        problems.append(Problem("title", "Enter a title for the request (what the letter "
                                         "is about, in a few words)."))
    elif len(f.title) > TITLE_MAX:
        problems.append(Problem("title", f"The title is longer than {TITLE_MAX} characters; "
                                         "shorten it."))
    if f.addressee_type not in ADDRESSEE_TYPES:
        problems.append(Problem("addressee_type", "Choose the addressee's type from the list "
                                                  "(government, company, intergovernmental "
                                                  "body, other)."))
    if f.addressee_country and f.addressee_country not in reference().countries:
        problems.append(Problem("addressee_country",
                                f"Addressee country '{f.addressee_country}' is not a country "
                                "code; choose a country from the list."))
    if f.red_list_category and f.red_list_category not in RED_LIST_CATEGORIES:
        problems.append(Problem("red_list_category",
                                f"'{f.red_list_category}' is not a Red List category; choose "
                                "one of EX, EW, CR, EN, VU, NT, LC, DD, NE."))
    if f.urgency not in URGENCIES:
        problems.append(Problem("urgency", "Choose the urgency from the list."))
    unknown = [s for s in f.signatories if s not in SIGNATORIES]
    if unknown:
        problems.append(Problem("signatories", f"'{unknown[0]}' is not a signatory; choose "
                                               "SSC Chair, co-signature or IUCN Director "
                                               "General."))
    elif not f.signatories:
        problems.append(Problem("signatories", "Choose who is asked to sign the letter."))
    if "co_signature" in f.signatories and not f.co_signatory:
        problems.append(Problem("co_signatory", "Name who co-signs with the SSC Chair, or "
                                                "untick the co-signature."))
    if f.dialogue_opened and f.dialogue_opened not in DIALOGUE:
        problems.append(Problem("dialogue_opened", "Choose whether a dialogue opened: yes, "
                                                   "partly or no."))
    problems.extend(_date_problems(f, today))
    return problems


def _date_problems(f: LetterFields, today: date) -> list[Problem]:
    problems = []
    if f.requested_on is None:
        problems.append(Problem("requested_on", "Enter the date the request was made."))
        return problems
    asked = f.requested_on.isoformat()
    if f.requested_on > today:
        problems.append(Problem("requested_on", f"The request date ({asked}) is in the "
                                                "future; enter the day the request was made."))
    if f.follow_up_on is not None and f.follow_up_on < f.requested_on:
        problems.append(Problem("follow_up_on",
                                f"The follow-up date ({f.follow_up_on.isoformat()}) is before "
                                f"the request date ({asked}); choose a later follow-up date."))
    if f.response_received_on is not None and f.response_received_on < f.requested_on:
        problems.append(Problem("response_received_on",
                                f"The response date ({f.response_received_on.isoformat()}) is "
                                f"before the request date ({asked}); correct one of them."))
    if f.response_received_on is not None and f.response_received_on > today:
        problems.append(Problem("response_received_on",
                                f"The response date ({f.response_received_on.isoformat()}) is "
                                "in the future."))
    return problems


def not_a_member(role: str, name: str, group_name: str) -> Problem:
    """The sentence for a requester (or alert raiser) who is not in the group."""
    field = "requested_by_id" if role == "Requested by" else "alert_raised_by_id"
    return Problem(field, f"{role}: {name} is not a member of the {group_name}; choose a "
                          "member of the group.")


def signatories_text(codes: tuple[str, ...], co_signatory: str = "") -> str:
    parts = []
    for code in codes:
        label = SIGNATORIES.get(code, code)
        if code == "co_signature" and co_signatory:
            label = f"Co-signature with {co_signatory}"
        parts.append(label)
    return "; ".join(parts)


def red_list_text(code: str | None) -> str:
    return f"{code} ({RED_LIST_CATEGORIES[code]})" if code in RED_LIST_CATEGORIES else ""
