"""The shared look of every PDF the app prints (quarterly report, letter request brief).

Fonts
    ``fonts() -> ReportFonts`` registers DejaVu Sans regular and bold from
    resources/fonts (embedded and subset in every PDF) once per process.
    ``REGULAR`` / ``BOLD`` are the registered font names to use in styles and tables.
    DejaVu covers Latin with diacritics, Cyrillic, Greek and Vietnamese, not Chinese,
    Japanese, Korean, Devanagari or Thai. For each character it lacks, ``font_of(ch)``
    takes the first installed TrueType font that has it (pdf_fonts: the usual files on
    Linux, Windows and macOS, then whatever fontconfig finds), loaded only when a text
    needs it; ``fallback`` names the one that prints Chinese. reportlab's built-in CID
    fonts are not used: they are not embedded and print as boxes on many viewers.

Text
    ``markup(text)`` escapes text for a Paragraph and switches, run by run, to the font
    that has the characters DejaVu lacks. ``cell(text, style, width)`` gives a table cell: the
    plain string, broken into lines at spaces, when DejaVu covers it (a Table draws it
    fast), else a wrapping Paragraph. Long tables: ``pdf_tables.PagedTable``.
    ``unprintable(texts)`` lists the texts no font on this computer can print: they
    come out transliterated (anyascii: 王小明 -> WangXiaoMing), never as empty boxes,
    and callers must name them to the user in a warning.
    ``is_printable(text)`` answers for one text. Arabic, Persian and Hebrew are
    shaped and put in visual order first (report_shaping.visual).

Styles and colours
    ``styles() -> ReportStyles`` with ``title, subtitle, h1, h2, body, small, th, td,
    td_right, note`` paragraph styles; ``table_style(numeric_columns)`` the house table
    look (bold header row on light grey, repeated by ``Table(repeatRows=1)``). Colours
    (``INK, MUTED, RULE, SHADE, ZEBRA, ACCENT``) and ``CHART_FILLS`` (grey levels far
    apart) read the same on a black-and-white printer; charts also carry labels.

Document
    ``ReportDocument(target, paper="a4"|"letter", header_left=..., header_right=...,
    title=..., author=..., generated=...)``: a platypus document whose first page is a
    cover (no running header) and whose other pages carry the header (group on the
    left, quarter on the right); every page has the footer "Page x of y".
    ``ReportDocument.build(story)`` writes it. ``page_size(paper)`` and ``PAPERS``
    name the supported papers.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from anyascii import anyascii
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, TableStyle

from .. import shipped
from ..domain.errors import UserError
from ..formats import long_date
from ..i18n import _
from .pdf_fonts import FallbackFonts
from .pdf_tables import CELL_PADDING, plain_lines
from .report_shaping import visual

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

PAPERS: dict[str, tuple[float, float]] = {"a4": A4, "letter": LETTER}

INK = colors.black
MUTED = colors.HexColor("#404040")
RULE = colors.HexColor("#8c8c8c")
SHADE = colors.HexColor("#e0e0e0")
ZEBRA = colors.HexColor("#f4f4f4")
ACCENT = colors.HexColor("#1f3f66")  # dark enough to print as near-black
# Grey levels far apart so neighbouring bars/slices stay distinct without colour.
CHART_FILLS = [colors.HexColor(h) for h in
               ("#1f3f66", "#9fb4cc", "#505050", "#d9d9d9", "#7a7a7a", "#ffffff",
                "#2e2e2e", "#bfbfbf")]

_CJK_PROBE = "\u4e2d"  # 中: what a CJK fallback must cover


def fonts_dir() -> Path:
    """The shipped fonts (resources/fonts, see ssc_desktop.shipped)."""
    return shipped.folder("fonts")


class ReportFonts:
    """The registered fonts and what they can print."""

    def __init__(self, *, search: bool = True) -> None:
        """``search``: look for installed fonts for what DejaVu lacks (False: DejaVu only)."""
        folder = fonts_dir()
        regular_path = shipped.path("fonts", "DejaVuSans.ttf")
        bold_path = shipped.path("fonts", "DejaVuSans-Bold.ttf")
        try:
            regular = TTFont(REGULAR, str(regular_path))
            bold = TTFont(BOLD, str(bold_path))
        except (OSError, TTFError) as exc:
            raise UserError(
                _("The report font DejaVu Sans cannot be read from {folder} ({reason}); reinstall "
                  "SSC Desktop.").format(folder=folder, reason=exc)) from exc
        for font in (regular, bold):
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD,
                                      italic=REGULAR, boldItalic=BOLD)
        self._covered: frozenset[int] = frozenset(regular.face.charToGlyph)
        # The same set as characters: covers() becomes one C-speed set comparison.
        self._covered_text: frozenset[str] = frozenset(
            [*map(chr, self._covered), "\n", "\t"])
        self._fallbacks = FallbackFonts(search=search)

    def covers(self, text: str) -> bool:
        """True when DejaVu Sans has every character of text."""
        return self._covered_text.issuperset(text)

    @property
    def fallback(self) -> str | None:
        """The registered font that prints Chinese characters, or None (no such font)."""
        found = self._fallbacks.font_for(ord(_CJK_PROBE))
        return found.name if found else None

    @property
    def fallback_path(self) -> Path | None:
        found = self._fallbacks.font_for(ord(_CJK_PROBE))
        return found.path if found else None

    def font_of(self, ch: str) -> str | None:
        """The font that prints ``ch``: DejaVu Sans, an installed one, or None."""
        if ch in self._covered_text or ch == " ":
            return REGULAR
        found = self._fallbacks.font_for(ord(ch))
        return found.name if found else None

    def printable(self, text: str) -> bool:
        """True when every character prints with DejaVu or an installed font."""
        text = visual(text)
        if self.covers(text):
            return True
        return all(self.font_of(ch) is not None for ch in text)

    def markup(self, text: str) -> str:
        """Paragraph markup for text: escaped, with runs DejaVu lacks in the fallback font.

        Characters no font here can print are transliterated (anyascii) rather than
        printed as empty boxes; ``unprintable()`` names those texts for a warning.
        """
        text = visual(text)
        if self.covers(text):
            return escape(text)
        out: list[str] = []
        run: list[str] = []
        kind: str | None = REGULAR

        def flush() -> None:
            chunk = "".join(run)
            if kind is None:
                out.append(escape(anyascii(chunk)))
            elif kind != REGULAR:
                out.append(f'<font name="{kind}">{escape(chunk)}</font>')
            else:
                out.append(escape(chunk))

        for ch in text:
            now = REGULAR if ch in "\n\t " else self.font_of(ch)
            if now != kind and run:
                flush()
                run = []
            kind = now
            run.append(ch)
        if run:
            flush()
        return "".join(out)


@functools.cache
def fonts() -> ReportFonts:
    """The report fonts, registered once per process."""
    return ReportFonts()


def markup(text: str) -> str:
    return fonts().markup(text)


def is_printable(text: str) -> bool:
    return fonts().printable(text)


def unprintable(texts: Iterable[str]) -> list[str]:
    """The texts that would print as empty boxes on this computer (warn the user)."""
    f = fonts()
    return [t for t in texts if t and not f.printable(t)]


# A table row cannot be taller than a page (reportlab's LayoutError), so a cell never
# grows past about half an A4 or Letter page: longer text is shortened with a note.
MAX_CELL_HEIGHT = 340.0
_NARROWEST_GLYPH = 0.25  # em: no DejaVu letter or space is narrower


def shortened_note(length: int) -> str:
    return _(" … [shortened: {length} characters in all; the full text is in SSC "
             "Desktop]").format(length=f"{length:,}")


def fit(text: str, style: ParagraphStyle, room: float,
        max_height: float = MAX_CELL_HEIGHT) -> str:
    """`text`, or as much of it as fits `max_height` points in `room`, with a note."""
    lines = max_height / style.leading
    # No glyph is wider than 1 em: a text this short cannot be too tall.
    if (text.count("\n") + 1 + len(text) * style.fontSize / room) <= lines:
        return text

    def height(t: str) -> float:
        return Paragraph(markup(t).replace("\n", "<br/>"), style).wrap(room, 1e9)[1]

    if height(text) <= max_height:
        return text
    note = shortened_note(len(text))
    # Nothing longer than this could fit, even in the narrowest glyphs.
    hi = min(len(text), int((lines + 1) * room / (_NARROWEST_GLYPH * style.fontSize)))
    lo = 0
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if height(text[:mid].rstrip() + note) <= max_height:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + note


def cell(text: str, style: ParagraphStyle, width: float) -> Any:
    """A table cell: plain text when DejaVu prints it, broken into lines; else a Paragraph.

    A table draws plain strings several times faster than Paragraphs, so a Paragraph is
    kept for what only it can do: the fallback font, right-to-left runs (kept on one
    line) and words wider than the column (split mid-word).
    """
    f = fonts()
    room = width - CELL_PADDING
    text = visual(fit(text, style, room))
    # No DejaVu glyph is wider than 1 em: short texts fit without measuring them.
    if f.covers(text) and "\n" not in text:
        if len(text) * style.fontSize <= room:
            return text
        lines = plain_lines(text, style.fontName, style.fontSize, room)
        if lines is not None:
            return lines
    return Paragraph(f.markup(text), style)


@dataclass(frozen=True)
class ReportStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    th: ParagraphStyle
    td: ParagraphStyle
    td_right: ParagraphStyle


@functools.cache
def styles() -> ReportStyles:
    """The house paragraph styles (fonts registered on first use)."""
    fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5,
                          textColor=INK, spaceAfter=5)
    return ReportStyles(
        title=ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=24,
                             leading=30, textColor=ACCENT, spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=15, leading=20,
                                textColor=MUTED, spaceAfter=6),
        h1=ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19,
                          textColor=ACCENT, spaceBefore=12, spaceAfter=7,
                          keepWithNext=True),
        h2=ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=15,
                          spaceBefore=9, spaceAfter=4, keepWithNext=True),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                             textColor=MUTED),
        note=ParagraphStyle("note", parent=base, fontSize=9, leading=12,
                            textColor=MUTED, spaceBefore=2, spaceAfter=6),
        th=ParagraphStyle("th", parent=base, fontName=BOLD, fontSize=8.5, leading=10.5,
                          spaceAfter=0),
        td=ParagraphStyle("td", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        td_right=ParagraphStyle("td_right", parent=base, fontSize=8.5, leading=10.5,
                                spaceAfter=0, alignment=TA_RIGHT),
    )


def table_style(numeric_columns: Iterable[int] = (), zebra: bool = True) -> TableStyle:
    """The house table look: bold header on light grey, hairline rules, zebra rows."""
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, 0), BOLD, 8.5, 10.5),
        ("FONT", (0, 1), (-1, -1), REGULAR, 8.5, 10.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
    for col in numeric_columns:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    return TableStyle(cmds)


def page_size(paper: str) -> tuple[float, float]:
    """The page size for "a4" or "letter"."""
    try:
        return PAPERS[paper.lower()]
    except KeyError:
        raise UserError(_("Unknown paper size '{paper}': use a4 or letter.").format(
                            paper=paper)) from None


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers each page's footer until the page count is known ("Page x of y")."""

    def __init__(self, *args: Any, doc: ReportDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._report = doc
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._report.page_count = total
        for state in self._pages:
            self.__dict__.update(state)
            self._report.draw_footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 or Letter document: cover page first, then pages with header and footer."""

    def __init__(self, target: Any, *, paper: str = "a4", header_left: str = "",
                 header_right: str = "", title: str = "", author: str = "",
                 generated: date | None = None, footer_left: str = "") -> None:
        size = page_size(paper)
        super().__init__(target, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                         topMargin=22 * mm, bottomMargin=20 * mm, title=title,
                         author=author, creator="SSC Desktop", subject=title)
        self.paper = paper.lower()
        self.page_count = 0  # known once build() has run
        self.header_left = header_left
        self.header_right = header_right
        self.generated = generated or date.today()
        self.footer_left = footer_left or _("SSC Desktop · generated {day}").format(
            day=long_date(self.generated))
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], autoNextPageTemplate="body"),
            PageTemplate(id="body", frames=[frame], onPage=self._draw_header),
        ])

    def _draw_header(self, canv: rl_canvas.Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        y = height - 13 * mm
        canv.saveState()
        canv.setFont(BOLD, 8.5)
        canv.setFillColor(INK)
        canv.drawString(self.leftMargin, y, shorten(self.header_left, BOLD, 8.5,
                                                 self.width * 0.7))
        canv.setFont(REGULAR, 8.5)
        canv.drawRightString(width - self.rightMargin, y, self.header_right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y - 2.5 * mm, width - self.rightMargin, y - 2.5 * mm)
        canv.restoreState()

    def draw_footer(self, canv: rl_canvas.Canvas, page: int, total: int) -> None:
        width, _height = self.pagesize
        y = 11 * mm
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(self.leftMargin, y + 4 * mm, width - self.rightMargin, y + 4 * mm)
        canv.setFont(REGULAR, 8)
        canv.setFillColor(MUTED)
        canv.drawString(self.leftMargin, y, self.footer_left)
        canv.drawRightString(width - self.rightMargin, y, _("Page {page} of {total}").format(
            page=page, total=total))
        canv.restoreState()

    def build(self, flowables: list, **kwargs: Any) -> None:
        def maker(*args: Any, **kw: Any) -> _NumberedCanvas:
            # reportlab passes initialFontName=None explicitly, which setdefault would keep,
            # and the canvas then declares an unembedded Helvetica on every page.
            kw["initialFontName"] = kw.get("initialFontName") or REGULAR
            return _NumberedCanvas(*args, doc=self, **kw)

        super().build(flowables, canvasmaker=maker, **kwargs)


def shorten(text: str, font: str, size: float, width: float) -> str:
    """Shorten a header text with an ellipsis so it never runs into the other side."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


__all__ = [
    "ACCENT", "BOLD", "CHART_FILLS", "INK", "MUTED", "PAPERS", "REGULAR", "RULE", "SHADE",
    "TA_CENTER", "ZEBRA", "ReportDocument", "ReportFonts", "ReportStyles", "cell", "fit",
    "fonts", "is_printable", "markup", "page_size", "shorten", "styles", "table_style",
    "unprintable",
]
