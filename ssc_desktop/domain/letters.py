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

from ..i18n import N_, _
from .errors import RuleRefused
from .people import Problem, tidy
from .reference import reference

# Who holds a request: the person or office the next step depends on.
LEADER, COORDINATOR, CHAIR_OFFICE, ADDRESSEE, NOBODY = (
    "leader", "coordinator", "chair_office", "addressee", "nobody")
HOLDERS = {
    LEADER: N_("Group leader"),
    COORDINATOR: N_("Network Coordinator"),
    CHAIR_OFFICE: N_("Chair's Office"),
    ADDRESSEE: N_("Addressee"),
    NOBODY: N_("Nobody"),
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
    LetterState("draft", N_("Draft"), LEADER,
                N_("the leader to gather the evidence, facts and stakeholders"),
                N_("reopen as a draft"), N_("is past the draft stage")),
    LetterState("evidence_gathered", N_("Evidence gathered"), LEADER,
                N_("the leader to send the request to the Network Coordinator"),
                N_("mark the evidence as gathered"), N_("is not a draft")),
    LetterState("sent_to_coordinator", N_("Sent to the Network Coordinator"), COORDINATOR,
                N_("the Network Coordinator to co-draft the letter and pass it to the "
                   "Chair's Office"),
                N_("mark as sent to the Network Coordinator"),
                N_("has no gathered evidence yet")),
    LetterState("under_review", N_("Under review by the Chair's Office"), CHAIR_OFFICE,
                N_("the Chair's Office to review the draft and sign it"),
                N_("mark as under review by the Chair's Office"),
                N_("has not been sent to the Network Coordinator yet")),
    LetterState("signed", N_("Signed"), CHAIR_OFFICE,
                N_("the Chair's Office to send the signed letter to the addressee"),
                N_("mark as signed"),
                N_("is not under review by the Chair's Office yet")),
    LetterState("sent_to_addressee", N_("Sent to the addressee"), ADDRESSEE,
                N_("a response from the addressee"),
                N_("mark as sent to the addressee"), N_("is not signed yet")),
    LetterState("response_received", N_("Response received"), LEADER,
                N_("the leader to record the impact and close the request"),
                N_("record a response"), N_("has not been sent to the addressee yet")),
    LetterState("no_response", N_("No response"), LEADER,
                N_("a follow-up with the addressee, or closing the request"),
                N_("record that no response came"),
                N_("has not been sent to the addressee yet")),
    LetterState("closed", N_("Closed"), NOBODY, N_("nothing (closed)"), N_("close"),
                N_("is still waiting for the letter to be sent and answered"), final=True),
    LetterState("withdrawn", N_("Withdrawn"), NOBODY, N_("nothing (withdrawn)"),
                N_("withdraw"), N_("is already finished"), final=True),
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
    "government": N_("Government"),
    "company": N_("Company"),
    "intergovernmental": N_("Intergovernmental body"),
    "other": N_("Other"),
}
URGENCIES = {
    "normal": N_("Normal"),
    "high": N_("High"),
    "urgent": N_("Urgent (a decision is imminent)"),
}
SIGNATORIES = {
    "ssc_chair": N_("SSC Chair"),
    "co_signature": N_("Co-signature with the SSC Chair"),
    "director_general": N_("IUCN Director General"),
}
RED_LIST_CATEGORIES = {
    "EX": N_("Extinct"), "EW": N_("Extinct in the Wild"), "CR": N_("Critically Endangered"),
    "EN": N_("Endangered"), "VU": N_("Vulnerable"), "NT": N_("Near Threatened"),
    "LC": N_("Least Concern"), "DD": N_("Data Deficient"), "NE": N_("Not Evaluated"),
}
DIALOGUE = {"yes": N_("Yes"), "partly": N_("Partly"), "no": N_("No")}


def state_of(code: str) -> LetterState:
    return STATES[code]


def state_name(code: str) -> str:
    """A workflow state's name in the reader's language."""
    return _(STATES[code].name) if code in STATES else code


def label(names: dict[str, str], code: str | None) -> str:
    """A code of one of the vocabularies above (HOLDERS, ADDRESSEE_TYPES, URGENCIES,
    SIGNATORIES, RED_LIST_CATEGORIES, DIALOGUE) in the reader's language."""
    if not code:
        return ""
    return _(names[code]) if code in names else code


def allowed_next(state: str) -> tuple[str, ...]:
    """The steps a request in `state` may take next, in workflow order."""
    return TRANSITIONS.get(state, ())


def check_transition(current: str, target: str) -> None:
    """Refuse, with a sentence that says why, a step the workflow does not allow."""
    if target not in STATES:
        raise RuleRefused(_("'{step}' is not a step of the letter workflow.").format(
            step=target))
    if target in allowed_next(current):
        return
    goal, now = STATES[target], STATES[current]
    step = _(goal.action)
    if now.final:
        text = (_("Cannot {step}: the request is withdrawn.") if current == "withdrawn"
                else _("Cannot {step}: the request is closed."))
        raise RuleRefused(text.format(step=step))
    if target == current:
        raise RuleRefused(_("Cannot {step}: the request is already at that step ({state}).")
                          .format(step=step, state=_(now.name).lower()))
    if STATE_ORDER.index(target) < STATE_ORDER.index(current):
        raise RuleRefused(_("Cannot {step}: the request is already further on ({state}).")
                          .format(step=step, state=_(now.name)))
    raise RuleRefused(_("Cannot {step}: the request {prerequisite}.").format(
        step=step, prerequisite=_(goal.prerequisite)))


