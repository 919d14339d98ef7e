"""Private files: everything the app writes about members is 0600 in 0700 folders on POSIX,
whatever the umask; viewing copies are removed; before-upgrade copies are pruned."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from ssc_desktop import cli
from ssc_desktop.services import backup, letter_files
from ssc_desktop.services import letters as letter_svc
from ssc_desktop.services.email_drafts import Draft
from ssc_desktop.store import migrate
from ssc_desktop.store.database import Database
from tests.services.test_letters import fields

from .conftest import make_database

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default, under which files come out 0644
    yield
    os.umask(old)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    return home


def test_database_backups_and_before_upgrade_copies_are_private(tmp_path: Path) -> None:
    path = make_database(tmp_path / "roster.sqlite", members=3)
    assert mode(path) == 0o600
    with Database.open(path) as db:
        made = backup.backup_now(db)
        assert mode(made) == 0o600 and mode(made.parent) == 0o700
        copy = migrate.backup_before_migration(path, "0004")
        assert mode(copy) == 0o600


def test_an_existing_world_readable_database_is_made_private(tmp_path: Path) -> None:
    path = make_database(tmp_path / "roster.sqlite", members=1)
    os.chmod(path, 0o644)  # as the first stage left it
    Database.open(path).close()
    assert mode(path) == 0o600


def test_the_data_folder_and_the_database_made_at_first_start(home: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              ) -> None:
    assert cli.main(["demo", "--members", "40"]) == 0
    path = cli.default_db_path()
    assert path.is_relative_to(home)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    attachments = path.with_name(f"{path.stem}-attachments")
    for item in [attachments, *attachments.rglob("*")]:
        assert mode(item) == (0o700 if item.is_dir() else 0o600), item
    capsys.readouterr()


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_exports_are_private(tmp_path: Path, suffix: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    path = make_database(tmp_path / "roster.sqlite", members=3)
    out = tmp_path / f"roster.{suffix}"
    assert cli.main(["export", "roster", "--group", "OSG", "-o", str(out), "--db",
                     str(path)]) == 0
    assert mode(out) == 0o600
    capsys.readouterr()


def test_email_drafts_are_private(tmp_path: Path) -> None:
    from ssc_desktop.exchange.eml import write_drafts

    draft = Draft("m1", "Ana Núñez", "ana@example.org", "Your membership", "Dear Ana,",
                  "Nicole Duplaix", "chair@example.org")
    written = write_drafts([draft], tmp_path / "drafts")
    assert mode(tmp_path / "drafts") == 0o700
    assert [mode(p) for p in written.paths] == [0o600]
    assert sorted(p.name for p in (tmp_path / "drafts").iterdir()) == ["001 Ana Núñez.eml"]


def test_the_log_is_private(home: Path) -> None:
    from ssc_desktop.app import _start_logging, log_path

    victim = home / "notes.txt"
    victim.write_text("mine", encoding="utf-8")
    log_path().symlink_to(victim)  # the log is never written through a link
    root = logging.getLogger()
    before = list(root.handlers)
    path = _start_logging()
    try:
        logging.getLogger("ssc_desktop").warning("a line about a member")
    finally:
        for handler in root.handlers[len(before):]:
            root.removeHandler(handler)
            handler.close()
    assert path.is_relative_to(home)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    assert "a line about a member" in path.read_text(encoding="utf-8")
    assert victim.read_text(encoding="utf-8") == "mine" and not path.is_symlink()


def test_a_viewing_copy_is_private_and_removed(db, group, add_member, home: Path,
                                               tmp_path: Path) -> None:
    from ssc_desktop.services import roster

    leader = roster.member_detail(db, add_member("Nicole", "Duplaix", roles=["chair"])).person_id
    letter_id = letter_svc.create_letter(db, group.id, fields(leader)).subject_id
    evidence = tmp_path / "dam survey.pdf"
    evidence.write_bytes(b"%PDF-1.4 evidence")
    letter_files.add_attachment(db, letter_id, evidence)
    attachment_id = letter_svc.letter_detail(db, letter_id).attachments[0].attachment_id
    copy = letter_files.open_copy(db, attachment_id)
    assert copy.is_relative_to(letter_files.viewing_folder())
    assert copy.read_bytes() == b"%PDF-1.4 evidence"
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    assert mode(letter_files.viewing_folder()) == 0o700
    letter_files.remove_viewing_copies()
    assert not copy.exists() and not letter_files.viewing_folder().exists()


def test_before_upgrade_copies_are_pruned_like_backups(tmp_path: Path) -> None:
    path = make_database(tmp_path / "roster.sqlite", members=1)
    made = [migrate.backup_before_migration(path, "0004") for _ in range(5)]
    kept = migrate.before_upgrade_copies(path)
    assert len(kept) == migrate.BEFORE_UPGRADE_KEEP
    assert kept == made[-migrate.BEFORE_UPGRADE_KEEP:]
