"""Reference data of SSC Desktop: regions, countries, group types, roles, statuses, KSRs...

The data lives in CSV files under ``resources/reference`` (one ``# source: ...`` comment
line, then a header line). This module loads them once, checks every row and offers the
look-ups the rest of the app needs. Pure Python: no Qt, no database.

Row numbers in error messages are line numbers in the file (the ``# source`` line is
line 1, the header line 2), i.e. the row a spreadsheet program shows.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from ssc_desktop import shipped
from ssc_desktop.domain import country_names
from ssc_desktop.domain.countries import CountryIndex, DuplicateCountryName, fold_name
from ssc_desktop.domain.errors import UserError
from ssc_desktop.i18n import _

__all__ = [
    "Country", "Document", "EndReason", "GroupType", "Ksr", "Objective", "Quadrennium",
    "Reference", "ReferenceDataError", "Region", "Role", "Status", "TaxonomicSet",
    "fold_name", "load_ksr_file", "reference", "reference_dir",
]

STAGES = ("pipeline", "active", "ended")
LEADER_AUDIENCES = ("leader", "steering_committee", "member")
DOCUMENT_CELLS = ("x", "", "When engaging in CITES discussions", "When part of a Committee")
_KSR_COLUMNS = ("quadrennium", "number", "objective_code", "objective_name", "title")


T = TypeVar("T")


class ReferenceDataError(UserError, ValueError):
    """A reference data file is missing or malformed; str() is one sentence, and ``path``,
    ``row`` (line number in the file) and ``column`` say where, when known."""

    def __init__(self, message: str, *, path: Path | None = None, row: int | None = None,
                 column: str | None = None):
        super().__init__(message)
        self.path, self.row, self.column = path, row, column


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    region: str
    aliases: tuple[str, ...]
    provisional: bool


@dataclass(frozen=True, slots=True)
class GroupType:
    code: str
    name: str
    time_bound: bool


@dataclass(frozen=True, slots=True)
class TaxonomicSet:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    name: str
    counts_as_chair: bool
    leader_audience: str  # "leader" | "steering_committee" | "member"
    sort_order: int


@dataclass(frozen=True, slots=True)
class Status:
    code: str
    name: str
    stage: str  # "pipeline" | "active" | "ended"
    description: str


@dataclass(frozen=True, slots=True)
class EndReason:
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Quadrennium:
    code: str
    starts_on: date
    ends_on: date
    congress: str


@dataclass(frozen=True, slots=True)
class Objective:
    quadrennium: str
    code: str
    letter: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class Ksr:
    quadrennium: str
    number: int
    objective_code: str
    objective_name: str
    title: str


@dataclass(frozen=True, slots=True)
class Document:
    number: int
    category: str
    title: str
    members: str
    taxonomic_leaders: str
    crosscutting_leaders: str
    steering_committee: str

    def requirement(self, leader_audience: str, cross_cutting: bool = False) -> str:
        """The checklist cell for a reader: "x", "" or a condition such as "When part of a
        Committee". ``leader_audience`` is a Role.leader_audience; ``cross_cutting`` says
        whether a "leader" leads a cross-cutting group (other column of the table)."""
        if leader_audience == "steering_committee":
            return self.steering_committee
        if leader_audience == "leader":
            return self.crosscutting_leaders if cross_cutting else self.taxonomic_leaders
        return self.members


# --------------------------------------------------------------------------- reading

def _err(path: Path, row: int, column: str | None, problem: str) -> ReferenceDataError:
    where = f"{path.name}, row {row}" + (f", column '{column}'" if column else "")
    return ReferenceDataError(f"{where}: {problem}.", path=path, row=row, column=column)


def _read_rows(path: Path, columns: Iterable[str], *, need_source: bool = True
               ) -> list[tuple[int, dict[str, str]]]:
    """Rows of a reference CSV as (row number, {column: stripped text})."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise ReferenceDataError(_("Reference file not found: {path}.").format(
                                     path=path), path=path) from None
    except UnicodeDecodeError:
        raise ReferenceDataError(_("{path} is not UTF-8 text.").format(
                                     path=path), path=path) from None
    first = 0
    if lines and lines[0].lstrip().startswith("#"):
        first = 1
    elif need_source:
        raise _err(path, 1, None, _("the first line must be a '# source: ...' comment"))
    if len(lines) <= first:
        raise _err(path, first + 1, None, _("the header line is missing"))
    header_row = first + 1
    reader = csv.reader(lines[first:])
    header = [h.strip() for h in next(reader)]
    for column in columns:
        if column not in header:
            raise _err(path, header_row, column, _("this column is missing from the header"))
    rows = []
    for cells in reader:
        row = first + reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise _err(path, row, None, _("{cells} cells for {columns} columns").format(
                cells=len(cells), columns=len(header)))
        cells += [""] * (len(header) - len(cells))
        rows.append((row, {h: c.strip() for h, c in zip(header, cells, strict=True)}))
    return rows


