"""Backups carry the evidence: the database and every attachment it refers to, checked
against a manifest of SHA-256s; restore writes a new database and never overwrites;
`check` reads every attachment back."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ssc_desktop import cli
from ssc_desktop.services import backup, groups, letter_files, roster
from ssc_desktop.services import letters as letter_svc
from ssc_desktop.services.integrity import check_file
from ssc_desktop.store.attachments import AttachmentStore
from ssc_desktop.store.database import Database
from ssc_desktop.store.errors import DamagedDatabase
from ssc_desktop.store.evidence import BackupDamaged
from tests.services.test_letters import fields

from .conftest import fingerprint, make_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def with_evidence(tmp_path: Path) -> Path:
    """A closed database whose letter request has two attachments, and one stray file."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = make_database(folder / "roster.sqlite", members=2)
    with Database.open(path) as db:
        group = groups.list_groups(db)[0]
        member = roster.load_roster(db, group.id, None)[0].membership_id
        leader = roster.member_detail(db, member).person_id
        letter_id = letter_svc.create_letter(db, group.id, fields(leader)).subject_id
        for name, data in (("survey.pdf", b"%PDF-1.4 dam survey"),
                           ("photo.jpg", b"\xff\xd8\xff river bank")):
            source = tmp_path / name
            source.write_bytes(data)
            letter_files.add_attachment(db, letter_id, source)
        stray = AttachmentStore.beside(path).path_of("ab" * 32)
        stray.parent.mkdir(exist_ok=True)
        stray.write_bytes(b"no row refers to me")
    return path


def test_a_backup_holds_the_database_and_every_referenced_attachment(
        with_evidence: Path) -> None:
    with Database.open(with_evidence) as db:
        unit = backup.backup_unit(db)
    manifest = json.loads((unit.folder / "manifest.json").read_text(encoding="utf-8"))
    sums = {hashlib.sha256(d).hexdigest() for d in (b"%PDF-1.4 dam survey",
                                                     b"\xff\xd8\xff river bank")}
    assert unit.attachments == 2 and unit.missing == ()
    assert manifest["database"] == "roster.sqlite" and manifest["missing"] == []
    assert set(manifest["files"]) == {"roster.sqlite"} | {
        f"roster-attachments/{s[:2]}/{s}" for s in sums}
    for relative, entry in manifest["files"].items():
        data = (unit.folder / relative).read_bytes()
        assert entry == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    assert not (unit.folder / "roster-attachments" / "ab").exists()  # the stray stays out
    assert not [p for p in unit.folder.parent.iterdir() if p.name.endswith(".part")]


