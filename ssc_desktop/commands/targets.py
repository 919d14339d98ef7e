"""export targets / import targets / import ksrs: a group's targets and workbooks."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .. import cli
from ..domain.errors import UserError
from .verbs import verb_parser


def register(sub: argparse._SubParsersAction) -> None:
    export = verb_parser(sub, "export", "write a group's data to a file")
    p = export.add_parser("targets", help="the group's Species Strategic Plan targets as .xlsx",
                          description="Write a group's targets, with their latest progress, "
                                      "to an Excel workbook.")
    _common(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(func=_export)

    imp = verb_parser(sub, "import", "read a file into a group")
    p = imp.add_parser("targets", help="targets from an .xlsx workbook (preview with --dry-run)",
                       description="Read targets from a workbook: rows with a known ID update "
                                   "that target, others are added. Nothing is written unless "
                                   "every row is clean.")
    _common(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    p.set_defaults(func=_import)

    p = imp.add_parser("ksrs", help="a quadrennium's Key Species Results from a .csv file",
                       description="Load a KSR set (columns quadrennium, number, objective_code, "
                                   "objective_name, title) for a later quadrennium.")
    cli.add_db_argument(p)
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.set_defaults(func=_import_ksrs)


def _common(p: argparse.ArgumentParser) -> None:
    cli.add_db_argument(p)
    p.add_argument("--group", required=True, help="the group's short code or name")
    p.add_argument("--term", default=None, metavar="QUADRENNIUM",
                   help="e.g. 2021-2025 (default: the current quadrennium)")


def _open(args: argparse.Namespace):  # noqa: ANN202 - (db, group, term)
    return cli.open_group(args, args.term)


def _export(args: argparse.Namespace) -> int:
    from ..exchange import targets_xlsx

    db, group, term = _open(args)
    with db:
        count = targets_xlsx.export_for_group(db, group, term, args.output, date.today())
    print(f"Wrote {count} target(s) of {group.name} ({term.code}) to {args.output}.")
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..exchange import targets_xlsx
    from ..services.targets_import import apply_target_import

    db, group, term = _open(args)
    with db:
        today = date.today()
        preview = targets_xlsx.preview_for_group(db, group, term, args.file, today)
        print(f"{preview.source}: {len(preview.plans)} target row(s) for {group.name} "
              f"({term.code}): {preview.count('add')} to add, {preview.count('update')} to "
              f"update, {preview.count('unchanged')} unchanged; {preview.progress_updates} "
              "quarterly update(s) to record.")
        for plan in preview.plans:
            if plan.action == "update":
                print(f"  row {plan.row}: update '{plan.title}' ({', '.join(plan.changed)})")
            elif plan.action == "add":
                print(f"  row {plan.row}: add '{plan.title}'")
        if preview.ignored_columns:
            print("Ignored columns: " + ", ".join(preview.ignored_columns))
        if not preview.ok:
            for problem in preview.problems:
                print(f"  problem: {problem}")
            raise UserError(f"{len(preview.problems)} row(s) of {preview.source} have problems "
                            "(listed above); fix them in the workbook and import again. "
                            "Nothing was changed.")
        if args.dry_run:
            print("Dry run: nothing was changed.")
            return 0
        if not any(p.action != "unchanged" or p.update is not None for p in preview.plans):
            print("The workbook matches the database; nothing to change.")
            return 0
        change, _counts = apply_target_import(db, group.id, term.id, preview.plans,
                                              source=preview.source, today=today)
    print(change.summary + ".")
    return 0


def _import_ksrs(args: argparse.Namespace) -> int:
    from ..services import ksr_sets

    with cli.open_existing(args) as db:
        change = ksr_sets.load_ksr_set(db, args.file)
    print(change.summary + ".")
    return 0
