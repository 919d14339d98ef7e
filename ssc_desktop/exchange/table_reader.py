"""Read the cells of a roster file (.xlsx or .csv), refusing bad files with a sentence.

.xlsx is read with openpyxl in read-only mode; defusedxml is installed, so openpyxl
parses through it and entity tricks (billion laughs) are refused. Zip bombs are caught
before openpyxl opens anything, from the sizes the zip directory declares. CSV files
are read by csv_reader. Every reader keeps the bounds of limits.py.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.progress import NO_PROGRESS, Progress
from ..formats import number as format_number
from ..i18n import _
from .limits import (
    IMPORT_ROW_LIMIT,
    MAX_COLUMNS,
    MAX_RATIO,
    MAX_UNPACKED_BYTES,
    RATIO_FLOOR_BYTES,
    FileRefused,
    too_many_rows,
)

__all__ = ["IMPORT_ROW_LIMIT", "FileRefused", "Formula", "RawTable", "SheetInfo",
           "list_sheets", "read_table"]
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and other Office 97 files)
CellValue = object  # str | int | float | bool | date | datetime | Formula | None


@dataclass(frozen=True, slots=True)
class Formula:
    """A cell holding a formula rather than a value (never evaluated by the app)."""

    text: str


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    state: str  # visible | hidden | veryHidden


@dataclass(frozen=True, slots=True)
class RawTable:
    """The non-blank rows of one sheet: (row number as the spreadsheet shows it, cells)."""

    name: str  # file name, for sentences
    sheet: str | None
    rows: tuple[tuple[int, tuple[CellValue, ...]], ...]
    # Rows the reader found damaged (an unclosed quote, a line in another encoding):
    # (row number, sentence ending), shown as problems of those rows.
    problems: tuple[tuple[int, str], ...] = ()


def _save_as_xlsx(name: str) -> str:
    return (_("{name} is an old Excel 97-2003 (.xls) file, which the app does not read. Open it "
              "in your spreadsheet program, save it as an Excel workbook (.xlsx), then import "
              "that file.").format(name=name))


def list_sheets(path: Path) -> list[SheetInfo]:
    """The worksheets of an .xlsx with their visibility (an empty list for CSV)."""
    path = Path(path)
    if _kind(path) == "csv":
        return []
    _check_zip(path)
    try:
        from . import xlsx_rows

        with zipfile.ZipFile(path) as archive:
            book = xlsx_rows.read_book(archive, path)
        if book.sheets:
            return [SheetInfo(s.name, s.state) for s in book.sheets]
    except Exception:
        pass
    wb = _open_workbook(path)
    try:
        return [SheetInfo(ws.title, getattr(ws, "sheet_state", "visible"))
                for ws in wb.worksheets]
    finally:
        wb.close()


def read_table(path: Path, sheet: str | None = None, *, max_rows: int = IMPORT_ROW_LIMIT,
               progress: Progress = NO_PROGRESS) -> RawTable:
    """The rows of a CSV, or of a worksheet (default: the first visible one)."""
    path = Path(path)
    if not path.is_file():
        raise FileRefused(_("{file} does not exist or is not a file; choose the file again.")
                          .format(file=path))
    if path.stat().st_size == 0:
        raise FileRefused(_("{file} is empty: it has no header row and no members.").format(
                              file=path.name))
    if _kind(path) == "csv":
        return _read_csv(path, max_rows, progress)
    return _read_xlsx(path, sheet, max_rows, progress)


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise FileRefused(_save_as_xlsx(path.name))
    if suffix in (".csv", ".txt", ".tsv"):
        return "csv"
    if suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    raise FileRefused(_("{file} is not a file the app can import; choose an Excel workbook "
                        "(.xlsx) or a CSV file (.csv).").format(file=path.name))


_too_many = too_many_rows


# ---------------------------------------------------------------------------- xlsx

def _check_zip(path: Path) -> None:
    name = path.name
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:
        raise FileRefused(_save_as_xlsx(name))
    damaged = (_("{name} is not a readable .xlsx workbook (it is damaged, or another kind of file "
                 "renamed). Open it in your spreadsheet program and save it again as an Excel "
                 "workbook (.xlsx).").format(name=name))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise FileRefused(damaged) from None
    total = sum(i.file_size for i in infos)
    bomb = any(i.file_size > RATIO_FLOOR_BYTES and i.file_size > MAX_RATIO *
               max(i.compress_size, 1) for i in infos)
    if bomb or total > MAX_UNPACKED_BYTES:
        raise FileRefused(_("{name} unpacks to {size} MB, far more than a roster needs (it "
                            "looks like a 'zip bomb'); it was not opened. Save the roster again "
                            "from your spreadsheet program and import that file.").format(
                                name=name, size=format_number(round(total / 1e6))))
    if "xl/workbook.xml" not in {i.filename for i in infos}:
        raise FileRefused(damaged)


def _open_workbook(path: Path) -> Any:
    import openpyxl
    from defusedxml import DefusedXmlException

    _check_zip(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=False)
    except DefusedXmlException:
        raise _entities(path.name) from None
    except Exception as exc:  # openpyxl raises many types for a broken package
        if _caused_by_entities(exc):
            raise _entities(path.name) from None
        raise FileRefused(_("{file} is not a readable .xlsx workbook ({why}). Open it in your "
                            "spreadsheet program and save it again as an Excel workbook (.xlsx).")
                            .format(file=path.name, why=_why(exc))) from None


def _entities(name: str) -> FileRefused:
    return FileRefused(_("{name} contains XML entity declarations, which a spreadsheet never "
                         "needs and which can be used to attack a computer; it was not read. Save "
                         "the roster again from your spreadsheet program.").format(name=name))


def _caused_by_entities(exc: BaseException | None) -> bool:
    """openpyxl wraps parser errors; look down the chain for defusedxml's refusal."""
    from defusedxml import DefusedXmlException

    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DefusedXmlException):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _why(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:120]


