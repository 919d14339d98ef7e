"""Shared top-level verbs ("export", "import") whose objects come from several modules.

argparse cannot register the same top-level subcommand twice, yet "export roster" lives
in commands/exchange.py and "export targets" in commands/targets.py. Every module that
adds an object under a shared verb asks this helper for the verb's nested subparsers::

    from .verbs import verb_parser

    def register(sub):
        export = verb_parser(sub, "export", "write a group's data to a file")
        p = export.add_parser("roster", help="...")
        common.add_db_argument(p)
        p.set_defaults(func=_export_roster)

The first caller creates the verb (with its help text); later callers get the same
nested subparsers back, so module order in COMMAND_MODULES does not matter.
"""

from __future__ import annotations

import argparse

_REGISTRY_ATTR = "_ssc_verb_subparsers"


def verb_parser(sub: argparse._SubParsersAction, name: str,
                help: str) -> argparse._SubParsersAction:
    """The nested subparsers of top-level verb `name`, created once per `sub`, then reused."""
    verbs: dict[str, argparse._SubParsersAction] = sub.__dict__.setdefault(_REGISTRY_ATTR, {})
    if name not in verbs:
        parser = sub.add_parser(name, help=help, description=help)
        verbs[name] = parser.add_subparsers(
            dest=f"{name}_object", metavar="OBJECT", required=True,
            parser_class=type(parser),
        )
    return verbs[name]
