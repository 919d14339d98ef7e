"""transfer: a whole database from a laptop file to the server and back, unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ssc_desktop import cli
from ssc_desktop.demo.build import build_demo
from ssc_desktop.exchange.roster_export import export_roster
from ssc_desktop.services import groups, letter_files
from ssc_desktop.store import transfer as store_transfer
from ssc_desktop.store.database import Database
from tests.store.conftest import fingerprint

TODAY = date(2026, 11, 23)


def address(url) -> str:
    return url.render_as_string(hide_password=False)


def roster_exports(db: Database, folder: Path) -> dict[str, bytes]:
    """Every group's roster of every term as CSV bytes, by group code."""
    folder.mkdir()
    out = {}
    for group in groups.list_groups(db):
        path = folder / f"{group.short_code}.csv"
        export_roster(db, group.id, None, path, today=TODAY)
        out[group.short_code] = path.read_bytes()
    return out


def attachment_bytes(db: Database) -> dict[str, bytes]:
    store = db.attachments()
    with db.reading() as s:
        from ssc_desktop.store.queries.letters import referenced_hashes

        return {sha: store.read(sha) for sha in referenced_hashes(s)}


def test_demo_moves_to_the_server_and_back_unchanged(postgres, tmp_path, capsys) -> None:
    laptop = tmp_path / "laptop.sqlite"
    with Database.open(laptop, actor="chair") as db:
        build_demo(db, members=60, seed=4, today=TODAY)
        before = roster_exports(db, tmp_path / "before")
        files = attachment_bytes(db)
        counts = store_transfer.counts(db)
    assert files and all(files.values())
    server = postgres.create(empty=True)
    try:
        assert cli.main(["transfer", "--from", str(laptop), "--to", address(server)]) == 0
        out = capsys.readouterr().out
        line = next(x for x in out.splitlines() if x.strip().startswith("membership:"))
        assert line.split()[-1] == f"{counts['membership']:,}"
        with Database.open(address(server)) as db:
            assert store_transfer.counts(db) == counts
            assert roster_exports(db, tmp_path / "server") == before
            assert attachment_bytes(db) == files  # bytes inside the server database
        back = tmp_path / "offline" / "copy.sqlite"
        back.parent.mkdir()
        assert cli.main(["transfer", "--from", address(server), "--to", str(back)]) == 0
    finally:
        postgres.drop(server)
    with Database.open(back) as db:
        assert store_transfer.counts(db) == counts
        assert roster_exports(db, tmp_path / "after") == before
        assert attachment_bytes(db) == files  # files beside the SQLite copy
        assert all(c.status == "ok" for letter in _letters_with_files(db)
                   for c in letter_files.verify_attachments(db, letter))


def _letters_with_files(db: Database) -> list[str]:
    from ssc_desktop.store.models import LetterAttachment

    with db.reading() as s:
        return sorted({a.letter_id for a in s.query(LetterAttachment)})


@pytest.mark.sqlite_only
def test_a_destination_with_data_is_refused_and_left_unchanged(saved_db, tmp_path,
                                                               capsys) -> None:
    other = tmp_path / "other.sqlite"
    with Database.open(other) as db:
        groups.create_group(db, "Bat Specialist Group", "BSG", "specialist_group", "mammals",
                            quadrennium_id=groups.find_quadrennium(db, "2021-2025").id,
                            today=TODAY)
    before = fingerprint(tmp_path)
    assert cli.main(["transfer", "--from", str(saved_db), "--to", str(other)]) == 2
    err = capsys.readouterr().err
    assert "other.sqlite already holds data (1 ssc_group" in err
    assert "Nothing was changed" in err
    assert fingerprint(tmp_path) == before


def test_a_refused_transfer_to_a_new_file_leaves_no_file(tmp_path, capsys) -> None:
    missing = tmp_path / "nowhere.sqlite"
    target = tmp_path / "new.sqlite"
    assert cli.main(["transfer", "--from", "postgresql://x@127.0.0.1:1/none",
                     "--to", str(target)]) == 2
    assert "cannot be reached" in capsys.readouterr().err
    assert not target.exists() and not missing.exists()
