"""Open, check, migrate, back up and write the SQLite file a chair's data lives in."""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..i18n import N_, _
from ..labels import Label
from . import backend, changelog, migrate, seed
from .backend import Location
from .copies import consistent_copy
from .errors import (
    Busy,
    ConflictError,
    DamagedDatabase,
    LockedDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    StoreError,
)
from .failures import sqlite_failure
from .files import create_new, make_private, sweep_parts
from .lock import WriterLock
from .models.base import compact_json
from .paths import check_database_path, sqlite_url

T = TypeVar("T")
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 2000
FULL_CHECK_BYTES = 32 * 1024 * 1024


class AuditedSession(Session):
    """A session whose every flush is written to the change log."""


changelog.install(AuditedSession)


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so DDL
    # and DML share one transaction (migrations roll back whole).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def check_file(path: Path, *, read_only: bool = False, must_exist: bool = False) -> None:
    """Refuse, with a sentence, a file that is not a usable SSC Desktop database."""
    name = path.name
    if path.is_dir():
        raise NotADatabase(_("{path} is a folder, not a database file. Choose a .sqlite file.")
                           .format(path=path))
    if not check_database_path(path, must_exist=read_only or must_exist) and not path.exists():
        return
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except PermissionError as exc:
        raise ReadOnlyDatabase(_("{name} cannot be read ({reason}).").format(
                                   name=name, reason=exc.strerror)) from exc
    if head and not head.startswith(SQLITE_HEADER):
        raise NotADatabase(
            _("{name} is not an SSC Desktop database (it is not an SQLite file). Choose the "
              ".sqlite file the app created, or start a new one.").format(name=name)
        )
    if head and len(head) < 100:
        raise DamagedDatabase(
            _("{name} is damaged (the file is truncated). Restore it from a backup.").format(
                name=name)
        )
    if not read_only and not _writable(path):
        raise ReadOnlyDatabase(
            _("{name} is read-only. Copy it to a folder you can write to, or make it writable, "
              "then open it again.").format(name=name)
        )


