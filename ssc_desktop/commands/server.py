"""Shared-server commands: transfer a whole database, grant an officer a group."""

from __future__ import annotations

import argparse

from ..i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transfer", help=_("copy a whole database between a file and a server"),
        description=_("Copy every group, term, person, history entry, setting and attachment "
                      "from one database into a new, empty one: an SQLite file to a "
                      "PostgreSQL server (postgresql://user@host:port/dbname) or back. The "
                      "counts are verified and printed."))
    p.add_argument("--from", dest="source", required=True, metavar="SRC",
                   help=_("the database to copy (a file or a server address)"))
    p.add_argument("--to", dest="target", required=True, metavar="DST",
                   help=_("a new file, or an empty server database (createdb first)"))
    p.set_defaults(func=_transfer)

    server = sub.add_parser("server", help=_("administer a shared PostgreSQL database"),
                            description=_("Administer a database on a PostgreSQL server (run "
                                          "as the role that owns its tables)."))
    actions = server.add_subparsers(dest="server_action", metavar="ACTION", required=True,
                                    parser_class=type(server))
    p = actions.add_parser(
        "grant", help=_("let an officer's role see (and change) one group"),
        description=_("Let a PostgreSQL role see one group of the database, and change it "
                      "unless --read-only. The role is created (able to log in, without a "
                      "password: set one with psql's \\password) when it does not exist. "
                      "Row-level security keeps every other group out of its sight."))
    p.add_argument("--db", required=True, metavar="URL",
                   help=_("postgresql://owner@host:port/dbname"))
    p.add_argument("--role", required=True, metavar="NAME", help=_("the officer's role"))
    p.add_argument("--group", required=True, help=_("the group's short code or name"))
    p.add_argument("--read-only", action="store_true",
                   help=_("may read the group but change nothing"))
    p.set_defaults(func=_grant)


def _transfer(args: argparse.Namespace) -> int:
    from ..services.server import transfer

    report = transfer(args.source, args.target)
    print(_("Copied {source} to {target}; the counts match:").format(source=report.source,
                                                                     target=report.target))
    width = max(len(name) for name in report.counts)
    for name, n in report.counts.items():
        print(f"  {name + ':':<{width + 1}} {n:>9,}")
    return 0




def _grant(args: argparse.Namespace) -> int:
    from ..services.server import grant

    done = grant(args.db, args.role, args.group, read_only=args.read_only)
    if done.read_only and done.created:
        text = _("{role} (a new role: give it a password with psql's \\password) may now read "
                 "{group} in {database}.")
    elif done.read_only:
        text = _("{role} may now read {group} in {database}.")
    elif done.created:
        text = _("{role} (a new role: give it a password with psql's \\password) may now read "
                 "and change {group} in {database}.")
    else:
        text = _("{role} may now read and change {group} in {database}.")
    print(text.format(role=done.role, group=done.group, database=done.database))
    return 0
