"""Country-name resolution: what a chair types ("UK", "Pays-Bas", "Cote d'Ivoire") to a
country of the reference data. Pure Python (stdlib + anyascii)."""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from anyascii import anyascii

from ..i18n import _

if TYPE_CHECKING:
    from ssc_desktop.domain.reference import Country

__all__ = ["CountryIndex", "DuplicateCountryName", "fold_name"]

_DROP = re.compile(r"[.'`´]")  # "U.S.A." -> "usa", "d'Ivoire" -> "divoire"
_SEPARATORS = re.compile(r"[^a-z0-9]+")
_TOKENS = {"st": "saint", "ste": "sainte"}


def fold_name(text: str | None) -> str:
    """Fold a country name for matching: ASCII, lower case, no punctuation, single spaces,
    no leading "the", "&" read as "and", "St"/"Ste" read as "Saint"/"Sainte"."""
    if text and len(text) <= _REMEMBERED:  # a file repeats its family names and places
        return _fold_remembered(text)
    return _fold(text or "")


_REMEMBERED = 100  # the longest text whose folded form is kept (the cache stays small)


@functools.lru_cache(maxsize=8192)
def _fold_remembered(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    if text.isascii() and text.replace(" ", "").isalpha():  # most names: letters only
        words = text.lower().split()
    else:
        words = _words(text)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(_TOKENS.get(w, w) for w in words)


def _words(text: str) -> list[str]:
    text = anyascii(text).lower().replace("&", " and ")
    return _SEPARATORS.sub(" ", _DROP.sub("", text)).split()


_QUALIFIED = re.compile(r"^(?P<base>[^()]+?)\s*\((?P<qualifier>[^()]+)\)$")
_THE = re.compile(r"^(?P<base>.+?)\s*,\s*the$", re.IGNORECASE)
# A qualifier that names another state than the bare name does ("Korea (the Democratic
# People's Republic of)" is not the Korea that "Korea" alone usually means).
_DISTINCT = re.compile(r"democratic|people|north|south|french|dutch|british|u\.?s\.?",
                       re.IGNORECASE)


def _forms(text: str) -> list[str]:
    """The text, then the plain forms of ISO's inverted names: "Bahamas, The" and
    "Gambia (the)" -> "Bahamas", "Gambia"; "Netherlands (Kingdom of the)" -> "Kingdom of
    the Netherlands", then "Netherlands"; "Korea, Republic of" -> "Republic of Korea"."""
    forms = [text]
    if (m := _THE.match(text)) is not None:
        forms.append(m["base"])
    if (m := _QUALIFIED.match(text)) is not None:
        base, qualifier = m["base"].strip(), m["qualifier"].strip()
        if qualifier.lower() == "the":
            forms.append(base)
        else:
            forms += [f"{qualifier} {base}", f"{base}, {qualifier}"]
            if not _DISTINCT.search(qualifier):
                forms.append(base)
    elif "," in text and (m := _THE.match(text)) is None:
        base, _comma, qualifier = text.partition(",")
        forms.append(f"{qualifier.strip()} {base.strip()}")
    return forms


class DuplicateCountryName(ValueError):
    """Two countries share a name or alias once folded."""


class CountryIndex:
    """Look-up of countries by alpha-2 code, name or alias."""

    def __init__(self, countries: Iterable[Country],
                 other_names: Callable[[], dict[str, str]] | None = None):
        self.by_code: dict[str, Country] = {}
        self.by_name: dict[str, Country] = {}
        compact: dict[str, set[str]] = {}
        for country in countries:
            self.by_code[country.code.upper()] = country
            for name in (country.name, *country.aliases):
                other = self.by_name.setdefault(fold_name(name), country)
                if other is not country:
                    raise DuplicateCountryName(
                        _("'{name}' of {code} is also a name or alias of {code2}").format(
                            name=name, code=country.code, code2=other.code))
                compact.setdefault(fold_name(name).replace(" ", ""), set()).add(country.code)
        # Spaces ignored ("Cote d Ivoire", "VietNam"), where that is unambiguous.
        self.by_compact_name = {key: self.by_code[next(iter(codes))]
                                for key, codes in compact.items() if len(codes) == 1}
        # Names in other languages (CLDR): consulted after the names and aliases above,
        # which win where both know a name.
        self._other_names = other_names
        self._by_other_name: dict[str, Country] | None = None

    @property
    def by_other_name(self) -> dict[str, Country]:
        """Loaded when first needed: most files name countries in English."""
        if self._by_other_name is None:
            names = self._other_names() if self._other_names is not None else {}
            self._by_other_name = {key: self.by_code[code] for key, code in names.items()
                                   if code in self.by_code}
        return self._by_other_name

    def resolve(self, text: str | None) -> Country | None:
        """The country named by ``text``: an alpha-2 code (any case), the name or an alias,
        ignoring case, accents, punctuation, extra spaces and a leading "The"."""
        raw = " ".join((text or "").split())
        if len(raw) == 2 and raw.isascii() and raw.isalpha():
            if (country := self.by_code.get(raw.upper())) is not None:
                return country
        if not fold_name(raw):
            return None
        for form in _forms(raw):
            key = fold_name(form)
            found = self.by_name.get(key) or self.by_compact_name.get(key.replace(" ", "")) \
                or self.by_other_name.get(key)
            if found is not None:
                return found
        return None

    def suggestions(self, text: str | None, limit: int = 3) -> list[Country]:
        """Up to ``limit`` countries whose name or alias is closest to ``text``, best
        first (for "did you mean ...?"). ISO's inverted forms are tried as their plain
        forms, so "Nethrlands (Kingdom of the)" suggests the Netherlands, not the
        United Kingdom for the shared word "Kingdom"."""
        if not fold_name(text) or limit <= 0:
            return []
        best: dict[str, tuple[float, Country]] = {}
        for form in _forms(" ".join((text or "").split())):
            key = fold_name(form)
            for match in difflib.get_close_matches(key, self.by_name, n=limit * 4,
                                                   cutoff=0.6):
                country = self.by_name[match]
                score = difflib.SequenceMatcher(None, key, match).ratio()
                if score > best.get(country.code, (0.0, country))[0]:
                    best[country.code] = (score, country)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        # Only those about as close as the best one ("Rusia": not the United States).
        return [country for score, country in ranked[:limit] if score >= ranked[0][0] - 0.1]