def _read_xlsx(path: Path, sheet: str | None, max_rows: int, progress: Progress) -> RawTable:
    _check_zip(path)
    fast = _read_plain_xlsx(path, sheet, max_rows, progress)
    return fast if fast is not None else _read_xlsx_openpyxl(path, sheet, max_rows, progress)


def _read_plain_xlsx(path: Path, sheet: str | None, max_rows: int,
                     progress: Progress) -> RawTable | None:
    """The fast path (xlsx_rows) for plain sheets; None: read it with openpyxl instead."""
    from . import xlsx_rows

    rows: list[tuple[int, tuple[CellValue, ...]]] = []

    def take(batch: list[xlsx_rows.Row]) -> None:
        for number, cells in batch:
            values = cells  # already unescaped (_x000D_), empty cells never kept
            if not any(_filled(v) for v in values):
                continue
            rows.append((number, values))
            if len(rows) > max_rows + 1:
                raise _too_many(path.name, max_rows)
            if len(rows) % 2000 == 0:
                progress.step(len(rows), 0, _("Reading row {row}…").format(
                    row=format_number(number)))

    try:
        with zipfile.ZipFile(path) as archive:
            book = xlsx_rows.read_book(archive, path)
            visible = [s for s in book.sheets if s.state == "visible"]
            chosen = [s for s in book.sheets if s.name == sheet] if sheet is not None \
                else (visible or list(book.sheets))[:1]
            if not chosen:
                return None  # openpyxl's reader gives the sentence
            strings = xlsx_rows.read_strings(archive, book.strings_part) \
                if book.strings_part else []
            xlsx_rows.read_rows(archive, chosen[0], book, strings, take)
    except UserError:  # too many rows, or cancelled
        raise
    except Exception:
        return None
    return RawTable(path.name, chosen[0].name, tuple(rows))


def _read_xlsx_openpyxl(path: Path, sheet: str | None, max_rows: int,
                        progress: Progress) -> RawTable:
    from defusedxml import DefusedXmlException

    wb = _open_workbook(path)
    try:
        sheets = wb.worksheets
        if not sheets:
            raise FileRefused(_("{file} has no worksheet to import.").format(file=path.name))
        if sheet is None:
            visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
            ws = (visible or sheets)[0]
        else:
            found = [ws for ws in sheets if ws.title == sheet]
            if not found:
                raise FileRefused(_("{file} has no sheet called '{sheet}'.").format(
                                      file=path.name, sheet=sheet))
            ws = found[0]
        ws.reset_dimensions()  # the declared size is often wrong; read what is there
        rows: list[tuple[int, tuple[CellValue, ...]]] = []
        try:
            # At most one column past the limit: a sheet padded to column XFD would
            # otherwise give 16,384 cells per row.
            for number, cells in enumerate(ws.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1),
                                           start=1):
                values = tuple(_xlsx_value(c) for c in cells)
                if len(values) > MAX_COLUMNS and _filled(values[MAX_COLUMNS]):
                    raise FileRefused(_(
                        "{name}, row {row}: a value sits beyond the {limit:,} columns the "
                        "app reads; a roster needs far fewer. Remove it and import "
                        "again.").format(name=path.name, row=number, limit=MAX_COLUMNS))
                values = values[:MAX_COLUMNS]
                while values and values[-1] is None:  # as the fast path: no empty tail
                    values = values[:-1]
                if not any(_filled(v) for v in values):
                    continue
                rows.append((number, values))
                if len(rows) > max_rows + 1:
                    raise _too_many(path.name, max_rows)
                if len(rows) % 2000 == 0:
                    progress.step(len(rows), 0, _("Reading row {row}…").format(
                    row=format_number(number)))
        except DefusedXmlException:
            raise _entities(path.name) from None
        except FileRefused:
            raise
        except UserError:
            raise
        except Exception as exc:
            if _caused_by_entities(exc):
                raise _entities(path.name) from None
            raise FileRefused(_("{file} is damaged ({why}); open it in your spreadsheet program "
                                "and save it again as .xlsx.").format(
                                    file=path.name, why=_why(exc))) from None
        return RawTable(path.name, ws.title, tuple(rows))
    finally:
        wb.close()


def _xlsx_value(cell: object) -> CellValue:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", None) == "f" and isinstance(value, str):
        return Formula(value)
    if isinstance(value, str) and "_x" in value:
        from .xlsx_rows import unescape

        return unescape(value)  # Excel's escapes, such as _x000D_ for a carriage return
    return value


def _filled(value: CellValue) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


# ----------------------------------------------------------------------------- csv

def _read_csv(path: Path, max_rows: int, progress: Progress) -> RawTable:
    from .csv_reader import read_csv

    with open(path, "rb") as handle:
        if handle.read(8) == OLE_MAGIC:
            raise FileRefused(_save_as_xlsx(path.name))
    found = read_csv(path, max_rows, progress)
    return RawTable(path.name, None, found.rows, found.problems)
