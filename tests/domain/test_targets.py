"""Quarters, progress and derived status of Species Strategic Plan targets."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.domain import targets as t

START, END = date(2021, 9, 11), date(2025, 10, 15)
TODAY = date(2025, 3, 15)


def test_quarters_parse_in_the_ways_chairs_write_them():
    assert t.parse_quarter("2025-Q3") == t.Quarter(2025, 3)
    assert str(t.parse_quarter(" 2025 q1 ")) == "2025-Q1"
    with pytest.raises(ValueError, match="'2025-Q5' is not a quarter; write it like 2025-Q3"):
        t.parse_quarter("2025-Q5")


def test_quarter_bounds_and_order():
    q = t.Quarter(2024, 1)
    assert (q.starts_on, q.ends_on) == (date(2024, 1, 1), date(2024, 3, 31))
    assert t.Quarter(2024, 4).ends_on == date(2024, 12, 31)
    assert t.Quarter(2024, 4).next() == t.Quarter(2025, 1)
    assert t.Quarter(2025, 1).previous() == t.Quarter(2024, 4)
    assert t.quarter_of(date(2025, 8, 1)) == t.Quarter(2025, 3)


def test_quarters_of_the_2021_2025_quadrennium():
    quarters = t.quarters_between(START, END)
    assert str(quarters[0]) == "2021-Q3" and str(quarters[-1]) == "2025-Q4"
    assert len(quarters) == 18
    reportable = t.reportable_quarters(START, END, TODAY)
    assert str(reportable[0]) == "2025-Q1" and str(reportable[-1]) == "2021-Q3"


@pytest.mark.parametrize(("text", "sentence"), [
    ("2025-Q2", "2025-Q2 is in the future; progress can be recorded up to 2025-Q1."),
    ("2021-Q2", "2021-Q2 is before the quadrennium (it starts on 2021-09-11); "
                "choose a quarter from 2021-Q3."),
])
def test_quarter_in_the_future_or_before_the_quadrennium_is_refused(text, sentence):
    with pytest.raises(ValueError) as err:
        t.check_quarter(text, START, END, TODAY)
    assert str(err.value) == sentence


def test_quarter_after_the_quadrennium_is_refused():
    with pytest.raises(ValueError, match="2026-Q1 is after the quadrennium"):
        t.check_quarter("2026-Q1", START, END, date(2026, 2, 1))


def test_latest_quarter_wins_whatever_the_order_of_the_updates():
    updates = [t.UpdateFacts("2024-Q4", 8.0, False, "at_risk"),
               t.UpdateFacts("2025-Q1", 10.0, False, "on_track"),
               t.UpdateFacts("2024-Q2", 3.0, False, "off_track")]
    d = t.derive(updates)
    assert (d.current_value, d.status, d.last_quarter) == (10.0, "on_track", "2025-Q1")
    assert t.derive([]) == t.Derived(None, False, "no_update", "")


@pytest.mark.parametrize(("baseline", "target", "current", "expected"), [
    (0, 13, 13, 1.0), (0, 13, 6.5, 0.5), (2, 12, 7, 0.5), (10, 2, 6, 0.5),
    (0, 10, 15, 1.0), (5, 10, 1, 0.0), (None, 4, 1, 0.25), (0, 10, None, None),
])
def test_progress_runs_from_baseline_to_target_in_either_direction(baseline, target,
                                                                   current, expected):
    assert t.progress_fraction(is_milestone=False, baseline=baseline, target_value=target,
                               current_value=current, milestone_done=False) == expected


def test_milestone_progress_is_done_or_not():
    kwargs = {"is_milestone": True, "baseline": None, "target_value": None,
              "current_value": None}
    assert t.progress_fraction(milestone_done=True, **kwargs) == 1.0
    assert t.progress_fraction(milestone_done=False, **kwargs) == 0.0


def test_not_updated_this_quarter_ignores_closed_targets():
    assert t.needs_update("on_track", "2024-Q4", TODAY)
    assert t.needs_update("no_update", "", TODAY)
    assert not t.needs_update("at_risk", "2025-Q1", TODAY)
    assert not t.needs_update("achieved", "2023-Q2", TODAY)
    assert not t.needs_update("dropped", "", TODAY)


def test_every_status_has_a_name_and_a_shape():
    assert [s.name for s in t.STATUSES.values()] == [
        "On track", "At risk", "Off track", "Achieved", "Dropped"]
    symbols = [s.symbol for s in t.STATUSES.values()] + [t.NO_UPDATE.symbol]
    assert len(set(symbols)) == len(symbols)


def _fields(**kw) -> t.TargetFields:
    base = {"ksr_number": 6, "title": "Assess all 13 otter species", "baseline": 0.0,
            "target_value": 13.0}
    return t.TargetFields(**{**base, **kw})


def _messages(fields: t.TargetFields) -> list[str]:
    return [p.message for p in t.validate_target(fields.cleaned(), range(1, 14), "2021-2025",
                                                 START, END)]


def test_a_good_target_has_no_problems():
    assert _messages(_fields()) == []
    assert _messages(_fields(is_milestone=True, baseline=None, target_value=None)) == []


def test_ksr_outside_the_quadrennium_set():
    assert _messages(_fields(ksr_number=14)) == [
        "KSR 14 is not in the 2021-2025 Species Strategic Plan (KSR 1 to 13); "
        "choose one of its KSRs."]


def test_values_of_the_wrong_kind():
    assert _messages(_fields(target_value="thirteen")) == [
        "The target value must be a number, not 'thirteen'."]
    assert _messages(_fields(is_milestone=True, target_value=5.0, baseline=None)) == [
        "A yes/no milestone has no baseline or target value; clear it or make the target "
        "numeric."]
    with pytest.raises(ValueError, match="Baseline must be a number, not 'many'"):
        t.parse_number("many", "Baseline")
    assert t.parse_number("1,200", "Baseline") == 1200.0


def test_due_date_after_the_quadrennium_ends():
    assert _messages(_fields(due_on=date(2026, 1, 1))) == [
        "The due date 2026-01-01 is after the 2021-2025 quadrennium ends (2025-10-15); "
        "choose an earlier date."]


def test_update_rules_name_the_wrong_kind_of_value():
    ok = t.UpdateFields("2025-Q1", value=4.0, status="at_risk")
    assert t.validate_update(ok, is_milestone=False, starts_on=START, ends_on=END,
                             today=TODAY) == []
    problems = t.validate_update(ok, is_milestone=True, starts_on=START, ends_on=END,
                                 today=TODAY)
    assert [p.message for p in problems] == [
        "This target is a yes/no milestone: record whether it is done, not a number."]
    bad = t.UpdateFields("2025-Q1", value="lots", status="sleepy")  # type: ignore[arg-type]
    messages = [p.message for p in t.validate_update(bad, is_milestone=False, starts_on=START,
                                                     ends_on=END, today=TODAY)]
    assert messages == [
        "Choose a status: on track, at risk, off track, achieved, dropped.",
        "The value reached must be a number, not 'lots'."]
