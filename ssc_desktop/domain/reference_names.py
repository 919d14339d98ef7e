"""Reference data names in the reader's language: regions, statuses, roles, end reasons,
group types, taxonomic sets, documents, SSC objectives and Key Species Results.

The English names live in resources/reference/*.csv; they are the catalogue's message
ids (``extract_reference`` hands them to Babel's extractor, see babel.cfg), so a
translator finds them in ssc_desktop.pot like any sentence of the code. Country names
come from CLDR (Babel) in French and Spanish, and from countries.csv in English.
IUCN publishes no French or Spanish KSR titles: those are the app's own, and
``ksr_translation_note`` says so wherever they are printed. Names unknown to the
catalogue (a KSR set loaded later from a file) stay as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from ..i18n import _, language
from .people import AGE_BANDS, GENDERS
from .reference import reference

# Columns of the reference files whose text a reader sees (file → columns).
TRANSLATED_COLUMNS = {
    "regions.csv": ("name",),
    "statuses.csv": ("name", "description"),
    "end_reasons.csv": ("name",),
    "roles.csv": ("name",),
    "group_types.csv": ("name",),
    "taxonomic_sets.csv": ("name",),
    "documents.csv": ("category", "title"),
    "objectives.csv": ("name", "description"),
    "ksrs_*.csv": ("objective_name", "title"),
}



def translated(text: str) -> str:
    """A reference name (in English, as the files hold it) in the current language."""
    return _(text) if text else text


def region_name(code: str) -> str:
    region = reference().regions.get(code)
    return translated(region.name) if region else code


def status_name(code: str) -> str:
    status = reference().statuses.get(code)
    return translated(status.name) if status else code


def status_description(code: str) -> str:
    status = reference().statuses.get(code)
    return translated(status.description) if status else ""


def end_reason_name(code: str) -> str:
    reason = reference().end_reasons.get(code)
    return translated(reason.name) if reason else code


def role_name(code: str) -> str:
    role = reference().roles.get(code)
    return translated(role.name) if role else code


def group_type_name(code: str) -> str:
    kind = reference().group_types.get(code)
    return translated(kind.name) if kind else code


def taxonomic_set_name(code: str) -> str:
    found = reference().taxonomic_sets.get(code)
    return translated(found.name) if found else code


def gender_name(code: str) -> str:
    return _(GENDERS[code]) if code in GENDERS else code


def age_band_name(code: str) -> str:
    return _(AGE_BANDS[code]) if code in AGE_BANDS else code


def country_name(code: str, lang: str | None = None) -> str:
    """The country's name: the app's own in English, CLDR's in French and Spanish (in
    `lang`, else the current language)."""
    country = reference().countries.get((code or "").upper())
    if country is None:
        return code
    lang = lang or language()
    if lang != "en":
        from babel import Locale

        found = Locale.parse(lang).territories.get(country.code)
        if found:
            return str(found)
    return country.name


def document_title(number: int) -> str:
    found = next((d for d in reference().documents if d.number == number), None)
    return translated(found.title) if found else str(number)


def document_category(number: int) -> str:
    found = next((d for d in reference().documents if d.number == number), None)
    return translated(found.category) if found else ""


def objective_name(quadrennium: str, code: str) -> str:
    found = next((o for o in reference().objectives
                  if o.quadrennium == quadrennium and o.code == code), None)
    return translated(found.name) if found else code


def ksr_title(title: str) -> str:
    """A KSR title as stored (English) in the current language, where the app has one."""
    return translated(title)


def ksr_translation_note() -> str:
    """The sentence a report prints beside translated KSR titles ('' in English)."""
    if language() == "en":
        return ""
    return _("IUCN publishes the Key Species Results and the SSC objectives in English "
             "only: their translations here are SSC Desktop's own.")


def extract_reference(fileobj: Any, keywords: Any, comment_tags: Any, options: Any
                      ) -> Iterator[tuple[int, str | None, str, list[str]]]:
    """Babel extraction method for the reference CSVs: the names a reader sees."""
    import fnmatch
    from pathlib import Path

    name = Path(getattr(fileobj, "name", "")).name
    columns = next((cols for pattern, cols in TRANSLATED_COLUMNS.items()
                    if fnmatch.fnmatch(name, pattern)), ())
    if not columns:
        return
    text = fileobj.read().decode("utf-8-sig")
    lines = text.splitlines()
    first = 1 if lines and lines[0].lstrip().startswith("#") else 0
    reader = csv.DictReader(io.StringIO("\n".join(lines[first:])))
    for row in reader:
        for column in columns:
            value = (row.get(column) or "").strip()
            if value:
                yield (first + reader.line_num, None, value,
                       [f"{name}, column {column}"])
