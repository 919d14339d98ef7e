"""A group's Species Strategic Plan targets as an Excel workbook, out and back in.

Export writes one row per target (with an ID column, so a workbook that comes back
updates the same targets instead of adding copies). Import reads such a workbook, or
a chair's own one with the same column titles in any order, into a preview: a plan per
row and a sentence per problem. Nothing is written unless every row is clean, and then
all of it in one transaction (one undo step).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from ..domain import targets as rules
from ..domain.errors import UserError
from ..domain.people import fold, tidy
from ..domain.progress import NO_PROGRESS, Progress
from ..i18n import _
from ..services import targets as svc
from ..services.dto import GroupInfo, QuadrenniumInfo
from ..services.target_dto import FocalPointChoice, KsrInfo, TargetRow
from ..services.targets_import import TargetPlan
from .cells import check_cell
from .xlsx_writer import save_workbook, sheet_cell

if TYPE_CHECKING:
    from ..services.storage import Database

SHEET = "Targets"
# (key, title in the workbook); the order of the exported columns.
COLUMNS = (
    ("id", "ID"), ("objective", "Objective"), ("ksr", "KSR"), ("ksr_title", "KSR title"),
    ("title", "Target"), ("description", "Description"), ("indicator", "Indicator"),
    ("unit", "Unit"), ("baseline", "Baseline"), ("target_value", "Target value"),
    ("current_value", "Current value"), ("status", "Status"), ("last_update", "Last update"),
    ("narrative", "Narrative"), ("evidence", "Evidence"), ("focal_point", "Focal point"),
    ("focal_point_email", "Focal point e-mail"), ("due", "Due"), ("flag", "Flag"),
)
ALIASES = {
    "target id": "id", "key species result": "ksr", "ksr number": "ksr", "target title": "title",
    "title": "title", "due date": "due", "due on": "due", "quarter": "last_update",
    "focal point email": "focal_point_email", "e-mail": "focal_point_email",
    "email": "focal_point_email", "evidence links": "evidence", "progress": "narrative",
}
MILESTONE_WORDS = {"milestone", "yes/no", "yes / no", "yes/no milestone"}
DONE_WORDS = {"done": True, "yes": True, "achieved": True, "completed": True,
              "not done": False, "no": False, "not yet": False, "": False}


class WorkbookRefused(UserError):
    """The file as a whole cannot be read (not a workbook, no Target column...)."""


# --------------------------------------------------------------------------- export

def export_targets(rows: list[TargetRow], updates: dict[str, dict[str, object]],
                   path: str | Path, progress: Progress = NO_PROGRESS) -> int:
    """Write the rows to an .xlsx file; returns the number of targets written."""
    path = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    widths = {"title": 48, "description": 40, "indicator": 30, "ksr_title": 40,
              "narrative": 40, "focal_point": 24, "focal_point_email": 28, "id": 12}
    for i, (key, _title) in enumerate(COLUMNS):
        ws.column_dimensions[_letter(i)].width = widths.get(key, 13)
    ws.freeze_panes = "C2"
    header = []
    for _key, title in COLUMNS:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    ordered = sorted(rows, key=lambda r: (r.objective_order, r.ksr_number, fold(r.title)))
    for n, r in enumerate(ordered):
        progress.step(n, len(ordered), r.title)
        latest = updates.get(r.id, {}).get(r.last_quarter)
        values = {
            "id": r.id, "objective": r.objective_name, "ksr": r.ksr_number,
            "ksr_title": r.ksr_title, "title": r.title, "description": r.description,
            "indicator": r.indicator, "unit": r.unit,
            "baseline": None if r.is_milestone else r.baseline,
            "target_value": "Milestone" if r.is_milestone else r.target_value,
            "current_value": _current(r), "status": _status_name(r),
            "last_update": r.last_quarter, "narrative": r.last_narrative,
            "evidence": getattr(latest, "evidence_links", "") or "",
            "focal_point": r.focal_point_name, "focal_point_email": r.focal_point_email,
            "due": r.due_on, "flag": _flag(r),
        }
        ws.append([_cell(ws, values[key], r.title, title) for key, title in COLUMNS])
    progress.step(len(ordered), len(ordered))
    save_workbook(wb, path)
    return len(ordered)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _current(r: TargetRow) -> object:
    if r.is_milestone:
        return ("Done" if r.milestone_done else "Not done") if r.last_quarter else None
    return r.current_value


def _status_name(r: TargetRow) -> str:
    return rules.STATUSES[r.status].name if r.status in rules.STATUSES else ""


def _flag(r: TargetRow) -> str:
    return {rules.FOCAL_LEFT: "Needs a new focal point",
            rules.FOCAL_NONE: "No focal point"}.get(r.focal_point_state, "")


def _cell(ws: object, value: object, who: str, column: str) -> object:
    if isinstance(value, str):
        check_cell(value, f"Target '{who}'", column, what="target")
    return sheet_cell(ws, value)


# --------------------------------------------------------------------------- import

@dataclass
class TargetsPreview:
    """What an import would do; `problems` are sentences naming row and column."""

    source: str
    plans: list[TargetPlan] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for p in self.plans if p.action == action)

    @property
    def progress_updates(self) -> int:
        return sum(1 for p in self.plans if p.update is not None)


class _RowProblem(Exception):
    pass


def read_targets(path: str | Path, *, ksrs: list[KsrInfo], existing: list[TargetRow],
                 updates: dict[str, dict[str, object]], members: list[FocalPointChoice],
                 term: QuadrenniumInfo, today: date,
                 progress: Progress = NO_PROGRESS) -> TargetsPreview:
    """Read a workbook into a preview; never writes."""
    path = Path(path)
    rows = _sheet_rows(path)
    header_row, header = next(((n, r) for n, r in rows if any(v is not None for v in r)),
                              (1, ()))
    columns, ignored = _map_header(header)
    if "title" not in columns or ("ksr" not in columns and "ksr_title" not in columns):
        raise WorkbookRefused(_("{file} has no 'Target' and 'KSR' columns in row {row}; name the "
                                "columns as an exported workbook does (ID, KSR, Target, "
                                "Indicator, Baseline, Target value, ...).").format(
                                    file=path.name, row=header_row))
    preview = TargetsPreview(path.name, ignored_columns=ignored)
    context = _Context(ksrs, {r.id: r for r in existing}, updates, members, term, today)
    data = [(n, r) for n, r in rows if n > header_row]
    for done, (n, cells) in enumerate(data):
        progress.step(done, len(data), _("Row {row}").format(row=n))
        values = {key: cells[i] if i < len(cells) else None for key, i in columns.items()}
        if all(_text(v) == "" for v in values.values()):
            continue
        try:
            preview.plans.append(context.plan(n, values))
        except _RowProblem as exc:
            preview.problems.append(_("{file}, row {row}, {problem}").format(
                file=path.name, row=n, problem=exc))
    return preview


def _sheet_rows(path: Path) -> list[tuple[int, tuple]]:
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise WorkbookRefused(_("{file} does not exist; check the file name.").format(
                                  file=path)) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError):
        raise WorkbookRefused(_("{file} is not an Excel workbook (.xlsx); save it as an Excel "
                                "workbook and import it again.").format(file=path.name)) from None
    try:
        ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
        return [(n, tuple(r)) for n, r in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()


def _map_header(header: tuple) -> tuple[dict[str, int], list[str]]:
    known = {fold(title): key for key, title in COLUMNS} | ALIASES
    columns: dict[str, int] = {}
    ignored = []
    for i, value in enumerate(header):
        title = tidy(_text(value))
        key = known.get(fold(title))
        if key and key not in columns:
            columns[key] = i
        elif title:
            ignored.append(title)
    return columns, ignored


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class _Context:
    """What a row is checked against: the KSR set, existing targets, current members."""

    def __init__(self, ksrs: list[KsrInfo], existing: dict[str, TargetRow],
                 updates: dict[str, dict[str, object]], members: list[FocalPointChoice],
                 term: QuadrenniumInfo, today: date) -> None:
        self.ksrs, self.existing, self.updates = ksrs, existing, updates
        self.members, self.term, self.today = members, term, today
        self.ksr_numbers = [k.number for k in ksrs]

    def plan(self, n: int, v: dict[str, object]) -> TargetPlan:
        target = self.existing.get(_text(v.get("id")))
        ksr = self._ksr(v.get("ksr"), v.get("ksr_title"))
        is_milestone = fold(_text(v.get("target_value"))) in MILESTONE_WORDS
        baseline = None if is_milestone else self._number(v.get("baseline"), "Baseline")
        target_value = None if is_milestone else self._number(v.get("target_value"),
                                                              "Target value")
        fields = rules.TargetFields(
            ksr_number=ksr, title=_text(v.get("title")), description=_text(v.get("description")),
            indicator=_text(v.get("indicator")), unit=_text(v.get("unit")), baseline=baseline,
            target_value=target_value, is_milestone=is_milestone, due_on=self._due(v.get("due")),
            focal_point_id=self._focal_point(v.get("focal_point"), v.get("focal_point_email"),
                                             target),
        ).cleaned()
        problems = rules.validate_target(fields, self.ksr_numbers, self.term.code,
                                         self.term.starts_on, self.term.ends_on)
        if problems:
            raise _RowProblem(f"column {_column_of(problems[0].field)}: {problems[0].message}")
        if fields.due_on is None:
            from dataclasses import replace

            fields = replace(fields, due_on=self.term.ends_on)
        update = self._update(v, fields, target)
        if target is None:
            return TargetPlan(n, "add", fields.title, None, None, fields, update)
        if target.is_milestone != fields.is_milestone and target.update_count:
            raise _RowProblem(_("column Target value: this target has progress updates, so it "
                                "cannot switch between a number and a yes/no milestone."))
        changed = _changes(target, fields)
        return TargetPlan(n, "update" if changed else "unchanged", fields.title, target.id,
                          target.version, fields, update, changed)

    def _ksr(self, number: object, title: object) -> int | None:
        text = _text(number) or _text(title)
        match = re.match(r"^\s*(?:ksr\s*)?(\d+)\s*(?:[.:)\-]|$)", text, re.IGNORECASE)
        if match:
            return int(match.group(1))
        wanted = fold(text).rstrip(". ")
        found = [k.number for k in self.ksrs if fold(k.title).rstrip(". ") == wanted]
        if not found and len(wanted) >= 12:
            found = [k.number for k in self.ksrs if fold(k.title).startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if not text:
            raise _RowProblem(_("column KSR: the cell is empty; give the KSR's number or title."))
        raise _RowProblem(_("column KSR: '{value}' is not a KSR of {code}; give its number (1 to "
                            "{last}) or its exact title.").format(
                                value=tidy(text)[:60], code=self.term.code,
                                last=max(self.ksr_numbers, default=0)))

    def _number(self, value: object, label: str) -> float | None:
        if isinstance(value, bool):
            raise _RowProblem(_("column {label}: {label} must be a number, not '{value}'.").format(
                                  label=label, value=value))
        if isinstance(value, int | float):
            return float(value)
        try:
            return rules.parse_number(_text(value), label)
        except ValueError as exc:
            raise _RowProblem(f"column {label}: {exc}") from None

    def _due(self, value: object) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = _text(value)
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise _RowProblem(_("column Due: '{text}' is not a date; write it like 2025-10-15.")
                              .format(text=text)) from None

    def _focal_point(self, name: object, email: object, target: TargetRow | None) -> str | None:
        name_text, email_text = tidy(_text(name)), _text(email).replace(" ", "").lower()
        if not name_text and not email_text:
            return None
        if target is not None and target.focal_point_id and (
                (email_text and email_text == target.focal_point_email.lower())
                or (not email_text and fold(name_text) == fold(target.focal_point_name))):
            return target.focal_point_id  # unchanged, even if they have since left
        if email_text:
            by_mail = [m for m in self.members if m.email.lower() == email_text]
            if by_mail:
                return by_mail[0].person_id
        wanted = fold(name_text)
        found = [m for m in self.members
                 if wanted and wanted in {fold(x) for x in (m.name, *m.other_names) if x}]
        if len(found) == 1:
            return found[0].person_id
        who = name_text or email_text
        if len(found) > 1:
            listed = "; ".join(f"{m.name} <{m.email}>" for m in found[:3])
            raise _RowProblem(_("column Focal point: '{who}' matches {count} members ({listed}); "
                                "add the focal point's e-mail to say which.").format(
                                    who=who, count=len(found), listed=listed))
        raise _RowProblem(_("column Focal point: '{who}' is not a current member of the group in "
                            "{code}; name an active member or leave it empty.").format(
                                who=who, code=self.term.code))

    def _update(self, v: dict[str, object], fields: rules.TargetFields,
                target: TargetRow | None) -> rules.UpdateFields | None:
        current, status_text = v.get("current_value"), _text(v.get("status"))
        if _text(current) == "" and not status_text:
            return None
        status = _status(status_text)
        quarter = _text(v.get("last_update")) or str(rules.quarter_of(self.today))
        if fields.is_milestone:
            done_word = fold(_text(current))
            if done_word not in DONE_WORDS:
                raise _RowProblem(_("column Current value: this target is a yes/no milestone; "
                                    "write Done or Not done, not '{text}'.").format(
                                        text=_text(current)))
            update = rules.UpdateFields(quarter, None, DONE_WORDS[done_word],
                                        _text(v.get("narrative")), status,
                                        _text(v.get("evidence")))
        else:
            value = self._number(current, "Current value")
            update = rules.UpdateFields(quarter, value, False, _text(v.get("narrative")), status,
                                        _text(v.get("evidence")))
        problems = rules.validate_update(update, is_milestone=fields.is_milestone,
                                         starts_on=self.term.starts_on,
                                         ends_on=self.term.ends_on, today=self.today)
        if problems:
            raise _RowProblem(f"column {_column_of(problems[0].field)}: {problems[0].message}")
        quarter = str(rules.parse_quarter(quarter))
        known = self.updates.get(target.id, {}).get(quarter) if target else None
        if known is not None and (
                getattr(known, "value", None) == update.value
                and getattr(known, "milestone_done", False) == update.milestone_done
                and getattr(known, "status", "") == update.status
                and getattr(known, "narrative", "") == update.narrative.strip()
                and getattr(known, "evidence_links", "")
                == "\n".join(rules.split_links(update.evidence_links))):
            return None
        from dataclasses import replace

        return replace(update, quarter=quarter)


def _status(text: str) -> str:
    if not text:
        raise _RowProblem(_("column Status: the cell is empty; write On track, At risk, Off "
                            "track, Achieved or Dropped."))
    wanted = fold(text).replace("_", " ").replace("-", " ")
    for code, status in rules.STATUSES.items():
        if wanted in (fold(status.name), code.replace("_", " ")):
            return code
    raise _RowProblem(_("column Status: '{text}' is not a status; write On track, At risk, Off "
                        "track, Achieved or Dropped.").format(text=text))


def _column_of(field_name: str) -> str:
    return {"ksr": "KSR", "title": "Target", "baseline": "Baseline",
            "target_value": "Target value", "due_on": "Due", "quarter": "Last update",
            "value": "Current value", "status": "Status",
            "focal_point": "Focal point"}.get(field_name, field_name)


def _changes(target: TargetRow, f: rules.TargetFields) -> tuple[str, ...]:
    pairs = {"KSR": (target.ksr_number, f.ksr_number), "Target": (target.title, f.title),
             "Description": (target.description, f.description),
             "Indicator": (target.indicator, f.indicator), "Unit": (target.unit, f.unit),
             "Baseline": (target.baseline, None if f.is_milestone else (f.baseline or 0.0)),
             "Target value": (target.target_value, f.target_value),
             "Milestone": (target.is_milestone, f.is_milestone), "Due": (target.due_on, f.due_on),
             "Focal point": (target.focal_point_id, f.focal_point_id)}
    return tuple(name for name, (old, new) in pairs.items() if old != new)


def preview_for_group(db: Database, group: GroupInfo, term: QuadrenniumInfo, path: str | Path,
                      today: date, progress: Progress = NO_PROGRESS) -> TargetsPreview:
    """Read a workbook against what the database holds for the group and term."""
    return read_targets(
        path, ksrs=svc.list_ksrs(db, term.id),
        existing=svc.list_targets(db, group.id, term.id, today),
        updates=svc.list_updates(db, group.id, term.id),  # type: ignore[arg-type]
        members=svc.focal_point_candidates(db, group.id, term.id, today),
        term=term, today=today, progress=progress)


def export_for_group(db: Database, group: GroupInfo, term: QuadrenniumInfo, path: str | Path,
                     today: date, progress: Progress = NO_PROGRESS) -> int:
    rows = svc.list_targets(db, group.id, term.id, today)
    return export_targets(rows, svc.list_updates(db, group.id, term.id),  # type: ignore[arg-type]
                          path, progress)
