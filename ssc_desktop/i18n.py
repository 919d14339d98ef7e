"""The Qt-free message catalogue: every sentence a user reads below ui/ goes through `_`.

Write whole sentences with named placeholders, formatted after translation, so a
translator can reorder them:  _("{name} was invited on {day}.").format(name=..., day=...)
Plural forms go through `ngettext`; a string defined before the language is known (a
module constant) is marked with `N_` and translated with `_` where it is shown.

The catalogues are gettext .mo files compiled from resources/translations/locale/*/
LC_MESSAGES/ssc_desktop.po (Babel; see the README's translation section). A missing or
damaged catalogue leaves the app in English with one warning in the log, never a crash.

`set_language` chooses the app's language; `using_language` chooses another one for one
piece of work (a report in French while the window speaks English) without touching
other threads.
"""

from __future__ import annotations

import gettext
import locale
import logging
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

DOMAIN = "ssc_desktop"
LANGUAGES = ("en", "fr", "es")
# Each language's name in itself, as a chooser lists them.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
_ENGLISH_NAMES = {"en": "English", "fr": "French", "es": "Spanish"}  # for the log

log = logging.getLogger(__name__)

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"
_catalogues: dict[str, gettext.NullTranslations] = {}
_override: ContextVar[tuple[str, gettext.NullTranslations] | None] = ContextVar(
    "ssc_desktop_language", default=None)


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it yet (module constants)."""
    return message


def locale_dir() -> Path:
    """Where the compiled .mo catalogues live (LANG/LC_MESSAGES/ssc_desktop.mo)."""
    from .shipped import folder  # here: shipped's messages go through this module

    return folder("translations") / "locale"


def catalogue_path(language: str) -> Path:
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _unknown(language: str) -> Exception:
    from .domain.errors import UserError  # here: domain.errors may use this module

    return UserError(_("'{language}' is not a language of SSC Desktop; choose one of "
                       "{languages}.").format(language=language,
                                              languages=", ".join(LANGUAGES)))


def check_language(language: str) -> str:
    """The language code itself, or a UserError listing the available languages."""
    code = (language or "").strip().lower()
    if code not in LANGUAGES:
        raise _unknown(language)
    return code


def catalogue(language: str) -> gettext.NullTranslations:
    """The translations of `language`; English (the source strings) when its file is
    missing or damaged, with one warning in the log for the whole process."""
    language = check_language(language)
    if language in _catalogues:
        return _catalogues[language]
    found: gettext.NullTranslations = gettext.NullTranslations()
    if language != "en":
        path = catalogue_path(language)
        try:
            with open(path, "rb") as file:
                found = gettext.GNUTranslations(file)
        except Exception as exc:  # OSError, a bad magic number, a truncated table...
            log.warning("The %s catalogue %s cannot be read (%s); SSC Desktop speaks "
                        "English instead. Reinstall SSC Desktop to get it back.",
                        _ENGLISH_NAMES[language], path, exc)
    _catalogues[language] = found
    return found


def forget_catalogues() -> None:
    """Read the catalogues from disk again at their next use (tests, a reinstall)."""
    global _current
    _catalogues.clear()
    _current = catalogue(_language) if _language != "en" else gettext.NullTranslations()


def set_language(language: str) -> None:
    """Switch every later `_()` to `language` (en, fr or es); an unknown code is a
    UserError listing the available ones."""
    global _current, _language
    code = check_language(language)
    _current = catalogue(code)
    _language = code


def language() -> str:
    """The language `_()` speaks here: the one of `using_language`, else the app's."""
    override = _override.get()
    return override[0] if override else _language


@contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Within the block (and this thread or task only), `_()` speaks `code`; None keeps
    the current language. Reports and drafts in a language of their own use this."""
    if code is None:
        yield language()
        return
    code = check_language(code)
    token = _override.set((code, catalogue(code)))
    try:
        yield code
    finally:
        _override.reset(token)


def _translations() -> gettext.NullTranslations:
    override = _override.get()
    return override[1] if override else _current


def _(message: str) -> str:
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translations().ngettext(singular, plural, n)


def knows(message: str) -> bool:
    """Whether `_()` can say `message` here: English (or a language whose catalogue could
    not be read, which speaks English) says every msgid; a catalogue only those it holds."""
    catalog = getattr(_translations(), "_catalog", None)  # gettext has no public lookup
    return catalog is None or message in catalog


def _code_of(value: str) -> str | None:
    """'fr_CA.UTF-8' → 'fr'; 'C', 'POSIX' or a language the app lacks → None."""
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def _platform_locale() -> str | None:
    """The desktop's language where no environment variable names one."""
    if sys.platform == "win32":
        try:
            import ctypes

            lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
            return locale.windows_locale.get(lcid)
        except (AttributeError, OSError):
            return None
    if sys.platform == "darwin":
        import subprocess

        try:
            done = subprocess.run(["defaults", "read", "-g", "AppleLanguages"],
                                  capture_output=True, text=True, timeout=5, check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        first = done.stdout.replace("(", "").strip().split(",")[0].strip().strip('"')
        return first or None
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The user's language among en, fr and es (English otherwise).

    As gettext resolves it: the first of LANGUAGE (a colon-separated list), LC_ALL,
    LC_MESSAGES and LANG that is set decides; without any, the desktop's setting on
    Windows and macOS, then Python's locale.getlocale().
    """
    env = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value:
            for part in value.split(":"):
                code = _code_of(part)
                if code:
                    return code
            if variable != "LANGUAGE":  # LANGUAGE naming only others defers to the rest
                return "en"
    for found in (_platform_locale(), locale.getlocale(locale.LC_MESSAGES)[0]
                  if hasattr(locale, "LC_MESSAGES") else locale.getlocale()[0]):
        if found:
            return _code_of(found) or "en"
    return "en"
