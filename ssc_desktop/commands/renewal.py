"""renew: carry a group's members into the next quadrennium (re-invite them), as the
window's renewal wizard does with its default decisions."""

from __future__ import annotations

import argparse
from datetime import date

from ..domain.errors import UserError
from ..i18n import _, ngettext
from . import common


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("renew", help=_("carry a group's members into the next quadrennium"),
                       description=_("End the current members' memberships of one quadrennium "
                                     "and invite them into the next; --preview only lists them."))
    common.add_db_argument(p)
    common.add_group_argument(p)
    p.add_argument("--to", required=True, metavar="QUADRENNIUM",
                   help=_("the new quadrennium, e.g. 2026-2029"))
    p.add_argument("--from", dest="from_term", default=None, metavar="QUADRENNIUM",
                   help=_("the old one (default: the quadrennium before --to)"))
    p.add_argument("--on", type=common.day, default=None, metavar="DATE",
                   help=_("the day of the invitations (default: today)"))
    p.add_argument("--preview", action="store_true", help=_("list who would be re-invited; "
                                                            "change nothing"))
    p.set_defaults(func=_renew)


def _renew(args: argparse.Namespace) -> int:
    from ..services import groups, renewal

    db, group, new = common.open_group(args, args.to)
    with db:
        if args.from_term:
            old = common.find_term(db, args.from_term)
        else:
            earlier = [t for t in groups.list_quadrennia(db) if t.starts_on < new.starts_on]
            if not earlier:
                raise UserError(_("{term} is the first quadrennium of {file}; there is "
                                  "nothing to renew from.").format(term=new.code,
                                                                   file=db.path.name))
            old = max(earlier, key=lambda t: t.starts_on)
        on = args.on or date.today()
        plan = renewal.preview_renewal(db, group.id, old.id, new.id, on)
        print(ngettext("{group}: {n} current member of {old} to carry into {new}.",
                       "{group}: {n} current members of {old} to carry into {new}.",
                       len(plan.rows)).format(group=plan.group_name, n=len(plan.rows),
                                              old=plan.from_code, new=plan.to_code))
        if args.preview:
            for r in plan.rows:
                email = r.email or _("(no e-mail)")
                print(f"  {r.name}  ·  {email}  ·  {r.status_name}  ·  {r.decision}")
            if plan.blocked:
                print(plan.blocked)
            print(_("Preview: nothing was changed."))
            return 0
        change = renewal.commit_renewal(db, group.id, old.id, new.id, on=on)
    print(change.summary + ".")
    return 0
