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
from .i18n import LANGUAGES, _, check_language, system_language, using_language

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

__all__ = ["build_parser", "chosen_language", "db_path", "db_target", "default_db_path", "main",
           "run"]
_VALUED = {"--db", "--lang"}  # the global options that take a value


class VersionAction(argparse.Action):
    """--version: the version and the data folder, computed only when asked (no Qt)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=_("print the version and where the data lives, then exit"))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from .identity import version_text

        print(version_text())
        parser.exit(0)


def build_parser() -> ArgumentParser:
    parser = ArgumentParser(prog="ssc-desktop", description=_(
        "The command line: headless commands over the same services the window uses."))
    parser.add_argument("--db", help=_("database file or postgresql://user@host:port/dbname "
                                       "(default: $SSC_DESKTOP_DB, else the file in your data "
                                       "folder)"),
                        default=None)
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help=_("the language of messages and reports: {languages} (default: "
                               "the system's, from LANG or LC_MESSAGES)").format(
                                   languages=", ".join(LANGUAGES)))
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", parser_class=ArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def chosen_language(argv: Sequence[str]) -> str:
    """The language of `--lang X` given before the command, else the system's; an unknown
    one is a UserError listing the available languages."""
    words = list(argv)
    i = 0
    while i < len(words) and words[i].startswith("-"):
        word = words[i]
        if word.startswith("--lang="):
            return check_language(word.split("=", 1)[1])
        if word == "--lang":
            return check_language(words[i + 1] if i + 1 < len(words) else "")
        i += 2 if word in _VALUED else 1
    return system_language()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (`ssc-desktop COMMAND ...`); the bootstrap starts the window."""
    words = sys.argv[1:] if argv is None else list(argv)
    try:
        language = chosen_language(words)
    except UserError as exc:
        print(f"ssc-desktop: {exc}", file=sys.stderr)
        return 2
    with using_language(language):  # this run only: a test's next run starts afresh
        try:
            args = build_parser().parse_args(words)
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
        print("ssc-desktop: " + _("interrupted; nothing more was changed."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as command-line tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
