"""Bring a database file to the app's schema: backup first, one transaction, checked."""

from __future__ import annotations

import functools
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from ..i18n import _
from .backend import Location
from .copies import consistent_copy
from .errors import DamagedDatabase, NewerDatabase, NotADatabase

if TYPE_CHECKING:  # Alembic is imported only when a file must be upgraded (start-up time)
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
UPGRADE_LOCK = 0x55C_DE5C  # the advisory lock key of schema upgrades on a server
BEFORE_UPGRADE_KEEP = 3  # each holds every member's data: not one per upgrade for ever


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


def _not_ours(engine: Engine, name: str) -> NotADatabase:
    if engine.dialect.name == "sqlite":
        return NotADatabase(_(
            "{name} is an SQLite database, but not one written by SSC Desktop. "
            "Choose the .sqlite file the app created.").format(name=name))
    return NotADatabase(_(
        "The database {name} belongs to another application (it has tables SSC Desktop "
        "did not write); nothing was changed. Create an empty database for SSC Desktop "
        "(createdb) and give its address instead.").format(name=name))


def checked_revision(engine: Engine, path: Path | Location) -> str | None:
    """The database's schema revision; refuses another program's database or a newer one."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    name = path.name
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        try:
            current = MigrationContext.configure(conn).get_current_revision()
        except CommandError as exc:  # more than one row in alembic_version
            rows = conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar()
            raise DamagedDatabase(_(
                "{name} is damaged: its schema version table holds {rows} rows instead of "
                "one, so the app cannot tell which schema it has; nothing was changed. "
                "Restore it from a backup.").format(name=name, rows=rows)) from exc
        tables = set(inspect(conn).get_table_names())
    if current is None and tables - {"alembic_version"}:
        raise _not_ours(engine, name)
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError as exc:
            if "change_batch" not in tables:  # another application's Alembic history
                raise _not_ours(engine, name) from exc
            raise NewerDatabase(_(
                "{name} was written by a newer version of SSC Desktop (schema "
                "{revision}). Install the newer version to open it; {unchanged}"
            ).format(name=name, revision=current, unchanged=_(
                "the file was not changed." if engine.dialect.name == "sqlite" else
                "nothing was changed."))) from exc
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
    """The revision the database records, by one query (None: no version table, or not
    exactly one row)."""
    with engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
        except DBAPIError:  # no such table: a new or foreign database
            return None
    return rows[0][0] if len(rows) == 1 else None  # two rows: damaged, Alembic will say


def upgrade(engine: Engine, path: Path | Location, *, backup: bool = True,
            target: str = "head") -> None:
    if target == "head" and stored_revision(engine) == head_from_files() is not None:
        return  # the usual start: the database is current, and Alembic stays unimported
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.util.exc import CommandError

    config = alembic_config()
    current = checked_revision(engine, path)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return
    if engine.dialect.name != "sqlite":
        # PostgreSQL runs DDL inside the transaction and checks every foreign key as it
        # goes: a failed upgrade rolls back whole, with nothing to copy first.
        with engine.connect() as conn, conn.begin():
            # Two officers opening an older database at once: one upgrades, the other
            # waits here and then finds nothing left to do.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            if MigrationContext.configure(conn).get_current_revision() == wanted:
                return
            config.attributes["connection"] = conn
            command.upgrade(config, target)
        return
    assert isinstance(path, Path)
    copy = backup_before_migration(path, current) if current is not None and backup else None
    try:
        _upgrade_sqlite(engine, path, config, target)
    except (DBAPIError, CommandError) as exc:
        # The whole upgrade ran in one transaction and was rolled back.
        kept = _(" A copy made before the upgrade is {copy}.").format(copy=copy) if copy else ""
        raise DamagedDatabase(_(
            "{name} could not be upgraded from schema {revision} ({reason}); nothing was "
            "changed.{kept} Its schema is not what its version says: restore it from a "
            "backup, or report this with a copy of the file.").format(
                name=path.name, revision=current, reason=_short(exc), kept=kept)) from exc


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    return text if len(text) <= 120 else text[:119] + "…"


def _upgrade_sqlite(engine: Engine, path: Path, config: Config, target: str) -> None:
    from alembic import command

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
    if engine.dialect.name != "sqlite":
        with engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, target)
        return
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
    n = 1
    while target.exists():  # two tries within one second
        n += 1
        target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}-{n}"
                                f"{path.suffix}")
    consistent_copy(path, target)
    prune_before_upgrade(path)
    return target


def before_upgrade_copies(path: Path) -> list[Path]:
    """The copies made before upgrades of this database, oldest first."""
    found = [p for p in path.parent.glob(f"{path.stem}.before-upgrade-*{path.suffix}")
             if p.is_file() and not p.is_symlink()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def prune_before_upgrade(path: Path, keep: int = BEFORE_UPGRADE_KEEP) -> list[Path]:
    """Keep the newest `keep` before-upgrade copies, like backups; return what went."""
    old = before_upgrade_copies(path)[:-keep] if keep > 0 else []
    for copy in old:
        copy.unlink(missing_ok=True)
    return old
