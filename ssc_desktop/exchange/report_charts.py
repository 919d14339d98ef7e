"""Charts of the quarterly report, readable on a black-and-white printer.

Horizontal bars with the category written beside each bar and the count at its end,
so nothing depends on colour; the status chart also tells the stages apart by fill
(solid, hatched outline, light grey) with a legend in words.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.renderbase import STATE_DEFAULTS
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..i18n import N_, _
from .pdf_style import ACCENT, BOLD, INK, MUTED, REGULAR, RULE, fonts

# The renderer sets this font before every drawing even when no text uses it, which
# would reference an unembedded Times-Roman in the PDF: start drawings in DejaVu instead.
STATE_DEFAULTS["fontName"] = REGULAR

BAR = 13.0  # points per category
LABEL_SIZE = 8.0

# Stage of a membership status -> (fill, stroke, legend): distinct without colour.
STAGE_LOOK = {
    "active": (ACCENT, ACCENT, N_("Member")),
    "pipeline": (colors.white, INK, N_("In the pipeline (not yet a member)")),
    "ended": (colors.HexColor("#c8c8c8"), MUTED, N_("Ended")),
}


def bar_chart(labels: list[str], values: list[int], width: float, *,
              fills: list[colors.Color] | None = None,
              strokes: list[colors.Color] | None = None,
              title: str = "") -> Drawing:
    """A horizontal bar chart: first label on top, counts at the bars' ends."""
    fonts()
    label_width = max((stringWidth(t, REGULAR, LABEL_SIZE) for t in labels), default=0)
    label_width = min(label_width + 8, width * 0.45)
    top = 16.0 if title else 4.0
    height = BAR * max(len(labels), 1) + top + 18
    drawing = Drawing(width, height)
    if title:
        drawing.add(String(0, height - 11, title, fontName=BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width = width - label_width - 34
    chart.height = BAR * max(len(labels), 1)
    # reportlab draws the first category at the bottom: reverse so the list reads down.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    top_value = max(values, default=0)
    chart.valueAxis.valueMax = max(1, top_value) * 1.08
    chart.valueAxis.valueStep = _step(top_value)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.barWidth = BAR * 0.68
    chart.groupSpacing = BAR * 0.32
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = ACCENT
    chart.bars[0].strokeWidth = 0.6
    chart.barLabelFormat = "{:,.0f}".format
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = INK
    n = len(labels)
    for i in range(n):
        j = n - 1 - i  # reversed index
        if fills:
            chart.bars[(0, j)].fillColor = fills[i]
        if strokes:
            chart.bars[(0, j)].strokeColor = strokes[i]
    drawing.add(chart)
    return drawing


def status_chart(labels: list[str], values: list[int], stages: list[str],
                 width: float) -> Drawing:
    """Members by status, each bar filled by its stage, with a legend in words."""
    fills = [STAGE_LOOK[s][0] for s in stages]
    strokes = [STAGE_LOOK[s][1] for s in stages]
    chart = bar_chart(labels, values, width, fills=fills, strokes=strokes)
    used = [s for s in ("active", "pipeline", "ended") if s in stages]
    legend_height = 14
    drawing = Drawing(width, chart.height + legend_height)
    for item in chart.contents:
        drawing.add(item)
    x, y = 0.0, chart.height + 3
    for stage in used:
        fill, stroke, text = STAGE_LOOK[stage]
        text = _(text)
        drawing.add(Rect(x, y, 9, 7, fillColor=fill, strokeColor=stroke, strokeWidth=0.6))
        drawing.add(String(x + 12, y + 0.5, text, fontName=REGULAR, fontSize=7.5,
                           fillColor=INK))
        x += 12 + stringWidth(text, REGULAR, 7.5) + 14
    return drawing


def _step(top: int) -> float:
    """A round axis step giving about four to six grid lines."""
    if top <= 5:
        return 1
    for step in (2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000):
        if top / step <= 6:
            return step
    return 10_000
