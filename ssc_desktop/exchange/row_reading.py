"""Reading one file row into person fields: cells by field, values worked out once per
file, problems and warnings collected with their row and column (import_preview uses it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar, cast

from ..domain.people import tidy
from ..domain.reference import reference
from ..domain.reference_names import country_name
from ..i18n import _
from .header_mapping import FULL_NAME, TARGET_LABELS, HeaderMapping
from .plausibility import (
    FileShape,
    Repair,
    lost_characters,
    repairs,
    split_full_name,
)
from .table_reader import CellValue
from .values import ValueProblem, text, to_date

_TEXT_FIELDS = ("given_names", "family_name", "name_as_written", "email", "alternate_email",
                "organisation", "position", "iucn_username", "expertise", "languages", "notes")

@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str
    message: str

    def sentence(self) -> str:
        if self.column:
            return _("Row {row}, column '{column}': {problem}.").format(
                row=self.row, column=self.column, problem=self.message)
        return _("Row {row}: {problem}.").format(row=self.row, problem=self.message)


@dataclass(frozen=True, slots=True)
class RowWarning(RowProblem):
    """Something to check before the row is applied; accepting it applies the row."""

    kind: str = ""  # "duplicate" for "maybe the same person as …"

T = TypeVar("T")


class Sheet:
    """What every row of one preview shares: where each field is, and the values
    already worked out (a file repeats the same countries, statuses and roles)."""

    def __init__(self, mapping: HeaderMapping) -> None:
        self.mapping = mapping
        self.columns: dict[str, int] = {}
        for column, target in enumerate(mapping.targets):
            if target:
                self.columns.setdefault(target, column)
        # The person's text fields this file maps, with where they are (read per row).
        self.text_columns = tuple((key, self.columns[key], key in ("notes", "expertise"))
                                  for key in _TEXT_FIELDS if key in self.columns)
        self.parsed: dict[tuple[object, str], tuple[object, str | None]] = {}
        self.shape = FileShape(frozenset(), 0.0)
        self.swapped: frozenset[int] = frozenset()  # rows whose split name the chair swapped

    def header(self, target: str) -> str:
        column = self.columns.get(target)
        return self.mapping.headers[column] if column is not None and \
            self.mapping.headers[column] else TARGET_LABELS.get(target, target)


def _tidy(value: str) -> str:
    # ASCII text needs no Unicode normalisation: only the white space folding of tidy()
    return " ".join(value.split()) if value.isascii() else tidy(value)


class RowReader:
    """One file row being read; collects problems instead of stopping at the first."""

    def __init__(self, number: int, cells: tuple[CellValue, ...], sheet: Sheet):
        self.number, self.cells, self.sheet = number, cells, sheet
        self.mapping = sheet.mapping
        self.problems: list[RowProblem] = []
        self.warnings: list[RowWarning] = []
        self.notes: list[str] = []
        self.name_split = False  # the name came from one Name cell: the chair may swap it

    def has(self, target: str) -> bool:
        return target in self.sheet.columns

    def problem(self, target: str, message: str) -> None:
        self.problems.append(RowProblem(self.number, self.sheet.header(target) if target
                                        else "", message))

    def warn(self, target: str, message: str, kind: str = "") -> None:
        self.warnings.append(self.warning(target, message, kind))

    def warning(self, target: str, message: str, kind: str = "") -> RowWarning:
        return RowWarning(self.number, self.sheet.header(target) if target else "", message,
                          kind)

    def raw(self, target: str) -> CellValue:
        column = self.sheet.columns.get(target)
        return self.cells[column] if column is not None and column < len(self.cells) else None

    def text(self, target: str, *, keep_lines: bool = False) -> str:
        raw = self.raw(target)
        if raw is None:
            return ""
        if type(raw) is str:  # the common case, without the conversions of text()
            return raw.strip() if keep_lines else _tidy(raw)
        try:
            value = text(raw)
        except ValueProblem as exc:
            self.problem(target, str(exc))
            return ""
        return value.strip() if keep_lines else _tidy(value)

    def date(self, target: str) -> date | None:
        try:
            return to_date(self.raw(target))
        except ValueProblem as exc:
            self.problem(target, str(exc))
            return None

    def parse(self, target: str, parse: Callable[[str], T]) -> T | None:
        """The value ``parse`` reads from the cell, worked out once per distinct text."""
        raw = self.text(target)
        if not raw:
            return None
        key = (parse, raw)
        found = self.sheet.parsed.get(key)
        if found is None:
            try:
                found = (parse(raw), None)
            except ValueProblem as exc:
                found = (None, str(exc))
            self.sheet.parsed[key] = found
        value, problem = found
        if problem is not None:
            self.problem(target, problem)
        return cast("T | None", value)


def _resolve_country(raw: str) -> str:
    """The ISO code for a country as written; ValueProblem with suggestions if unknown."""
    ref = reference()
    found = ref.resolve_country(raw)
    if found is not None:
        return found.code
    hints = ref.country_suggestions(raw)
    if hints:
        message = _("'{value}' is not a country the app knows; did you mean {suggestions}? "
                    "Correct the cell (a country name or its two-letter ISO code)").format(
                        value=raw, suggestions=_(" or ").join(country_name(c.code)
                                                             for c in hints))
    else:
        message = _("'{value}' is not a country the app knows; correct the cell (a country "
                    "name or its two-letter ISO code)").format(value=raw)
    raise ValueProblem(message)


def _country(r: RowReader, target: str) -> str | None:
    return r.parse(target, _resolve_country)


def file_fields(r: RowReader) -> dict[str, object]:
    """The person fields the row gives (absent or empty cells are left out)."""
    given: dict[str, object] = {}
    cells = r.cells
    for key, column, keep_lines in r.sheet.text_columns:
        raw = cells[column] if column < len(cells) else None
        if raw is None:
            continue
        if type(raw) is str:  # the common case, as RowReader.text() reads it
            value = raw.strip() if keep_lines else _tidy(raw)
        else:
            value = r.text(key, keep_lines=keep_lines)
        if value:
            given[key] = value
    if FULL_NAME in r.mapping.targets and not ("given_names" in given
                                               and "family_name" in given):
        written = r.text(FULL_NAME)
        first, last, guessed = split_full_name(written)
        r.name_split = bool(guessed and first and last)
        if r.name_split and r.number in r.sheet.swapped:
            words = written.split()
            # Written family name first: "Nguyen Van An" is Nguyen, Van An (a single CJK
            # cell, read family name first already, has its two parts exchanged).
            first, last = (" ".join(words[1:]), words[0]) if len(words) > 1 else (last, first)
            r.notes.append(_("'{name}' is read as given name '{given}' and family name "
                             "'{family}', as you chose.").format(
                name=written, given=first, family=last))
        elif guessed and written:
            r.warn(FULL_NAME, _("'{name}' was split as given name '{given}' and family name "
                                "'{family}'; if the family name comes first, swap them "
                                "before accepting").format(name=written, given=first,
                                                           family=last), "split")
        given.setdefault("given_names", first)
        given.setdefault("family_name", last)
    by_code = _country(r, "country_code") if r.has("country_code") else None
    by_name = _country(r, "country") if r.has("country") else None
    if by_code and by_name and by_code != by_name:
        r.problem("country_code", _("the country code {code} and the country '{country}' "
                                    "disagree; correct one of them").format(
                                        code=by_code, country=r.text("country")))
    if by_code or by_name:
        given["country_code"] = by_code or by_name
    if r.has("nationality") and (nat := _country(r, "nationality")):
        given["nationality"] = nat
    if (coc := r.date("code_of_conduct_accepted_on")) is not None:
        given["code_of_conduct_accepted_on"] = coc
    return given


def check_row(r: RowReader, given: dict[str, object]) -> list[Repair]:
    """Lost characters (problems) and the repairs of one row (applied to ``given``)."""
    for field in ("given_names", "family_name", "organisation", "position"):
        value = given.get(field)
        if isinstance(value, str) and lost_characters(value, name=field.endswith("name")):
            r.problem(field, _("'{value}' has characters already lost ('?' where a letter "
                               "was): the file was saved in an encoding without them; "
                               "export the sheet again as CSV UTF-8 or as .xlsx").format(
                value=value))
    return repairs(given)


def shape_warnings(r: RowReader) -> list[RowWarning]:
    """A row that sits one column off the others, or lacks the country the others have
    (worked out only for a row that would change something: others show no warnings)."""
    found = []
    step = r.sheet.shape.shifted(r.cells)
    if step:
        found.append(r.warning("", _("its filled cells sit one column to the {side} of the "
                                     "other rows'; check that every value is in its "
                                     "column").format(
            side=_("right") if step > 0 else _("left"))))
    if r.sheet.shape.country_share >= 0.8 and not r.text("country") \
            and not r.text("country_code"):
        found.append(r.warning("country" if r.has("country") else "country_code",
                               _("no country, where the rest of the file has one; add it, "
                                 "or accept")))
    return found
