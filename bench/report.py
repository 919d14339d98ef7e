"""Quarterly report speed: a 500-member and a 10,000-member group, roster appendix included.

    /tmp/venv/bin/python bench/report.py [--sizes 500 10000] [--keep DIR]

Goals (issue 7): 500 members under 1.5 s; 10,000 under 10 s; the PDF stage within 2x of
reportlab printing every table of the report bare (plain strings, no styling, no charts,
no page x of y). Demo databases are built once (services.demo.build_demo), kept in --keep.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import SimpleDocTemplate, Table  # noqa: E402

from ssc_desktop.exchange import pdf_style  # noqa: E402
from ssc_desktop.exchange.quarterly_report import ReportOptions, write_quarterly_report  # noqa: E402
from ssc_desktop.services import demo, groups, reporting  # noqa: E402
from ssc_desktop.store.database import Database  # noqa: E402

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


def bare_tables(figures) -> float:  # noqa: ANN001
    """reportlab alone: every table the report prints, as plain strings, default look."""
    f = figures
    tables = [
        [["Member", "Reason", "On"]] + [[v.name, v.status_name, str(v.on)]
                                        for v in f.membership.leavers],
        [["Invitee", "Invited", "Deadline", "Reminders", "Days"]] + [
            [r.name, str(r.invited_on), str(r.deadline_on), str(r.reminders),
             str(r.days_overdue)] for r in f.invitations.overdue_rows],
        [["No.", "Document", "Must read", "Have read"]] + [
            [str(d.number), d.title, str(d.required), str(d.acknowledged)]
            for d in f.onboarding.documents],
        [["KSR", "Target", "Focal point", "Status", "Updated"]] + [
            [str(t.ksr_number), t.title, t.focal_point, t.status_name, t.last_quarter]
            for t in f.targets.rows],
        [["Request", "Addressee", "State", "Requested"]] + [
            [r.title, r.addressee, r.state_name, str(r.requested_on)] for r in f.letters.rows],
        [["#", "Name", "Country", "Region", "Roles"]] + [
            [str(i), r.name, r.country, r.region, r.roles] for i, r in enumerate(f.roster, 1)],
    ]
    started = time.perf_counter()
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4)
    font = [("FONT", (0, 0), (-1, -1), pdf_style.REGULAR, 8.5)]
    doc.build([Table(rows, repeatRows=1, style=font) for rows in tables if len(rows) > 1])
    return time.perf_counter() - started


def run(path: Path, quarter: str, rounds: int) -> None:
    db = Database.open(path, actor="bench")
    try:
        sizes = {}
        for g in groups.list_groups(db):
            f = reporting.quarterly_figures(db, g.id, quarter)
            sizes[g.id] = len(f.roster)
        main = max(groups.list_groups(db), key=lambda g: sizes[g.id])
        best_q = best_pdf = best_bare = float("inf")
        pages = 0
        for _ in range(rounds):
            t0 = time.perf_counter()
            figures = reporting.quarterly_figures(db, main.id, quarter)
            t1 = time.perf_counter()
            result = write_quarterly_report(figures, io.BytesIO(), ReportOptions())
            t2 = time.perf_counter()
            best_q, best_pdf = min(best_q, t1 - t0), min(best_pdf, t2 - t1)
            best_bare = min(best_bare, bare_tables(figures))
            pages = result.pages
        total = best_q + best_pdf
        goal = GOALS.get(min(GOALS, key=lambda n: abs(n - len(figures.roster))), 10.0)
        print(f"  {main.name}: {len(figures.roster):,} members on the roster, {pages} pages")
        print(f"    figures (queries + derivations): {best_q * 1000:8.0f} ms")
        print(f"    PDF (layout + write):            {best_pdf * 1000:8.0f} ms")
        print(f"    total:                           {total * 1000:8.0f} ms  "
              f"(goal < {goal:.1f} s: {'OK' if total < goal else 'MISSED'})")
        print(f"    bare reportlab, same tables:     {best_bare * 1000:8.0f} ms  "
              f"(PDF stage = {best_pdf / best_bare:.2f}x; goal <= 2x: "
              f"{'OK' if best_pdf <= 2 * best_bare else 'MISSED'})")
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 10_000])
    parser.add_argument("--keep", type=Path, default=Path("/tmp/ssc-bench"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    args.keep.mkdir(parents=True, exist_ok=True)
    quarter = str(reporting.last_complete_quarter())
    pdf_style.fonts()  # registered once per process, as in the app
    print(f"Quarterly report {quarter}, best of {args.rounds}:")
    for size in args.sizes:
        run(demo_db(args.keep, size), quarter, args.rounds)


if __name__ == "__main__":
    main()
