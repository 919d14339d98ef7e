"""Shared-server commands: transfer a whole database, grant an officer a group."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "transfer", help="copy a whole database between a file and a server",
        description="Copy every group, term, person, history entry, setting and attachment "
                    "from one database into a new, empty one: an SQLite file to a "
                    "PostgreSQL server (postgresql://user@host:port/dbname) or back. The "
                    "counts are verified and printed.")
    p.add_argument("--from", dest="source", required=True, metavar="SRC",
                   help="the database to copy (a file or a server address)")
    p.add_argument("--to", dest="target", required=True, metavar="DST",
                   help="a new file, or an empty server database (createdb first)")
    p.set_defaults(func=_transfer)


def _transfer(args: argparse.Namespace) -> int:
    from ..services.server import transfer

    report = transfer(args.source, args.target)
    print(f"Copied {report.source} to {report.target}; the counts match:")
    width = max(len(name) for name in report.counts)
    for name, n in report.counts.items():
        print(f"  {name + ':':<{width + 1}} {n:>9,}")
    return 0


