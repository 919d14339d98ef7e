"""Write a roster table to .xlsx with openpyxl's write-only mode.

The file is a working spreadsheet, not a dump: header row frozen, auto-filter on,
sensible widths, dates as real dates, and drop-down lists (from a hidden "Lists" sheet,
because some names contain commas) on the Status, Roles and Statutory region columns.
It is written to a temporary file and renamed, so a failed export leaves nothing.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from ..services.storage import part_file
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
    plain_kinds = PLAIN_KINDS
    for values in rows:
        # Most rows hold only plain text, dates and blanks: one C-level search over the
        # row's text decides, and only a row that needs it is looked at cell by cell.
        kinds = set(map(type, values))
        if kinds <= plain_kinds and not (str in kinds and _NEEDS_A_CELL.search(
                "\x1f".join([v for v in values if type(v) is str]))):
            ws.append(values)
        else:
            ws.append([sheet_cell(ws, v) for v in values])
    save_workbook(wb, path)


def save_workbook(wb: Workbook, path: Path, *, reproducible: bool = True) -> None:
    """Save a write-only workbook through a temporary file (a failure leaves nothing);
    when the save fails (a folder, a full disk), its sheets' row writers are closed, so
    no half-written sheet is left for the garbage collector to trip over."""
    try:
        with part_file(path) as part:
            if reproducible:
                save_reproducibly(wb, part)
            else:
                wb.save(part)
    except BaseException:
        abandon(wb)
        raise


def abandon(wb: Workbook) -> None:
    """Close a write-only workbook that will not be saved, quietly (it failed already)."""
    for ws in wb.worksheets:
        for closing in (getattr(ws, "_rows", None), getattr(ws, "_writer", None)):
            if closing is not None:
                with contextlib.suppress(Exception):
                    closing.close()


class _DatedZip(ZipFile):
    """A zip whose every member carries one given time, not the clock's."""

    stamp: tuple[int, int, int, int, int, int] = (1980, 1, 1, 0, 0, 0)

    def writestr(self, zinfo_or_arcname: Any, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = ZipInfo(zinfo_or_arcname, date_time=self.stamp)
            zinfo_or_arcname.compress_type = ZIP_DEFLATED
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as handle:
            self.writestr(str(arcname or filename), handle.read())


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save so that the same rows give the same bytes on the same day: the workbook's
    created/modified times and the zip members' times are that day's midnight (UTC), not
    the clock's second (an export before an import and after its undo compare equal)."""
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
    wb.properties.created = wb.properties.modified = day
    archive = _DatedZip(path, "w", ZIP_DEFLATED, allowZip64=True)
    archive.stamp = (day.year, day.month, day.day, 0, 0, 0)
    ExcelWriter(wb, archive).save()


_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")
# What sheet_cell passes through untouched: blanks, dates (not datetimes), numbers, text
# that starts no formula and holds no carriage return or "_x" (the row's texts are joined
# with \x1f, which no cell holds: cells.ILLEGAL_CHARACTERS refuses it).
PLAIN_KINDS = frozenset({type(None), date, str, int, float})
_NEEDS_A_CELL = re.compile("(?:^|\x1f)[" + re.escape("".join(FORMULA_STARTS)) + "]|\r|_x")
CARRIAGE_RETURN = "_x000D_"  # how Excel itself stores a CR (XML would turn it into LF)


def sheet_cell(ws: object, value: object) -> object:
    """A value for a write-only sheet: formula-like text as text, CR kept, dates as dates."""
    # Plain values are the fast path; only formula-like text needs a typed cell.
    kind = type(value)
    if value is None or kind is date:  # openpyxl writes a date as yyyy-mm-dd itself
        return value
    # `kind is str` narrows at run time (isinstance is slower here), not for mypy
    plain = cast(str, value) if kind is str else ""
    if kind is str and not plain.startswith(FORMULA_STARTS) and "\r" not in plain \
            and "_x" not in plain:
        return value
    if isinstance(value, str) and "_x" in value:
        # A literal "_x000D_" would read back as a carriage return: Excel escapes the
        # underscore that starts such a sequence as _x005F_.
        value = _ESCAPE_LIKE.sub(r"_x005F\g<0>", value)
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
