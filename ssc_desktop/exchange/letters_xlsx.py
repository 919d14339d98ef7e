"""A group's intervention letter requests as an Excel workbook: one row per request.

The ID column lets the Chair's Office and the group refer to the same request; states,
dates of every step and the outcome follow. Text that a spreadsheet could run as a
formula (starting with = + - @, tab or CR) is written as a text cell, never a formula.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..domain import letters as rules
from ..domain.reference import reference
from ..services import letters as svc
from ..services.letter_dto import LetterDetail
from ..services.storage import Database
from .cells import check_cell
from .xlsx_writer import save_workbook, sheet_cell

SHEET = "Letters"
DATE_FORMAT = "yyyy-mm-dd"

Value = str | int | date | None


def _country(code: str | None) -> str:
    country = reference().countries.get(code or "")
    return country.name if country else (code or "")


# (title, width, value of a request); the order of the exported columns.
COLUMNS: tuple[tuple[str, int, Callable[[LetterDetail], Value]], ...] = (
    ("ID", 38, lambda d: d.letter_id),
    ("Title", 40, lambda d: d.fields.title),
    ("State", 24, lambda d: d.state_name),
    ("Held by", 18, lambda d: d.holder),
    ("Waits for", 40, lambda d: d.waits_for),
    ("Urgency", 12, lambda d: rules.URGENCIES.get(d.fields.urgency, d.fields.urgency)),
    ("Addressee", 30, lambda d: d.fields.addressee_name),
    ("Addressee type", 18,
     lambda d: rules.ADDRESSEE_TYPES.get(d.fields.addressee_type, d.fields.addressee_type)),
    ("Country", 18, lambda d: _country(d.fields.addressee_country)),
    ("Scientific name", 26, lambda d: d.fields.species_scientific),
    ("Common name", 22, lambda d: d.fields.species_common),
    ("Red List category", 10, lambda d: d.fields.red_list_category or ""),
    ("Threat", 40, lambda d: d.fields.threat),
    ("Action requested", 40, lambda d: d.fields.action_requested),
    ("Stakeholders", 30, lambda d: d.fields.stakeholders),
    ("Requested by", 22, lambda d: d.requested_by),
    ("Alert raised by", 22, lambda d: d.alert_raised_by),
    ("Signatories", 28,
     lambda d: rules.signatories_text(d.fields.signatories, d.fields.co_signatory)),
    ("Requested", 12, lambda d: d.dates.requested_on),
    ("Evidence gathered", 12, lambda d: d.dates.evidence_gathered_on),
    ("Sent to Network Coordinator", 12, lambda d: d.dates.sent_to_coordinator_on),
    ("Review by Chair's Office", 12, lambda d: d.dates.review_started_on),
    ("Signed", 12, lambda d: d.dates.signed_on),
    ("Sent to addressee", 12, lambda d: d.dates.sent_on),
    ("Response received", 12, lambda d: d.fields.response_received_on),
    ("Closed", 12, lambda d: d.dates.closed_on),
    ("Withdrawn", 12, lambda d: d.dates.withdrawn_on),
    ("Next follow-up", 12, lambda d: d.fields.follow_up_on),
    ("Follow-up overdue", 10, lambda d: "Overdue" if d.overdue else ""),
    ("Response", 40, lambda d: d.fields.response_summary),
    ("Dialogue opened", 10,
     lambda d: rules.DIALOGUE.get(d.fields.dialogue_opened or "", "")),
    ("Impact", 40, lambda d: d.fields.impact),
    ("Attachments", 10, lambda d: len(d.attachments)),
)
HEADERS = tuple(title for title, _w, _f in COLUMNS)


def rows_of(details: list[LetterDetail]) -> list[list[Value]]:
    """The exported values, checked: a value no spreadsheet can hold is refused."""
    out = []
    for d in details:
        row = [value(d) for _title, _w, value in COLUMNS]
        for (title, _w, _f), cell in zip(COLUMNS, row, strict=True):
            if isinstance(cell, str):
                check_cell(cell, f"'{d.fields.title}'", title, what="request")
        out.append(row)
    return out


def write_letters(path: Path, details: list[LetterDetail]) -> int:
    """Write the workbook (through a temporary file: a failure leaves nothing)."""
    rows = rows_of(details)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "C2"
    for index, (_title, width, _f) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
    bold = Font(bold=True)
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(ws, value=title)
        cell.font = bold
        cell.alignment = Alignment(vertical="top", wrap_text=True)
        header.append(cell)
    ws.append(header)
    for row in rows:
        ws.append([sheet_cell(ws, v) for v in row])
    save_workbook(wb, path)
    return len(rows)


def export_group_letters(db: Database, group_id: str, path: Path,
                         today: date | None = None) -> int:
    """Every request of a group, newest first; returns how many were written."""
    today = today or date.today()
    ids = [r.letter_id for r in svc.list_letters(db, group_id, today=today)]
    return write_letters(path, [svc.letter_detail(db, i, today=today) for i in ids])
