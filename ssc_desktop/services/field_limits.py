"""The limits of every text a user or a file can set, read from the schema.

One check for every entity (people, groups, memberships, targets and their updates,
letters and their steps, e-mail templates): each text column's length (String(n)), or
Excel's cell limit for unbounded Text, no control characters or non-characters, NFC.
Services call ``checked_text`` before they write, so nothing enters the file that a later
export, report or draft would refuse.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from ..domain.errors import ValidationFailed
from ..domain.people import PersonFields, Problem, validate_person
from ..domain.text_rules import TEXT_MAX, normalised, text_problem
from ..i18n import _, language
from ..store.field_lengths import limits_of
from ..store.models import Person

T = TypeVar("T")

MULTILINE = frozenset({"notes", "expertise", "threat", "action_requested", "evidence_summary",
                       "key_facts", "stakeholders", "response_summary", "impact",
                       "description", "indicator", "narrative", "evidence_links", "note",
                       "body"})


def labels() -> dict[str, str]:
    return _labels(language())


@functools.cache
def _labels(_language: str) -> dict[str, str]:
    """The field names in the current language (rebuilt when the language changes)."""
    return {
        "given_names": _("Given name(s)"), "family_name": _("Family name"),
        "name_as_written": _("Name as written"), "email": _("E-mail"),
        "alternate_email": _("Alternate e-mail"), "organisation": _("Organisation"),
        "position": _("Position"), "expertise": _("Expertise"), "languages": _("Languages"),
        "iucn_username": _("IUCN username"), "notes": _("Notes"), "name": _("Name"),
        "short_code": _("Short code"), "title": _("Title"), "addressee_name": _("Addressee"),
        "species_scientific": _("Scientific name"), "species_common": _("Common name"),
        "threat": _("Threat"), "action_requested": _("Action requested"),
        "evidence_summary": _("Evidence summary"), "key_facts": _("Key facts"),
        "stakeholders": _("Stakeholders"), "co_signatory": _("Co-signatory"),
        "response_summary": _("Response summary"), "impact": _("Impact"),
        "description": _("Description"), "indicator": _("Indicator"), "unit": _("Unit"),
        "narrative": _("Narrative"), "evidence_links": _("Evidence links"),
        "note": _("Note"), "proposed_by": _("Proposed by"), "subject": _("Subject"),
        "body": _("Body"), "filename": _("File name"),
    }


@functools.cache
def _checks(model: type, _language: str) -> tuple[tuple[str, int, str, bool], ...]:
    """(field, limit, label, multi-line) of the model's free-text columns.

    Free text only: codes (status, country...) have rules of their own.
    """
    names = labels()
    return tuple((k, limit, names[k], k in MULTILINE)
                 for k, limit in limits_of(model, TEXT_MAX).items() if k in names)


def _problems(model: type, get: Any) -> list[Problem]:
    found = []
    for field, limit, label, multiline in _checks(model, language()):
        value = get(field)
        if isinstance(value, str) and value:
            problem = text_problem(field, label, normalised(value, multiline=multiline),
                                   limit, multiline=multiline)
            if problem:
                found.append(problem)
    return found


def problems(model: type, values: Mapping[str, Any]) -> list[Problem]:
    """Every problem of the text values that are columns of `model`."""
    return _problems(model, values.get)


@functools.cache
def _field_kinds(kind: type) -> tuple[tuple[str, bool], ...]:
    """(field, multi-line) of a dataclass type's fields, worked out once per type."""
    return tuple((f.name, f.name in MULTILINE) for f in fields(kind))


def normalise(value: T) -> T:
    """`value` (a dataclass of fields) with every text in NFC and LF line breaks."""
    assert is_dataclass(value) and not isinstance(value, type)
    changes = {}
    for name, multiline in _field_kinds(type(value)):
        text = getattr(value, name)
        if isinstance(text, str):
            new = normalised(text, multiline=multiline)
            if new != text:
                changes[name] = new
    return replace(value, **changes) if changes else value


def dataclass_problems(model: type, value: object) -> list[Problem]:
    assert is_dataclass(value) and not isinstance(value, type)
    return _problems(model, lambda name: getattr(value, name, None))


def checked_text(model: type, value: T) -> T:
    """`value` normalised, or ValidationFailed naming the first field that breaks a rule."""
    found = dataclass_problems(model, value)
    if found:
        raise ValidationFailed(found)
    return normalise(value)


def check_values(model: type, **values: Any) -> dict[str, Any]:
    """The same for loose keyword values (a note, a template's subject and body)."""
    found = problems(model, values)
    if found:
        raise ValidationFailed(found)
    return {k: normalised(v, multiline=k in MULTILINE) if isinstance(v, str) else v
            for k, v in values.items()}


def person_problems(person: PersonFields) -> list[Problem]:
    """Every problem with a person's cleaned() fields: text limits first, then the rules."""
    return dataclass_problems(Person, person) + validate_person(person, clean=True)
