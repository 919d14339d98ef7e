"""Which recorded histories the life cycle allows (what `ssc-desktop check` reports)."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.domain.lifecycle_history import Step, history_problems, in_order, step_allowed

D = date(2026, 1, 10)


@pytest.mark.parametrize(("frm", "to", "imported", "allowed"), [
    (None, "invited", False, True),          # a renewal starts at Invited
    (None, "active", False, True),           # a group's first chair, an import
    ("proposed", "invited", False, True),
    ("invited", "accepted", False, True),
    ("accepted", "active", False, True),
    ("active", "resigned", False, True),
    ("expired", "invited", False, True),
    ("active", "proposed", False, False),    # what the old demo wrote for renewed members
    ("active", "proposed", True, False),     # an import never goes back either
    ("invited", "active", False, False),     # skipping acceptance by hand
    ("invited", "active", True, True),       # ... but the roster of record may say so
    ("term_ended", "active", True, False),   # an ended membership stays ended
    ("declined", "accepted", False, False),
])
def test_step_allowed(frm, to, imported, allowed) -> None:
    assert step_allowed(frm, to, imported=imported) is allowed


def test_a_legal_history_has_no_problems_whatever_the_order_of_one_day() -> None:
    steps = [Step("accepted", "active", D), Step("invited", "accepted", D),
             Step(None, "invited", D)]
    assert [s.to_status for s in in_order(steps)] == ["invited", "accepted", "active"]
    assert history_problems(steps, "active") == []


def test_active_to_proposed_is_named_with_its_day() -> None:
    steps = [Step(None, "invited", D), Step("invited", "accepted", date(2026, 2, 1)),
             Step("accepted", "active", date(2026, 2, 5)),
             Step("active", "proposed", date(2026, 7, 3))]
    assert history_problems(steps, "proposed") == [
        "Active (validated) → Proposed on 2026-07-03, a step the life cycle does not allow"]


def test_a_broken_chain_and_a_status_the_steps_do_not_reach() -> None:
    steps = [Step(None, "invited", D), Step("accepted", "active", date(2026, 3, 1))]
    problems = history_problems(steps, "resigned")
    assert problems[0].startswith("a step from Accepted (awaiting validation) on 2026-03-01 "
                                  "although the status was Invited")
    assert problems[1] == ("the status is Resigned but the last step leads to "
                           "Active (validated)")
