"""A person's fields, how they are shown and searched, and what makes them valid."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from anyascii import anyascii
from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from ..i18n import N_, _
from .reference import reference

# English names, marked for the catalogue: reference_names.gender_name/age_band_name
# give them in the reader's language.
GENDERS = {"woman": N_("Woman"), "man": N_("Man"), "non_binary": N_("Non-binary"),
           "undisclosed": N_("Prefers not to say")}
AGE_BANDS = {"under_35": N_("Under 35"), "35_49": "35-49", "50_64": "50-64",
             "65_plus": N_("65 or over")}


@dataclass(frozen=True, slots=True)
class PersonFields:
    """Everything a chair can type about a person (ids and bookkeeping excluded)."""

    given_names: str = ""
    family_name: str = ""
    name_as_written: str = ""
    email: str | None = None
    alternate_email: str | None = None
    organisation: str = ""
    position: str = ""
    country_code: str | None = None
    region_override: str | None = None
    nationality: str | None = None
    gender: str | None = None
    age_band: str | None = None
    expertise: str = ""
    languages: str = ""
    iucn_username: str | None = None
    notes: str = ""
    code_of_conduct_accepted_on: date | None = None
    conflict_of_interest_declared_on: date | None = None
    engages_in_cites: bool = False
    committee_member: bool = False

    def cleaned(self) -> PersonFields:
        """Trim and fold white space; empty optional text becomes None; codes upper-case
        (the same object when it is clean already, as every stored person is)."""
        changes: dict[str, Any] = {}
        for name, strip_only, upper, no_spaces, optional in _CLEANING:
            value = getattr(self, name)
            if not isinstance(value, str):
                continue
            new = value.strip() if strip_only else tidy(value)
            if upper:
                new = new.upper()
            if no_spaces:
                new = new.replace(" ", "")
            if optional and new == "":
                changes[name] = None
            elif new != value:
                changes[name] = new
        return replace(self, **changes) if changes else self


_OPTIONAL_TEXT = {"email", "alternate_email", "country_code", "region_override", "nationality",
                  "gender", "age_band", "iucn_username"}
PERSON_FIELD_NAMES = tuple(f.name for f in fields(PersonFields))
# What cleaned() does to each field: (name, strip only, upper case, no spaces, optional).
_CLEANING = tuple((name, name in ("notes", "expertise"), name in ("country_code", "nationality"),
                   name in ("email", "alternate_email"), name in _OPTIONAL_TEXT)
                  for name in PERSON_FIELD_NAMES)


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: str


def tidy(text: str) -> str:
    """Normalise to NFC and fold non-breaking, doubled and surrounding spaces."""
    if not text.isascii():  # ASCII is NFC already and has no non-breaking space
        text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u202f",
                                                                                " ")
    return " ".join(text.split())


def validate_person(person: PersonFields, *, clean: bool = False) -> list[Problem]:
    """Every problem with a person's fields, each as one sentence that says what to fix
    (``clean``: the fields are cleaned() already)."""
    p = person if clean else person.cleaned()
    ref = reference()
    problems: list[Problem] = []
    if not p.given_names:
        problems.append(Problem("given_names", _("Enter the given name(s).")))
    if not p.family_name:
        problems.append(Problem("family_name", _("Enter the family name.")))
    for name, text in (("email", _("E-mail '{value}' is not a valid address (expected "
                                   "name@example.org).")),
                       ("alternate_email", _("Alternate e-mail '{value}' is not a valid address "
                                             "(expected name@example.org)."))):
        value = getattr(p, name)
        if value and email_problem(value):
            problems.append(Problem(name, text.format(value=value)))
    for name, label in (("country_code", _("Country of residence")),
                        ("nationality", _("Nationality"))):
        value = getattr(p, name)
        if value and value not in ref.countries:
            problems.append(Problem(name, _("{label} '{value}' is not a country code; choose a "
                                            "country from the list.").format(
                                                label=label, value=value)))
    if p.region_override and p.region_override not in ref.regions:
        problems.append(Problem("region_override", _("Choose a statutory region from the list.")))
    if p.gender and p.gender not in GENDERS:
        problems.append(Problem("gender", _("Choose a gender from the list, or leave it empty.")))
    if p.age_band and p.age_band not in AGE_BANDS:
        problems.append(Problem("age_band",
                                _("Choose an age band from the list, or leave it empty.")))
    return problems


# A plain ASCII dot-atom address (RFC 5322 3.2.3) with a letters-only top-level domain:
# email-validator accepts these, so the many ordinary addresses of an import skip it.
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_ADDRESS = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}\Z")


def email_problem(address: str) -> str | None:
    """Why an address cannot be used (email-validator's reason, no DNS look-up), or None.

    One checker for the roster, the .eml drafts and mailto: links: an address that passes
    has exactly one local part and one domain, so it cannot smuggle in another recipient.
    """
    if _PLAIN_ADDRESS.match(address) and len(address) <= 254:
        local, domain = address.rsplit("@", 1)
        domain = domain.lower()
        if len(local) <= 64 and not any(domain == d or domain.endswith("." + d)
                                        for d in SPECIAL_USE_DOMAIN_NAMES):
            return None  # the common dot-atom form: email-validator accepts it anyway
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


def display_name(given_names: str, family_name: str) -> str:
    """'Family, Given' as rosters are read and sorted."""
    if given_names and family_name:
        return f"{family_name}, {given_names}"
    return family_name or given_names


class _FoldTable(dict[int, str]):
    """Each character's folded form, worked out by anyascii the first time it is seen."""

    def __missing__(self, code: int) -> str:
        value = self[code] = anyascii(chr(code)).casefold()
        return value


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """The accent- and case-free form used to search ("Núñez" and "nunez" match)."""
    # str.translate with a memo is several times faster than anyascii on whole strings,
    # which matters when 10,000 roster rows are folded at every load.
    return text.casefold() if text.isascii() else text.translate(_FOLD).casefold()


def region_of(country_code: str | None, region_override: str | None) -> str | None:
    if region_override:
        return region_override
    if not country_code:
        return None
    region = reference().region_of(country_code)
    return region.code if region else None


@dataclass(frozen=True, slots=True)
class Place:
    """Where a country code (and any region override) puts a person, named for display."""

    country: str
    region_code: str
    region: str
    search: str  # the country's folded name, for search keys


@functools.cache
def place(country_code: str | None, region_override: str | None) -> Place:
    """Memoised: a roster repeats a few dozen places across thousands of rows."""
    ref = reference()
    country = ref.countries.get(country_code or "")
    name = country.name if country else ""
    region_code = region_of(country_code, region_override) or ""
    region = ref.regions[region_code].name if region_code in ref.regions else ""
    return Place(name, region_code, region, _in_every_language(
        name, lambda: _country_names(country.code) if country else ()))


def _in_every_language(english: str, others: Callable[[], Iterable[str]]) -> str:
    """A name folded for search as a chair may type it in any of the app's languages, each
    spelling once: the roster is searched for "Allemagne" or "Alemania" as for "Germany"."""
    if not english:
        return ""
    return " ".join(dict.fromkeys(fold(n) for n in (english, *others())))


def _country_names(code: str) -> list[str]:
    from .reference_names import country_name  # reference_names imports this module

    return [country_name(code, language) for language in ("fr", "es")]


@dataclass(frozen=True, slots=True)
class RoleSet:
    """Roles held, in the reference order, with their names."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    text: str
    search: str


@functools.cache
def role_set(codes: frozenset[str]) -> RoleSet:
    """Memoised: a roster repeats a handful of role combinations."""
    roles = reference().roles
    held = tuple(sorted(codes, key=lambda c: (roles[c].sort_order if c in roles else 99, c)))
    names = tuple(roles[c].name if c in roles else c for c in held)
    text = ", ".join(names)
    return RoleSet(held, names, text, _in_every_language(text, lambda: _role_names(names)))


def _role_names(names: tuple[str, ...]) -> list[str]:
    from ..i18n import using_language

    out = []
    for language in ("fr", "es"):
        with using_language(language):
            out.append(", ".join(_(n) for n in names))
    return out
