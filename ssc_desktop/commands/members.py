"""member add / edit / end: one member at a time, each one undoable operation."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..i18n import _
from . import common

if TYPE_CHECKING:
    from ..services.dto import GroupInfo, QuadrenniumInfo
    from ..store.database import Database

FIELDS = (("--organisation", "organisation"), ("--position", "position"),
          ("--country", "country_code"), ("--iucn-username", "iucn_username"),
          ("--notes", "notes"))


def register(sub: argparse._SubParsersAction) -> None:
    member = sub.add_parser("member", help=_("add, edit or end one member"),
                            description=_("Add a member to a group, edit one, or end a "
                                          "membership; each is one operation `undo` takes back."))
    actions = member.add_subparsers(dest="member_action", metavar="ACTION", required=True,
                                    parser_class=type(member))
    p = actions.add_parser("add", help=_("add a person to the group"),
                           description=_("Add a person (or a known person, matched by e-mail) "
                                         "to a group's quadrennium."))
    _common(p)
    p.add_argument("--given", required=True, metavar="NAME", help=_("given name(s)"))
    p.add_argument("--family", required=True, metavar="NAME", help=_("family name"))
    p.add_argument("--email", default=None)
    _fields(p)
    p.add_argument("--status", default="proposed", help=_("a status code (default: proposed)"))
    p.add_argument("--role", action="append", default=None, metavar="ROLE",
                   help=_("a role code, repeatable (default: member)"))
    p.add_argument("--on", type=common.day, default=None, metavar="DATE",
                   help=_("the day the membership starts (default: today)"))
    p.set_defaults(func=_add)

    p = actions.add_parser("edit", help=_("change a member's details or roles"),
                           description=_("Change the details or the current roles of the "
                                         "member with this e-mail address."))
    _common(p)
    p.add_argument("--email", required=True, help=_("who: the member's e-mail address"))
    p.add_argument("--given", default=None, metavar="NAME")
    p.add_argument("--family", default=None, metavar="NAME")
    p.add_argument("--new-email", default=None, metavar="EMAIL")
    _fields(p)
    p.add_argument("--role", action="append", default=None, metavar="ROLE",
                   help=_("the current roles (repeatable); replaces the roles held now"))
    p.set_defaults(func=_edit)

    p = actions.add_parser("end", help=_("end a membership for a reason"),
                           description=_("End the membership of the member with this e-mail "
                                         "address (resigned, removed, deceased...)."))
    _common(p)
    p.add_argument("--email", required=True, help=_("who: the member's e-mail address"))
    p.add_argument("--reason", required=True, help=_("an end reason code, e.g. resigned"))
    p.add_argument("--on", type=common.day, default=None, metavar="DATE",
                   help=_("(default: today)"))
    p.add_argument("--note", default="")
    p.set_defaults(func=_end)


def _common(p: argparse.ArgumentParser) -> None:
    common.add_db_argument(p)
    common.add_group_argument(p)
    common.add_quadrennium_argument(p)


def _fields(p: argparse.ArgumentParser) -> None:
    for flag, _key in FIELDS:
        p.add_argument(flag, default=None)


def _typed(args: argparse.Namespace) -> dict[str, str]:
    return {key: getattr(args, flag[2:].replace("-", "_")) for flag, key in FIELDS
            if getattr(args, flag[2:].replace("-", "_")) is not None}


def _add(args: argparse.Namespace) -> int:
    from ..domain.people import PersonFields
    from ..services import roster

    db, group, term = common.open_group(args, args.quadrennium)
    with db:
        fields = PersonFields(given_names=args.given, family_name=args.family,
                              email=args.email, **_typed(args))
        change = roster.add_member(db, group.id, term.id, fields, status=args.status,
                                   roles=args.role, today=args.on or date.today())
    print(_("{summary} to {group} ({term}).").format(summary=change.summary,
                                                     group=group.name, term=term.code))
    return 0


def find_member(db: Database, group: GroupInfo, term: QuadrenniumInfo, email: str) -> str:
    """The membership id of the member with this e-mail in the group's term."""
    from ..services import roster

    wanted = email.strip().casefold()
    rows = [r for r in roster.load_roster(db, group.id, term.id)
            if r.email.casefold() == wanted]
    if not rows:
        raise UserError(_("Nobody with the e-mail {email} is in {group} ({term}); check the "
                          "address with `ssc-desktop invitations list`.").format(
            email=email, group=group.name, term=term.code))
    return rows[0].membership_id


def _edit(args: argparse.Namespace) -> int:
    from ..services import roster

    db, group, term = common.open_group(args, args.quadrennium)
    with db:
        membership_id = find_member(db, group, term, args.email)
        member = roster.member_detail(db, membership_id)
        changes = _typed(args)
        if args.given is not None:
            changes["given_names"] = args.given
        if args.family is not None:
            changes["family_name"] = args.family
        if args.new_email is not None:
            changes["email"] = args.new_email
        if not changes and args.role is None:
            raise UserError(_("Say what to change (for example --position or --role); "
                              "nothing was changed."))
        change = roster.update_member(db, membership_id, member.person_version,
                                      replace(member.fields, **changes), roles=args.role)
    print(change.summary + ".")
    return 0


def _end(args: argparse.Namespace) -> int:
    from ..services import roster

    db, group, term = common.open_group(args, args.quadrennium)
    with db:
        membership_id = find_member(db, group, term, args.email)
        change = roster.end_membership(db, membership_id, args.reason,
                                       args.on or date.today(), note=args.note)
    print(change.summary + ".")
    return 0
