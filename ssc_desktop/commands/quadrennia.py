"""quadrennium add: the next term as reference data, once its Congress dates are known."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.errors import UserError
from ..i18n import _
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    verb = sub.add_parser("quadrennium", help=_("the quadrennia a database knows"),
                          description=_("Add the quadrennium after the latest one."))
    nested = verb.add_subparsers(dest="action", required=True, parser_class=common.ArgumentParser)
    p = nested.add_parser("add", help=_("add the next quadrennium"),
                          description=_("Add the quadrennium after the latest one; it starts "
                                        "the day after the latest ends."))
    common.add_db_argument(p)
    p.add_argument("--code", default=None, help=_("e.g. 2030-2033 (default: suggested)"))
    p.add_argument("--starts-on", default=None, metavar="YYYY-MM-DD",
                   help=_("default: the day after the latest quadrennium ends"))
    p.add_argument("--ends-on", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--congress", default="", help=_("e.g. 'Abu Dhabi 2025 to the next Congress'"))
    p.set_defaults(func=_add)


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(_("{option} '{text}' is not a date like 2033-12-31.").format(
            option=option, text=text)) from None


def _add(args: argparse.Namespace) -> int:
    from ..services import quadrennia

    with common.open_existing(args) as db:
        suggestion = quadrennia.suggest_next(db)
        starts = _day(args.starts_on, "--starts-on") if args.starts_on else suggestion.starts_on
        change = quadrennia.add_quadrennium(db, args.code or suggestion.code, starts,
                                            _day(args.ends_on, "--ends-on"), args.congress)
    print(change.summary + ".")
    return 0
