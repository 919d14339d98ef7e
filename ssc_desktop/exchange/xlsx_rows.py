"""The cell values of one worksheet, streamed: a fast path for the roster import.

openpyxl's read-only mode builds an object per cell, and for a sheet that does not
declare its size (openpyxl's own write-only files) it parses the sheet twice; at 10,000
members that was most of the import preview. Here the workbook's metadata (sheets,
their visibility and parts, date styles, calendar) is still read by openpyxl's own
code, through defusedxml; only the shared strings and the sheet's rows are streamed
with expat, giving the values openpyxl's read-only mode gives for the same cells.

Formula cells are read here too, as Formula values the preview reports as problems
(LibreOffice saves booleans as formulas, and one formula must not send a whole file to
the slow reader). Anything else it does not handle the way openpyxl does - a DTD (where
entity tricks live), strict OOXML, a cell or row reference it cannot read, a date
serial out of range - raises NotPlain, and the caller reads the file with openpyxl.

Bounds (limits.py) are kept while streaming: no XML token longer than
MAX_XML_TOKEN_BYTES (expat re-reads an unfinished token at every chunk, so one 300 MB
attribute would cost hours), no value beyond MAX_COLUMNS, no cell longer than a
spreadsheet cell, and empty cells are never materialised (a sheet padded with styled
empty cells to column XFD costs nothing per empty cell).
"""

from __future__ import annotations

import pyexpat
import re
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..i18n import _
from .cells import MAX_CELL_CHARACTERS
from .limits import MAX_COLUMNS, MAX_READ_SECONDS, MAX_XML_TOKEN_BYTES, FileRefused

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_ROW, _C, _V, _IS, _R, _F, _SI, _SHEET = (
    f"{MAIN} {tag}" for tag in ("row", "c", "v", "is", "r", "f", "si", "worksheet"))
_CHUNK = 1 << 16
Row = tuple[int, tuple[Any, ...]]


class NotPlain(Exception):
    """The workbook needs openpyxl's full reader (str() says why, for debugging)."""


@dataclass(frozen=True, slots=True)
class SheetPart:
    name: str
    state: str  # visible | hidden | veryHidden
    part: str  # the sheet's XML inside the zip


@dataclass(frozen=True, slots=True)
class Book:
    sheets: tuple[SheetPart, ...]  # worksheets only, in workbook order (as openpyxl)
    strings_part: str | None
    date_styles: frozenset[int]
    timedelta_styles: frozenset[int]
    epoch: Any