def test_restore_writes_a_new_database_with_its_evidence(with_evidence: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         ) -> None:
    with Database.open(with_evidence) as db:
        made = backup.backup_now(db)
    target = tmp_path / "restored" / "osg.sqlite"
    target.parent.mkdir()
    assert cli.main(["restore", str(made), "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {target} with 2 attachment(s) from {made}" in out
    assert _digest(target) == _digest(made / "roster.sqlite")
    report = check_file(target)
    assert report.healthy, report.problems
    assert cli.main(["check", "--db", str(target)]) == 0
    capsys.readouterr()


def test_restore_never_overwrites(with_evidence: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    with Database.open(with_evidence) as db:
        made = backup.backup_now(db)
    before = fingerprint(with_evidence.parent)
    assert cli.main(["restore", str(made), "--to", str(with_evidence)]) == 2
    err = capsys.readouterr().err
    assert (f"{with_evidence} already exists; restoring never overwrites a database. Give a "
            "new file name with --to.") in err
    assert fingerprint(with_evidence.parent) == before
    # A new name whose attachment folder is already taken is refused too, before writing.
    (tmp_path / "new-attachments").mkdir()
    assert cli.main(["restore", str(made), "--to", str(tmp_path / "new.sqlite")]) == 2
    assert "new-attachments already exists; restoring never overwrites attachments" in (
        capsys.readouterr().err)
    assert not (tmp_path / "new.sqlite").exists()


def test_a_tampered_backup_is_refused_and_nothing_restored(with_evidence: Path,
                                                           tmp_path: Path) -> None:
    with Database.open(with_evidence) as db:
        made = backup.backup_now(db)
    evidence = next((made / "roster-attachments").glob("??/*"))
    evidence.write_bytes(evidence.read_bytes() + b" altered")
    with pytest.raises(BackupDamaged, match=rf"roster-attachments/../{evidence.name} in the "
                                            r"backup .* was changed or damaged"):
        backup.restore(made, tmp_path / "new.sqlite")
    evidence.unlink()
    with pytest.raises(BackupDamaged, match=r"is missing from the backup .*; the backup is "
                                            r"incomplete"):
        backup.restore(made, tmp_path / "new.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "photo.jpg", "survey.pdf"]


def test_an_older_single_file_backup_still_restores(saved_db: Path, tmp_path: Path) -> None:
    old = tmp_path / "roster-20240101-120000.sqlite"
    with Database.open(saved_db) as db:
        db.backup_to(old)
    restored = backup.restore(old, tmp_path / "back.sqlite")
    assert restored.attachments == 0
    assert _digest(tmp_path / "back.sqlite") == _digest(old)


def test_check_reports_missing_and_modified_evidence(with_evidence: Path,
                                                     capsys: pytest.CaptureFixture[str],
                                                     ) -> None:
    store = AttachmentStore.beside(with_evidence)
    survey = store.path_of(hashlib.sha256(b"%PDF-1.4 dam survey").hexdigest())
    photo = store.path_of(hashlib.sha256(b"\xff\xd8\xff river bank").hexdigest())
    survey.write_bytes(b"%PDF-1.4 dam surveX")  # same size, other bytes
    photo.unlink()
    before = _digest(with_evidence)
    assert cli.main(["check", "--db", str(with_evidence)]) == 1
    out = capsys.readouterr().out
    assert ("attachment survey.pdf of the letter request 'Hydropower dam on the Rio Xingu' "
            "was changed or damaged (its SHA-256 no longer matches)") in out
    assert ("attachment photo.jpg of the letter request 'Hydropower dam on the Rio Xingu' "
            f"is missing from {store.folder}") in out
    assert _digest(with_evidence) == before


def test_a_backup_says_which_evidence_was_already_missing(with_evidence: Path,
                                                          capsys: pytest.CaptureFixture[str],
                                                          ) -> None:
    store = AttachmentStore.beside(with_evidence)
    store.path_of(hashlib.sha256(b"\xff\xd8\xff river bank").hexdigest()).unlink()
    assert cli.main(["backup", "--db", str(with_evidence)]) == 1
    captured = capsys.readouterr()
    assert "Backed up roster.sqlite and 1 attachment(s) to " in captured.out
    assert ("1 attachment(s) the database refers to were already missing or changed and "
            "could not be backed up; 'ssc-desktop check' lists them.") in captured.err


def test_a_half_built_backup_is_swept_at_start(with_evidence: Path) -> None:
    backups = with_evidence.parent / "backups"
    half = backups / ".roster-20250101-120000.0badf00d.part"
    (half / "roster-attachments").mkdir(parents=True)
    (half / "roster.sqlite").write_bytes(b"SQLite format 3\x00half")
    Database.open(with_evidence).close()
    assert not half.exists()


def test_a_file_as_backup_destination_is_a_sentence(with_evidence: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "stick"
    not_a_folder.write_text("a file", encoding="utf-8")
    assert cli.main(["backup", "--db", str(with_evidence), "--to", str(not_a_folder)]) == 2
    assert f"{not_a_folder} is not a folder; give a folder to write the backup into." in (
        capsys.readouterr().err)


def test_restore_of_something_that_is_not_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "holiday photos"
    folder.mkdir()
    with pytest.raises(BackupDamaged, match=r"is not an SSC Desktop backup \(it has no "
                                            r"manifest.json\)"):
        backup.restore(folder, tmp_path / "new.sqlite")
    text = tmp_path / "notes.sqlite"
    text.write_text("hello " * 10, encoding="utf-8")
    with pytest.raises(DamagedDatabase, match="is not an SSC Desktop database backup"):
        backup.restore(text, tmp_path / "new.sqlite")
    assert not (tmp_path / "new.sqlite").exists()
