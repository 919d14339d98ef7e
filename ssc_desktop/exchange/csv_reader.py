"""Read the rows of a roster CSV within bounds, reporting damaged lines instead of hiding them.

Encoding: a BOM decides (UTF-8 or UTF-16); otherwise a file whose every line is UTF-8 is
UTF-8. A UTF-8 file with a few lines in another encoding (one line pasted from an old
cp1252 file) stays UTF-8, and each such line becomes a problem of its row, read as
cp1252 so the chair can see which row it is. A file with no UTF-8 line at all is decoded
in the encoding charset-normalizer detects (cp1252, latin-1, Mac Roman, cp1251...).

Quotes: a quotation mark that opens a cell and is never closed makes Python's csv module
read every following line into that one cell. A cell spanning several lines of which one
looks like a whole row (as many separators as the header) is taken for that, the row is
a problem naming its line, and the lines after it are read again as their own rows.
"""

from __future__ import annotations

import csv
import io
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..domain.progress import Progress
from ..i18n import _
from .cells import MAX_CELL_CHARACTERS, csv_unescape
from .limits import MAX_COLUMNS, MAX_CSV_BYTES, MAX_READ_SECONDS, FileRefused, too_many_rows

_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    foreign_lines: frozenset[int]  # 1-based physical lines not in ``encoding``
    foreign_encoding: str = "cp1252"


def _lines(data: bytes) -> list[bytes]:
    return io.BytesIO(data).read().splitlines(keepends=True)


def decode(data: bytes) -> Decoded:
    """The text of a CSV file, and the lines that are not in its encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):] if encoding == "utf-8" else data
            return Decoded(body.decode(encoding, errors="replace"), encoding, frozenset())
    try:
        return Decoded(data.decode("utf-8"), "utf-8", frozenset())
    except UnicodeDecodeError:
        pass
    good_utf8, foreign, pieces = 0, set(), []
    for number, line in enumerate(_lines(data), start=1):
        try:
            pieces.append(line.decode("utf-8"))
            if not line.isascii():
                good_utf8 += 1
        except UnicodeDecodeError:
            foreign.add(number)
            pieces.append(line.decode("cp1252", errors="replace"))
    if good_utf8:  # UTF-8 with some lines in another encoding
        return Decoded("".join(pieces), "utf-8", frozenset(foreign))
    encoding = _detect(data)
    return Decoded(data.decode(encoding, errors="replace"), encoding, frozenset())


# What rosters are saved in, most likely first. On a short file charset-normalizer finds
# many encodings about as plausible (cp1250 and cp857 read "Lefèvre" without chaos too);
# among those, one that makes no implausible word and is common wins.
_LIKELY = ("cp1252", "mac_roman", "cp1251", "cp1250", "iso8859_15", "latin_1", "cp1253",
           "cp1254", "cp1257", "koi8_r", "cp1255", "cp1256", "cp874", "gb18030", "big5",
           "shift_jis", "euc_kr")
_WORDS = re.compile(r"[^\W\d_]{3,}")


def _implausible_words(text: str) -> int:
    """Latin words made mostly of accented letters ("Ïåòðîâ": Cyrillic read as cp1252)."""
    count = 0
    for word in _WORDS.findall(text):
        latin = [c for c in word if c <= "\u024f"]
        if len(latin) == len(word) and sum(not c.isascii() for c in word) * 2 > len(word):
            count += 1
    return count


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    sample = data[:2_000_000]
    matches = list(from_bytes(sample))
    if not matches:
        return "cp1252"
    least = min(m.percent_chaos for m in matches)
    scored = []
    for match in matches:
        if match.percent_chaos > least + 7:
            continue
        for encoding in match.could_be_from_charset:
            rank = _LIKELY.index(encoding) if encoding in _LIKELY else len(_LIKELY)
            text = sample[:200_000].decode(encoding, errors="replace")
            scored.append((_implausible_words(text) * 10 + rank, encoding))
    return min(scored)[1] if scored else matches[0].encoding


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the first line into the most cells."""
    first = next((line for line in text.splitlines() if line.strip()), "")[:1_000_000]
    best, best_count = ",", 0
    for delimiter in (",", ";", "\t"):
        count = first.count(delimiter)
        if count > best_count:
            best, best_count = delimiter, count
    return best


@dataclass(frozen=True, slots=True)
class CsvRows:
    rows: tuple[tuple[int, tuple[object, ...]], ...]
    problems: tuple[tuple[int, str], ...]  # (row, sentence)


def _physical_lines(text: str) -> list[str]:
    return io.StringIO(text, newline="").readlines()


