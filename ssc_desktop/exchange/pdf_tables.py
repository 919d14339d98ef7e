"""Long tables that print fast: plain-text line breaking and page-by-page layout.

reportlab lays a long ``Table`` out by splitting it at every page end into the rows
that fit and a new Table holding all the rest, restyled and measured again: a
10,000-row roster costs time proportional to rows x pages. ``PagedTable`` measures
every row once, then cuts exactly one page-sized Table per page (header repeated,
zebra stripes continuous), each given its row heights so reportlab measures nothing.

``plain_lines(text, font, size, room)`` breaks a text into lines that fit ``room``
points, for a plain-string cell (which a Table draws several times faster than a
Paragraph); it answers None when a single word is wider than the room.

``TextTable`` is a reportlab Table that writes all its plain-string cells in one PDF
text object after the cells' backgrounds and rules, instead of one text object per
string: the same glyphs at the same places, in a third less time and a smaller file.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from itertools import accumulate
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import LINECOMMANDS

# The house table's cell padding (pdf_style.table_style): left + right, top + bottom.
CELL_PADDING = 8.0
CELL_VPADDING = 5.0
_FUZZ = 1e-6
# Style commands a Table keeps for itself (drawn or laid out); every other one sets
# cell styles.
_DRAWN_COMMANDS = frozenset(["BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN",
                             "NOSPLIT", *LINECOMMANDS])


@functools.lru_cache(maxsize=65_536)
def plain_lines(text: str, font: str, size: float, room: float) -> str | None:
    """Text broken at spaces into lines no wider than room, joined by newlines."""
    # Countries, regions and roles repeat thousands of times: the cache measures each
    # distinct one once.
    lines: list[str] = []
    line = ""
    # Only ordinary spaces break: report_shaping.visual() joins a right-to-left run with
    # no-break spaces because its words, in visual order, must stay on one line.
    for word in filter(None, text.split(" ")):
        if stringWidth(word, font, size) > room:
            return None
        candidate = f"{line} {word}" if line else word
        if line and stringWidth(candidate, font, size) > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "\n".join(lines)


def row_height(row: Sequence[Any], widths: Sequence[float], leading: float) -> float:
    """The height a house table gives this row (tallest cell plus padding)."""
    tallest = 0.0
    for value, width in zip(row, widths, strict=True):
        if isinstance(value, Flowable):
            height = value.wrap(width - CELL_PADDING, 72_000)[1]
        elif isinstance(value, (list, tuple)):
            height = sum(v.wrap(width - CELL_PADDING, 72_000)[1] for v in value)
        else:
            height = (str(value).count("\n") + 1) * leading
        tallest = max(tallest, height)
    return tallest + CELL_VPADDING


class TextTable(Table):
    """A Table whose plain-string cells (left or right aligned, no shaping, no link)
    are written together in one text object once the rest of the table is drawn."""

    _texts: list[tuple[str, Any, float, float, float, float]]

    def draw(self) -> None:
        self._texts = []
        super().draw()
        if self._texts:
            self._draw_texts()
        self._texts = []

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float],
                  size: tuple[float, float]) -> None:
        if (type(cellval) is str and cellstyle.alignment in ("LEFT", "RIGHT")
                and cellstyle.valign in ("TOP", "BOTTOM", "MIDDLE")
                and not (cellstyle.direction or cellstyle.shaping or cellstyle.href
                         or cellstyle.destination)):
            self._texts.append((cellval, cellstyle, *pos, *size))
        else:
            super()._drawCell(cellval, cellstyle, pos, size)

    def _draw_texts(self) -> None:
        """Each line where reportlab's own _drawCell puts it (same padding, valign,
        leading and right alignment by the string's width)."""
        canv = self.canv
        canv.saveState()
        text = canv.beginText()
        font: tuple[str, float, float] | None = None
        colour = None
        for value, st, x0, y0, width, height in self._texts:
            if (st.fontname, st.fontsize, st.leading) != font:
                font = (st.fontname, st.fontsize, st.leading)
                text.setFont(*font)
            if st.color != colour:
                colour = st.color
                text.setFillColor(colour)
            lines = value.split("\n")
            leading, size = st.leading, st.fontsize
            if st.valign == "TOP":
                y = y0 + height - st.topPadding - size
            elif st.valign == "BOTTOM":
                y = y0 + st.bottomPadding + len(lines) * leading - size
            else:
                y = y0 + (st.bottomPadding + height - st.topPadding
                          + len(lines) * leading) / 2.0 - size
            left = st.alignment == "LEFT"
            for line in lines:
                if line:
                    x = (x0 + st.leftPadding if left else
                         x0 + width - st.rightPadding - stringWidth(line, st.fontname, size))
                    text.setTextOrigin(x, y)
                    text.textOut(line)
                y -= leading
        canv.drawText(text)
        canv.restoreState()


