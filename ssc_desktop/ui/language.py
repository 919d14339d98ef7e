"""The window's language: which one (command line, remembered choice, system, English),
and the Qt translators that speak it (ours and Qt's own, so standard buttons follow).

The sentences below ui/ follow through `ssc_desktop.i18n.set_language`, called here too.
A missing or damaged catalogue falls back to English with one warning, never a crash.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import i18n
from ..shipped import folder

log = logging.getLogger(__name__)

# Each language in its own name: a chair who cannot read the current one still finds theirs.
NAMES = {"en": "English", "fr": "Français", "es": "Español"}
SETTINGS_KEY = "language"
CATALOGUE = "ssc_desktop_{language}.qm"

_installed: list[QTranslator] = []  # kept alive while installed (Qt does not own them)
_current = "en"


def tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def _supported(tag: str | None) -> str | None:
    """'fr_CA.UTF-8' -> 'fr'; None for C/POSIX, empty or unknown languages."""
    if not tag:
        return None
    code = tag.split(":")[0].split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in NAMES else None


def system_language(env: Mapping[str, str] | None = None, platform: str | None = None) -> str:
    """The language the computer speaks, when SSC Desktop has it; English otherwise.

    POSIX order: LC_ALL, then LC_MESSAGES, then LANG (the first one set decides). On
    Windows and macOS, where those are rarely set, the desktop's language (QLocale)."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return _supported(env[name]) or "en"
    if (platform or sys.platform).startswith(("win", "darwin")):
        return _supported(QLocale.system().name()) or "en"
    return "en"


def start_language(settings: QSettings, requested: str | None = None,
                   env: Mapping[str, str] | None = None) -> str:
    """--lang if given, else the language chosen in Settings, else the system's."""
    for choice in (requested, settings.value(SETTINGS_KEY)):
        if isinstance(choice, str) and choice in NAMES:
            return choice
    return system_language(env)


def remember(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def current() -> str:
    return _current


def catalogue_path(language: str, translations: Path | None = None) -> Path:
    return (translations or folder("translations")) / CATALOGUE.format(language=language)


def apply(language: str, translations: Path | None = None) -> str | None:
    """Install `language` for the window and the services. Returns the one warning
    sentence when its catalogue is missing or damaged (then everything stays English)."""
    global _current
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _current = "en"
    i18n.set_language("en")
    if language == "en" or language not in NAMES:
        return None
    path = catalogue_path(language, translations)
    ours = QTranslator()
    if not path.is_file() or not ours.load(str(path)) or ours.isEmpty():
        sentence = tr("The {name} catalogue {path} is missing or damaged, so SSC Desktop "
                      "stays in English; reinstall SSC Desktop to get {name} back.").format(
            name=NAMES[language], path=path)
        log.warning("%s", sentence)
        return sentence
    qt_own = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    else:  # standard buttons stay English; everything of ours is translated
        log.info("Qt's own %s translations are not in %s", language, qt_folder)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = language
    i18n.set_language(language)
    return None
