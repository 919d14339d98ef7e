"""What the window holds of the open database: a handle it passes to services, typed
here so that ui/ never imports store/ (the bootstrap opens the file and hands it over)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from ..store.errors import PasswordNeeded

__all__ = ["DatabaseHandle", "PasswordNeeded", "open_database"]


class DatabaseHandle(Protocol):
    """The open database as ui/ sees it: where it is, who writes, and closing it."""

    actor: str

    @property
    def path(self) -> Path | None:
        """The file (None for a database on a server)."""

    @property
    def backup_basis(self) -> Path:
        """Where this database's backups and the demo file sit beside it."""

    def close(self) -> None: ...


def open_database(target: str | Path, password: str | None = None) -> DatabaseHandle:
    """Open (check, lock, upgrade) a database file or server address; a UserError says why
    it cannot (PasswordNeeded when a server wants a password: ask, and call again)."""
    from ..store.backend import locate
    from ..store.database import Database

    location = locate(target)
    if password is not None:
        location = location.with_password(password)
    return Database.open(location)
