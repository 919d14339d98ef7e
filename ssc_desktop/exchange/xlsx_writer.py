"""Write a roster table to .xlsx with openpyxl's write-only mode.

The file is a working spreadsheet, not a dump: header row frozen, auto-filter on,
sensible widths, dates as real dates, and drop-down lists (from a hidden "Lists" sheet,
because some names contain commas) on the Status, Roles and Statutory region columns.
It is written to a temporary file and renamed, so a failed export leaves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..store.files import part_file
from .cells import FORMULA_STARTS, looks_like_formula

DATE_FORMAT = "yyyy-mm-dd"
VALIDATION_SPARE_ROWS = 500  # drop-downs also on the empty rows below, for additions


@dataclass(frozen=True, slots=True)
class DropDown:
    """A list of allowed values for one column; strict refuses anything else."""

    column: int  # 0-based
    title: str
    values: tuple[str, ...]
    strict: bool = True


def write_xlsx(path: Path, headers: Sequence[str], widths: Sequence[int],
               rows: Iterable[Sequence[str | date | None]], row_count: int,
               drop_downs: Sequence[DropDown] = (), sheet_title: str = "Roster") -> None:
    """Write header + rows; ``rows`` must already be checked (see cells.check_cell)."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    ws.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    last_column = get_column_letter(max(len(headers), 1))
    ws.auto_filter.ref = f"A1:{last_column}{row_count + 1}"
    lists = wb.create_sheet("Lists") if drop_downs else None
    if lists is not None:
        lists.sheet_state = "hidden"
        _add_drop_downs(ws, lists, drop_downs, row_count)
    bold = Font(bold=True)
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        cell.alignment = Alignment(vertical="top")
        if looks_like_formula(text):
            _as_text(cell)
        header_cells.append(cell)
    ws.append(header_cells)
    for values in rows:
        ws.append([sheet_cell(ws, v) for v in values])
    with part_file(path) as part:
        wb.save(part)


CARRIAGE_RETURN = "_x000D_"  # how Excel itself stores a CR (XML would turn it into LF)


def sheet_cell(ws: object, value: object) -> object:
    """A value for a write-only sheet: formula-like text as text, CR kept, dates as dates."""
    # Plain values are the fast path; only formula-like text needs a typed cell.
    kind = type(value)
    if value is None or kind is date:  # openpyxl writes a date as yyyy-mm-dd itself
        return value
    if kind is str and not value.startswith(FORMULA_STARTS) and "\r" not in value:
        return value
    if isinstance(value, str) and "\r" in value:
        value = value.replace("\r", CARRIAGE_RETURN)
        if value.startswith(CARRIAGE_RETURN):
            cell = WriteOnlyCell(ws, value=value)
            _as_text(cell)
            return cell
    if isinstance(value, str) and looks_like_formula(value):
        cell = WriteOnlyCell(ws, value=value)
        _as_text(cell)
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    return value


def _as_text(cell: WriteOnlyCell) -> None:
    cell.data_type = "s"  # a string, never a formula, whatever it starts with
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited


def _add_drop_downs(ws: object, lists: object, drop_downs: Sequence[DropDown],
                    row_count: int) -> None:
    last_row = row_count + 1 + VALIDATION_SPARE_ROWS
    longest = max(len(d.values) for d in drop_downs)
    lists.append([d.title for d in drop_downs])  # type: ignore[attr-defined]
    for i in range(longest):
        lists.append([d.values[i] if i < len(d.values) else None  # type: ignore[attr-defined]
                      for d in drop_downs])
    for index, d in enumerate(drop_downs, start=1):
        source = get_column_letter(index)
        target = get_column_letter(d.column + 1)
        dv = DataValidation(type="list", allow_blank=True,
                            formula1=f"Lists!${source}$2:${source}${len(d.values) + 1}",
                            showErrorMessage=d.strict, errorTitle=d.title,
                            error=f"Choose a {d.title.lower()} from the list.")
        dv.add(f"{target}2:{target}{last_row}")
        ws.data_validations.append(dv)  # type: ignore[attr-defined]