def _writable(path: Path) -> bool:
    mode = path.stat().st_mode
    return bool(mode & 0o222) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_size(path: Path) -> None:
    """Refuse a file shorter than its header says (a truncated copy), without reading it."""
    with open(path, "rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    change_counter, valid_for = header[24:28], header[92:96]
    if pages and change_counter == valid_for and path.stat().st_size < pages * page_size:
        raise DamagedDatabase(
            _("{file} is damaged (the file is truncated: it holds {size:,} of {expected:,} bytes). "
              "Restore it from a backup.").format(file=path.name, size=path.stat().st_size,
                                                  expected=pages * page_size)
        )


def _read_only_uri(path: Path) -> str:
    return f"{path.as_uri()}?mode=ro"


def _probe(path: Path, *, read_only: bool = False) -> None:
    """Check integrity and that no other program holds a write lock, without writing."""
    name = path.name
    try:
        conn = sqlite3.connect(_read_only_uri(path) if read_only else path, uri=read_only,
                               timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise DamagedDatabase(_("{name} cannot be opened ({reason}).").format(
                                  name=name, reason=exc)) from exc
    try:
        _check_size(path)
        # A full quick_check reads every page: cheap for a group's file, but a quarter
        # second or more on the whole SSC's; there the header check above stands in at
        # start-up and `ssc-desktop check` does the full one.
        check = "PRAGMA quick_check" if path.stat().st_size <= FULL_CHECK_BYTES else (
            "PRAGMA schema_version")
        result = conn.execute(check).fetchone()
        if result is None or (check.endswith("quick_check") and result[0] != "ok"):
            raise DamagedDatabase(
                _("{name} is damaged ({reason}). Restore it from a backup.").format(
                    name=name, reason=result[0] if result else _("no answer"))
            )
        if not read_only:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        message = str(exc)
        if "locked" in message or "busy" in message:
            raise LockedDatabase(
                _("{name} is locked by another program. Close the other program that has it open, "
                  "then try again.").format(name=name)
            ) from exc
        if read_only and ("readonly" in message or "read-only" in message):
            # Only a hot journal makes a read-only connection want to write.
            raise StoreError(
                _("{name} was not closed properly: a write was interrupted and {name}-journal "
                  "beside it holds what is needed to undo it. Open the file once in SSC Desktop, "
                  "which finishes that recovery, then try again.").format(name=name)
            ) from exc
        if "readonly" in message or "read-only" in message:
            raise ReadOnlyDatabase(_("{name} is read-only. Make it writable and try again.").format(
                                       name=name)) from exc
        raise DamagedDatabase(
            _("{name} is damaged or not a database ({message}). Restore it from a backup.").format(
                name=name, message=message)
        ) from exc
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class Transaction:
    """One open unit of work: its session and the change batch it is logged under."""

    session: Session
    batch_id: str


class Database:
    """An open SSC Desktop database: the one place sessions and transactions come from."""

    def __init__(self, path: Path | None, engine: Engine, lock: WriterLock | None,
                 actor: str, read_only: bool = False, location: Location | None = None) -> None:
        # path is the SQLite file; None for a database on a server (see location).
        self.path = path
        self.location = location or backend.sqlite_location(path or "")
        self.read_only = read_only
        self.engine = engine
        self._lock = lock
        self.actor = actor
        self._sessions = sessionmaker(engine, class_=AuditedSession, expire_on_commit=False)

    @property
    def name(self) -> str:
        """The file name, or 'dbname on host:port', for sentences."""
        return self.location.name

    @property
    def is_server(self) -> bool:
        return self.location.is_server

    def attachments(self) -> Any:  # AttachmentStore | ServerAttachmentStore
        """Where evidence bytes live: the folder beside the file, or the server database."""
        if self.path is None:
            from .attachment_blobs import ServerAttachmentStore

            return ServerAttachmentStore(self.engine, self.name)
        from .attachments import AttachmentStore

        return AttachmentStore.beside(self.path)

    @classmethod
    def open(cls, path: str | Path | Location, *, actor: str | None = None, lock: bool = True,
             backup_before_migrate: bool = True, read_only: bool = False,
             create: bool = True) -> Database:
        """Open (creating, checking and upgrading) a database file or server database.

        read_only opens an existing file at the app's schema for reading only: no lock,
        no upgrade, nothing written, so a check can run while the app has it open.
        create=False refuses an absent or empty file instead of writing a schema into it.
        """
        location = backend.locate(path)
        if location.is_server:
            return cls._open_server(location, actor, read_only)
        assert location.path is not None
        path = location.path
        check_file(path, read_only=read_only, must_exist=not create)
        if read_only:
            return cls._open_read_only(path, actor)
        writer_lock = WriterLock(path) if lock else None
        if writer_lock is not None:
            writer_lock.acquire()
        engine: Engine | None = None
        try:
            _sweep(path)
            if path.exists() and path.stat().st_size > 0:
                _probe(path)
                make_private(path)
            elif not path.exists():
                os.close(create_new(path))  # 0600 from the start: SQLite would make it 0644
            engine = create_engine(sqlite_url(path), json_serializer=compact_json)
            event.listen(engine, "connect", _configure_connection)
            event.listen(engine, "begin", _begin)
            migrate.upgrade(engine, path, backup=backup_before_migrate)
        except BaseException:
            if engine is not None:
                engine.dispose()
            if writer_lock is not None:
                writer_lock.release()
            raise
        db = cls(path, engine, writer_lock, actor or _default_actor())
        db._seed()
        # A person erased since this copy was made (an older backup restored) is erased
        # again before anything reads the file (store/erasure.py).
        from . import erasure

        try:
            erasure.reapply(db)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def _open_server(cls, location: Location, actor: str | None,
                     read_only: bool) -> Database:
        from . import server

        engine, role = server.connect(location, read_only=read_only)
        try:
            server.prepare(engine, location, read_only=read_only)
            # On a server the audit trail's "who" is the officer's database role.
            db = cls(None, engine, None, actor or role, read_only=read_only,
                     location=location)
            if not read_only:
                db._seed()
        except BaseException:
            engine.dispose()
            raise
        return db

    def _seed(self) -> None:
        with self.reading() as session:
            needs_seed = seed.missing_reference_rows(session)
        if needs_seed:
            with self.transaction(Label(N_("Load reference data"))) as tx:
                session = tx.session
                seed.add_reference_rows(session)

    @classmethod
    def _open_read_only(cls, path: Path, actor: str | None) -> Database:
        _probe(path, read_only=True)
        uri = _read_only_uri(path)
        engine = create_engine(
            "sqlite://", json_serializer=compact_json, creator=lambda: sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False))
        event.listen(engine, "connect", _configure_read_only)
        event.listen(engine, "begin", _begin)
        try:
            current = migrate.checked_revision(engine, path)
            if current != migrate.head_revision():
                raise StoreError(
                    _("{file} uses an older schema ({revision}); open it once in SSC Desktop to "
                      "upgrade "
                      "it (a backup is made first), then try again.").format(
                          file=path.name, revision=current or _("none"))
                )
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, None, actor or _default_actor(), read_only=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, label: str | Label, *,
                    isolation: str | None = None) -> Iterator[Transaction]:
        """One unit of work: committed whole with its change batch, or not at all.

        `label` names the operation; a Label (ssc_desktop.labels) is also kept as its
        source, so that every reader sees it in their own language.

        It yields the batch it writes, so the caller's Change names its own batch and no
        other thread's write can be mistaken for it. isolation ("REPEATABLE READ",
        "SERIALIZABLE") is for bulk work on a server; SQLite's one writer is serial already.
        """
        if self.read_only:
            raise ReadOnlyDatabase(_("{name} was opened for reading only; nothing can be changed.")
                                   .format(name=self.name))
        try:
            with self._sessions() as session, session.begin():
                if isolation is not None and self.is_server:
                    session.connection(execution_options={"isolation_level": isolation})
                batch = changelog.start_batch(session, label, self.actor)
                yield Transaction(session, batch.id)
                session.flush()
        except StaleDataError as exc:
            raise ConflictError(
                _("Someone else changed this record since it was loaded; nothing was saved. "
                  "Reload it and make the change again.")) from exc
        except DBAPIError as exc:
            error = self._translated(exc)
            if error is None:
                raise
            raise error from exc

    def administer(self, work: Callable[[Any], T]) -> T:
        """Run server administration (roles, grants) on one connection in one transaction."""
        try:
            with self.engine.begin() as conn:
                return work(conn)
        except DBAPIError as exc:
            error = self._translated(exc)
            if error is None:
                raise
            raise error from exc

    def retrying(self, work: Callable[[], T], attempts: int = 3) -> T:
        """Run work (one or more transactions) again when the server reports that another
        officer's concurrent transaction made it impossible (a serialization failure)."""
        for attempt in range(1, attempts + 1):
            try:
                return work()
            except Busy:
                if attempt == attempts:
                    raise
        raise AssertionError("unreachable")

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            error = self._translated(exc)
            if error is None:
                raise
            raise error from exc

    def _translated(self, exc: DBAPIError) -> StoreError | None:
        if not self.is_server:
            return sqlite_failure(exc, self.name)
        from . import server

        return server.translate(exc, self.location)

    @property
    def backup_basis(self) -> Path:
        """The file backups are named after and kept beside: the database file, or for a
        server database a name in the user's data folder."""
        if self.path is not None:
            return self.path
        from platformdirs import user_data_path

        url = self.location.url
        name = f"{url.database}@{url.host or 'localhost'}-{url.port or 5432}.sqlite"
        return user_data_path("ssc-desktop", appauthor=False) / name

    def backup_to(self, target: str | Path) -> Path:
        """A consistent copy of the whole database: SQLite's backup API for a file; for a
        server, a new SQLite file (which the app opens like any other) from one snapshot."""
        if self.path is None:
            from .transfer import copy_to_file

            return copy_to_file(self, Path(target))
        return consistent_copy(self.path, Path(target), timeout=BUSY_TIMEOUT_MS / 1000)


def _sweep(path: Path) -> None:
    """Remove what interrupted writes of this database left: its copies' .part files."""
    sweep_parts(path.parent, prefix=f".{path.name}.")
    sweep_parts(path.parent / "backups", prefix=f".{path.stem}-")
    sweep_parts(path.with_name(f"{path.stem}-attachments"), prefix=".incoming-")


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"

