"""The whole stored state of a database, to assert that a refusal changed nothing."""

from __future__ import annotations

import hashlib

from sqlalchemy import select

from ssc_desktop.store.database import Database
from ssc_desktop.store.models import Base


def stored_state(db: Database) -> object:
    """The file's SHA-256 (SQLite), or every row of every table (a server database)."""
    if db.path is not None:
        return hashlib.sha256(db.path.read_bytes()).hexdigest()
    with db.reading() as s:
        return tuple(tuple(sorted(repr(tuple(r)) for r in s.execute(select(t))))
                     for t in Base.metadata.sorted_tables)
