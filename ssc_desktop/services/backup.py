"""Backups: the database and its evidence as one checked unit, on demand and once a day;
restoring one as a new database."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import N_, _
from ..labels import Label
from ..store.database import Database
from ..store.errors import PathRefused, StoreError
from ..store.evidence import MANIFEST, BackupUnit, restore_backup, write_backup
from ..store.files import private_folder
from ..store.models import Setting

LAST_BACKUP_KEY = "last_backup_at"
STAMP = "%Y%m%d-%H%M%S"


def _file(db: Database) -> Path:
    """The database's file: backups here are file copies (a server's go through its dump)."""
    if db.path is None:
        raise UserError(_("A database on a server is backed up by the server's own tools; "
                          "there is no file to copy."))
    return db.path


def backup_folder(db: Database) -> Path:
    return _file(db).parent / "backups"


def backup_now(db: Database, folder: str | Path | None = None) -> Path:
    """Write a backup folder named after the time (the database and its evidence, checked
    against a manifest); return its path."""
    return backup_unit(db, folder).folder


def backup_unit(db: Database, folder: str | Path | None = None) -> BackupUnit:
    """backup_now, telling also how many attachments went with it and which were missing."""
    if db.path is None:
        raise StoreError(_("{name} is on a server: back it up there (pg_dump), or copy it to "
                           "a file with 'ssc-desktop transfer' and back up that "
                           "file.").format(name=db.name))
    target_dir = Path(folder) if folder is not None else backup_folder(db)
    check_folder(target_dir)
    private_folder(target_dir)
    now = datetime.now(UTC)
    base = f"{db.path.stem}-{now.astimezone().strftime(STAMP)}"
    target = target_dir / base
    n = 1
    while target.exists() or target.with_name(f"{target.name}{db.path.suffix}").exists():
        n += 1  # two backups within one second
        target = target_dir / f"{base}-{n}"
    unit = write_backup(db.path, target)
    with db.transaction(Label(N_("Record a backup"))) as tx:
        s = tx.session
        row = s.get(Setting, LAST_BACKUP_KEY)
        if row is None:
            s.add(Setting(key=LAST_BACKUP_KEY, value=now.isoformat()))
        else:
            row.value = now.isoformat()
    return unit


def check_folder(folder: Path) -> None:
    """Refuse, with a sentence, a backup destination that exists but is not a folder."""
    if folder.exists() and not folder.is_dir():
        raise PathRefused(_("{path} is not a folder; give a folder to write the backup "
                            "into.").format(path=folder))


def restore(backup: str | Path, to: str | Path) -> BackupUnit:
    """Restore a backup (a folder with its manifest, or an older single .sqlite copy) as a
    new database at `to`, with its attachments; every file checked, nothing overwritten."""
    backup, to = Path(backup).expanduser().absolute(), Path(to).expanduser().absolute()
    if not backup.exists():
        raise PathRefused(_("{path} cannot be found; give a backup folder or a backed-up "
                            ".sqlite file.").format(path=backup))
    return restore_backup(backup, to)


def last_backup(db: Database) -> datetime | None:
    with db.reading() as s:
        row = s.get(Setting, LAST_BACKUP_KEY)
        if row is None:
            return None
        try:
            return datetime.fromisoformat(row.value)
        except ValueError:
            return None


def automatic_backup(db: Database, max_age: timedelta = timedelta(hours=20),
                     keep: int = 10, folder: str | Path | None = None) -> Path | None:
    """Back up when the last backup is older than max_age; keep the newest `keep` copies."""
    if db.path is None:
        return None  # a server database is backed up by its server
    last = last_backup(db)
    if last is not None and datetime.now(UTC) - last < max_age:
        return None
    made = backup_now(db, folder)
    prune(made.parent, _file(db), keep)
    from .history import compact

    compact(db)  # after the copy: old undo data leaves the file, not the backups
    return made


def backups_of(folder: Path, db_path: Path) -> list[Path]:
    """This database's backups in a folder (backup folders, and single-file copies made by
    earlier versions), oldest first."""
    prefix = f"{db_path.stem}-"
    found = [p for p in folder.glob(f"{prefix}*")
             if p.name[len(prefix):len(prefix) + 15].replace("-", "").isdigit()
             and not p.is_symlink()
             and ((p.is_dir() and (p / MANIFEST).is_file())
                  or (p.is_file() and p.suffix == db_path.suffix))]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def prune(folder: Path, db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted."""
    old = backups_of(folder, db_path)[:-keep] if keep > 0 else []
    for path in old:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    return old
