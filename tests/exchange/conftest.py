"""Helpers for the roster exchange tests: run the import steps, and fingerprint the
database so a test can assert that nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.exchange import importer
from ssc_desktop.exchange.import_preview import ImportPreview
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import AuditEntry, ChangeBatch, Membership, Person
from ssc_desktop.store.queries.roster import count_rows

TERM = "2021-2025"


def fingerprint(db: Database) -> tuple[int, ...]:
    with db.reading() as s:
        return tuple(count_rows(s, m) for m in (ChangeBatch, AuditEntry, Person, Membership))


def preview_file(db: Database, group, path: Path, sheet: str | None = None) -> ImportPreview:
    table, mapping = importer.read_and_map(db, path, sheet)
    return importer.preview(db, group, TERM, table, mapping)


@pytest.fixture
def unchanged(db: Database):
    """Use as `with unchanged(): ...`: asserts the database is exactly as before."""
    from contextlib import contextmanager

    @contextmanager
    def check():
        before = fingerprint(db)
        yield
        assert fingerprint(db) == before

    return check


def digest(location: str) -> object:
    """The database's digest: the SQLite file's SHA-256, or, on a server, what every
    table holds (a count of each, the change log's included)."""
    import hashlib

    path = Path(location)
    if "://" not in location and path.exists():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    with Database.open(location) as other:
        return fingerprint(other)
