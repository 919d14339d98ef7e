"""Copy a whole database to another backend: a laptop file to the shared server, or the
server to a file for offline work (and a server's backup).

Every table is copied row for row, the change log included, so history and undo travel
with the data; attachment bytes go where the destination keeps them (files beside an
SQLite file, rows in a server database). The destination must hold nothing but the
reference rows a new database starts with; those are replaced by the source's. The copy
is one transaction on the destination, read from one snapshot of the source, and the
row counts are compared afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection

from ..i18n import _
from .database import Database
from .errors import StoreError
from .models import AttachmentBlob, Base, ChangeBatch, LetterAttachment

CHUNK = 1000
# What a freshly opened database already holds: replaced by the source's rows.
STARTER_TABLES = frozenset({"quadrennium", "ksr", "change_batch", "audit_entry", "setting"})


class TransferRefused(StoreError):
    pass


def tables() -> list[Table]:
    """Every table, parents before children (attachment bytes travel on their own)."""
    return [t for t in Base.metadata.sorted_tables if t.name != AttachmentBlob.__tablename__]


def counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return _counts(conn)


def _counts(conn: Connection) -> dict[str, int]:
    return {t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
            for t in tables()}


def check_empty(db: Database) -> None:
    held = {name: n for name, n in counts(db).items() if n and name not in STARTER_TABLES}
    if held:
        listed = ", ".join(f"{n:,} {name}" for name, n in sorted(held.items()))
        raise TransferRefused(_(
            "{name} already holds data ({listed}); transfer only into a new, empty "
            "database, so nothing is overwritten. Nothing was changed.").format(
                name=db.name, listed=listed))


def _ordered(table: Table) -> Any:
    stmt = select(table)
    if table.name == ChangeBatch.__tablename__:
        return stmt.order_by(table.c.at, table.c.id)  # a revert after what it reverts
    return stmt.order_by(*table.primary_key.columns)


def _snapshot(source: Database, conn: Connection) -> None:
    if source.is_server:
        conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)


def transfer(source: Database, target: Database,
             progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every row of source into the empty target; return the verified counts."""
    check_empty(target)
    with source.engine.connect() as read:
        _snapshot(source, read)
        with read.begin():
            expected = _counts(read)  # in the snapshot: others may write meanwhile
            hashes = set(read.scalars(select(LetterAttachment.sha256).distinct()))
            _copy_attachments(source, target, hashes)
            with target.engine.begin() as write:
                for table in reversed(tables()):
                    write.execute(delete(table))
                for table in tables():
                    copied = _copy_table(read, write, table)
                    if progress is not None:
                        progress(table.name, copied)
    return verify(expected, target)


def _copy_table(read: Connection, write: Connection, table: Table) -> int:
    """Rows in chunks; a column pointing into its own table (a target carried over from an
    earlier one, a batch undoing another) is filled in once every row is there."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    [key] = [c.name for c in table.primary_key.columns]
    later: list[dict[str, Any]] = []
    copied = 0
    result = read.execution_options(yield_per=CHUNK).execute(_ordered(table))
    # A generated key (the change log's entry numbers) is numbered again by the target,
    # in the same order: copied numbers would not move a server's identity sequence on.
    generated = table.c[key].identity is not None
    for chunk in result.mappings().partitions(CHUNK):
        rows = [dict(row) for row in chunk]
        if generated:
            for row in rows:
                del row[key]
        for row in rows:
            links = {c: row[c] for c in own if row[c] is not None}
            if links:
                later.append({"_key": row[key], **links})
                row.update(dict.fromkeys(links))
        write.execute(insert(table), rows)
        copied += len(rows)
    for column in own:
        values = [{"_key": r["_key"], "_value": r[column]} for r in later if column in r]
        if values:
            write.execute(update(table).where(table.c[key] == bindparam("_key"))
                          .values({column: bindparam("_value")}), values)
    return copied


def _copy_attachments(source: Database, target: Database, hashes: set[str]) -> None:
    """Bytes first, as when a file is attached: a failed copy leaves no row without them."""
    src, dst = source.attachments(), target.attachments()
    for sha in sorted(hashes):
        content = src.read(sha)
        if content is not None:  # a missing file stays missing (check reports it)
            dst.put(sha, content)


def copy_to_file(source: Database, target: Path) -> Path:
    """The whole source in a new SQLite file (a server's backup, an offline copy)."""
    if target.exists():
        raise TransferRefused(_("{path} exists already; choose a new file name.").format(
            path=target))
    try:
        with Database.open(target, actor=source.actor, backup_before_migrate=False) as copy:
            transfer(source, copy)
    except BaseException:
        remove_file(target)
        raise
    return target


def remove_file(path: Path) -> None:
    """A database file made by a copy that failed, with its attachment folder."""
    import shutil

    path.unlink(missing_ok=True)
    shutil.rmtree(path.with_name(f"{path.stem}-attachments"), ignore_errors=True)


def verify(before: dict[str, int], target: Database) -> dict[str, int]:
    after = counts(target)
    wrong = [name for name in before if before[name] != after.get(name)]
    if wrong:
        raise StoreError(_(
            "The copy in {name} does not match the source ({tables} differ); do not use "
            "it, and report this.").format(name=target.name, tables=", ".join(wrong)))
    return after
