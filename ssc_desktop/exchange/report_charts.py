"""Charts of the quarterly report, readable on a black-and-white printer.

Horizontal bars with the category written beside each bar and the count at its end,
so nothing depends on colour; the status chart also tells the stages apart by fill
(solid, hatched outline, light grey) with a legend in words.

Drawn straight onto the page with a handful of canvas calls (a flowable, not a
reportlab.graphics chart widget): the same picture for a fraction of the time, which
matters as the report is printed again for each quarter and each language.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..formats import number  # the report's language: 1,388 / 1 388 / 1.388
from ..i18n import N_, _
from .pdf_style import ACCENT, BOLD, INK, MUTED, REGULAR, RULE, fonts, shorten

BAR = 13.0  # points per category
LABEL_SIZE = 8.0
AXIS_SIZE = 7.0
COUNT_SIZE = 7.5
LEGEND_SIZE = 7.5
LEGEND_HEIGHT = 14.0
AXIS_ROOM = 16.0  # below the bars: tick labels of the value axis
COUNT_ROOM = 34.0  # right of the plot: the longest bar's count
GRID = colors.HexColor("#dddddd")

# Stage of a membership status -> (fill, stroke, legend): distinct without colour.
STAGE_LOOK = {
    "active": (ACCENT, ACCENT, N_("Member")),
    "pipeline": (colors.white, INK, N_("In the pipeline (not yet a member)")),
    "ended": (colors.HexColor("#c8c8c8"), MUTED, N_("Ended")),
}


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    fill: colors.Color = ACCENT
    stroke: colors.Color = ACCENT


class BarChart(Flowable):
    """A horizontal bar chart: first bar on top, labels on the left, counts at the ends,
    a light value grid below; an optional legend line of (fill, stroke, words) above."""

    def __init__(self, bars: list[Bar], width: float, *, title: str = "",
                 legend: list[tuple[colors.Color, colors.Color, str]] | None = None) -> None:
        super().__init__()
        fonts()
        self.bars = bars
        self.title = title
        self.legend = legend or []
        self.width = width
        widest = max((stringWidth(b.label, REGULAR, LABEL_SIZE) for b in bars), default=0)
        self.label_width = min(widest + 8, width * 0.45)
        self.plot_height = BAR * max(len(bars), 1)
        top = 16.0 if title else 4.0
        self.height = (self.plot_height + top + 18
                       + (LEGEND_HEIGHT if self.legend else 0))
        self.top = max((b.value for b in bars), default=0)
        self.step = _step(self.top)
        self.value_max = max(1, self.top) * 1.08

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        x0, y0 = self.label_width, AXIS_ROOM
        plot_width = self.width - self.label_width - COUNT_ROOM
        scale = plot_width / self.value_max
        c.saveState()
        # The value grid and its tick labels.
        c.setLineWidth(0.4)
        c.setStrokeColor(GRID)
        c.setFont(REGULAR, AXIS_SIZE)
        c.setFillColor(MUTED)
        tick = 0.0
        while tick <= self.value_max:
            x = x0 + tick * scale
            if tick:
                c.line(x, y0, x, y0 + self.plot_height)
            c.drawCentredString(x, y0 - 5 - AXIS_SIZE, number(round(tick)))
            tick += self.step
        c.setStrokeColor(RULE)
        c.setLineWidth(1)
        c.line(x0, y0, x0 + plot_width, y0)
        # Bars, top to bottom, each centred in its slot.
        c.setLineWidth(0.6)
        thickness = BAR * 0.68
        room = self.label_width - 4
        for i, bar in enumerate(self.bars):
            slot = y0 + self.plot_height - (i + 1) * BAR
            middle = slot + BAR / 2
            length = bar.value * scale
            c.setFillColor(bar.fill)
            c.setStrokeColor(bar.stroke)
            c.rect(x0, slot + (BAR - thickness) / 2, length, thickness, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(REGULAR, LABEL_SIZE)
            c.drawRightString(x0 - 4, middle - LABEL_SIZE * 0.35,
                              shorten(bar.label, REGULAR, LABEL_SIZE, room))
            c.setFont(BOLD, COUNT_SIZE)
            c.drawString(x0 + length + 3, middle - COUNT_SIZE * 0.35, number(bar.value))
        # The category axis, over the bars' left ends.
        c.setStrokeColor(INK)
        c.setLineWidth(1)
        c.line(x0, y0, x0, y0 + self.plot_height)
        if self.legend:
            self._draw_legend(y0 + self.plot_height + 9)
        if self.title:
            c.setFont(BOLD, 9)
            c.setFillColor(INK)
            c.drawString(0, self.height - 11, self.title)
        c.restoreState()

    def _draw_legend(self, y: float) -> None:
        c = self.canv
        x = 0.0
        c.setLineWidth(0.6)
        for fill, stroke, text in self.legend:
            c.setFillColor(fill)
            c.setStrokeColor(stroke)
            c.rect(x, y, 9, 7, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(REGULAR, LEGEND_SIZE)
            c.drawString(x + 12, y + 0.5, text)
            x += 12 + stringWidth(text, REGULAR, LEGEND_SIZE) + 14


def bar_chart(labels: list[str], values: list[int], width: float, *,
              title: str = "") -> BarChart:
    """A horizontal bar chart in the house colour: first label on top."""
    return BarChart([Bar(t, v) for t, v in zip(labels, values, strict=True)], width,
                    title=title)


def status_chart(labels: list[str], values: list[int], stages: list[str],
                 width: float) -> BarChart:
    """Members by status, each bar filled by its stage, with a legend in words."""
    bars = [Bar(t, v, STAGE_LOOK[s][0], STAGE_LOOK[s][1])
            for t, v, s in zip(labels, values, stages, strict=True)]
    used = [s for s in ("active", "pipeline", "ended") if s in stages]
    legend = [(STAGE_LOOK[s][0], STAGE_LOOK[s][1], _(STAGE_LOOK[s][2])) for s in used]
    return BarChart(bars, width, legend=legend)


def _step(top: int) -> float:
    """A round axis step giving about four to six grid lines."""
    if top <= 5:
        return 1
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if top / step <= 6:
            return step
    return 10_000
