"""report quarterly: a group's quarterly report as a PDF."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..i18n import _
from ..services.reporting_dto import SECTIONS
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help=_("print reports as PDF"),
                            description=_("Print a group's reports as PDF files."))
    kinds = report.add_subparsers(dest="report_kind", required=True,
                                  parser_class=common.ArgumentParser)
    p = kinds.add_parser("quarterly", help=_("the quarterly report of one group"),
                         description=_("Write one group's quarterly report (membership, "
                                       "balance, invitations, onboarding, targets, letters "
                                       "and a roster appendix) as a PDF."))
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    p.add_argument("--quarter", required=True, metavar="YYYY-QN",
                   help=_("a calendar quarter, e.g. 2025-Q3 (July to September 2025)"))
    p.add_argument("--paper", choices=("a4", "letter"), default="a4",
                   help=_("paper size (default: %(default)s)"))
    p.add_argument("--no-roster", action="store_true", help=_("leave out the roster appendix"))
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    common.add_language_argument(p)
    p.set_defaults(func=_quarterly)

    p = kinds.add_parser("annual", help=_("the SSC annual report of one group"),
                         description=_("Write one group's annual report to the SSC (leaders, "
                                       "targets with codes and yearly status, activities and "
                                       "results by component, summary, membership make-up) as "
                                       "a PDF, and optionally the same tables as a workbook."))
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    p.add_argument("--year", required=True, type=int, metavar="YYYY")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--xlsx", type=Path, default=None, metavar="FILE.xlsx",
                   help=_("also write the tables to a workbook"))
    common.add_language_argument(p)
    p.set_defaults(func=_annual)


def _quarterly(args: argparse.Namespace) -> int:
    from ..exchange.quarterly_report import ReportOptions, quarterly_report
    from ..services.reporting import parse_report_quarter

    today = date.today()
    quarter = parse_report_quarter(args.quarter, today)  # refuse before opening anything
    sections = tuple(s for s in SECTIONS if not (args.no_roster and s == "roster"))
    db, group, _term = common.open_group(args, None)
    try:
        result = quarterly_report(db, group.id, str(quarter), args.output,
                                  ReportOptions(paper=args.paper, sections=sections,
                                                language=args.document_language),
                                  today=today)
    finally:
        db.close()
    for warning in result.warnings:
        print("ssc-desktop: " + _("warning: {warning}").format(warning=warning),
              file=sys.stderr)
    print(_("Wrote {file} ({pages} pages): {group}, {quarter}.").format(
        file=args.output, pages=result.pages, group=group.name, quarter=quarter))
    return 0


def _annual(args: argparse.Namespace) -> int:
    from ..exchange.annual_report import write_annual_pdf, write_annual_xlsx
    from ..services.annual_report import annual_figures

    db, group, _term = common.open_group(args, None)
    with db:
        figures = annual_figures(db, group.id, args.year, language=args.document_language)
    pages = write_annual_pdf(figures, args.output, language=args.document_language)
    if args.xlsx is not None:
        write_annual_xlsx(figures, args.xlsx, language=args.document_language)
        text = _("Wrote {file} ({pages} pages) and {workbook}: {group}, annual report {year}.")
    else:
        text = _("Wrote {file} ({pages} pages): {group}, annual report {year}.")
    print(text.format(file=args.output, pages=pages, workbook=args.xlsx, group=group.name,
                      year=args.year))
    return 0
