"""What the window holds of the open database: a handle it passes to services, typed
here so that ui/ never imports store/ (the bootstrap opens the file and hands it over)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol


class DatabaseHandle(Protocol):
    """The open database as ui/ sees it: where it is, who writes, and closing it."""

    path: Path
    actor: str

    def close(self) -> None: ...


def open_database(path: str | Path) -> DatabaseHandle:
    """Open (check, lock, upgrade) a database file; a UserError says why it cannot."""
    from ..store.database import Database

    return Database.open(path)
