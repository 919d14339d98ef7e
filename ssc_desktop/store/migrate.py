"""Bring a database file to the app's schema: backup first, one transaction, checked."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from .errors import DamagedDatabase, NewerDatabase, NotADatabase

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def checked_revision(engine: Engine, path: Path) -> str | None:
    """The file's schema revision; refuses another program's database or a newer one."""
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


def upgrade(engine: Engine, path: Path, *, backup: bool = True, target: str = "head") -> None:
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
    return consistent_copy(path, target)


def consistent_copy(path: Path, target: Path) -> Path:
    """The one way a backup is written: SQLite's backup API into `target`.part, renamed
    when complete (the upgrade's copy and every other backup go through here)."""
    tmp = target.with_name(target.name + ".part")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(tmp)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    tmp.replace(target)
    return target