class _Row:
    """Typed access to one CSV row, raising ReferenceDataError naming file/row/column."""

    def __init__(self, path: Path, row: int, values: dict[str, str]):
        self.path, self.row, self.values = path, row, values

    def error(self, column: str | None, problem: str) -> ReferenceDataError:
        return _err(self.path, self.row, column, problem)

    def text(self, column: str, *, required: bool = True,
             choices: Iterable[str] | None = None) -> str:
        value = self.values[column]
        if required and not value:
            raise self.error(column, "the cell is empty")
        if choices is not None and value not in (allowed := tuple(choices)):
            raise self.error(column, _("'{value}' is not one of: {allowed}").format(
                value=value, allowed=", ".join(repr(c) for c in allowed)))
        return value

    def code(self, column: str = "code") -> str:
        value = self.text(column)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", value):
            raise self.error(column, f"'{value}' is not a lower-case snake_case code")
        return value

    def yes_no(self, column: str) -> bool:
        return self.text(column, choices=("yes", "no")) == "yes"

    def integer(self, column: str) -> int:
        value = self.text(column)
        try:
            return int(value)
        except ValueError:
            raise self.error(column, f"'{value}' is not a whole number") from None

    def day(self, column: str) -> date:
        value = self.text(column)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.error(column, f"'{value}' is not a date like 2025-10-15") from None


def _load(path: Path, columns: tuple[str, ...], make: Callable[[_Row], T],
          key: Callable[[T], object] | None = None, *, key_column: str = "code",
          need_source: bool = True) -> list[T]:
    items: list[T] = []
    seen: set[object] = set()
    for row, values in _read_rows(path, columns, need_source=need_source):
        r = _Row(path, row, values)
        item = make(r)
        if key is not None:
            k = key(item)
            if k in seen:
                raise r.error(key_column, f"duplicate {key_column} '{r.values[key_column]}'")
            seen.add(k)
        items.append(item)
    if not items:
        raise ReferenceDataError(_("{path} has no data rows.").format(path=path), path=path)
    return items


def _ksr_loader(path: Path, objectives: Iterable[str], need_source: bool,
                quadrennia: Iterable[str] | None = None) -> list[Ksr]:
    known = tuple(dict.fromkeys(objectives))
    last: dict[str, int] = {}  # quadrennium -> the number of its previous row

    def make(r: _Row) -> Ksr:
        quadrennium = r.text("quadrennium", choices=quadrennia)
        if not re.fullmatch(r"\d{4}-\d{4}", quadrennium):
            raise r.error("quadrennium", f"'{quadrennium}' is not like 2021-2025")
        number = r.integer("number")
        before = last.get(quadrennium, 0)
        # A plan numbers its KSRs 1, 2, 3...; a gap, a repeat or a jump back is a typo.
        if number == before and before:
            raise r.error("number", _("KSR {number} appears twice; list each KSR of "
                                      "{term} once").format(number=number, term=quadrennium))
        if number != before + 1:
            raise r.error("number", _(
                "KSR {number} follows KSR {before}; number the KSRs 1, 2, 3 … in order, "
                "without gaps").format(number=number, before=before))
        last[quadrennium] = number
        return Ksr(quadrennium, number, r.text("objective_code", choices=known),
                   r.text("objective_name"), r.text("title"))

    return _load(path, _KSR_COLUMNS, make, key=lambda k: (k.quadrennium, k.number),
                 key_column="number", need_source=need_source)


def load_ksr_file(path: str | os.PathLike[str],
                  objectives: Iterable[str] | None = None) -> list[Ksr]:
    """Load a KSR set (same columns as ksrs_2021-2025.csv; the '# source' line is optional).

    ``objectives`` are the allowed objective codes (default: those of objectives.csv).
    Raises ReferenceDataError naming file, row and column for a bad row."""
    if objectives is None:
        objectives = [o.code for o in reference().objectives]
    return _ksr_loader(Path(path), objectives, need_source=False)


# --------------------------------------------------------------------------- reference

