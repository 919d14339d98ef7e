"""Classify every row of a roster file before anything is written.

Each row becomes new, update, unchanged or problem (with row, column and a sentence).
A row is matched to a known membership by its Record ID, its e-mail (case ignored) or
its IUCN username, and, when it has none of these, by name within the group and term.
Two choices a chair relies on:
- An empty cell never erases what the app holds; and a value that differs from the
  stored one only by case or accents ("SMITH", "Nunez") keeps the stored spelling,
  unless the file's spelling has more accents ("Núñez" corrects "Nunez").
- Names are kept exactly as written, capitals included (the file may be the person's
  own spelling); a new member whose family name is all capitals gets a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date

from ..domain.people import PersonFields, display_name, fold, region_of, tidy
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..services.field_limits import normalise, person_problems
from ..services.roster_import import ImportSnapshot, KnownMembership, RowPlan
from .header_mapping import FULL_NAME, TARGET_LABELS, HeaderMapping, data_rows
from .table_reader import CellValue, RawTable
from .values import ValueProblem, text, to_date, to_region, to_roles, to_status

NEW, UPDATE, UNCHANGED, PROBLEM = "new", "update", "unchanged", "problem"
KINDS = (NEW, UPDATE, UNCHANGED, PROBLEM)
_TEXT_FIELDS = ("given_names", "family_name", "name_as_written", "email", "alternate_email",
                "organisation", "position", "iucn_username", "expertise", "languages", "notes")
_FIELD_LABELS = {"country_code": "country", "region_override": "region",
                 "code_of_conduct_accepted_on": "code_of_conduct_accepted_on"}
_STATUS_DATE = {"invited": "invited_on", "accepted": "accepted_on", "active": "validated_on"}


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str
    message: str

    def sentence(self) -> str:
        where = f"Row {self.row}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}."


@dataclass(frozen=True, slots=True)
class PreviewRow:
    row: int
    kind: str
    name: str
    email: str
    changes: tuple[str, ...] = ()
    problems: tuple[RowProblem, ...] = ()
    notes: tuple[str, ...] = ()
    plan: RowPlan | None = None


@dataclass(frozen=True, slots=True)
class ImportPreview:
    source: str
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...] = ()

    def count(self, kind: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind)

    def summary(self) -> str:
        return (f"{self.count(NEW):,} new, {self.count(UPDATE):,} updated, "
                f"{self.count(UNCHANGED):,} unchanged, {self.count(PROBLEM):,} with problems")

    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def plans(self, rows: set[int] | None = None) -> list[RowPlan]:
        """The plans of the new and updated rows (only those numbered in ``rows``)."""
        return [r.plan for r in self.rows if r.plan is not None and r.kind in (NEW, UPDATE)
                and (rows is None or r.row in rows)]


class _Index:
    """Look-ups over the snapshot, built once per preview."""

    def __init__(self, snap: ImportSnapshot) -> None:
        self.snap = snap
        self.by_email: dict[str, str] = {}
        self.by_username: dict[str, str] = {}
        for p in snap.people.values():
            if p.fields.alternate_email:
                self.by_email.setdefault(p.fields.alternate_email.casefold(), p.person_id)
        for p in snap.people.values():  # a primary address wins over an alternate one
            if p.fields.email:
                self.by_email[p.fields.email.casefold()] = p.person_id
            if p.fields.iucn_username:
                self.by_username[p.fields.iucn_username.casefold()] = p.person_id
        self.membership: dict[tuple[str, str], KnownMembership] = {
            (m.person_id, m.quadrennium): m for m in snap.memberships.values()}
        self.by_name: dict[tuple[str, str], list[KnownMembership]] = {}
        for m in snap.memberships.values():
            f = snap.people[m.person_id].fields
            self.by_name.setdefault((_name_key(f.given_names, f.family_name), m.quadrennium),
                                    []).append(m)



def _name_key(given: str, family: str) -> str:
    return " ".join(fold(f"{given} {family}").split())


def build_preview(table: RawTable, mapping: HeaderMapping, snap: ImportSnapshot, *,
                  default_status: str = "proposed", progress: Progress = NO_PROGRESS
                  ) -> ImportPreview:
    blocking = mapping.problems()
    if blocking:
        from .table_reader import FileRefused

        raise FileRefused(f"{table.name}: {blocking[0]}")
    index = _Index(snap)
    rows = data_rows(table, mapping)
    seen: dict[str, int] = {}
    sheet = _Sheet(mapping)
    out = []
    for done, (number, cells) in enumerate(rows):
        if done % 1000 == 0:
            progress.step(done, len(rows), f"Checking row {number:,}…")
        out.append(_preview_row(number, cells, sheet, index, seen, default_status))
    return ImportPreview(table.name, tuple(out), tuple(mapping.ignored()))


def _split_full_name(raw: str) -> tuple[str, str]:
    if "," in raw:  # "Núñez, Ana" as rosters are often written
        family, _, given = raw.partition(",")
        return tidy(given), tidy(family)
    words = raw.split()
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if caps and len(caps) < len(words):  # "NÚÑEZ Ana María": capitals mark the family name
        return " ".join(w for w in words if w not in caps), " ".join(caps)
    return " ".join(words[:-1]), words[-1] if words else ""


class _Sheet:
    """What every row of one preview shares: where each field is, and the values
    already worked out (a file repeats the same countries, statuses and roles)."""

    def __init__(self, mapping: HeaderMapping) -> None:
        self.mapping = mapping
        self.columns: dict[str, int] = {}
        for column, target in enumerate(mapping.targets):
            if target:
                self.columns.setdefault(target, column)
        self.parsed: dict[tuple[object, str], tuple[object, str | None]] = {}

    def header(self, target: str) -> str:
        column = self.columns.get(target)
        return self.mapping.headers[column] if column is not None and \
            self.mapping.headers[column] else TARGET_LABELS.get(target, target)


def _tidy(value: str) -> str:
    # ASCII text needs no Unicode normalisation: only the white space folding of tidy()
    return " ".join(value.split()) if value.isascii() else tidy(value)


class _Row:
    """One file row being read; collects problems instead of stopping at the first."""

    def __init__(self, number: int, cells: tuple[CellValue, ...], sheet: _Sheet):
        self.number, self.cells, self.sheet = number, cells, sheet
        self.mapping = sheet.mapping
        self.problems: list[RowProblem] = []

    def has(self, target: str) -> bool:
        return target in self.sheet.columns

    def problem(self, target: str, message: str) -> None:
        self.problems.append(RowProblem(self.number, self.sheet.header(target) if target
                                        else "", message))

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

    def parse(self, target: str, parse: Callable[[str], object]) -> object:
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
        return value


def _resolve_country(raw: str) -> str:
    """The ISO code for a country as written; ValueProblem with suggestions if unknown."""
    ref = reference()
    found = ref.resolve_country(raw)
    if found is not None:
        return found.code
    hints = ref.country_suggestions(raw)
    message = f"'{raw}' is not a country the app knows"
    if hints:
        message += "; did you mean " + " or ".join(c.name for c in hints) + "? Correct the cell"
    else:
        message += "; correct the cell"
    raise ValueProblem(message + " (a country name or its two-letter ISO code)")


def _country(r: _Row, target: str) -> str | None:
    return r.parse(target, _resolve_country)  # type: ignore[return-value]


def _file_fields(r: _Row) -> dict[str, object]:
    """The person fields the row gives (absent or empty cells are left out)."""
    given: dict[str, object] = {}
    for key in _TEXT_FIELDS:
        value = r.text(key, keep_lines=key in ("notes", "expertise"))
        if value:
            given[key] = value
    if FULL_NAME in r.mapping.targets and not ("given_names" in given
                                               and "family_name" in given):
        first, last = _split_full_name(r.text(FULL_NAME))
        given.setdefault("given_names", first)
        given.setdefault("family_name", last)
    by_code = _country(r, "country_code") if r.has("country_code") else None
    by_name = _country(r, "country") if r.has("country") else None
    if by_code and by_name and by_code != by_name:
        r.problem("country_code", f"the country code {by_code} and the country "
                                  f"'{r.text('country')}' disagree; correct one of them")
    if by_code or by_name:
        given["country_code"] = by_code or by_name
    if r.has("nationality") and (nat := _country(r, "nationality")):
        given["nationality"] = nat
    if (coc := r.date("code_of_conduct_accepted_on")) is not None:
        given["code_of_conduct_accepted_on"] = coc
    return given


def _same(key: str, stored: object, new: object) -> bool:
    """Whether a file value says nothing new (case/accents only: the stored one stays)."""
    if stored == new:
        return True
    if not isinstance(stored, str) or not isinstance(new, str):
        return False
    if key in ("email", "alternate_email", "iucn_username"):
        return stored.casefold() == new.casefold()
    if fold(stored) != fold(new):
        return False
    return sum(not c.isascii() for c in new) <= sum(not c.isascii() for c in stored)


def _preview_row(number: int, cells: tuple[CellValue, ...], sheet: _Sheet,
                 index: _Index, seen: dict[str, int], default_status: str) -> PreviewRow:
    snap = index.snap
    r = _Row(number, cells, sheet)
    given = _file_fields(r)
    region = r.parse("region", to_region)
    status = r.parse("status", to_status)
    roles = r.parse("roles", to_roles)
    dates = {k: r.date(k) for k in ("invited_on", "accepted_on", "validated_on")}
    group = r.text("group")
    if group and fold(group) not in (fold(snap.group.name), fold(snap.group.short_code)):
        r.problem("group", f"'{group}' is not the group you are importing into "
                           f"({snap.group.name}); remove the row or import it into that group")
    term_cell = r.text("quadrennium")
    term = term_cell or snap.default_quadrennium
    if term not in snap.quadrennia:
        r.problem("quadrennium", f"'{term}' is not a quadrennium; use one of: "
                                 + ", ".join(snap.quadrennia))
        term = snap.default_quadrennium
    record_id = r.text("record_id")
    email = str(given.get("email", ""))
    username = str(given.get("iucn_username", ""))

    # Duplicates inside the file, by each key the row carries.
    keys = [("record ID", record_id.casefold()), ("e-mail", email.casefold()),
            ("IUCN username", username.casefold())]
    if not any(v for _, v in keys):
        keys.append(("name", _name_key(str(given.get("given_names", "")),
                                       str(given.get("family_name", "")))))
    for what, value in keys:
        if value and (first := seen.get(f"{what}:{term}:{value}")) is not None:
            r.problem("", f"it repeats row {first} (same {what}); keep one of the two rows")
            break
    for what, value in keys:
        if value:
            seen.setdefault(f"{what}:{term}:{value}", number)

    # Who the row is about.
    notes: list[str] = []
    candidates: dict[str, str] = {}
    if record_id:
        known = snap.memberships.get(record_id)
        if known is not None:
            candidates["record ID"] = known.person_id
            term = term if term_cell else known.quadrennium
        else:
            notes.append("The Record ID is not one of this group's memberships; matched by "
                         "e-mail or username instead.")
    if email and email.casefold() in index.by_email:
        candidates["e-mail"] = index.by_email[email.casefold()]
    if username and username.casefold() in index.by_username:
        candidates["IUCN username"] = index.by_username[username.casefold()]
    if len(set(candidates.values())) > 1:
        r.problem("", "its " + " and ".join(candidates) + " point to different people "
                      "in the app; correct the row")
    person_id = next(iter(candidates.values()), None)
    membership = index.membership.get((person_id, term)) if person_id else None
    if person_id is None and not record_id and not email and not username:
        matches = index.by_name.get((_name_key(str(given.get("given_names", "")),
                                               str(given.get("family_name", ""))), term), [])
        if len(matches) == 1:
            membership = matches[0]
            person_id = membership.person_id
            notes.append("Matched by name (the row has no e-mail, username or record ID).")
        elif len(matches) > 1:
            r.problem("", "several members of the group have this name and the row has no "
                          "e-mail, username or record ID; add one of them")

    stored = snap.people[person_id] if person_id else None
    base = stored.fields if stored else PersonFields()
    changed: dict[str, object] = {}
    for key, value in given.items():
        if not _same(key, getattr(base, key), value):
            changed[key] = value
    fields_after = normalise(replace(base, **changed).cleaned())  # NFC, LF: as the services
    if region is not None:
        current = region_of(fields_after.country_code, fields_after.region_override)
        if region != current:
            default = region_of(fields_after.country_code, None)
            override = None if region == default else region
            if override != base.region_override:
                changed["region_override"] = override
                fields_after = replace(fields_after, region_override=override)
    for problem in person_problems(fields_after):
        label = _FIELD_LABELS.get(problem.field, problem.field)
        r.problem(label, problem.message.rstrip("."))
    name = display_name(fields_after.given_names, fields_after.family_name) or "(no name)"

    changes = [f"{_label(k)}: {_show(getattr(base, k))} → {_show(getattr(fields_after, k))}"
               for k in changed] if stored else []
    new_status = None
    if membership is None:
        new_status = status or default_status
        changes.append(f"Joins the group as {reference().statuses[new_status].name}")
    elif status is not None and status != membership.status:
        new_status = status
        ref = reference()
        changes.append(f"Status: {ref.statuses[membership.status].name} → "
                       f"{ref.statuses[status].name}")
    new_roles = None
    if roles and (membership is None or set(roles) != set(membership.roles)):
        new_roles = tuple(roles)  # type: ignore[arg-type]
        if membership is not None:
            changes.append("Roles: " + _roles_text(membership.roles) + " → "
                           + _roles_text(new_roles))
    if not fields_after.email:
        notes.append("No e-mail: this member cannot be invited until an address is added.")
    if membership is None and stored is not None:
        notes.append("Already known to the app (another group or term): joins this group.")
    if membership is None and stored is None and fields_after.family_name.isupper() \
            and len(fields_after.family_name) > 1:
        notes.append("Family name in capitals, kept as written; edit it if the person "
                     "writes it otherwise.")

    if r.problems:
        return PreviewRow(number, PROBLEM, name, fields_after.email or "",
                          problems=tuple(r.problems), notes=tuple(notes))
    kind = NEW if membership is None else (UPDATE if changes else UNCHANGED)
    status_on = dates.get(_STATUS_DATE.get(new_status or "", ""))
    plan = RowPlan(
        row=number, action=kind, name=name, quadrennium=term, fields=fields_after,
        person_id=person_id, person_version=stored.version if stored else None,
        person_changes=tuple(k for k in changed if stored is not None),
        membership_id=membership.membership_id if membership else None,
        membership_version=membership.version if membership else None,
        status=new_status, status_on=status_on, roles=new_roles)
    return PreviewRow(number, kind, name, fields_after.email or "", tuple(changes),
                      notes=tuple(notes), plan=plan)


_PERSON_LABELS = {f.name: f.name.replace("_", " ").capitalize() for f in fields(PersonFields)}
_PERSON_LABELS.update({"country_code": "Country", "region_override": "Statutory region",
                       "email": "Email", "iucn_username": "IUCN username",
                       "code_of_conduct_accepted_on": "Code of Conduct accepted on"})


def _label(key: str) -> str:
    return _PERSON_LABELS.get(key, key)


def _show(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _roles_text(codes: tuple[str, ...]) -> str:
    ref = reference()
    return "; ".join(ref.roles[c].name if c in ref.roles else c for c in codes) or "(none)"