class _Layout:
    """What every page of one PagedTable shares: rows, heights, the two zebra styles."""

    def __init__(self, header: list[Any], rows: list[list[Any]], widths: list[float],
                 style: TableStyle, leading: float, header_leading: float,
                 zebra: tuple[Any, Any] | None) -> None:
        self.header = header
        self.rows = rows
        self.widths = widths
        self.header_height = row_height(header, widths, header_leading)
        self.heights = [row_height(r, widths, leading) for r in rows]
        self.prefix = [0.0, *accumulate(self.heights)]
        # Cell commands (font, padding, alignment) are worked out once on a two-row
        # prototype and its cell styles shared by every page, instead of being applied
        # cell by cell to each page's Table; so every body row must be styled alike.
        cell_commands = [c for c in style.getCommands() if c[0] not in _DRAWN_COMMANDS]
        commands = [c for c in style.getCommands() if c[0] in _DRAWN_COMMANDS]
        prototype = Table([header, rows[0] if rows else header], colWidths=widths,
                          style=cell_commands)
        self.header_cells, self.body_cells = prototype._cellStyles
        if zebra:
            # A page whose first row is odd starts on the other stripe, so the stripes
            # run on across pages as in one long table.
            self.styles = (
                TableStyle([*commands, ("ROWBACKGROUNDS", (0, 1), (-1, -1), list(zebra))]),
                TableStyle([*commands, ("ROWBACKGROUNDS", (0, 1), (-1, -1),
                                        [zebra[1], zebra[0]])]))
        else:
            self.styles = (TableStyle(commands),) * 2

    def table(self, start: int, stop: int) -> Table:
        return TextTable([self.header, *self.rows[start:stop]], colWidths=self.widths,
                     rowHeights=[self.header_height, *self.heights[start:stop]],
                     style=self.styles[start % 2], repeatRows=1, hAlign="LEFT",
                     cellStyles=[self.header_cells, *[self.body_cells] * (stop - start)])


class PagedTable(Flowable):
    """A house table with a repeated header that splits across pages in linear time."""

    def __init__(self, header: Sequence[Any], rows: Sequence[Sequence[Any]],
                 widths: Sequence[float], style: TableStyle, *, leading: float,
                 header_leading: float | None = None,
                 zebra: tuple[Any, Any] | None = None,
                 _layout: _Layout | None = None, _start: int = 0) -> None:
        super().__init__()
        self._layout = _layout or _Layout(
            list(header), [list(r) for r in rows], list(widths), style, leading,
            leading if header_leading is None else header_leading, zebra)
        self._start = _start
        self.hAlign = "LEFT"

    def _height_from(self, start: int) -> float:
        lay = self._layout
        return lay.header_height + lay.prefix[-1] - lay.prefix[start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = sum(self._layout.widths)
        self.height = self._height_from(self._start)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lay = self._layout
        room = availHeight - lay.header_height + lay.prefix[self._start] + _FUZZ
        stop = bisect.bisect_right(lay.prefix, room) - 1
        if stop <= self._start:
            return []  # not even one row fits under the header: next page
        if stop >= len(lay.rows):
            return [lay.table(self._start, len(lay.rows))]
        return [lay.table(self._start, stop),
                PagedTable((), (), (), TableStyle(), leading=0, _layout=lay, _start=stop)]

    def draw(self) -> None:
        table = self._layout.table(self._start, len(self._layout.rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
