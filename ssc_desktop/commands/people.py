"""The `person` command group: one person's data (export, anonymise, retention, merge).

Each action is registered by its own small function below, so another one (merge, ...)
is one more function and one more line in ``register``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..i18n import _
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    person = sub.add_parser("person", help=_("one person's data: export, anonymise, merge"),
                            description=_("Answer a member's request for their data, or "
                                          "anonymise a departed member."))
    actions = person.add_subparsers(dest="person_action", metavar="ACTION", required=True,
                                    parser_class=type(person))
    _register_export(actions)
    _register_anonymise(actions)
    _register_retention(actions)
    _register_merge(actions)


def _register_merge(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser(
        "merge", help=_("merge two records of one person"),
        description=_("Move everything of the person with the --merge address (memberships, "
                      "roles, life-cycle history, invitations, targets, letters) to the "
                      "person with the --keep address, then delete the first; one undo step."))
    common.add_db_argument(p)
    p.add_argument("--keep", required=True, metavar="EMAIL", help=_("the person to keep"))
    p.add_argument("--merge", required=True, metavar="EMAIL",
                   help=_("the person merged into the kept one (and then deleted)"))
    p.set_defaults(func=_merge)


def _merge(args: argparse.Namespace) -> int:
    from ..services.people_merge import merge_people

    with common.open_existing(args) as db:
        change = merge_people(db, args.keep, args.merge)
    print(change.summary)
    return 0


def _register_export(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser("export", help=_("everything held about a person, as JSON and PDF"),
                           description=_("Write everything the database holds about a "
                                         "person (history included) to FILE.json, with a "
                                         "readable FILE.pdf beside it."))
    common.add_db_argument(p)
    p.add_argument("--email", required=True, help=_("the person's e-mail address"))
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.json")
    p.set_defaults(func=_export)


def _register_anonymise(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser("anonymise", help=_("erase a departed member's identifying data"),
                           description=_("Replace a departed member's name, addresses and "
                                         "other identifying data everywhere (history and "
                                         "change log included), keeping region, gender, age "
                                         "band, dates and statuses for the figures."))
    common.add_db_argument(p)
    p.add_argument("--email", required=True, help=_("the person's e-mail address"))
    p.set_defaults(func=_anonymise)


def _register_retention(actions: argparse._SubParsersAction) -> None:
    p = actions.add_parser("retention", help=_("departed members due for anonymisation"),
                           description=_("List departed members whose last membership ended "
                                         "more than the retention period ago (set it with "
                                         "--years)."))
    common.add_db_argument(p)
    p.add_argument("--years", type=int, help=_("set the retention period in years "
                                               "(default 5)"))
    p.set_defaults(func=_retention)


def _export(args: argparse.Namespace) -> int:
    from ..exchange.person_export import export_person
    from ..services import people_rights

    with common.open_existing(args) as db:
        written = export_person(db, people_rights.find_person(db, args.email), args.output)
    print(_("Wrote {json} and {pdf}.").format(json=written.json_path, pdf=written.pdf_path))
    return 0


def _anonymise(args: argparse.Namespace) -> int:
    from ..services import people_rights

    with common.open_existing(args) as db:
        people_rights.anonymise(db, people_rights.find_person(db, args.email))
    print(_("The person with {email} is anonymised; the old values are gone from "
            "the file.").format(email=args.email))
    return 0


def _retention(args: argparse.Namespace) -> int:
    from ..services import people_rights

    with common.open_existing(args) as db:
        if args.years is not None:
            people_rights.set_retention_years(db, args.years)
        years = people_rights.retention_years(db)
        due = people_rights.due_for_anonymisation(db, date.today())
    if not due:
        print(_("No departed member left more than {years} years ago.").format(years=years))
        return 0
    print(_("Departed more than {years} years ago (anonymise with 'person anonymise'):")
          .format(years=years))
    for d in due:
        print(f"  {d.name}\t{d.last_ended_on.isoformat() if d.last_ended_on else ''}")
    return 0
