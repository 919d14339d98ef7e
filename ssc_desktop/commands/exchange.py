"""`export roster` and `import roster`: the roster file exchange on the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import _
from . import common
from .verbs import verb_parser


def register(sub: argparse._SubParsersAction) -> None:
    export = verb_parser(sub, "export", _("write a group's data to a file"))
    p = export.add_parser("roster", help=_("write a group's roster to .xlsx or .csv"),
                          description=_("Write one row per membership of a group to an Excel "
                                        "workbook or a CSV file, in the documented layout."))
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    common.add_quadrennium_argument(p, help=_("term, e.g. 2021-2025 (default: the current one)"))
    p.add_argument("--status", nargs="+", metavar="S",
                   help=_("only these statuses (names or codes, e.g. active invited)"))
    p.add_argument("-o", "--output", required=True, type=Path, help=_("FILE.xlsx or FILE.csv"))
    p.add_argument("--bom", action="store_true",
                   help=_("CSV only: start with a UTF-8 BOM so Excel shows accents correctly"))
    p.set_defaults(func=export_roster)

    imp = verb_parser(sub, "import", _("read a group's data from a file"))
    p = imp.add_parser("roster", help=_("import members from .xlsx or .csv"),
                       description=_("Preview, then apply a roster file in one undoable step. "
                                     "Any problem row stops the import unless --skip-invalid; "
                                     "any warning stops it unless --accept-warnings."))
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    common.add_quadrennium_argument(p, help=_("term for rows without one (default: current)"))
    p.add_argument("file", type=Path, help=_("FILE.xlsx or FILE.csv"))
    p.add_argument("--sheet", help=_("worksheet to read (default: the first visible one)"))
    p.add_argument("--dry-run", action="store_true", help=_("print the preview; change nothing"))
    p.add_argument("--skip-invalid", action="store_true",
                   help=_("apply the valid rows and list the skipped ones"))
    p.add_argument("--accept-warnings", action="store_true",
                   help=_("apply rows with warnings too, with the repairs they propose"))
    p.set_defaults(func=import_roster)


def _open(args: argparse.Namespace):
    return common.open_group(args, args.quadrennium)


def export_roster(args: argparse.Namespace) -> int:
    from ..exchange.roster_export import export_roster as export
    from ..exchange.values import ValueProblem, to_status

    statuses = None
    if args.status:
        try:
            statuses = tuple(to_status(s) for s in args.status)
        except ValueProblem as exc:
            raise UserError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    db, group, term = _open(args)
    with db:
        summary = export(db, group.id, term.id, Path(args.output), statuses=statuses,
                         bom=args.bom)
    print(summary.sentence())
    return 0


def import_roster(args: argparse.Namespace) -> int:
    from ..exchange import importer
    from ..exchange.import_preview import NEW, UPDATE

    db, group, term = _open(args)
    with db:
        table, mapping = importer.read_and_map(db, args.file, args.sheet)
        result = importer.preview(db, group, term.code, table, mapping)
        problems = result.problems()
        warnings = result.warnings()
        print(f"{result.source}: {result.summary()}.")
        if mapping.ignored():
            print(_("Columns not imported: {columns}.").format(
                columns=", ".join(mapping.ignored())))
        if args.dry_run:
            for row in result.rows:
                if row.kind in (NEW, UPDATE):
                    detail = "; ".join(row.changes)
                    kind = _("new") if row.kind == NEW else _("update")
                    line = (_("row {row}: {kind} {name} ({changes})") if detail
                            else _("row {row}: {kind} {name}"))
                    print("  " + line.format(row=row.row, kind=kind, name=row.name,
                                             changes=detail))
            _print_problems(problems, sys.stdout)
            _print_warnings(warnings, sys.stdout)
            print(_("Dry run: nothing was changed."))
            return 2 if problems or warnings else 0
        if problems and not args.skip_invalid:
            _print_problems(problems, sys.stderr)
            _print_warnings(warnings, sys.stderr)
            print(_("ssc-desktop: {count} problem(s) in {file}; nothing was imported. Correct "
                    "the rows, or run again with --skip-invalid to import the valid rows "
                    "only.").format(count=len(problems), file=result.source), file=sys.stderr)
            return 2
        if result.warnings(applicable=True) and not args.accept_warnings:
            _print_problems(problems, sys.stderr)
            _print_warnings(warnings, sys.stderr)
            print(_("ssc-desktop: {count} warning(s) in {file}; nothing was imported. Check "
                    "the rows, correct the file, or run again with --accept-warnings to apply "
                    "them as shown.").format(count=len(warnings), file=result.source),
                  file=sys.stderr)
            return 2
        if problems:
            skipped = sorted({p.row for p in problems})
            print(_("Skipped {count} row(s) with problems:").format(count=len(skipped)))
            _print_problems(problems, sys.stdout)
        if result.warnings(applicable=True):
            accepted = result.warnings(applicable=True)
            print(_("Accepted {count} warning(s):").format(count=len(accepted)))
            _print_warnings(accepted, sys.stdout)
        if not result.plans(accepted=True):
            print(_("0 new, 0 updated: the roster already matches the file."))
            return 0
        applied = importer.apply(db, group, result, accepted=True)
        print(_("{added} new, {updated} updated.").format(added=applied.added,
                                                         updated=applied.updated))
    return 0


def _print_warnings(warnings: list, stream: object) -> None:
    for warning in warnings:
        print("  " + _("Warning: {sentence}").format(sentence=warning.sentence()),
              file=stream)  # type: ignore[arg-type]


def _print_problems(problems: list, stream: object) -> None:
    for problem in problems:
        print(f"  {problem.sentence()}", file=stream)  # type: ignore[arg-type]