class Reference:
    """All reference data, loaded from one folder of CSV files."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = folder = Path(folder)

        def by_code(items: list[Any]) -> dict[str, Any]:
            return {item.code: item for item in items}

        def code_key(item: Any) -> object:
            return item.code

        self.regions: dict[str, Region] = by_code(_load(
            folder / "regions.csv", ("code", "name"),
            lambda r: Region(r.code(), r.text("name")), code_key))

        def country(r: _Row) -> Country:
            code = r.text("code")
            if not re.fullmatch(r"[A-Z]{2}", code):
                raise r.error("code", f"'{code}' is not two upper-case letters")
            aliases = tuple(a.strip() for a in r.text("aliases", required=False).split("|"))
            return Country(code, r.text("name"), r.text("region", choices=self.regions),
                           tuple(a for a in aliases if a), r.yes_no("provisional"))

        self.countries: dict[str, Country] = by_code(_load(
            folder / "countries.csv", ("code", "name", "region", "aliases", "provisional"),
            country, code_key))
        self.group_types: dict[str, GroupType] = by_code(_load(
            folder / "group_types.csv", ("code", "name", "time_bound"),
            lambda r: GroupType(r.code(), r.text("name"), r.yes_no("time_bound")), code_key))
        self.taxonomic_sets: dict[str, TaxonomicSet] = by_code(_load(
            folder / "taxonomic_sets.csv", ("code", "name"),
            lambda r: TaxonomicSet(r.code(), r.text("name")), code_key))
        self.roles: dict[str, Role] = by_code(_load(
            folder / "roles.csv",
            ("code", "name", "counts_as_chair", "leader_audience", "sort_order"),
            lambda r: Role(r.code(), r.text("name"), r.yes_no("counts_as_chair"),
                           r.text("leader_audience", choices=LEADER_AUDIENCES),
                           r.integer("sort_order")), code_key))
        self.statuses: dict[str, Status] = by_code(_load(
            folder / "statuses.csv", ("code", "name", "stage", "description"),
            lambda r: Status(r.code(), r.text("name"), r.text("stage", choices=STAGES),
                             r.text("description", required=False)), code_key))
        self.end_reasons: dict[str, EndReason] = by_code(_load(
            folder / "end_reasons.csv", ("code", "name"),
            lambda r: EndReason(r.code(), r.text("name")), code_key))

        def quadrennium(r: _Row) -> Quadrennium:
            q = Quadrennium(r.text("code"), r.day("starts_on"), r.day("ends_on"),
                            r.text("congress"))
            if q.ends_on < q.starts_on:
                raise r.error("ends_on", "the quadrennium ends before it starts")
            return q

        self.quadrennia: dict[str, Quadrennium] = by_code(_load(
            folder / "quadrennia.csv", ("code", "starts_on", "ends_on", "congress"),
            quadrennium, code_key))
        self.objectives: list[Objective] = _load(
            folder / "objectives.csv", ("quadrennium", "code", "letter", "name", "description"),
            lambda r: Objective(r.text("quadrennium", choices=self.quadrennia), r.code(),
                                r.text("letter"), r.text("name"), r.text("description")),
            lambda o: (o.quadrennium, o.code))
        self.ksrs: list[Ksr] = []
        for path in sorted(folder.glob("ksrs_*.csv")):
            self.ksrs += _ksr_loader(path, [o.code for o in self.objectives], True,
                                     quadrennia=self.quadrennia)
        cells = DOCUMENT_CELLS
        self.documents: list[Document] = _load(
            folder / "documents.csv",
            ("number", "category", "title", "members", "taxonomic_leaders",
             "crosscutting_leaders", "steering_committee"),
            lambda r: Document(r.integer("number"), r.text("category"), r.text("title"),
                               r.text("members", required=False, choices=cells),
                               r.text("taxonomic_leaders", required=False, choices=cells),
                               r.text("crosscutting_leaders", required=False, choices=cells),
                               r.text("steering_committee", required=False, choices=cells)),
            lambda d: d.number, key_column="number")
        try:
            self._countries = CountryIndex(
                self.countries.values(),
                lambda: country_names.load(folder / country_names.FILE_NAME))
        except DuplicateCountryName as exc:
            path = folder / "countries.csv"
            raise ReferenceDataError(f"{path}: {exc}.", path=path) from None

    # ---- look-ups

    def region_of(self, country_code: str | None) -> Region | None:
        """Region of a country by its alpha-2 code (any case); None if unknown."""
        country = self.countries.get((country_code or "").strip().upper())
        return self.regions.get(country.region) if country else None

    def resolve_country(self, text: str | None) -> Country | None:
        """The country named by ``text``: an alpha-2 code (any case), the name or an alias,
        ignoring case, accents, punctuation, extra spaces and a leading "The"."""
        return self._countries.resolve(text)

    def country_named(self, text: str | None) -> Country | None:
        """The country whose English, French or Spanish name or alias ``text`` is exactly
        (no codes, no other languages: "Cy" and "Chen" are names, not countries)."""
        return self._countries.by_name.get(fold_name(text))

    def country_suggestions(self, text: str | None, limit: int = 3) -> list[Country]:
        """Up to ``limit`` countries whose name or alias is closest to ``text`` ("did you
        mean ...?"), best first."""
        return self._countries.suggestions(text, limit)

    def ksrs_for(self, quadrennium_code: str) -> list[Ksr]:
        """The KSR set of a quadrennium, by number (empty if none is loaded)."""
        return sorted((k for k in self.ksrs if k.quadrennium == quadrennium_code),
                      key=lambda k: k.number)


def reference_dir() -> Path:
    """The folder holding the reference CSVs (resources/reference, see ssc_desktop.shipped)."""
    return shipped.folder("reference")


@functools.cache
def reference() -> Reference:
    """The app's reference data, loaded once."""
    return Reference(reference_dir())