def read_book(archive: zipfile.ZipFile, path: Path) -> Book:
    """The workbook's sheets and styles, read by openpyxl's own (defused) parsers."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.xml.constants import SHARED_STRINGS

    reader = ExcelReader(path, read_only=True, keep_links=False)
    try:
        reader.read_manifest()
        reader.read_workbook()
        wb = reader.wb
        apply_stylesheet(reader.archive, wb)
        valid = set(reader.valid_files)
        sheets = tuple(SheetPart(sheet.name, sheet.state or "visible", rel.target)
                       for sheet, rel in reader.parser.find_sheets()
                       if rel.target in valid and "chartsheet" not in rel.Type)
        found = reader.package.find(SHARED_STRINGS)
        strings = found.PartName[1:] if found is not None else None
    finally:
        reader.archive.close()
    if strings is not None and strings not in set(archive.namelist()):
        raise NotPlain("shared strings part missing")
    return Book(sheets, strings, frozenset(wb._date_formats),
                frozenset(wb._timedelta_formats), wb.epoch)


def _parser() -> Any:
    parser = pyexpat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True

    def refuse(*_args: object) -> None:
        raise NotPlain("DTD")  # openpyxl (defusedxml) judges DTDs and entities

    # expat calls each handler with its own arguments; one refusal serves them all
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # type: ignore[assignment]
    return parser


_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(text: str) -> str:
    """Excel's escapes of characters XML cannot hold (_x000D_ for a carriage return,
    _x005F_ for a literal underscore before such a sequence), decoded in one pass."""
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _feed(parser: Any, source: Any, name: str,
          after_chunk: Callable[[], None] | None = None) -> None:
    fed = 0
    deadline = time.monotonic() + MAX_READ_SECONDS
    try:
        while chunk := source.read(_CHUNK):
            parser.Parse(chunk, False)
            fed += len(chunk)
            # After Parse, CurrentByteIndex is where the unfinished token began.
            if fed - max(parser.CurrentByteIndex, 0) > MAX_XML_TOKEN_BYTES:
                raise FileRefused(_(
                    "{name} holds a piece of XML of more than {limit:,} bytes, which no "
                    "spreadsheet writes; it was not read. Save the roster again from your "
                    "spreadsheet program.").format(name=name, limit=MAX_XML_TOKEN_BYTES))
            if time.monotonic() > deadline:
                raise FileRefused(_(
                    "{name} took longer than {limit} seconds to read, far more than a "
                    "roster needs; it was not imported. Save it again from your "
                    "spreadsheet program, or split it.").format(
                    name=name, limit=MAX_READ_SECONDS))
            if after_chunk is not None:
                after_chunk()
        parser.Parse(b"", True)
    except pyexpat.ExpatError as exc:
        raise NotPlain(f"XML: {exc}") from None


class _TextCollector:
    """The text of a string item (<si> or <is>) as openpyxl's Text.content gives it:
    its last direct <t>, then each run's last <t>; phonetic runs (<rPh>) left out."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.plain: str | None = None
        self.runs: list[str | None] = []
        self.buffer: list[str] | None = None

    def reset(self) -> None:
        self.plain, self.runs, self.buffer = None, [], None

    def start(self, name: str) -> None:
        parent = self.stack[-1] if self.stack else None
        # openpyxl matches these by local name, whatever their namespace
        name = name.rpartition(" ")[2]
        self.stack.append(name)
        if name == "r" and parent is None:
            self.runs.append(None)
        elif name == "t" and (parent is None or (parent == "r" and len(self.stack) == 2)):
            self.buffer = []

    def end(self) -> None:
        name = self.stack.pop()
        if name == "t" and self.buffer is not None:
            text = "".join(self.buffer)
            self.buffer = None
            if self.stack and self.stack[-1] == "r":
                self.runs[-1] = text
            else:
                self.plain = text

    def content(self) -> str:
        parts = [self.plain] if self.plain is not None else []
        parts += [t for t in self.runs if t is not None]
        return "".join(parts)


def read_strings(archive: zipfile.ZipFile, part: str) -> list[str]:
    strings: list[str] = []
    text = _TextCollector()
    inside = [False]
    parser = _parser()

    def start(name: str, _attrs: dict[str, str]) -> None:
        if inside[0]:
            text.start(name)
        elif name == _SI:
            inside[0] = True
            text.reset()

    def end(name: str) -> None:
        if not inside[0]:
            return
        if name == _SI and not text.stack:
            inside[0] = False
            strings.append(unescape(text.content()))
        else:
            text.end()

    def data(chunk: str) -> None:
        if text.buffer is not None:
            text.buffer.append(chunk)

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = data
    with archive.open(part) as source:
        _feed(parser, source, Path(str(archive.filename)).name)
    return strings


def _column(reference: str, cache: dict[str, int]) -> int:
    letters = reference.rstrip("0123456789")
    column = cache.get(letters)
    if column is None:
        if not letters or not letters.isascii() or not letters.isalpha() or \
                not reference[len(letters):].isdigit() or len(letters) > 3:
            raise NotPlain(f"cell reference {reference!r}")
        column = 0
        for letter in letters.upper():
            column = column * 26 + ord(letter) - 64
        cache[letters] = column
    return column


