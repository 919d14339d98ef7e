"""Dates, numbers and percentages as a reader of each language writes them (Babel/CLDR).

One style per context: `long_date` where a person reads a sentence (e-mails, report
text), `short_date` in tables; ISO dates stay where a machine reads them (files, logs).
English follows IUCN's British usage ("21 November 2025").
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from . import i18n

# The CLDR locale each app language formats with.
_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}


def _locale(language: str | None) -> Locale:
    return _parsed(_LOCALES.get(language or i18n.language(), "en_GB"))


@lru_cache(maxsize=8)
def _parsed(code: str) -> Locale:
    return Locale.parse(code)


def long_date(day: date | None, language: str | None = None) -> str:
    """'21 November 2025', '21 novembre 2025', '21 de noviembre de 2025'; '' for None."""
    return format_date(day, format="long", locale=_locale(language)) if day else ""


# English keeps the app's three-letter months ("30 Sep 2025"); CLDR's en_GB writes "Sept".
_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                   "Dec")


def short_date(day: date | None, language: str | None = None) -> str:
    """'21 Nov 2025', '21 nov. 2025', '21 nov 2025'; '' for None."""
    if not day:
        return ""
    if (language or i18n.language()) == "en":
        return f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return format_date(day, format="medium", locale=_locale(language))


def quarter(code: str, language: str | None = None) -> str:
    """A quarter code (2025-Q3) as a reader of the language names it: 2025-Q3 in English,
    T3 2025 in French and Spanish (trimestre); the code stays where input takes it."""
    if (language or i18n.language()) == "en" or "-Q" not in code:
        return code
    year, q = code.split("-Q", 1)
    with i18n.using_language(language):
        return i18n._("Q{quarter} {year}").format(quarter=q, year=year)


def number(value: int | float, language: str | None = None) -> str:
    """'10,000' in English, '10 000' in French, '10.000' in Spanish."""
    return _number(value, language or i18n.language())


def percent(share: float, language: str | None = None) -> str:
    """A share (0.25) as '25%', '25 %'."""
    return _percent(share, language or i18n.language())


# A report or a page writes the same few numbers many times: Babel takes about 30 µs each.
@lru_cache(maxsize=4096)
def _number(value: int | float, language: str) -> str:
    return format_decimal(value, locale=_locale(language))


@lru_cache(maxsize=1024)
def _percent(share: float, language: str) -> str:
    return format_percent(share, locale=_locale(language))
