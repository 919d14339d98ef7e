"""Shared fixtures: a real, migrated SQLite file per test and factories for the roster."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Tests never need a screen: Qt draws offscreen whatever the developer's shell says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from ssc_desktop.domain.people import PersonFields  # noqa: E402
from ssc_desktop.services import groups, roster  # noqa: E402
from ssc_desktop.store.database import Database  # noqa: E402

TODAY = date(2025, 3, 15)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ssc.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database.open(db_path, actor="tester")
    yield database
    database.close()


@pytest.fixture
def term(db: Database):
    return groups.find_quadrennium(db, "2021-2025")


@pytest.fixture
def group(db: Database):
    term = groups.find_quadrennium(db, "2021-2025")
    change = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                                 "mammals", quadrennium_id=term.id, today=TODAY)
    return next(g for g in groups.list_groups(db) if g.id == change.subject_id)


@pytest.fixture
def add_member(db: Database, group, term):
    """Factory: add a member to the test group, return the membership id."""

    def make(given: str = "Ana", family: str = "Silva", *, email: str | None = None,
             country: str | None = "BR", status: str = "active",
             roles: list[str] | None = None, **extra: object) -> str:
        fields = PersonFields(given_names=given, family_name=family,
                              email=email if email is not None else
                              f"{given}.{family}@example.org".lower().replace(" ", ""),
                              country_code=country, **extra)  # type: ignore[arg-type]
        return roster.add_member(db, group.id, term.id, fields, status=status,
                                 roles=roles, today=TODAY).subject_id

    return make
