"""The command line: headless commands over the same services the window uses.

`ssc-desktop [--db PATH]` opens the window; `ssc-desktop COMMAND ...` runs a command.
Errors a user can cause print one sentence on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from .domain.errors import UserError

# Each module defines register(subparsers) and sets `func(args) -> int` on its parsers.
COMMAND_MODULES = [
    "ssc_desktop.commands.core",
    "ssc_desktop.commands.targets",
    "ssc_desktop.commands.exchange",
    "ssc_desktop.commands.letters",
    "ssc_desktop.commands.invitations",
    "ssc_desktop.commands.report",
    "ssc_desktop.commands.quadrennia",
    "ssc_desktop.commands.server",
    "ssc_desktop.commands.people",
]


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, status 2, as for every user error
        self.exit(2, f"{self.prog}: {message}. Run '{self.prog} --help' for usage.\n")


class VersionAction(argparse.Action):
    """--version: the version and the data folder, computed only when asked (no Qt)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and where the data lives, then exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from .identity import version_text

        print(version_text())
        parser.exit(0)


def default_db_path() -> Path:
    from .identity import default_database

    return default_database()


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="ssc-desktop", description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database file or postgresql://user@host:port/dbname "
                        "(default: $SSC_DESKTOP_DB, else the file in your data folder)",
                        default=None)
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", required=required, default=argparse.SUPPRESS,
                        help="database file or postgresql://user@host:port/dbname "
                             "(default: $SSC_DESKTOP_DB, else the file in your data folder)")


def db_target(args: argparse.Namespace) -> str:
    """What --db names (a file or a server address), else SSC_DESKTOP_DB, else the default."""
    from .store.backend import from_environment

    given = getattr(args, "db", None) or from_environment()
    return str(given) if given else str(default_db_path())


def db_location(args: argparse.Namespace):  # noqa: ANN201 - a store.backend.Location
    from .store.backend import locate

    return locate(db_target(args))


def db_path(args: argparse.Namespace) -> Path:
    """The SQLite file --db names (commands that work on files only)."""
    location = db_location(args)
    if location.path is None:
        raise UserError(f"{location.display()} is a database server; this command works on "
                        "a database file only.")
    return location.path


def open_existing(args: argparse.Namespace):  # noqa: ANN201 - a store.database.Database
    """The database named by --db, refusing with a sentence when there is no such file."""
    from .store.database import Database

    location = db_location(args)
    if location.path is None:
        return Database.open(location)
    # Never created here: a command that reads must not write a schema into an empty file.
    return Database.open(location, create=False)


def open_group(args: argparse.Namespace, term_code: str | None):  # noqa: ANN201
    """(database, group, quadrennium) for --db, --group and a term (default: today's)."""
    from .services import groups

    db = open_existing(args)
    try:
        group = groups.find_group(db, args.group)
        if group is None:
            known = ", ".join(g.short_code for g in groups.list_groups(db)) or "none yet"
            raise UserError(f"There is no group '{args.group}' in {db.name} "
                            f"(groups: {known}).")
        if term_code:
            term = groups.find_quadrennium(db, term_code)
            if term is None:
                codes = ", ".join(t.code for t in groups.list_quadrennia(db))
                raise UserError(f"'{term_code}' is not a quadrennium of {db.name}; "
                                f"use one of: {codes}.")
        else:
            term = groups.quadrennium_on(db, date.today())
    except BaseException:
        db.close()
        raise
    return db, group, term


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from .app import run_gui

        return run_gui(db_target(args))
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # here, so a closed pipe is handled below, not at exit
        return code
    except UserError as exc:
        print(f"ssc-desktop: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ssc-desktop: interrupted; nothing more was changed.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
