"""Invent realistic SSC members for the demo database (pure Python, no database)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from anyascii import anyascii

from .names import (
    COUNTRIES,
    EXPERTISE,
    NOTES,
    POSITIONS,
    REGION_WEIGHTS,
    CountryNames,
    Name,
)

INTERNATIONAL = (
    "Wildlife Conservation Society", "WWF", "Conservation International", "IUCN",
    "Amphibian Ark", "Re:wild", "BirdLife International", "Fauna & Flora",
)
GENDER_WEIGHTS = {"man": 70, "woman": 28, "non_binary": 1, "undisclosed": 1}
AGE_WEIGHTS = {"under_35": 10, "35_49": 35, "50_64": 35, "65_plus": 20}


@dataclass
class DemoPerson:
    """The columns of one Person row, plus the region the demo drew it from."""

    region: str
    columns: dict[str, object] = field(default_factory=dict)


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _scripts(text: str) -> set[str]:
    """The writing systems of text's letters; kana and 々 count as CJK, as Japanese mixes them."""
    found = {unicodedata.name(ch, "?").split()[0] for ch in text if ch.isalpha()}
    return {"CJK" if s in ("HIRAGANA", "KATAKANA", "IDEOGRAPHIC") else s for s in found}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", anyascii(text).casefold())


class PeopleFactory:
    """Draws people region by region in the SSC's proportions, with unique e-mails."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._emails: set[str] = set()
        self._names: set[tuple[str, str]] = set()
        self._all_countries = [c.code for cs in COUNTRIES.values() for c in cs]

    def region_sequence(self, n: int) -> list[str]:
        """n regions in the SSC's shares, every region at least once when n >= 8."""
        regions = [r for r, w in REGION_WEIGHTS.items() for _ in range(round(w * n / 100))]
        missing = [r for r in REGION_WEIGHTS if r not in regions]
        regions = (missing + regions)[:n]
        while len(regions) < n:
            regions.append(_pick(self.rng, REGION_WEIGHTS))
        self.rng.shuffle(regions)
        return regions

    def person(self, region: str | None = None) -> DemoPerson:
        rng = self.rng
        region = region or _pick(rng, REGION_WEIGHTS)
        gender = _pick(rng, GENDER_WEIGHTS)
        # The given name matches the gender; anyone else may bear either kind of name.
        sex = {"man": "m", "woman": "f"}.get(gender) or rng.choice("mf")
        country, given_name, family_name = self._draw_name(region, sex)
        given, given_native = given_name.roman, given_name.native
        family, family_native = family_name.roman, family_name.native
        as_written = ""
        if given_native and family_native and _scripts(given_native) == _scripts(family_native):
            parts = (family_native, given_native) if country.family_first else (
                given_native, family_native)
            as_written = country.joiner.join(parts)
            if country.code == "CN" and rng.random() < 0.25:
                # Some people enter their name in Chinese only, as they write it.
                given, family, as_written = given_native, family_native, ""
        elif country.family_first:
            as_written = f"{family} {given}"
        gender = gender if rng.random() < 0.6 else None
        age_band = _pick(rng, AGE_WEIGHTS) if rng.random() < 0.5 else None
        nationality = country.code if rng.random() < 0.9 else rng.choice(self._all_countries)
        organisation = (rng.choice(INTERNATIONAL) if rng.random() < 0.15
                        else rng.choice(country.organisations))
        columns: dict[str, object] = {
            "given_names": given, "family_name": family, "name_as_written": as_written,
            "email": self._email(given, family, country) if rng.random() < 0.97 else None,
            "alternate_email": (f"{_slug(given)[:12]}.{_slug(family)[:16]}{rng.randint(1, 99)}"
                                "@gmail.com" if rng.random() < 0.1 else None),
            "organisation": organisation, "position": rng.choice(POSITIONS),
            "country_code": country.code, "region_override": None, "nationality": nationality,
            "gender": gender, "age_band": age_band,
            "expertise": "; ".join(rng.sample(EXPERTISE, rng.randint(1, 4))),
            "languages": country.languages, "iucn_username": None,
            "notes": rng.choice(NOTES) if rng.random() < 0.05 else "",
            "code_of_conduct_accepted_on": None, "conflict_of_interest_declared_on": None,
            "engages_in_cites": rng.random() < 0.05, "committee_member": False,
        }
        return DemoPerson(region, columns)

    def _draw_name(self, region: str, sex: str) -> tuple[CountryNames, Name, Name]:
        """A country of the region and a given and family name nobody drawn so far has.

        Namesakes exist, but in a demo of a few hundred they read as import mistakes. When a
        country's names run out (a demo of many thousands), another country of the region
        is tried; only when the whole region is exhausted does a name repeat.
        """
        rng = self.rng
        pool = COUNTRIES[region]
        weights = [c.weight for c in pool]
        country = rng.choices(pool, weights=weights)[0]
        for attempt in range(120):
            if attempt and attempt % 30 == 0:
                country = rng.choices(pool, weights=weights)[0]
            givens, families = country.names_for(sex)
            given, family = rng.choice(givens), rng.choice(families)
            if (given.roman, family.roman) not in self._names:
                break
        self._names.add((given.roman, family.roman))
        return country, given, family

    def _email(self, given: str, family: str, country: CountryNames) -> str:
        first = _slug(given.split()[0]) or "member"
        # "bin Ahmad" is a patronymic: Malaysians' addresses use the name alone.
        last = _slug(re.sub(r"^(bin|binti) ", "", family)) or "ssc"
        local = f"{first}.{last}"
        candidate, n = local, 1
        while f"{candidate}@{country.email_domain}" in self._emails:
            n += 1
            candidate = f"{local}{n}"
        address = f"{candidate}@{country.email_domain}"
        self._emails.add(address)
        return address


def iucn_username(columns: dict[str, object], taken: set[str] | None = None) -> str:
    """The Commission System's form, e.g. 'Peter.SMITH'; unique within `taken` (Van.VO2)."""
    given = anyascii(str(columns["given_names"])).split()[0] or "Member"
    family = anyascii(str(columns["family_name"])).replace(" ", "").upper()
    name, n = f"{given}.{family}", 1
    while taken is not None and name.casefold() in taken:
        n += 1
        name = f"{given}.{family}{n}"
    if taken is not None:
        taken.add(name.casefold())
    return name


def accept_code_of_conduct(columns: dict[str, object], on: date) -> None:
    if columns["code_of_conduct_accepted_on"] is None:
        columns["code_of_conduct_accepted_on"] = on