def check_step_date(on: date, *, requested_on: date, last_step_on: date | None,
                    last_step_name: str | None, today: date) -> None:
    """A step's date may not precede the request or its previous step, nor lie ahead."""
    if on > today:
        raise RuleRefused(_("The step's date ({on}) is in the future; record a step on the day it "
                            "happened.").format(on=on.isoformat()))
    if on < requested_on:
        raise RuleRefused(_("The step's date ({on}) is before the request date ({requested_on}); "
                            "choose a later date.").format(
                                on=on.isoformat(), requested_on=requested_on.isoformat()))
    if last_step_on is not None and on < last_step_on:
        raise RuleRefused(_("The step's date ({on}) is before the previous step "
                            "({last_step_name}, {last_step_on}); choose a later date.").format(
                                on=on.isoformat(), last_step_name=last_step_name,
                                last_step_on=last_step_on.isoformat()))


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
        problems.append(Problem("title", _("Enter a title for the request (what the letter is "
                                           "about, in a few words).")))
    elif len(f.title) > TITLE_MAX:
        problems.append(Problem("title", _("The title is longer than {title_max} characters; "
                                           "shorten it.").format(title_max=TITLE_MAX)))
    if f.addressee_type not in ADDRESSEE_TYPES:
        problems.append(Problem("addressee_type", _("Choose the addressee's type from the list "
                                                    "(government, company, intergovernmental "
                                                    "body, other).")))
    if f.addressee_country and f.addressee_country not in reference().countries:
        problems.append(Problem("addressee_country",
                                _("Addressee country '{addressee_country}' is not a country code; "
                                  "choose a country from the list.").format(
                                      addressee_country=f.addressee_country)))
    if f.red_list_category and f.red_list_category not in RED_LIST_CATEGORIES:
        problems.append(Problem("red_list_category",
                                _("'{red_list_category}' is not a Red List category; choose one "
                                  "of EX, EW, CR, EN, VU, NT, LC, DD, NE.").format(
                                      red_list_category=f.red_list_category)))
    if f.urgency not in URGENCIES:
        problems.append(Problem("urgency", _("Choose the urgency from the list.")))
    unknown = [s for s in f.signatories if s not in SIGNATORIES]
    if unknown:
        problems.append(Problem("signatories", _("'{unknown}' is not a signatory; choose SSC "
                                                 "Chair, co-signature or IUCN Director General.")
                                                 .format(unknown=unknown[0])))
    elif not f.signatories:
        problems.append(Problem("signatories", _("Choose who is asked to sign the letter.")))
    if "co_signature" in f.signatories and not f.co_signatory:
        problems.append(Problem("co_signatory", _("Name who co-signs with the SSC Chair, or "
                                                  "untick the co-signature.")))
    if f.dialogue_opened and f.dialogue_opened not in DIALOGUE:
        problems.append(Problem("dialogue_opened", _("Choose whether a dialogue opened: yes, "
                                                     "partly or no.")))
    problems.extend(_date_problems(f, today))
    return problems


def _date_problems(f: LetterFields, today: date) -> list[Problem]:
    problems = []
    if f.requested_on is None:
        problems.append(Problem("requested_on", _("Enter the date the request was made.")))
        return problems
    asked = f.requested_on.isoformat()
    if f.requested_on > today:
        problems.append(Problem("requested_on", _("The request date ({asked}) is in the future; "
                                                  "enter the day the request was made.").format(
                                                      asked=asked)))
    if f.follow_up_on is not None and f.follow_up_on < f.requested_on:
        problems.append(Problem("follow_up_on",
                                _("The follow-up date ({follow_up_on}) is before the request date "
                                  "({asked}); choose a later follow-up date.").format(
                                      follow_up_on=f.follow_up_on.isoformat(), asked=asked)))
    if f.response_received_on is not None and f.response_received_on < f.requested_on:
        problems.append(Problem("response_received_on",
                                _("The response date ({response_received_on}) is before the "
                                  "request date ({asked}); correct one of them.").format(
                                      response_received_on=f.response_received_on.isoformat(),
                                      asked=asked)))
    if f.response_received_on is not None and f.response_received_on > today:
        problems.append(Problem("response_received_on",
                                _("The response date ({response_received_on}) is in the future.")
                                .format(response_received_on=f.response_received_on.isoformat())))
    return problems


def not_a_member(role: str, name: str, group_name: str) -> Problem:
    """The sentence for a requester (or alert raiser) who is not in the group."""
    field = "requested_by_id" if role == "Requested by" else "alert_raised_by_id"
    text = (_("Requested by: {name} is not a member of the {group}; choose a member of the "
              "group.") if field == "requested_by_id" else
            _("Alert raised by: {name} is not a member of the {group}; choose a member of the "
              "group."))
    return Problem(field, text.format(name=name, group=group_name))


def signatories_text(codes: tuple[str, ...], co_signatory: str = "") -> str:
    parts = []
    for code in codes:
        text = label(SIGNATORIES, code)
        if code == "co_signature" and co_signatory:
            text = _("Co-signature with {name}").format(name=co_signatory)
        parts.append(text)
    return "; ".join(parts)


def red_list_text(code: str | None) -> str:
    if code not in RED_LIST_CATEGORIES:
        return ""
    return _("{code} ({category})").format(code=code, category=label(RED_LIST_CATEGORIES, code))
