"""The files SSC Desktop ships (reference data, fonts, templates, demo names, translations,
icons): one way to find them, wherever the app is installed.

They live in the repository's top-level ``resources/`` folder, which pyproject.toml maps to
the package ``ssc_desktop.resources``, so an editable checkout, an installed wheel and a
PyInstaller bundle all find them through ``importlib.resources``.
``$SSC_DESKTOP_RESOURCES`` points at another folder of the same layout instead (tests, or
an organisation's own templates).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .domain.errors import UserError
from .i18n import _

PACKAGE = "ssc_desktop.resources"
RESOURCES_ENV = "SSC_DESKTOP_RESOURCES"

class MissingResource(UserError):
    """A file the app ships is missing: the installation is incomplete."""

    def __init__(self, name: str):
        super().__init__(_("SSC Desktop is incomplete: its file {name} is missing; "
                           "reinstall SSC Desktop.").format(name=name))
        self.name = name


def root() -> Path:
    """The folder of shipped files: $SSC_DESKTOP_RESOURCES, else the package's own."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override).expanduser()
    try:
        found = resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise MissingResource("resources/__init__.py") from None
    if not isinstance(found, Path):
        # reportlab and gettext open fonts and catalogues by path: a zipped install has none.
        raise UserError(_("SSC Desktop must be installed as files on disk, not run from a "
                          "zip archive ({place}); reinstall it.").format(place=found))
    return found


def folder(name: str) -> Path:
    """A shipped folder (reference, fonts, templates, demo, translations, icons) on disk."""
    return root() / name


def path(*parts: str) -> Path:
    """A shipped file as a real path, or MissingResource naming it."""
    found = folder(parts[0]).joinpath(*parts[1:])
    if not found.is_file():
        raise MissingResource("resources/" + "/".join(parts))
    return found
