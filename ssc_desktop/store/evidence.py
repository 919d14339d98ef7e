"""A backup as one unit of evidence: the database copy and every letter attachment it
refers to, in one folder with a manifest of SHA-256s, checked after writing and before
restoring.

    roster-20251202-140000/
        manifest.json                 {"format": 1, "database": "roster.sqlite", "files": {...}}
        roster.sqlite                 a consistent copy (SQLite's backup API)
        roster-attachments/ab/ab12…   each attachment the copy refers to

The folder is built as a hidden ``.part`` folder and renamed into place only once every
file has been read back against the manifest, so a backup either exists whole or not at
all. Restoring never overwrites: it writes a new database and its attachment folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..i18n import _
from .attachments import CHUNK, AttachmentStore
from .copies import consistent_copy
from .errors import DamagedDatabase, StoreError
from .files import (
    FOLDER_MODE,
    PART_SUFFIX,
    POSIX,
    check_regular_or_absent,
    create_new,
    part_file,
    private_folder,
    written_failure,
)

MANIFEST = "manifest.json"
FORMAT = 1
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupDamaged(StoreError):
    """A backup whose files no longer match its manifest."""


@dataclass(frozen=True, slots=True)
class BackupUnit:
    folder: Path
    database: Path
    attachments: int  # files copied with the database
    missing: tuple[str, ...]  # SHA-256s the database refers to but the source lacked


def attachments_folder_name(db_name: str) -> str:
    return f"{Path(db_name).stem}-attachments"


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def referenced_attachments(db_copy: Path) -> list[tuple[str, int]]:
    """(sha256, size) of every attachment a database file refers to, read from that file."""
    conn = sqlite3.connect(f"{db_copy.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "letter_attachment" not in tables:
            return []
        return [(r[0], int(r[1])) for r in conn.execute(
            "SELECT DISTINCT sha256, size_bytes FROM letter_attachment ORDER BY sha256")]
    finally:
        conn.close()


def write_backup(db_path: Path, target: Path, *, timeout: float = 2.0) -> BackupUnit:
    """Write the backup folder target (which must not exist) for the database at db_path."""
    if target.exists() or target.is_symlink():
        raise StoreError(_("{path} already exists; nothing was overwritten.").format(
            path=target))
    private_folder(target.parent)
    part = target.with_name(f".{target.name}.{os.urandom(4).hex()}{PART_SUFFIX}")
    try:
        os.mkdir(part, FOLDER_MODE)  # fails if anything, a link included, is there
        if POSIX:
            os.chmod(part, FOLDER_MODE)
        database = consistent_copy(db_path, part / db_path.name, timeout=timeout)
        files = {db_path.name: _entry(*_sha256(database))}
        store = AttachmentStore.beside(db_path)
        names = attachments_folder_name(db_path.name)
        missing = []
        for sha, size in referenced_attachments(database):
            source = store.path_of(sha)
            relative = f"{names}/{sha[:2]}/{sha}"
            if not _copy_checked(source, part / relative, sha, size):
                missing.append(sha)
                continue
            files[relative] = _entry(sha, size)
        manifest = {"format": FORMAT, "database": db_path.name,
                    "created": datetime.now(UTC).isoformat(timespec="seconds"),
                    "files": files, "missing": missing}
        with os.fdopen(create_new(part / MANIFEST), "w", encoding="utf-8") as handle:
            json.dump(manifest, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        verify_backup(part)  # read every byte back before the backup counts as made
        os.rename(part, target)
    except OSError as exc:
        raise written_failure(target, exc) from exc
    finally:
        if part.exists():
            shutil.rmtree(part, ignore_errors=True)
    return BackupUnit(target, target / db_path.name, len(files) - 1, tuple(missing))


def _entry(sha: str, size: int) -> dict[str, object]:
    return {"sha256": sha, "size": size}


def _copy_checked(source: Path, dest: Path, sha: str, size: int) -> bool:
    """Copy an attachment, hashing as it goes; False when the source is missing or changed."""
    try:
        src = open(source, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return False
    with src:
        private_folder(dest.parent)
        digest, copied = hashlib.sha256(), 0
        with os.fdopen(create_new(dest), "wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                copied += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    if digest.hexdigest() != sha or copied != size:
        dest.unlink()
        return False
    return True


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        check_regular_or_absent(path)
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT or not isinstance(manifest.get("files"), dict):
            raise ValueError(manifest.get("format"))
        return manifest
    except FileNotFoundError as exc:
        raise BackupDamaged(_("{folder} is not an SSC Desktop backup (it has no {manifest}); "
                              "choose a backup folder or a backed-up .sqlite "
                              "file.").format(folder=folder, manifest=MANIFEST)) from exc
    except (OSError, ValueError, AttributeError) as exc:
        raise BackupDamaged(_("The manifest of the backup {folder} cannot be read; the "
                              "backup is damaged. Choose another backup.").format(
                                  folder=folder)) from exc


def verify_backup(folder: Path) -> dict:
    """Check every file of a backup folder against its manifest; return the manifest."""
    manifest = read_manifest(folder)
    for relative, entry in sorted(manifest["files"].items()):
        path = folder / relative
        if ".." in Path(relative).parts or Path(relative).is_absolute():
            raise BackupDamaged(_("The backup {folder} names a file outside itself "
                                  "({name}); it is not a backup this app wrote.").format(
                                      folder=folder, name=relative))
        try:
            found = _sha256(path)
        except FileNotFoundError:
            raise BackupDamaged(_("{name} is missing from the backup {folder}; the backup "
                                  "is incomplete. Choose another backup.").format(
                                      name=relative, folder=folder)) from None
        if found != (entry.get("sha256"), entry.get("size")):
            raise BackupDamaged(_("{name} in the backup {folder} was changed or damaged (its "
                                  "SHA-256 no longer matches the manifest). Choose another "
                                  "backup.").format(name=relative, folder=folder))
    return manifest


def restore_backup(backup: Path, to: Path) -> BackupUnit:
    """Write the database of a backup (a backup folder or a single backed-up file) to `to`,
    with its attachments beside it; refuses to overwrite anything."""
    if to.exists() or to.is_symlink():
        raise StoreError(_("{path} already exists; restoring never overwrites a database. "
                           "Give a new file name with --to.").format(path=to))
    check_regular_or_absent(to)
    attachments = to.with_name(attachments_folder_name(to.name))
    if backup.is_dir():
        manifest = verify_backup(backup)
        database = backup / manifest["database"]
        source_attachments = backup / attachments_folder_name(manifest["database"])
        missing = tuple(manifest.get("missing", ()))
    else:
        check_regular_or_absent(backup)
        database, source_attachments, missing = backup, None, ()
    _check_sqlite(database)
    has_files = source_attachments is not None and source_attachments.is_dir()
    if has_files and (attachments.exists() or attachments.is_symlink()):
        raise StoreError(_("{path} already exists; restoring never overwrites attachments. "
                           "Give a new file name with --to.").format(path=attachments))
    part_folder = attachments.with_name(f".{attachments.name}.{os.urandom(4).hex()}"
                                        f"{PART_SUFFIX}")
    copied = 0
    try:
        if has_files:
            assert source_attachments is not None
            os.mkdir(part_folder, FOLDER_MODE)
            for source in sorted(source_attachments.glob("??/*")):
                sha = source.name
                copied += _copy_checked(source, part_folder / sha[:2] / sha, sha,
                                        source.stat().st_size)
        with part_file(to) as part, open(database, "rb") as src, open(part, "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        if has_files:
            os.rename(part_folder, attachments)
    except OSError as exc:
        to.unlink(missing_ok=True)
        raise written_failure(to, exc) from exc
    finally:
        if part_folder.exists():
            shutil.rmtree(part_folder, ignore_errors=True)
    return BackupUnit(backup, to, copied, missing)


def _check_sqlite(path: Path) -> None:
    with open(path, "rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise DamagedDatabase(_("{path} is not an SSC Desktop database backup (it is not "
                                    "an SQLite file). Choose another backup.").format(
                                        path=path))
