"""Country-name resolution: what a chair types ("UK", "Pays-Bas", "Cote d'Ivoire") to a
country of the reference data. Pure Python (stdlib + anyascii)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from anyascii import anyascii

if TYPE_CHECKING:
    from ssc_desktop.domain.reference import Country

__all__ = ["CountryIndex", "DuplicateCountryName", "fold_name"]

_DROP = re.compile(r"[.'`´]")  # "U.S.A." -> "usa", "d'Ivoire" -> "divoire"
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_TOKENS = {"st": "saint", "ste": "sainte"}


def fold_name(text: str | None) -> str:
    """Fold a country name for matching: ASCII, lower case, no punctuation, single spaces,
    no leading "the", "&" read as "and", "St"/"Ste" read as "Saint"/"Sainte"."""
    text = anyascii(text or "").lower().replace("&", " and ")
    words = _SEPARATORS.sub(" ", _DROP.sub("", text)).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(_TOKENS.get(w, w) for w in words)


class DuplicateCountryName(ValueError):
    """Two countries share a name or alias once folded."""


class CountryIndex:
    """Look-up of countries by alpha-2 code, name or alias."""

    def __init__(self, countries: Iterable[Country]):
        self.by_code: dict[str, Country] = {}
        self.by_name: dict[str, Country] = {}
        compact: dict[str, set[str]] = {}
        for country in countries:
            self.by_code[country.code.upper()] = country
            for name in (country.name, *country.aliases):
                other = self.by_name.setdefault(fold_name(name), country)
                if other is not country:
                    raise DuplicateCountryName(
                        f"'{name}' of {country.code} is also a name or alias of {other.code}")
                compact.setdefault(fold_name(name).replace(" ", ""), set()).add(country.code)
        # Spaces ignored ("Cote d Ivoire", "VietNam"), where that is unambiguous.
        self.by_compact_name = {key: self.by_code[next(iter(codes))]
                                for key, codes in compact.items() if len(codes) == 1}

    def resolve(self, text: str | None) -> Country | None:
        """The country named by ``text``: an alpha-2 code (any case), the name or an alias,
        ignoring case, accents, punctuation, extra spaces and a leading "The"."""
        raw = " ".join((text or "").split())
        if len(raw) == 2 and raw.isascii() and raw.isalpha():
            if (country := self.by_code.get(raw.upper())) is not None:
                return country
        key = fold_name(raw)
        if not key:
            return None
        return self.by_name.get(key) or self.by_compact_name.get(key.replace(" ", ""))

    def suggestions(self, text: str | None, limit: int = 3) -> list[Country]:
        """Up to ``limit`` countries whose name or alias is closest to ``text``, best
        first (for "did you mean ...?")."""
        key = fold_name(text)
        if not key or limit <= 0:
            return []
        found: list[Country] = []
        for match in difflib.get_close_matches(key, self.by_name, n=limit * 4, cutoff=0.6):
            country = self.by_name[match]
            if country not in found:
                found.append(country)
        return found[:limit]
