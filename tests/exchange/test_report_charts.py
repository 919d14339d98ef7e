"""The report's bar charts: every category and count printed, legends in words."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from reportlab.platypus import SimpleDocTemplate

from ssc_desktop.exchange import pdf_style
from ssc_desktop.exchange.report_charts import BarChart, bar_chart, status_chart

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed")


def _words(path) -> list[tuple[float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [(float(x), float(y), w) for x, y, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


def test_every_category_and_count_is_printed_first_on_top(tmp_path):
    pdf_style.fonts()
    regions = ["Africa", "Oceania", "West Europe"]
    path = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(path)).build([
        status_chart(["Proposed", "Active (validated)", "Resigned"], [12, 1_388, 4],
                     ["pipeline", "active", "ended"], 450),
        bar_chart(regions, [41, 5, 105], 450)])
    words = _words(path)
    text = [w for _x, _y, w in words]
    for expected in ("Proposed", "Resigned", "Africa", "Oceania", "1,388", "105", "41",
                     "Member", "pipeline", "Ended"):
        assert expected in text
    tops = {w: y for _x, y, w in words}
    assert tops["Africa"] < tops["Oceania"] < tops["West"]  # read down, in the given order
    assert tops["Member"] < tops["Proposed"]  # the legend above the bars


def test_a_long_label_is_shortened_not_drawn_off_the_page(tmp_path):
    pdf_style.fonts()
    long = "A category with a very long name " * 6
    chart = BarChart([], 300)
    assert chart.wrap(300, 500)[1] > 0  # no bars: an empty plot, no error
    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path)).build([bar_chart([long, "Short"], [3, 7], 300)])
    words = _words(path)
    assert any(w.endswith("…") for _x, _y, w in words)
    left_margin = SimpleDocTemplate(str(path)).leftMargin
    assert min(x for x, _y, _w in words) >= left_margin - 1


def test_counts_are_written_as_the_report_s_language_writes_numbers(tmp_path):
    from ssc_desktop import i18n

    pdf_style.fonts()
    path = tmp_path / "es.pdf"
    with i18n.using_language("es"):
        SimpleDocTemplate(str(path)).build([bar_chart(["Europa"], [12_345], 300)])
    assert "12.345" in [w for _x, _y, w in _words(path)]

