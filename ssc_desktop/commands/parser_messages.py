"""argparse's own sentences in the chosen language.

argparse asks Python's gettext (`argparse._`) for its messages, and Python ships no French
or Spanish catalogue for them: a chair who typed `ssc-desktop --lang fr import roster`
without a file read "the following arguments are required" in English inside a French
sentence. `install()` points argparse at the app's catalogue, which holds the messages a
chair can meet while a command line is read (below, marked for extraction); any other
argparse message (one for the program's author, or a newer Python's) stays in English.
"""

from __future__ import annotations

import argparse

from .. import i18n
from ..i18n import N_

MESSAGES = (
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("unrecognized arguments: %s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("unexpected option string: %s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def install() -> None:
    """From now on argparse speaks the language `i18n._` speaks at each message."""
    argparse._ = i18n._  # type: ignore[attr-defined]
