"""The one suppression rule for gender and age figures (domain/privacy.py)."""

from __future__ import annotations

from ssc_desktop.domain import privacy

GENDER = {"woman": "Woman", "man": "Man"}


def rows(b: privacy.Balance) -> dict[str, int | None]:
    return {r.code: r.count for r in b.rows}


def test_small_categories_are_combined_and_the_main_ones_kept():
    b = privacy.balance({"woman": 30, "man": 70, "undisclosed": 3, "": 1}, GENDER)
    assert rows(b) == {"woman": 30, "man": 70, "other": None}  # 4 < 5: hidden
    assert b.total == 104 and b.shown and b.any_suppressed
    assert b.rows[-1].label == "Another answer or not recorded"


def test_a_combined_row_of_five_or_more_is_shown():
    b = privacy.balance({"woman": 30, "man": 70, "non_binary": 2, "undisclosed": 3,
                         "": 1}, GENDER | {"non_binary": "Non-binary"})
    assert rows(b) == {"woman": 30, "man": 70, "other": 6}
    assert not b.any_suppressed and privacy.withheld_sentence(b) == ""


def test_a_large_other_category_keeps_its_own_row():
    labels = GENDER | {"undisclosed": "Prefers not to say"}
    b = privacy.balance({"woman": 30, "man": 70, "undisclosed": 12}, labels)
    assert rows(b) == {"woman": 30, "man": 70, "undisclosed": 12, "other": 0}


def test_a_small_main_category_is_combined_not_printed():
    b = privacy.balance({"woman": 3, "man": 40}, GENDER)
    assert rows(b) == {"man": 40, "other": None}


def test_other_categories_at_zero_are_left_out_main_ones_kept():
    labels = GENDER | {"undisclosed": "Prefers not to say"}
    b = privacy.balance({"man": 9}, labels, main=("woman", "man"))
    assert rows(b) == {"woman": 0, "man": 9, "other": 0}


def test_zero_singles_nobody_out():
    b = privacy.balance({"woman": 0, "man": 9}, GENDER)
    assert rows(b) == {"woman": 0, "man": 9, "other": 0}


def test_a_population_under_the_threshold_shows_nothing():
    b = privacy.balance({"woman": 2, "man": 1}, GENDER)
    assert b.rows == () and b.withheld == privacy.SMALL_POPULATION and not b.shown
    assert "fewer than 5 people" in privacy.withheld_sentence(b)


def test_a_small_named_movement_withholds_every_count():
    assert privacy.balance({"woman": 20, "man": 20}, GENDER,
                           named_movements=(0, 1)).withheld == privacy.SMALL_MOVEMENT
    assert privacy.balance({"woman": 20, "man": 20}, GENDER, named_movements=(0, 5)).shown
    assert privacy.small_movement(["one"], []) and not privacy.small_movement([], range(7))
