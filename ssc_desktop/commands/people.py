"""`person merge`: two records of one person made one, as one undoable step."""

from __future__ import annotations

import argparse

from .. import cli
from .verbs import verb_parser


def register(sub: argparse._SubParsersAction) -> None:
    person = verb_parser(sub, "person", "work on one person's records")
    p = person.add_parser(
        "merge", help="merge two records of one person",
        description="Move everything of the person with the --merge address (memberships, "
                    "roles, life-cycle history, invitations, targets, letters) to the "
                    "person with the --keep address, then delete the first; one undo step.")
    cli.add_db_argument(p)
    p.add_argument("--keep", required=True, metavar="EMAIL", help="the person to keep")
    p.add_argument("--merge", required=True, metavar="EMAIL",
                   help="the person merged into the kept one (and then deleted)")
    p.set_defaults(func=merge)


def merge(args: argparse.Namespace) -> int:
    from ..services.people_merge import merge_people

    with cli.open_existing(args) as db:
        change = merge_people(db, args.keep, args.merge)
    print(change.summary)
    return 0
