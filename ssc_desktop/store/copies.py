"""Consistent copies of a database file (SQLite's backup API), written as private .part
files and renamed into place only when complete."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..i18n import _
from .errors import StoreError
from .files import DiskFull, new_part, written_failure


def consistent_copy(source: Path, target: Path, *, timeout: float = 2.0) -> Path:
    """Copy the database at source to target, whole or not at all; return target.

    The copy is 0600, created beside target with O_EXCL|O_NOFOLLOW; a full disk or a
    refused write is a sentence and leaves no partial file.
    """
    part = new_part(target)
    try:
        src = sqlite3.connect(source, timeout=timeout)
        try:
            dest = sqlite3.connect(part)
            try:
                with dest:
                    src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        part.replace(target)
    except sqlite3.Error as exc:
        if "full" in str(exc):
            raise DiskFull(_("There is not enough space to write {path}; nothing was "
                             "changed. Free some disk space or choose another place, then "
                             "try again.").format(path=target)) from exc
        raise StoreError(_("{path} could not be written ({reason}); nothing was changed. "
                           "Close other programs that use the database and try "
                           "again.").format(path=target, reason=exc)) from exc
    except OSError as exc:
        raise written_failure(target, exc) from exc
    finally:
        part.unlink(missing_ok=True)
    return target
