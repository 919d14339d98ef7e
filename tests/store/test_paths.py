"""Paths: the file named is the file opened; pipes, devices and folders are refused with a
sentence; a command that reads never writes; .part files are fresh, private and swept."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from ssc_desktop import cli
from ssc_desktop.services import groups
from ssc_desktop.store import errors
from ssc_desktop.store.attachments import AttachmentRefused, AttachmentStore
from ssc_desktop.store.database import Database
from ssc_desktop.store.files import part_file, sweep_parts

from .conftest import fingerprint, make_database

posix_only = pytest.mark.skipif(os.name != "posix", reason="pipes and devices are POSIX here")


@pytest.mark.parametrize("name", ["roster?mode=ro.sqlite", "osg#2025.sqlite", "a?b#c.sqlite"])
def test_question_mark_and_hash_open_that_very_file(tmp_path: Path, name: str) -> None:
    path = make_database(tmp_path / name, members=2)
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".lock"] == [name]
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 2
    finally:
        conn.close()
    with Database.open(path) as db:
        assert [g.short_code for g in groups.list_groups(db)] == ["OSG"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(list(argv))
    return code, capsys.readouterr().err


@posix_only
@pytest.mark.parametrize("command", [["check"], ["backup"], ["demo", "--members", "40"],
                                     ["export", "roster", "--group", "OSG", "-o", "x.xlsx"]])
def test_a_pipe_as_database_is_refused_without_waiting(tmp_path: Path, command: list[str],
                                                       capsys: pytest.CaptureFixture[str],
                                                       ) -> None:
    fifo = tmp_path / "roster.sqlite"
    os.mkfifo(fifo)
    code, err = _run(capsys, *command, "--db", str(fifo))
    assert code == 2
    assert f"{fifo} is a pipe, not a file. Give the path of a regular file." in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roster.sqlite"]


@posix_only
def test_dev_null_as_database_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("check", "backup"):
        code, err = _run(capsys, command, "--db", "/dev/null")
        assert code == 2
        assert "/dev/null is a device, not a file. Give the path of a regular file." in err
    with pytest.raises(errors.PathRefused, match="is a device, not a file"):
        Database.open("/dev/null")


@pytest.mark.parametrize("command", [
    ["check"], ["backup"], ["export", "roster", "--group", "OSG", "-o", "{out}"],
    ["report", "quarterly", "--group", "OSG", "--quarter", "2025-Q1", "-o", "{out}"]])
def test_a_read_only_command_leaves_an_empty_file_empty(tmp_path: Path, command: list[str],
                                                        capsys: pytest.CaptureFixture[str],
                                                        ) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    out = str(tmp_path / "out.pdf")
    code, err = _run(capsys, *[a.format(out=out) for a in command], "--db", str(empty))
    assert code == 2
    assert f"{empty} does not exist or is empty; give the database file with --db PATH." in err
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite"]


@posix_only
def test_a_pipe_or_a_device_as_attachment_is_refused(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments")
    fifo = tmp_path / "evidence.pdf"
    os.mkfifo(fifo)
    with pytest.raises(AttachmentRefused, match=r"^evidence.pdf is a pipe, not a file; "
                                                r"attach a regular file"):
        store.add(fifo)
    with pytest.raises(AttachmentRefused, match=r"^null is a device, not a file"):
        store.add(Path("/dev/null"))
    assert store.stored() == set()


def test_a_part_file_replaces_a_link_and_never_writes_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    target = tmp_path / "export.csv"
    target.symlink_to(victim)
    with part_file(target) as part:
        assert part.parent == tmp_path and part.name.endswith(".part")
        part.write_text("new export", encoding="utf-8")
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not target.is_symlink() and target.read_text(encoding="utf-8") == "new export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv", "victim.txt"]


def test_a_failed_write_leaves_the_target_and_no_part(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ZeroDivisionError), part_file(target) as part:
        part.write_text("half", encoding="utf-8")
        1 / 0  # noqa: B018 - the writer fails half-way
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.csv"]


def test_a_folder_as_output_is_a_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "report.pdf"
    folder.mkdir()
    with pytest.raises(errors.PathRefused, match=r"report.pdf is a folder, not a file. Give "
                                                 r"the path of a regular file."):
        with part_file(folder):
            pass
    assert list(folder.iterdir()) == []


def test_parts_left_by_a_crash_are_swept_at_start(saved_db: Path) -> None:
    folder = saved_db.parent
    backups = folder / "backups"
    backups.mkdir()
    attachments = folder / f"{saved_db.stem}-attachments"
    attachments.mkdir()
    left = [folder / f".{saved_db.name}.0badf00d.part",
            backups / f".{saved_db.stem}-20250101-000000.sqlite.12345678.part",
            attachments / ".incoming-k2j4h5.part"]
    for path in left:
        path.write_bytes(b"half a copy")
    others = [folder / ".notes.txt.0badf00d.part", folder / "mine.part"]
    for path in others:
        path.write_bytes(b"not the app's")
    before = fingerprint(backups)
    Database.open(saved_db).close()
    assert not any(p.exists() for p in left)
    assert all(p.exists() for p in others)
    assert before != fingerprint(backups) == {}


def test_sweep_removes_a_planted_link_not_its_target(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    link = tmp_path / ".roster.sqlite.deadbeef.part"
    link.symlink_to(victim)
    assert sweep_parts(tmp_path, prefix=".roster.sqlite.") == [link]
    assert victim.read_text(encoding="utf-8") == "keep me"
