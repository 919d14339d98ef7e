"""What every command shares: the parser class, --db, --group, the quadrennium option,
dates, and opening the database a command works on.

Command modules import this, never ssc_desktop.cli (which imports them), so the command
line has no import cycle.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import UserError
from ..i18n import _
from . import parser_messages

if TYPE_CHECKING:
    from ..services.dto import GroupInfo, QuadrenniumInfo
    from ..store.backend import Location
    from ..store.database import Database


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup],
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, _("usage: ") if prefix is None else prefix)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with its own headings and -h help in the chosen language (argparse
    asks Python's gettext, which has no catalogue of ours)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        parser_messages.install()  # argparse's own messages from the app's catalogue
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = _("show this help message and exit")

    def error(self, message: str) -> None:  # type: ignore[override]  # exits, as argparse's
        # one sentence, status 2, as for every user error
        self.exit(2, _("{program}: {message}. Run '{program} --help' for usage.").format(
            program=self.prog, message=message) + "\n")


def default_db_path() -> Path:
    from ..identity import default_database

    return default_database()


def add_db_argument(parser: argparse.ArgumentParser, required: bool = False) -> None:
    parser.add_argument("--db", required=required, default=argparse.SUPPRESS,
                        help=_("database file or postgresql://user@host:port/dbname "
                               "(default: $SSC_DESKTOP_DB, else the file in your data folder)"))


def add_group_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--group", required=True, help=_("the group's short code or name"))


def add_quadrennium_argument(parser: argparse.ArgumentParser, *, flags: tuple[str, ...] = (),
                             help: str | None = None) -> None:
    """--quadrennium (with --term kept as its alias): one spelling for every command."""
    if help is None:
        help = _("e.g. 2026-2029 (default: the current quadrennium)")
    parser.add_argument("--quadrennium", "--term", *flags, dest="quadrennium", default=None,
                        metavar="QUADRENNIUM", help=help)


def add_language_argument(parser: argparse.ArgumentParser) -> None:
    """--lang for a document (report, brief, drafts): its language, not the messages'."""
    from ..i18n import LANGUAGES

    parser.add_argument("--lang", dest="document_language", choices=LANGUAGES, default=None,
                        help=_("the document's language: {languages} (default: the language "
                               "of the command line)").format(languages=", ".join(LANGUAGES)))


def day(text: str) -> date:
    """An argparse type: an ISO date (2025-03-15)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date; write it as 2025-03-15").format(text=text)) from None


def db_target(args: argparse.Namespace) -> str:
    """What --db names (a file or a server address), else SSC_DESKTOP_DB, else the default."""
    from ..store.backend import from_environment

    given = getattr(args, "db", None) or from_environment()
    return str(given) if given else str(default_db_path())


def db_location(args: argparse.Namespace) -> Location:
    from ..store.backend import locate

    return locate(db_target(args))


def db_path(args: argparse.Namespace) -> Path:
    """The SQLite file --db names (commands that work on files only)."""
    location = db_location(args)
    if location.path is None:
        raise UserError(_("{server} is a database server; this command works on a database "
                          "file only.").format(server=location.display()))
    return location.path


def open_existing(args: argparse.Namespace) -> Database:
    """The database named by --db, refusing with a sentence when there is no such file."""
    from ..store.database import Database

    location = db_location(args)
    if location.path is None:
        return Database.open(location)
    # Never created here: a command that reads must not write a schema into an empty file.
    return Database.open(location, create=False)


def open_group(args: argparse.Namespace, term_code: str | None
               ) -> tuple[Database, GroupInfo, QuadrenniumInfo]:
    """(database, group, quadrennium) for --db, --group and a term (default: today's)."""
    from ..services import groups

    db = open_existing(args)
    try:
        group = groups.find_group(db, args.group)
        if group is None:
            known = ", ".join(g.short_code for g in groups.list_groups(db)) or _("none yet")
            raise UserError(_("There is no group '{group}' in {file} (groups: {known}).")
                            .format(group=args.group, file=db.name, known=known))
        term = find_term(db, term_code) if term_code else groups.quadrennium_on(db, date.today())
    except BaseException:
        db.close()
        raise
    return db, group, term


def find_term(db: Database, code: str) -> QuadrenniumInfo:
    from ..services import groups

    term = groups.find_quadrennium(db, code)
    if term is None:
        codes = ", ".join(t.code for t in groups.list_quadrennia(db))
        raise UserError(_("'{code}' is not a quadrennium of {file}; use one of: {codes}.")
                        .format(code=code, file=db.name, codes=codes))
    return term
