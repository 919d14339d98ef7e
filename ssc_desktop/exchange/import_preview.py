"""Classify every row of a roster file before anything is written.

Each row becomes new, update, unchanged or problem (with row, column and a sentence).
A row is matched to a known membership by its Record ID, its e-mail (case ignored) or
its IUCN username, and, when it has none of these, by name within the group and term.
Two choices a chair relies on:
- An empty cell never erases what the app holds; and a value that differs from the
  stored one only by case or accents ("SMITH", "Nunez") keeps the stored spelling,
  unless the file's spelling has more accents ("Núñez" corrects "Nunez").
- A row that does not look like a roster row (plausibility.py) gets warnings the chair
  must accept before it is applied; the repairs they propose come with the acceptance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..domain.lifecycle import why_not_move
from ..domain.people import PersonFields, display_name, fold, region_of
from ..domain.progress import NO_PROGRESS, Progress
from ..domain.reference import reference
from ..domain.reference_names import role_name, status_name
from ..formats import number as format_number
from ..i18n import N_, _
from ..services.field_limits import normalise, person_problems
from ..services.roster_import import (
    FileKeys,
    ImportSnapshot,
    KnownMembership,
    KnownName,
    RowPlan,
)
from .header_mapping import HeaderMapping, data_rows
from .plausibility import FileShape, name_warnings
from .row_reading import (
    RowProblem,
    RowReader,
    RowWarning,
    Sheet,
    check_row,
    file_fields,
    shape_warnings,
)
from .table_reader import CellValue, RawTable
from .values import to_region, to_roles, to_status

NEW, UPDATE, UNCHANGED, PROBLEM = "new", "update", "unchanged", "problem"
KINDS = (NEW, UPDATE, UNCHANGED, PROBLEM)
_FIELD_LABELS = {"country_code": "country", "region_override": "region",
                 "code_of_conduct_accepted_on": "code_of_conduct_accepted_on"}
_STATUS_DATE = {"invited": "invited_on", "accepted": "accepted_on", "active": "validated_on"}


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
    warnings: tuple[RowWarning, ...] = ()
    name_split: bool = False  # its name was split from one Name cell: given/family swappable


@dataclass(frozen=True, slots=True)
class ImportPreview:
    source: str
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...] = ()
    swapped: frozenset[int] = frozenset()  # rows whose split name the chair swapped

    def count(self, kind: str) -> int:
        return sum(1 for r in self.rows if r.kind == kind)

    def summary(self) -> str:
        return _("{new} new, {updated} updated, {unchanged} unchanged, {problems} with "
                 "problems").format(new=format_number(self.count(NEW)),
                                    updated=format_number(self.count(UPDATE)),
                                    unchanged=format_number(self.count(UNCHANGED)),
                                    problems=format_number(self.count(PROBLEM)))

    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def warnings(self, *, applicable: bool = False) -> list[RowWarning]:
        """Every warning (only those of rows that could be applied, if ``applicable``)."""
        return [w for r in self.rows if not applicable or r.kind in (NEW, UPDATE)
                for w in r.warnings]

    def plans(self, rows: set[int] | None = None,
              accepted: bool | set[int] = False) -> list[RowPlan]:
        """The plans of the new and updated rows (only those numbered in ``rows``); a row
        with warnings only when they are accepted (all, or its number in ``accepted``)."""
        return [r.plan for r in self.rows if r.plan is not None and r.kind in (NEW, UPDATE)
                and (rows is None or r.row in rows)
                and (not r.warnings or accepted is True
                     or (isinstance(accepted, set) and r.row in accepted))]


class _Index:
    """Look-ups over the snapshot, built once per preview."""

    def __init__(self, snap: ImportSnapshot,
                 names: Callable[[], Iterable[KnownName]] | None = None) -> None:
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
        self._names = names
        self._by_loose_name: dict[str, list[KnownName]] | None = None
        self.by_name: dict[tuple[str, str], list[KnownMembership]] = {}
        for m in snap.memberships.values():
            f = snap.people[m.person_id].fields
            self.by_name.setdefault((_name_key(f.given_names, f.family_name), m.quadrennium),
                                    []).append(m)

    @property
    def by_loose_name(self) -> dict[str, list[KnownName]]:
        """Every known person by their loose name key, read and worked out only when a
        row is a new person (a file of known people never reads the whole table)."""
        if self._by_loose_name is None:
            # Accent-, case- and order-insensitive: "NUNEZ PENA José" and "José Núñez Peña".
            self._by_loose_name = {}
            snap = self.snap
            names = self._names() if self._names is not None else (snap.names or tuple(
                KnownName(p.fields.given_names, p.fields.family_name, p.fields.email or "")
                for p in snap.people.values()))
            for known in names:
                key = loose_name_key(known.given_names, known.family_name)
                if key:
                    self._by_loose_name.setdefault(key, []).append(known)
        return self._by_loose_name



def _name_key(given: str, family: str) -> str:
    return " ".join(fold(f"{given} {family}").split())


_NOT_LETTERS = re.compile(r"[^\w]+")


def loose_name_key(given: str, family: str) -> str:
    """The words of a name, folded and sorted: the same for José Núñez Peña, Jose Nunez
    Pena and NUNEZ PENA José (for "maybe the same person", never for matching)."""
    return " ".join(sorted(_NOT_LETTERS.sub(" ", fold(f"{given} {family}")).split()))


def _maybe_the_same(r: RowReader, index: _Index, seen: dict[str, int],
                    person: PersonFields) -> None:
    """A warning for a new person whose name is a known person's or an earlier row's."""
    key = loose_name_key(person.given_names, person.family_name)
    if not key:
        return
    for f in index.by_loose_name.get(key, [])[:3]:
        r.warn("", _("maybe the same as {name} ({email}) in the app, with another e-mail; "
                     "if so, correct the row's e-mail, or merge the two people after the "
                     "import").format(name=display_name(f.given_names, f.family_name),
                                      email=f.email or _("no e-mail")), "duplicate")
    first = seen.setdefault(f"loose:{key}", r.number)
    if first != r.number:
        r.warn("", _("maybe the same person as row {row} (the same name, another e-mail); "
                     "keep one of the two rows if so").format(row=first), "duplicate")


def file_keys(table: RawTable, mapping: HeaderMapping) -> FileKeys:
    """The e-mails and usernames of a file (lower case): the people it can match."""
    columns = {t: i for i, t in enumerate(mapping.targets) if t}
    emails: set[str] = set()
    usernames: set[str] = set()
    for _number, cells in data_rows(table, mapping):
        for target, into in (("email", emails), ("alternate_email", emails),
                             ("iucn_username", usernames)):
            column = columns.get(target)
            if column is not None and column < len(cells) and cells[column] is not None:
                value = " ".join(str(cells[column]).split()).lower()
                if value:
                    into.add(value)
    return FileKeys(frozenset(emails), frozenset(usernames))


def build_preview(table: RawTable, mapping: HeaderMapping, snap: ImportSnapshot, *,
                  default_status: str = "proposed", progress: Progress = NO_PROGRESS,
                  swapped: frozenset[int] = frozenset(),
                  names: Callable[[], Iterable[KnownName]] | None = None) -> ImportPreview:
    """Every row classified; ``swapped`` numbers the rows whose name, split from one Name
    cell, the chair said is written family name first; ``names`` reads every known
    person's name, called once if a row is a new person (default: the snapshot's)."""
    blocking = mapping.problems()
    if blocking:
        from .table_reader import FileRefused

        raise FileRefused(f"{table.name}: {blocking[0]}")
    index = _Index(snap, names)
    rows = data_rows(table, mapping)
    seen: dict[str, int] = {}
    sheet = Sheet(mapping)
    sheet.swapped = frozenset(swapped)
    sheet.shape = FileShape.of(rows, [sheet.columns[c] for c in ("country", "country_code")
                                      if c in sheet.columns], sheet.columns.get("email"))
    damaged: dict[int, list[str]] = {}
    for number, message in table.problems:  # what the reader found (unclosed quotes...)
        damaged.setdefault(number, []).append(message)
    out = []
    for done, (number, cells) in enumerate(rows):
        if done % 1000 == 0:
            progress.step(done, len(rows), _("Checking row {row}…").format(
                row=format_number(number)))
        row = _preview_row(number, cells, sheet, index, seen, default_status)
        if number in damaged:
            row = replace(row, kind=PROBLEM, plan=None, problems=tuple(
                RowProblem(number, "", m) for m in damaged[number]) + row.problems)
        out.append(row)
    return ImportPreview(table.name, tuple(out), tuple(mapping.ignored()),
                         frozenset(swapped))


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


def _preview_row(number: int, cells: tuple[CellValue, ...], sheet: Sheet,
                 index: _Index, seen: dict[str, int], default_status: str) -> PreviewRow:
    snap = index.snap
    r = RowReader(number, cells, sheet)
    given = file_fields(r)
    as_written = dict(given)
    shape_at = len(r.warnings)  # where the row's shape warnings go, if it needs them
    fixes = check_row(r, given)
    region = r.parse("region", to_region)
    status = r.parse("status", to_status)
    roles = r.parse("roles", to_roles)
    dates = {k: r.date(k) for k in ("invited_on", "accepted_on", "validated_on")}
    group = r.text("group")
    if group and fold(group) not in (fold(snap.group.name), fold(snap.group.short_code)):
        r.problem("group", _("'{group}' is not the group you are importing into ({name}); "
                             "remove the row or import it into that group").format(
                                 group=group, name=snap.group.name))
    term_cell = r.text("quadrennium")
    term = term_cell or snap.default_quadrennium
    if term not in snap.quadrennia:
        r.problem("quadrennium", _("'{term}' is not a quadrennium; use one of: {terms}").format(
            term=term, terms=", ".join(snap.quadrennia)))
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
            r.problem("", _(_REPEATS[what]).format(row=first))
            break
    for what, value in keys:
        if value:
            seen.setdefault(f"{what}:{term}:{value}", number)

    # Who the row is about.
    notes: list[str] = list(r.notes)
    candidates: dict[str, str] = {}
    if record_id:
        known = snap.memberships.get(record_id)
        if known is not None:
            candidates["record ID"] = known.person_id
            term = term if term_cell else known.quadrennium
        else:
            notes.append(_("The Record ID is not one of this group's memberships; matched by "
                           "e-mail or username instead."))
    if email and email.casefold() in index.by_email:
        candidates["e-mail"] = index.by_email[email.casefold()]
    if username and username.casefold() in index.by_username:
        candidates["IUCN username"] = index.by_username[username.casefold()]
    if len(set(candidates.values())) > 1:
        r.problem("", _("its {keys} point to different people in the app; correct the row")
                  .format(keys=_(" and ").join(_(_KEY_NAMES[k]) for k in candidates)))
    person_id = next(iter(candidates.values()), None)
    membership = index.membership.get((person_id, term)) if person_id else None
    if person_id is None and not record_id and not email and not username:
        matches = index.by_name.get((_name_key(str(given.get("given_names", "")),
                                               str(given.get("family_name", ""))), term), [])
        if len(matches) == 1:
            membership = matches[0]
            person_id = membership.person_id
            notes.append(_("Matched by name (the row has no e-mail, username or record ID)."))
        elif len(matches) > 1:
            r.problem("", _("several members of the group have this name and the row has no "
                            "e-mail, username or record ID; add one of them"))

    stored = snap.people[person_id] if person_id else None
    base = stored.fields if stored else PersonFields()
    for field in {fix.field for fix in fixes}:  # what the app holds already is no repair
        if stored is not None and as_written[field] == getattr(base, field):
            given[field] = as_written[field]
            fixes = [fix for fix in fixes if fix.field != field]
    changed: dict[str, Any] = {}
    for key, file_value in given.items():
        if not _same(key, getattr(base, key), file_value):
            changed[key] = file_value
    # A known person the row changes nothing of stays as stored (checked when written).
    fresh = stored is None or bool(changed)
    fields_after = normalise(replace(base, **changed).cleaned()) if fresh else base
    for fix in fixes:  # only what the row would change needs the chair's word
        if stored is None or fix.field in changed:
            r.warn(fix.field, fix.sentence())
    for field, message in name_warnings(given) if fresh else ():
        if stored is None or field in changed:
            r.warn(field, message)
    if region is not None:
        current = region_of(fields_after.country_code, fields_after.region_override)
        if region != current:
            default = region_of(fields_after.country_code, None)
            override = None if region == default else region
            if override != base.region_override:
                changed["region_override"] = override
                fields_after = replace(fields_after, region_override=override)
    for problem in person_problems(fields_after) if fresh or "region_override" in changed \
            else ():
        label = _FIELD_LABELS.get(problem.field, problem.field)
        r.problem(label, problem.message.rstrip("."))
    name = display_name(fields_after.given_names, fields_after.family_name) or _("(no name)")

    changes = [f"{_label(k)}: {_show(getattr(base, k))} → {_show(getattr(fields_after, k))}"
               for k in changed] if stored else []
    new_status = None
    if membership is None:
        new_status = status or default_status
        changes.append(_("Joins the group as {status}").format(status=status_name(new_status)))
    elif status is not None and status != membership.status:
        refused = why_not_move(membership.status, status, name)
        if refused is not None:  # the same sentence as the Invitations page gives
            r.problem("status", refused.rstrip("."))
        new_status = status
        changes.append(_("Status: {old} → {new}").format(old=status_name(membership.status),
                                                          new=status_name(status)))
    if new_status == "invited" and dates.get("invited_on") is None:
        notes.append(_("Invited: the invitation is dated from the import day, as the file "
                       "gives no 'Invited on' date; it becomes overdue from that day."))
    new_roles = None
    if roles and (membership is None or set(roles) != set(membership.roles)):
        new_roles = tuple(roles)
        if membership is not None:
            changes.append(_("Roles: {old} → {new}").format(old=_roles_text(membership.roles),
                                                            new=_roles_text(new_roles)))
    if not fields_after.email:
        notes.append(_("No e-mail: this member cannot be invited until an address is added."))
    if membership is None and stored is not None:
        notes.append(_("Already known to the app (another group or term): joins this group."))
    if stored is None:
        _maybe_the_same(r, index, seen, fields_after)

    kind = NEW if membership is None else (UPDATE if changes else UNCHANGED)
    if r.problems or kind != UNCHANGED:  # an unchanged row shows no warnings
        r.warnings[shape_at:shape_at] = shape_warnings(r)
    if r.problems:
        return PreviewRow(number, PROBLEM, name, fields_after.email or "",
                          problems=tuple(r.problems), notes=tuple(notes),
                          warnings=tuple(r.warnings), name_split=r.name_split)
    status_on = dates.get(_STATUS_DATE.get(new_status or "", ""))
    plan = RowPlan(
        row=number, action=kind, name=name, quadrennium=term, fields=fields_after,
        person_id=person_id, person_version=stored.version if stored else None,
        person_changes=tuple(k for k in changed if stored is not None),
        membership_id=membership.membership_id if membership else None,
        membership_version=membership.version if membership else None,
        status=new_status, status_on=status_on, roles=new_roles)
    return PreviewRow(number, kind, name, fields_after.email or "", tuple(changes),
                      notes=tuple(notes), plan=plan,
                      warnings=tuple(r.warnings) if kind != UNCHANGED else (),
                      name_split=r.name_split)


_PERSON_LABELS = {
    "given_names": N_("Given names"), "family_name": N_("Family name"),
    "name_as_written": N_("Name as written"), "email": N_("Email"),
    "alternate_email": N_("Alternate email"), "organisation": N_("Organisation"),
    "position": N_("Position"), "country_code": N_("Country"),
    "region_override": N_("Statutory region"), "nationality": N_("Nationality"),
    "gender": N_("Gender"), "age_band": N_("Age band"), "expertise": N_("Expertise"),
    "languages": N_("Languages"), "iucn_username": N_("IUCN username"), "notes": N_("Notes"),
    "code_of_conduct_accepted_on": N_("Code of Conduct accepted on"),
}
# A row that repeats an earlier one, by the key they share.
_REPEATS = {
    "record ID": N_("it repeats row {row} (same record ID); keep one of the two rows"),
    "e-mail": N_("it repeats row {row} (same e-mail); keep one of the two rows"),
    "IUCN username": N_("it repeats row {row} (same IUCN username); keep one of the two rows"),
    "name": N_("it repeats row {row} (same name); keep one of the two rows"),
}
_KEY_NAMES = {"record ID": N_("record ID"), "e-mail": N_("e-mail"),
              "IUCN username": N_("IUCN username")}


def _label(key: str) -> str:
    if key in _PERSON_LABELS:
        return _(_PERSON_LABELS[key])
    return key.replace("_", " ").capitalize()


def _show(value: object) -> str:
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _roles_text(codes: tuple[str, ...]) -> str:
    ref = reference()
    return "; ".join(role_name(c) if c in ref.roles else c for c in codes) or _("(none)")
