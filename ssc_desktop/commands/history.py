"""history / undo / redo: the change log from a terminal, one operation at a time."""

from __future__ import annotations

import argparse

from ..i18n import _, ngettext
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("history", help="list the latest operations",
                       description="List the latest operations, newest first: id, when, "
                                   "who, what, how many records.")
    common.add_db_argument(p)
    p.add_argument("--limit", type=_positive, default=20, metavar="N",
                   help="how many (default: %(default)s)")
    p.add_argument("--compact", action="store_true",
                   help="first drop the undo data of operations older than --days (their "
                        "history stays readable) and rebuild the file smaller")
    p.add_argument("--days", type=_positive, default=None, metavar="N",
                   help="with --compact: keep undo data this many days (default: 365)")
    p.set_defaults(func=_history)
    p = sub.add_parser("undo", help="undo the latest operation",
                       description="Undo the latest operation still in effect (as Ctrl+Z in "
                                   "the window); refused, with nothing changed, when a later "
                                   "operation changed its records.")
    common.add_db_argument(p)
    p.set_defaults(func=_undo)
    p = sub.add_parser("redo", help="redo what the latest undo undid",
                       description="Apply again what the latest undo took back, while no "
                                   "other operation came after it.")
    common.add_db_argument(p)
    p.set_defaults(func=_redo)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a positive whole number").format(text=text))
    return value


def _history(args: argparse.Namespace) -> int:
    from ..services import history

    with common.open_existing(args) as db:
        if args.compact:
            days = args.days or history.RETENTION_DAYS
            n = history.compact(db, days, rebuild=True)
            print(ngettext("Compacted the undo data of {n} record older than {days} days; "
                           "its history is kept.",
                           "Compacted the undo data of {n} records older than {days} days; "
                           "their history is kept.", n).format(n=f"{n:,}", days=days))
        ops = history.latest(db, args.limit)
    if not ops:
        print(_("No operations yet."))
        return 0
    for op in ops:
        when = op.at.astimezone().strftime("%Y-%m-%d %H:%M")
        records = ngettext("{n} record", "{n} records", op.records).format(n=op.records)
        state = _(" (undone)") if op.reverted else ""
        print(f"{op.batch_id}  {when}  {op.actor}  {op.label}{state}  ·  {records}")
    return 0


def _undo(args: argparse.Namespace) -> int:
    from ..services import history

    with common.open_existing(args) as db:
        op = history.step_to_undo(db)
        change = history.undo(db, op.batch_id)
    print(_("{summary} ({n} records).").format(summary=change.summary, n=op.records))
    return 0


def _redo(args: argparse.Namespace) -> int:
    from ..services import history

    with common.open_existing(args) as db:
        op = history.step_to_redo(db)
        change = history.redo(db, op.batch_id)
    print(_("{summary} ({n} records).").format(summary=change.summary, n=op.records))
    return 0
