"""Who the app is: its names, version and where it keeps its data. No Qt here, so
`ssc-desktop --version` answers without a display."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from .i18n import _

DISTRIBUTION = "ssc-desktop"
APPLICATION = "SSC Desktop"
# Qt files settings under these: ~/.config/IUCN SSC/SSC Desktop.conf on Linux,
# HKEY_CURRENT_USER\Software\IUCN SSC\SSC Desktop on Windows, and
# ~/Library/Preferences/org.iucn.SSC Desktop.plist on macOS (from the domain).
ORGANISATION = "IUCN SSC"
ORGANISATION_DOMAIN = "iucn.org"
# The reverse-DNS id of the .desktop file, the AppStream metadata and the icon on Linux.
APP_ID = "org.iucn.SSCDesktop"
# The data folder's name (platformdirs): kept from the first release, so nobody's
# database moves.
DATA_FOLDER = "ssc-desktop"


def version() -> str:
    """The installed version, from the package metadata (pyproject.toml is its one source)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a bare copy of the sources, never installed
        return "0+unknown"


def data_dir() -> Path:
    """The user's data folder, where the default database, its backups and logs live."""
    from platformdirs import user_data_path

    return user_data_path(DATA_FOLDER, appauthor=False)


def default_database() -> Path:
    return data_dir() / "ssc-desktop.sqlite"


def log_file() -> Path:
    """Where the window logs unexpected errors (the folder is made when the window starts)."""
    from platformdirs import user_log_path

    return user_log_path(DATA_FOLDER, appauthor=False) / "ssc-desktop.log"


def version_text() -> str:
    """What `ssc-desktop --version` prints."""
    return _("{app} {version}\nData folder: {folder}").format(
        app=APPLICATION, version=version(), folder=data_dir())
