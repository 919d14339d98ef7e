"""The command line: headless commands over the same services the window uses.

`ssc-desktop COMMAND ...` runs a command (the bootstrap decides between the window and
this). Command modules share commands/common.py and never import this module.
Errors a user can cause print one sentence on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .commands.common import ArgumentParser, db_path, db_target, default_db_path
from .domain.errors import UserError

# Each module defines register(subparsers) and sets `func(args) -> int` on its parsers.
COMMAND_MODULES = [
    "ssc_desktop.commands.core",
    "ssc_desktop.commands.targets",
    "ssc_desktop.commands.exchange",
    "ssc_desktop.commands.letters",
    "ssc_desktop.commands.invitations",
    "ssc_desktop.commands.report",
    "ssc_desktop.commands.history",
    "ssc_desktop.commands.members",
    "ssc_desktop.commands.renewal",
    "ssc_desktop.commands.quadrennia",
    "ssc_desktop.commands.server",
    "ssc_desktop.commands.people",
]

__all__ = ["build_parser", "db_path", "db_target", "default_db_path", "main", "run"]


class VersionAction(argparse.Action):
    """--version: the version and the data folder, computed only when asked (no Qt)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="print the version and where the data lives, then exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from .identity import version_text

        print(version_text())
        parser.exit(0)


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


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`ssc-desktop COMMAND ...`); the bootstrap starts the window."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed as a sentence
        return int(exc.code or 0)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command: a user error is one sentence on stderr and status 2."""
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
