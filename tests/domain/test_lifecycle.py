"""Every life-cycle rule: each step from each status, allowed or refused with a reason."""

from datetime import date

import pytest

from ssc_desktop.domain import lifecycle
from ssc_desktop.domain.errors import RuleRefused
from ssc_desktop.domain.reference import reference

DAY = date(2025, 3, 15)
STATUSES = ["proposed", "invited", "accepted", "active", "declined", "expired", "resigned",
            "removed", "term_ended", "not_reappointed", "deceased", "transferred"]

# The life cycle written out by hand, independent of the module: step -> {from: to}.
ALLOWED = {
    "invite": {"proposed": "invited", "expired": "invited"},
    "remind": {"invited": "invited"},
    "accept": {"invited": "accepted"},
    "validate": {"accepted": "active"},
    "decline": {"invited": "declined"},
    "expire": {"invited": "expired"},
    "resign": {"accepted": "resigned", "active": "resigned"},
    "remove": {s: "removed" for s in ("proposed", "invited", "accepted", "active")},
    "end_term": {s: "term_ended" for s in ("proposed", "invited", "accepted", "active")},
    "not_reappoint": {s: "not_reappointed"
                      for s in ("proposed", "invited", "accepted", "active")},
    "record_death": {s: "deceased" for s in ("proposed", "invited", "accepted", "active")},
    "transfer": {"accepted": "transferred", "active": "transferred"},
}
CASES = [(action, status) for action in ALLOWED for status in STATUSES]


def test_statuses_match_the_reference_data():
    assert set(STATUSES) == set(reference().statuses)
    assert set(lifecycle.ENDED) == {c for c, s in reference().statuses.items()
                                    if s.stage == "ended"}


def test_the_table_covers_every_step_of_the_module():
    assert set(ALLOWED) == set(lifecycle.TRANSITIONS) | {"remind"}


@pytest.mark.parametrize(("action", "status"), CASES)
def test_each_step_from_each_status(action, status):
    expected = ALLOWED[action].get(status)
    if expected is not None:
        assert lifecycle.check(action, status, on=DAY, name="Ana Silva") == expected
        assert lifecycle.why_not(action, status) is None
    else:
        with pytest.raises(RuleRefused) as refused:
            lifecycle.check(action, status, on=DAY, name="Ana Silva")
        sentence = str(refused.value)
        assert sentence.startswith("Cannot ") and "Ana Silva" in sentence
        assert sentence.endswith(".")
        assert lifecycle.why_not(action, status)


@pytest.mark.parametrize(("action", "status", "sentence"), [
    ("validate", "invited", "Cannot validate: the invitation has not been accepted."),
    ("validate", "proposed", "Cannot validate: no invitation has been sent yet."),
    ("remind", "proposed", "Cannot send a reminder: no invitation has been sent yet."),
    ("remind", "active", "Cannot send a reminder: the membership is already validated."),
    ("accept", "proposed", "Cannot mark as accepted: no invitation has been sent yet."),
    ("decline", "active",
     "Cannot mark as declined: the membership is validated; record a resignation instead."),
    ("record_death", "resigned",
     "Cannot record the death: the membership has already ended (resigned)."),
    ("invite", "invited", "Cannot invite: the invitation has already been sent."),
])
def test_refusals_say_why(action, status, sentence):
    with pytest.raises(RuleRefused) as refused:
        lifecycle.check(action, status, on=DAY)
    assert str(refused.value) == sentence


def test_a_step_cannot_come_before_the_previous_one():
    with pytest.raises(RuleRefused, match="previous step was on 2025-03-15"):
        lifecycle.check("accept", "invited", on=date(2025, 3, 1), since=DAY, name="Ana")
    assert lifecycle.check("accept", "invited", on=DAY, since=DAY) == "accepted"


def test_an_unknown_step_is_refused():
    with pytest.raises(RuleRefused, match="not a step"):
        lifecycle.check("promote", "active", on=DAY)


def test_allowed_actions_follow_the_table():
    for status in STATUSES:
        expected = {a for a, rule in ALLOWED.items() if status in rule}
        assert set(lifecycle.allowed_actions(status)) == expected
    assert lifecycle.allowed_actions("invited")[0] == "remind"


def test_every_end_reason_maps_to_a_step_that_ends_with_it():
    for reason in reference().end_reasons:
        action = lifecycle.action_for_end_reason(reason)
        assert lifecycle.TRANSITIONS[action].to_status == reason


@pytest.mark.parametrize(("status", "deadline", "responded", "overdue"), [
    ("invited", date(2025, 3, 14), None, True),
    ("invited", DAY, None, False),  # the deadline day itself is still in time
    ("invited", date(2025, 3, 1), date(2025, 3, 2), False),
    ("accepted", date(2025, 3, 1), None, False),
    ("invited", None, None, False),
])
def test_overdue_is_computed_from_dates(status, deadline, responded, overdue):
    assert lifecycle.is_overdue(status, deadline, responded, DAY) is overdue