def _swallowed(cells: list[str], delimiter: str, width: int) -> bool:
    """Whether a multi-line cell holds what looks like whole rows (an unclosed quote)."""
    need = max(width - 1, 2)
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            inner = cell.splitlines()[1:]
            if any(line.count(delimiter) >= need for line in inner):
                return True
    return False


def read_csv(path: Path, max_rows: int, progress: Progress) -> CsvRows:
    """The non-blank rows of a CSV (row number as a spreadsheet shows it) and its problems."""
    name = path.name
    if path.stat().st_size > MAX_CSV_BYTES:
        raise FileRefused(_("{name} is {size:,} MB, more than the {limit:,} MB a roster "
                            "file may have; split it into smaller files.").format(
            name=name, size=path.stat().st_size // 1_000_000, limit=MAX_CSV_BYTES // 1_000_000))
    data = path.read_bytes()
    decoded = decode(data)
    text = decoded.text
    if "\x00" in text:
        raise FileRefused(_("{name} is not a text file (it holds binary data); choose a "
                            "CSV file or an .xlsx workbook.").format(name=name))
    delimiter = sniff_delimiter(text)
    lines = _physical_lines(text)
    deadline = time.monotonic() + MAX_READ_SECONDS
    rows: list[tuple[int, tuple[object, ...]]] = []
    problems: list[tuple[int, str]] = []
    width = 0
    record = 0  # the row a spreadsheet shows: one per CSV record
    start = 0  # index into ``lines`` where the current reader began
    while start < len(lines):
        reader = csv.reader(iter(lines[start:]), delimiter=delimiter)
        before = 0  # lines the reader had consumed before this record
        restart = None
        try:
            for cells in reader:
                first, last = start + before + 1, start + reader.line_num
                before = reader.line_num
                record += 1
                if len(cells) > MAX_COLUMNS:
                    raise FileRefused(_(
                        "{name}, line {line}: the row has {count:,} cells, more than the "
                        "{limit:,} columns the app reads; a roster needs far fewer. Remove "
                        "the extra columns and import again.").format(
                        name=name, line=first, count=len(cells), limit=MAX_COLUMNS))
                if width and last > first and _swallowed(cells, delimiter, width):
                    problems.append((record, _(
                        "line {line} opens a quotation mark that is never closed, so the "
                        "lines after it were read into one cell; add the missing quotation "
                        "mark (or remove the stray one), and import again").format(line=first)))
                    cells = next(csv.reader([lines[first - 1]], delimiter=delimiter,
                                            quoting=csv.QUOTE_NONE))
                    restart = first
                for cell in cells:
                    if len(cell) > MAX_CELL_CHARACTERS:
                        raise FileRefused(_(
                            "{name}, line {line}: a cell has {count:,} characters, more "
                            "than the {limit:,} a spreadsheet cell holds; shorten it and "
                            "import again.").format(name=name, line=first, count=len(cell),
                                                    limit=MAX_CELL_CHARACTERS))
                values = tuple(csv_unescape(c) if c.strip() else None for c in cells)
                if decoded.foreign_lines and any(n in decoded.foreign_lines
                                                 for n in range(first, last + 1)):
                    problems.append((record, _(
                        "line {line} is not written in {encoding} like the rest of the file "
                        "(its accented letters would be read wrongly); save the file again "
                        "as CSV UTF-8 or as an .xlsx workbook, and import again").format(
                        line=first, encoding=decoded.encoding.upper())))
                if any(values):
                    rows.append((record, values))
                    width = width or len(cells)
                    if len(rows) > max_rows + 1:
                        raise too_many_rows(name, max_rows)
                    if len(rows) % 5000 == 0:
                        progress.step(len(rows), 0, _("Reading row {row:,}…").format(
                            row=len(rows)))
                        if time.monotonic() > deadline:
                            raise _too_slow(name)
                if restart is not None:
                    break
        except csv.Error as exc:
            line = start + reader.line_num
            if "field larger than field limit" in str(exc):
                raise FileRefused(_(
                    "{name}, line {line}: a cell is longer than the {limit:,} characters a "
                    "spreadsheet cell holds; shorten it and import again.").format(
                    name=name, line=line, limit=MAX_CELL_CHARACTERS)) from None
            raise FileRefused(_("{name}, line {line}: the CSV is malformed ({why}); fix "
                                "that line and import again.").format(
                name=name, line=line, why=exc)) from None
        if restart is None:
            break
        start = restart
    return CsvRows(tuple(rows), tuple(problems))


def _too_slow(name: str) -> FileRefused:
    return FileRefused(_("{name} took longer than {limit} seconds to read, far more than a "
                         "roster needs; it was not imported. Save it again from your "
                         "spreadsheet program, or split it.").format(
        name=name, limit=MAX_READ_SECONDS))
