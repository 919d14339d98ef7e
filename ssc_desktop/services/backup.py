"""Backups: a consistent copy of the database on demand, and automatically once a day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.database import Database
from ..store.errors import NotPermitted
from ..store.models import Setting

LAST_BACKUP_KEY = "last_backup_at"
STAMP = "%Y%m%d-%H%M%S"


def backup_folder(db: Database) -> Path:
    return db.backup_basis.parent / "backups"


def backup_now(db: Database, folder: str | Path | None = None) -> Path:
    """Write a consistent copy (SQLite's backup API) named after the time; return its path."""
    target_dir = Path(folder) if folder is not None else backup_folder(db)
    target_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    base = f"{db.backup_basis.stem}-{now.astimezone().strftime(STAMP)}"
    target = target_dir / f"{base}{db.backup_basis.suffix}"
    n = 1
    while target.exists():  # two backups within one second
        n += 1
        target = target_dir / f"{base}-{n}{db.backup_basis.suffix}"
    db.backup_to(target)
    try:
        with db.transaction("Record a backup") as tx:
            s = tx.session
            row = s.get(Setting, LAST_BACKUP_KEY)
            if row is None:
                s.add(Setting(key=LAST_BACKUP_KEY, value=now.isoformat()))
            else:
                row.value = now.isoformat()
    except NotPermitted:
        pass  # a read-only officer's own copy: the shared server keeps no note of it
    return target


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
    last = last_backup(db)
    if last is not None and datetime.now(UTC) - last < max_age:
        return None
    made = backup_now(db, folder)
    prune(made.parent, db.backup_basis, keep)
    return made


def backups_of(folder: Path, db_path: Path) -> list[Path]:
    """This database's backups in a folder, oldest first."""
    prefix = f"{db_path.stem}-"
    found = [p for p in folder.glob(f"{prefix}*{db_path.suffix}")
             if p.name[len(prefix):len(prefix) + 15].replace("-", "").isdigit()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def prune(folder: Path, db_path: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; return what was deleted."""
    old = backups_of(folder, db_path)[:-keep] if keep > 0 else []
    for path in old:
        path.unlink(missing_ok=True)
    return old
