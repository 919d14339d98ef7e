"""Dates, numbers and quarters as a reader of each language writes them."""

from __future__ import annotations

from ssc_desktop import formats, i18n


def test_a_quarter_is_named_in_the_reader_s_language():
    assert formats.quarter("2026-Q4") == "2026-Q4"  # English keeps the code
    assert formats.quarter("2026-Q4", "fr") == "T4 2026"
    assert formats.quarter("2026-Q4", "es") == "T4 2026"
    with i18n.using_language("fr"):
        assert formats.quarter("2025-Q1") == "T1 2025"
        assert formats.quarter("2025-Q1", "en") == "2025-Q1"
    assert formats.quarter("never", "fr") == "never"  # not a quarter code: as given


def test_numbers_are_the_same_from_the_cache_in_every_language():
    for _ in range(2):  # the second time from the cache
        assert formats.number(10_000, "en") == "10,000"
        assert formats.number(10_000, "es") == "10.000"
        assert formats.number(10_000, "fr").replace("\u202f", " ") == "10 000"
        assert formats.percent(0.25, "en") == "25%"
