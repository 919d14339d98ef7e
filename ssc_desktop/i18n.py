"""The Qt-free message catalogue: every sentence a user reads below ui/ goes through `_`.

Write whole sentences with named placeholders, formatted after translation, so a
translator can reorder them:  _("{name} was invited on {day}.").format(name=..., day=...)
Plural forms go through `ngettext`. Until French and Spanish catalogues ship, the
English source string is what the user reads.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "ssc_desktop"
LANGUAGES = ("en", "fr", "es")

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def locale_dir() -> Path:
    """Where the compiled .mo catalogues live (LANG/LC_MESSAGES/ssc_desktop.mo)."""
    from .shipped import folder  # here: shipped's messages go through this module

    return folder("translations") / "locale"


def set_language(language: str) -> None:
    """Switch every later `_()` to `language`; English when no catalogue is found."""
    global _current, _language
    _language = language
    _current = gettext.translation(DOMAIN, localedir=locale_dir(), languages=[language],
                                   fallback=True)


def language() -> str:
    return _language


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)
