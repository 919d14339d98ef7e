"""report quarterly: a group's quarterly report as a PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..services.reporting_dto import SECTIONS
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="print reports as PDF",
                            description="Print a group's reports as PDF files.")
    kinds = report.add_subparsers(dest="report_kind", required=True,
                                  parser_class=common.ArgumentParser)
    p = kinds.add_parser("quarterly", help="the quarterly report of one group",
                         description="Write one group's quarterly report (membership, "
                                     "balance, invitations, onboarding, targets, letters "
                                     "and a roster appendix) as a PDF.")
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help="the group's short code or name")
    p.add_argument("--quarter", required=True, metavar="YYYY-QN",
                   help="a calendar quarter, e.g. 2025-Q3 (July to September 2025)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help="paper size (default: %(default)s)")
    p.add_argument("--no-roster", action="store_true", help="leave out the roster appendix")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.set_defaults(func=_quarterly)


def _quarterly(args: argparse.Namespace) -> int:
    from ..exchange.quarterly_report import ReportOptions, quarterly_report
    from ..services.reporting import parse_report_quarter

    today = date.today()
    quarter = parse_report_quarter(args.quarter, today)  # refuse before opening anything
    sections = tuple(s for s in SECTIONS if not (args.no_roster and s == "roster"))
    db, group, _term = common.open_group(args, None)
    try:
        result = quarterly_report(db, group.id, str(quarter), args.output,
                                  ReportOptions(paper=args.paper, sections=sections),
                                  today=today)
    finally:
        db.close()
    for warning in result.warnings:
        print(f"ssc-desktop: warning: {warning}", file=sys.stderr)
    print(f"Wrote {args.output} ({result.pages} pages): {group.name}, {quarter}.")
    return 0