def read_rows(archive: zipfile.ZipFile, sheet: SheetPart, book: Book, strings: list[str],
              on_rows: Callable[[list[Row]], None]) -> None:
    """Stream the sheet's rows, each (number, values) with the values openpyxl's
    read-only ``iter_rows`` gives; batches of rows go to ``on_rows`` as they are read."""
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    from .table_reader import Formula

    file_name = Path(str(archive.filename)).name

    parser = _parser()
    columns: dict[str, int] = {}
    done: list[Row] = []
    text = _TextCollector()
    # The current row and cell: [row counter, next row number to emit, cells of the row]
    state: dict[str, Any] = {"row": 0, "next": 1, "cells": None, "col": 0, "cell": None,
                             "depth": 0, "root": False}
    cell_text: list[str] | None = None

    def finish_cell(cell: dict[str, Any]) -> tuple[int, Any]:
        kind, value = cell["t"], cell["v"]
        if cell["f"] is not None:
            return cell["col"], Formula("=" + "".join(cell["f"]))
        if kind == "inlineStr":
            return cell["col"], unescape(text.content()) if cell["is"] else None
        value = value or None
        if value is None:
            return cell["col"], None
        if kind == "n":
            number = float(value) if ("." in value or "E" in value or "e" in value) \
                else int(value)
            style = cell["s"]
            if style in book.date_styles:
                try:
                    return cell["col"], from_excel(number, book.epoch,
                                                   timedelta=style in book.timedelta_styles)
                except (OverflowError, ValueError):
                    raise NotPlain("date out of range") from None
            return cell["col"], number
        if kind == "s":
            return cell["col"], strings[int(value)]
        if kind == "b":
            return cell["col"], bool(int(value))
        if kind == "d":
            return cell["col"], from_ISO8601(value)
        return cell["col"], unescape(value)  # str, e (an error such as #N/A), unknown

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal cell_text
        cell = state["cell"]
        if cell is not None:
            depth = state["depth"]
            state["depth"] = depth + 1
            if cell["is"]:
                text.start(name)
            elif depth == 0:
                if name == _V:
                    cell_text = []
                elif name == _IS:
                    cell["is"] = True
                    text.reset()
                elif name == _F:
                    cell["f"] = []
                    cell_text = cell["f"]
            return
        if name == _C:
            if state["cells"] is None:
                raise NotPlain("cell outside a row")
            reference = attrs.get("r")
            if reference:
                column = _column(reference, columns)
            else:
                column = state["col"] + 1
            state["col"] = column
            style = attrs.get("s")
            state["cell"] = {"t": attrs.get("t", "n"), "s": int(style) if style else 0,
                             "col": column, "v": None, "is": False, "f": None}
            state["depth"] = 0
        elif name == _ROW:
            number = attrs.get("r")
            try:
                state["row"] = int(number) if number is not None else state["row"] + 1
            except ValueError:
                raise NotPlain(f"row number {number!r}") from None
            state["cells"], state["col"] = [], 0
        elif state["cells"] is not None:
            raise NotPlain(f"unexpected element {name} in a row")
        elif not state["root"]:
            if name != _SHEET:  # e.g. strict OOXML, where openpyxl reads no cells
                raise NotPlain(f"root element {name}")
        state["root"] = True

    def end(name: str) -> None:
        nonlocal cell_text
        cell = state["cell"]
        if cell is not None:
            if state["depth"] == 0:  # the </c> itself
                column, value = finish_cell(cell)
                state["cell"] = None
                if value is None:
                    return  # an empty (perhaps styled) cell: nothing to keep
                if column > MAX_COLUMNS:
                    raise FileRefused(_(
                        "{name}, row {row}: a value sits in column {column:,}, beyond the "
                        "{limit:,} columns the app reads; a roster needs far fewer. Remove "
                        "it and import again.").format(name=file_name, row=state["row"],
                                                       column=column, limit=MAX_COLUMNS))
                if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
                    raise FileRefused(_(
                        "{name}, row {row}: a cell has {count:,} characters, more than the "
                        "{limit:,} a spreadsheet cell holds; shorten it and import "
                        "again.").format(name=file_name, row=state["row"], count=len(value),
                                         limit=MAX_CELL_CHARACTERS))
                state["cells"].append((column, value))
                return
            state["depth"] -= 1
            if cell["is"] and text.stack:
                text.end()
            elif name == _V and cell_text is not None and state["depth"] == 0:
                cell["v"] = "".join(cell_text)
                cell_text = None
            elif name == _F and state["depth"] == 0:
                cell_text = None
            return
        if name == _ROW:
            cells, number = state["cells"], state["row"]
            state["cells"] = None
            if number < state["next"]:
                return  # openpyxl skips a row numbered before one already read
            state["next"] = number + 1
            if not cells:
                return
            width = max(c for c, _v in cells)  # empty cells were never kept
            values: list[Any] = [None] * width
            for column, value in cells:
                if 1 <= column <= width:
                    values[column - 1] = value
            done.append((number, tuple(values)))

    def data(chunk: str) -> None:
        if cell_text is not None:
            cell_text.append(chunk)
        elif text.buffer is not None:
            text.buffer.append(chunk)

    def flush() -> None:
        if done:
            on_rows(done[:])
            done.clear()

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = data
    with archive.open(sheet.part) as source:
        _feed(parser, source, file_name, flush)
    flush()
