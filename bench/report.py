"""Quarterly report speed: a 500-member and a 10,000-member group, roster appendix included.

    python bench/report.py [--sizes 500 10000] [--keep DIR] [--rounds 3] [--json FILE]

Goals: 500 members under 1.5 s; 10,000 under 10 s; the PDF stage within 1.5× of
reportlab printing the same tables pre-cut into page tables (medians, CPU beside wall).
The bare baseline: every table the report prints
(the very header, rows and column widths it passes to data_table), as plain unwrapped
strings in one reportlab Table each with repeatRows=1 and a single FONT command (same
font, size and leading), on the same paper with the same margins; no styling, paragraphs,
charts, headings, cover or page x of y. A second figure pre-cuts the same tables into
page-sized Tables (what the report's PagedTable does), for a stricter comparison.
The anchor is stock reportlab, one text object per string; the report's own tables
(pdf_tables.TextTable) write each table's strings in one text object, pixel for pixel
the same page (tests/exchange/test_report_tables.py compares them).
Demo databases are built once (demo.build.build_demo), kept in --keep.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportlab.platypus import SimpleDocTemplate, Table
from timing import Line, Timing, measure, save, table

from ssc_desktop.demo import build as demo
from ssc_desktop.exchange import pdf_style, report_sections
from ssc_desktop.exchange.pdf_style import ReportDocument
from ssc_desktop.exchange.quarterly_report import ReportOptions, write_quarterly_report
from ssc_desktop.heap import settle
from ssc_desktop.services import groups, reporting
from ssc_desktop.store.database import Database

GOALS = {500: 1.5, 10_000: 10.0}


def demo_db(folder: Path, members: int) -> Path:
    path = folder / f"report-demo-{members}.sqlite"
    if not path.exists():
        started = time.perf_counter()
        db = Database.open(path, actor="bench")
        demo.build_demo(db, members, seed=7, today=date.today())
        db.close()
        print(f"  built the {members:,}-member demo in {time.perf_counter() - started:.1f} s")
    return path


def report_tables(figures, options: ReportOptions) -> list[tuple]:
    """(header, rows, widths, font size, leading) of every table the report prints.

    Taken from the report's own calls to data_table, so the baseline prints the same
    rows, columns and widths; a Paragraph value (a target's title) becomes its text.
    """
    captured: list[tuple] = []
    real = report_sections.data_table

    def spy(header, rows, widths, numeric=(), compact=False):
        plain = [[v if isinstance(v, str) else v.getPlainText() for v in row] for row in rows]
        size, leading = (8, 10) if compact else (8.5, 10.5)
        captured.append((list(header), plain, list(widths), size, leading))
        return real(header, rows, widths, numeric, compact)

    width = ReportDocument(io.BytesIO(), paper=options.paper).width
    report_sections.data_table = spy
    try:
        for code in options.sections:
            report_sections.SECTION_BUILDERS[code](figures, width)
    finally:
        report_sections.data_table = real
    return captured


def bare_tables(tables: list[tuple], options: ReportOptions, per_page: bool = False) -> float:
    """reportlab alone printing those tables: plain strings, one FONT command, nothing else.

    Same paper and margins as the report, header repeated on every page. With per_page,
    the tables are pre-cut into page-sized Tables as the report's PagedTable does.
    """
    started = time.perf_counter()
    doc = ReportDocument(io.BytesIO(), paper=options.paper)
    story = []
    for header, rows, widths, size, leading in tables:
        font = [("FONT", (0, 0), (-1, -1), pdf_style.REGULAR, size, leading)]
        step = int(doc.height // (leading + 5)) - 1 if per_page else len(rows) or 1
        for i in range(0, max(len(rows), 1), step):
            story.append(Table([header, *rows[i:i + step]], colWidths=widths, repeatRows=1,
                               style=font))
    SimpleDocTemplate(io.BytesIO(), pagesize=pdf_style.page_size(options.paper),
                      leftMargin=doc.leftMargin, rightMargin=doc.rightMargin,
                      topMargin=doc.topMargin, bottomMargin=doc.bottomMargin).build(story)
    return time.perf_counter() - started


def run(path: Path, quarter: str, rounds: int) -> list[Line]:
    """The report's PDF stage against reportlab laying out the very same tables, pre-cut
    into page-sized Tables as the report does (budget 1.5×), medians of `rounds` runs."""
    db = Database.open(path, actor="bench")
    try:
        sizes = {}
        for g in groups.list_groups(db):
            f = reporting.quarterly_figures(db, g.id, quarter)
            sizes[g.id] = len(f.roster)
        main = max(groups.list_groups(db), key=lambda g: sizes[g.id])
        options = ReportOptions()
        figures = reporting.quarterly_figures(db, main.id, quarter)
        tables = report_tables(figures, options)
        settle()  # as the window does once start-up is over (ssc_desktop/heap.py)
        query = measure(lambda: reporting.quarterly_figures(db, main.id, quarter), rounds)
        pdf = measure(lambda: write_quarterly_report(figures, io.BytesIO(), options), rounds)
        cut = measure(lambda: bare_tables(tables, options, per_page=True), rounds)
        label = f"{len(figures.roster):,} on the roster"
        goal = GOALS.get(min(GOALS, key=lambda n: abs(n - len(figures.roster))), 10.0)
        whole = Timing(query.wall_ms + pdf.wall_ms, query.cpu_ms + pdf.cpu_ms, rounds,
                       query.worst_ms + pdf.worst_ms)
        return [
            Line(f"Quarterly report PDF stage ({label})", pdf, cut,
                 "reportlab, the same tables pre-cut into page tables", "1.5×",
                 ratio_budget=1.5),
            Line(f"Quarterly report, figures + PDF ({label})", whole,
                 budget=f"{goal:.1f} s", ms_budget=goal * 1000),
        ]
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/ssc-bench"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the lines here (run_all.py)")
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    quarter = str(reporting.last_complete_quarter())
    pdf_style.fonts()  # registered once per process, as in the app
    lines: list[Line] = []
    for size in args.sizes:
        lines.extend(run(demo_db(args.keep, size), quarter, args.rounds))
    print(table(lines))
    save(lines, args.json)


if __name__ == "__main__":
    main()
