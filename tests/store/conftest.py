"""Helpers for the store's fault tests: a real database file and a fingerprint of a folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database
from tests.conftest import TODAY


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in a folder with the SHA-256 of its bytes: 'nothing changed' made exact."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


def make_database(path: Path, members: int = 30) -> Path:
    """A closed, migrated database with a group and `members` active members."""
    with Database.open(path, actor="tester") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        group = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                                    "mammals", quadrennium_id=term.id, today=TODAY).subject_id
        for i in range(members):
            roster.add_member(db, group, term.id, PersonFields(
                given_names=f"Ana {i}", family_name="Núñez", email=f"ana{i}@example.org",
                country_code="BR"), status="active", today=TODAY)
    return path


@pytest.fixture
def saved_db(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return make_database(folder / "roster.sqlite")
