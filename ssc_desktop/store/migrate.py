"""Bring a database file to the app's schema: backup first, one transaction, checked."""

from __future__ import annotations

import functools
import re
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect
from sqlalchemy.engine import Engine

if TYPE_CHECKING:  # Alembic is imported only when a file must be upgraded (start-up time)
    from alembic.config import Config

from .errors import DamagedDatabase, NewerDatabase, NotADatabase

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def checked_revision(engine: Engine, path: Path) -> str | None:
    """The file's schema revision; refuses another program's database or a newer one."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise NotADatabase(
            f"{path.name} is an SQLite database, but not one written by SSC Desktop. "
            "Choose the .sqlite file the app created."
        )
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as exc:
            raise NewerDatabase(
                f"{path.name} was written by a newer version of SSC Desktop (schema "
                f"{current}). Install the newer version to open it; the file was not changed."
            ) from exc
    return current


@functools.cache
def head_from_files() -> str | None:
    """The newest revision, read from the revision files' headers without Alembic (None
    when the chain is not one simple line: then Alembic decides)."""
    revisions, parents = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision\b[^=]*=\s*[\"']([^\"']+)", text, re.MULTILINE)
        down = re.search(r"^down_revision\b[^=]*=(.*)$", text, re.MULTILINE)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        parents.update(re.findall(r"[\"']([^\"']+)[\"']", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def stored_revision(engine: Engine) -> str | None:
    """The revision the file records, by one query (None: no version table or row)."""
    with engine.connect() as conn:
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except Exception:  # noqa: BLE001 - no such table: a new or foreign file
            return None
    return row[0] if row else None


def upgrade(engine: Engine, path: Path, *, backup: bool = True, target: str = "head") -> None:
    if target == "head" and stored_revision(engine) == head_from_files() is not None:
        return  # the usual start: the file is current, and Alembic stays unimported
    from alembic import command

    config = alembic_config()
    current = checked_revision(engine, path)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return
    if current is not None and backup:
        backup_before_migration(path, current)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DamagedDatabase(
                        f"Upgrading {path.name} would leave {len(broken)} broken references "
                        f"(first in table {broken[0][0]}); nothing was changed. "
                        "Report this with a copy of the file."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def downgrade(engine: Engine, target: str) -> None:
    """Step the schema back (tests and support only; the app never does this itself)."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.downgrade(config, target)
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def backup_before_migration(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target
