"""export targets / import targets / import ksrs / target update: a group's targets."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..domain.errors import UserError
from ..domain.targets import STATUSES
from ..i18n import _
from . import common
from .verbs import verb_parser


def register(sub: argparse._SubParsersAction) -> None:
    export = verb_parser(sub, "export", _("write a group's data to a file"))
    p = export.add_parser("targets", help=_("the group's Species Strategic Plan targets as .xlsx"),
                          description=_("Write a group's targets, with their latest progress, "
                                        "to an Excel workbook."))
    _common(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    p.set_defaults(func=_export)

    imp = verb_parser(sub, "import", _("read a file into a group"))
    p = imp.add_parser("targets", help=_("targets from an .xlsx workbook (preview with --dry-run)"),
                       description=_("Read targets from a workbook: rows with a known ID update "
                                     "that target, others are added. Nothing is written unless "
                                     "every row is clean."))
    _common(p)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help=_("show what would change; write nothing"))
    p.set_defaults(func=_import)

    target = sub.add_parser("target", help=_("one Species Strategic Plan target"),
                            description=_("Work with one target of a group."))
    actions = target.add_subparsers(dest="target_action", metavar="ACTION", required=True,
                                    parser_class=type(target))
    p = actions.add_parser("update", help=_("record a target's progress for one quarter"),
                           description=_("Record (or correct) a target's progress for one "
                                         "quarter: a value, or a milestone done."))
    _common(p)
    p.add_argument("--target", required=True, metavar="ID",
                   help=_("the target's ID (or its first characters) or the start of its title"))
    p.add_argument("--quarter", required=True, metavar="YYYY-QN", help=_("e.g. 2025-Q3"))
    value = p.add_mutually_exclusive_group(required=True)
    value.add_argument("--value", type=float, default=None, help=_("the value reached"))
    value.add_argument("--done", action="store_true", help=_("the milestone is done"))
    p.add_argument("--status", default="on_track", choices=sorted(STATUSES),
                   help=_("(default: %(default)s)"))
    p.add_argument("--narrative", default="")
    p.set_defaults(func=_update)

    p = imp.add_parser("ksrs", help=_("a quadrennium's Key Species Results from a .csv file"),
                       description=_("Load a KSR set (columns quadrennium, number, objective_code, "
                                     "objective_name, title) for a later quadrennium."))
    common.add_db_argument(p)
    p.add_argument("file", type=Path, metavar="FILE.csv")
    p.set_defaults(func=_import_ksrs)


def _common(p: argparse.ArgumentParser) -> None:
    common.add_db_argument(p)
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    common.add_quadrennium_argument(p, help=_("e.g. 2021-2025 (default: the current quadrennium)"))


def _open(args: argparse.Namespace):
    return common.open_group(args, args.quadrennium)


def _export(args: argparse.Namespace) -> int:
    from ..exchange import targets_xlsx

    db, group, term = _open(args)
    with db:
        count = targets_xlsx.export_for_group(db, group, term, args.output, date.today())
    print(_("Wrote {count} target(s) of {group} ({term}) to {file}.").format(
        count=count, group=group.name, term=term.code, file=args.output))
    return 0


def _import(args: argparse.Namespace) -> int:
    from ..exchange import targets_xlsx
    from ..services.targets_import import apply_target_import

    db, group, term = _open(args)
    with db:
        today = date.today()
        preview = targets_xlsx.preview_for_group(db, group, term, args.file, today)
        print(_("{file}: {rows} target row(s) for {group} ({term}): {added} to add, "
                "{updated} to update, {unchanged} unchanged; {updates} quarterly update(s) to "
                "record.").format(
                    file=preview.source, rows=len(preview.plans), group=group.name,
                    term=term.code, added=preview.count("add"), updated=preview.count("update"),
                    unchanged=preview.count("unchanged"), updates=preview.progress_updates))
        for plan in preview.plans:
            if plan.action == "update":
                print("  " + _("row {row}: update '{title}' ({fields})").format(
                    row=plan.row, title=plan.title, fields=", ".join(plan.changed)))
            elif plan.action == "add":
                print("  " + _("row {row}: add '{title}'").format(row=plan.row,
                                                                  title=plan.title))
        if preview.ignored_columns:
            print(_("Ignored columns: {columns}").format(
                columns=", ".join(preview.ignored_columns)))
        if not preview.ok:
            for problem in preview.problems:
                print("  " + _("problem: {problem}").format(problem=problem))
            raise UserError(_("{count} row(s) of {file} have problems (listed above); fix them "
                              "in the workbook and import again. Nothing was changed.").format(
                                  count=len(preview.problems), file=preview.source))
        if args.dry_run:
            print(_("Dry run: nothing was changed."))
            return 0
        if not any(p.action != "unchanged" or p.update is not None for p in preview.plans):
            print(_("The workbook matches the database; nothing to change."))
            return 0
        change, _counts = apply_target_import(db, group.id, term.id, preview.plans,
                                              source=preview.source, today=today)
    print(change.summary + ".")
    return 0


def _update(args: argparse.Namespace) -> int:
    from ..domain.targets import UpdateFields
    from ..services import targets

    db, group, term = _open(args)
    with db:
        wanted = args.target.strip().casefold()
        rows = targets.list_targets(db, group.id, term.id)
        found = [t for t in rows if t.id.startswith(wanted)] or \
            [t for t in rows if t.title.casefold().startswith(wanted)]
        if len(found) != 1:
            raise UserError(
                (_("No target of {group} ({term}) has the ID or title '{text}'; the targets "
                   "export lists them.") if not found else
                 _("'{text}' matches {n} targets of {group} ({term}); give more of the ID.")
                 ).format(group=group.name, term=term.code, text=args.target, n=len(found)))
        update = UpdateFields(quarter=args.quarter, value=args.value,
                              milestone_done=args.done, narrative=args.narrative,
                              status=args.status)
        change = targets.record_update(db, found[0].id, update)
    print(change.summary + ".")
    return 0


def _import_ksrs(args: argparse.Namespace) -> int:
    from ..services import ksr_sets

    with common.open_existing(args) as db:
        change = ksr_sets.load_ksr_set(db, args.file)
    print(change.summary + ".")
    return 0
