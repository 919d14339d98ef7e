"""Where a database lives: its SQLite URL, and which paths may be opened as one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL

from ..i18n import _
from .errors import StoreError
from .files import check_regular_or_absent


def sqlite_url(path: Path) -> URL:
    """The URL of a database file, built as an object so '?' and '#' in a folder or file
    name stay part of the name (a formatted 'sqlite:///...' string cuts them off)."""
    return URL.create("sqlite", database=str(path))


def check_database_path(path: Path, *, must_exist: bool = False) -> bool:
    """True when path is an existing, non-empty regular file; False when it may be created.

    Refused with a sentence: a folder, a pipe, a device (/dev/null), a missing folder, and,
    with must_exist (a command that only reads), an absent or empty file, which is never
    written into.
    """
    info = check_regular_or_absent(path)
    if must_exist and (info is None or info.st_size == 0):
        raise StoreError(_("{path} does not exist or is empty; give the database file "
                           "with --db PATH.").format(path=path))
    return info is not None and info.st_size > 0
