"""The letter workflow: every allowed step, every refused one with its reason, the fields."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.domain import letters as rules
from ssc_desktop.domain.errors import RuleRefused
from ssc_desktop.domain.letters import LetterFields, validate_letter

TODAY = date(2025, 3, 15)
HAPPY_PATH = ["draft", "evidence_gathered", "sent_to_coordinator", "under_review", "signed",
              "sent_to_addressee", "response_received", "closed"]

ALLOWED = {
    ("draft", "evidence_gathered"), ("evidence_gathered", "sent_to_coordinator"),
    ("sent_to_coordinator", "under_review"), ("under_review", "signed"),
    ("signed", "sent_to_addressee"), ("sent_to_addressee", "response_received"),
    ("sent_to_addressee", "no_response"), ("no_response", "response_received"),
    ("no_response", "closed"), ("response_received", "closed"),
} | {(s, "withdrawn") for s in rules.OPEN_STATES}


def test_the_happy_path_is_allowed_step_by_step() -> None:
    for current, target in zip(HAPPY_PATH, HAPPY_PATH[1:], strict=False):
        rules.check_transition(current, target)


@pytest.mark.parametrize("current", rules.STATE_ORDER)
@pytest.mark.parametrize("target", rules.STATE_ORDER)
def test_every_pair_is_allowed_exactly_when_listed(current: str, target: str) -> None:
    if (current, target) in ALLOWED:
        rules.check_transition(current, target)
        assert target in rules.allowed_next(current)
    else:
        with pytest.raises(RuleRefused) as refused:
            rules.check_transition(current, target)
        sentence = str(refused.value)
        assert sentence.startswith("Cannot ") and sentence.endswith(".")
        assert target not in rules.allowed_next(current)


def test_signing_before_review_says_why() -> None:
    with pytest.raises(RuleRefused, match="Cannot mark as signed: the request is not under "
                                          "review by the Chair's Office yet."):
        rules.check_transition("sent_to_coordinator", "signed")


def test_a_response_before_sending_says_why() -> None:
    with pytest.raises(RuleRefused, match="has not been sent to the addressee yet"):
        rules.check_transition("signed", "response_received")


def test_going_back_says_the_request_is_further_on() -> None:
    with pytest.raises(RuleRefused, match=r"already further on \(Signed\)"):
        rules.check_transition("signed", "sent_to_coordinator")


def test_finished_requests_take_no_more_steps() -> None:
    for final in ("closed", "withdrawn"):
        assert rules.allowed_next(final) == ()
        with pytest.raises(RuleRefused, match=f"the request is {final}"):
            rules.check_transition(final, "withdrawn")


def test_withdrawal_is_possible_from_every_open_state() -> None:
    assert set(rules.OPEN_STATES) == set(rules.STATE_ORDER) - {"closed", "withdrawn"}
    for state in rules.OPEN_STATES:
        rules.check_transition(state, "withdrawn")


def test_an_unknown_step_is_refused() -> None:
    with pytest.raises(RuleRefused, match="'approved' is not a step"):
        rules.check_transition("draft", "approved")


def test_each_state_names_who_holds_it_and_what_it_waits_for() -> None:
    holders = {code: s.holder for code, s in rules.STATES.items()}
    assert holders["draft"] == holders["evidence_gathered"] == rules.LEADER
    assert holders["sent_to_coordinator"] == rules.COORDINATOR
    assert holders["under_review"] == holders["signed"] == rules.CHAIR_OFFICE
    assert holders["sent_to_addressee"] == rules.ADDRESSEE
    assert holders["closed"] == holders["withdrawn"] == rules.NOBODY
    assert all(s.waits_for for s in rules.STATES.values())


def test_step_dates_may_not_precede_the_request_or_the_last_step_nor_lie_ahead() -> None:
    rules.check_step_date(date(2025, 3, 1), requested_on=date(2025, 2, 1),
                          last_step_on=date(2025, 2, 10), last_step_name="draft", today=TODAY)
    with pytest.raises(RuleRefused, match=r"before the request date \(2025-02-01\)"):
        rules.check_step_date(date(2025, 1, 31), requested_on=date(2025, 2, 1),
                              last_step_on=None, last_step_name=None, today=TODAY)
    with pytest.raises(RuleRefused, match=r"before the previous step \(signed, 2025-02-10\)"):
        rules.check_step_date(date(2025, 2, 9), requested_on=date(2025, 2, 1),
                              last_step_on=date(2025, 2, 10), last_step_name="signed",
                              today=TODAY)
    with pytest.raises(RuleRefused, match="is in the future"):
        rules.check_step_date(date(2025, 3, 16), requested_on=date(2025, 2, 1),
                              last_step_on=None, last_step_name=None, today=TODAY)


def test_overdue_only_for_open_requests_past_their_follow_up() -> None:
    assert rules.is_overdue("sent_to_addressee", date(2025, 3, 14), TODAY)
    assert not rules.is_overdue("sent_to_addressee", date(2025, 3, 15), TODAY)
    assert not rules.is_overdue("sent_to_addressee", None, TODAY)
    assert not rules.is_overdue("closed", date(2025, 1, 1), TODAY)


def good(**changes: object) -> LetterFields:
    base = LetterFields(title="Dam on the Rio Xingu", addressee_name="Ministry of Mines",
                        requested_on=date(2025, 2, 1))
    from dataclasses import replace

    return replace(base, **changes)


def messages(fields: LetterFields) -> dict[str, str]:
    return {p.field: p.message for p in validate_letter(fields, TODAY)}


def test_a_complete_request_is_valid() -> None:
    assert validate_letter(good(addressee_country="br", red_list_category="en",
                                signatories=("director_general", "ssc_chair")), TODAY) == []
    cleaned = good(addressee_country=" br ", signatories=("director_general", "ssc_chair"),
                   title="  Dam   on the Xingu ").cleaned()
    assert cleaned.addressee_country == "BR"
    assert cleaned.title == "Dam on the Xingu"
    assert cleaned.signatories == ("ssc_chair", "director_general")


def test_follow_up_before_the_request_date_is_refused_with_both_dates() -> None:
    assert messages(good(follow_up_on=date(2025, 1, 20)))["follow_up_on"] == (
        "The follow-up date (2025-01-20) is before the request date (2025-02-01); "
        "choose a later follow-up date.")


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"title": "  "}, "title", "Enter a title"),
    ({"title": "x" * 401}, "title", "longer than 400"),
    ({"addressee_type": "ngo"}, "addressee_type", "addressee's type"),
    ({"addressee_country": "ZZ"}, "addressee_country", "'ZZ' is not a country code"),
    ({"red_list_category": "XX"}, "red_list_category", "EX, EW, CR, EN, VU, NT, LC, DD, NE"),
    ({"urgency": "panic"}, "urgency", "urgency"),
    ({"signatories": ()}, "signatories", "who is asked to sign"),
    ({"signatories": ("pope",)}, "signatories", "'pope' is not a signatory"),
    ({"signatories": ("co_signature",)}, "co_signatory", "Name who co-signs"),
    ({"dialogue_opened": "maybe"}, "dialogue_opened", "yes, partly or no"),
    ({"requested_on": None}, "requested_on", "Enter the date"),
    ({"requested_on": date(2025, 4, 1)}, "requested_on", "in the future"),
    ({"response_received_on": date(2025, 1, 1)}, "response_received_on", "before the request"),
    ({"response_received_on": date(2025, 5, 1)}, "response_received_on", "in the future"),
])
def test_each_bad_field_gets_its_sentence(changes: dict, field: str, words: str) -> None:
    found = messages(good(**changes))
    assert field in found
    assert words in found[field]


def test_vocabularies_match_the_issue() -> None:
    assert list(rules.RED_LIST_CATEGORIES) == ["EX", "EW", "CR", "EN", "VU", "NT", "LC",
                                               "DD", "NE"]
    assert set(rules.ADDRESSEE_TYPES) == {"government", "company", "intergovernmental",
                                          "other"}
    assert set(rules.SIGNATORIES) == {"ssc_chair", "co_signature", "director_general"}
    assert set(rules.DIALOGUE) == {"yes", "no", "partly"}
    assert rules.signatories_text(("ssc_chair", "co_signature"), "WCPA Chair") == (
        "SSC Chair; Co-signature with WCPA Chair")


def test_not_a_member_names_the_person_and_the_group() -> None:
    problem = rules.not_a_member("Requested by", "Doe, Jane", "Otter Specialist Group")
    assert problem.field == "requested_by_id"
    assert problem.message == ("Requested by: Doe, Jane is not a member of the Otter "
                               "Specialist Group; choose a member of the group.")
