"""A database on a PostgreSQL server: connect, say in one sentence why not, migrate.

Several officers use one server database at once, so there is no lock file: every
update is checked against the row's version (optimistic locking), and the server's
own transactions keep concurrent writers apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event, literal_column, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from ..i18n import _
from . import migrate
from .backend import Location
from .errors import (
    Busy,
    NotADatabase,
    NotPermitted,
    PasswordNeeded,
    ReadOnlyDatabase,
    ServerUnavailable,
    StoreError,
)
from .models.base import compact_json

CONNECT_TIMEOUT_S = 5
# SQLSTATE classes and codes the app turns into sentences.
SERIALIZATION_FAILURE, DEADLOCK = "40001", "40P01"
INSUFFICIENT_PRIVILEGE = "42501"
UNIQUE_VIOLATION = "23505"
READ_ONLY_TRANSACTION = "25006"


def server_engine(location: Location, *, read_only: bool = False) -> Engine:
    engine = create_engine(
        location.url, json_serializer=compact_json, pool_pre_ping=True, pool_size=2, max_overflow=4,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                      "application_name": "SSC Desktop"})
    if read_only:
        event.listen(engine, "connect", _read_only_session)
    return engine


def _read_only_session(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET default_transaction_read_only = on")
    dbapi_connection.commit()


def connect(location: Location, *, read_only: bool = False) -> tuple[Engine, str]:
    """An engine whose first connection worked, and the role the server knows us as."""
    engine = server_engine(location, read_only=read_only)
    try:
        with engine.connect() as conn:
            role: str = conn.execute(select(literal_column("current_user"))).scalar_one()
    except DBAPIError as exc:
        engine.dispose()
        raise translate(exc, location) or _unreachable(location, exc) from exc
    return engine, str(role)


def prepare(engine: Engine, location: Location, *, read_only: bool = False) -> None:
    """Bring the server database to the app's schema (or refuse, for reading only)."""
    try:
        if read_only:
            current = migrate.checked_revision(engine, location)
            if current != migrate.head_revision():
                raise StoreError(_(
                    "{name} uses an older schema ({revision}); open it once in SSC Desktop "
                    "to upgrade it, then try again.").format(
                        name=location.name, revision=current or _("none")))
            return
        migrate.upgrade(engine, location)
    except DBAPIError as exc:
        error = translate(exc, location)
        if isinstance(error, NotPermitted):
            raise NotPermitted(_(
                "{name} needs an upgrade to this version of SSC Desktop, and your role "
                "{role} may not change its tables. Ask whoever runs the server to open it "
                "once with the owner's role; nothing was changed.").format(
                    name=location.name, role=location.user or "")) from exc
        raise error or exc from exc


def _unreachable(location: Location, exc: BaseException) -> ServerUnavailable:
    return ServerUnavailable(_(
        "The database server {server} cannot be reached ({reason}). Check that it is "
        "running and that the address is right, or ask whoever runs it; nothing was "
        "changed.").format(server=location.server, reason=_reason(exc)))


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    for prefix in ("connection failed: ", "FATAL:  ", "ERROR:  "):
        line = line.replace(prefix, "")
    return line.rstrip(".")


def translate(exc: BaseException, location: Location) -> StoreError | None:
    """The sentence for a server error a user can act on; None for a programming error."""
    orig = getattr(exc, "orig", exc)
    state = getattr(orig, "sqlstate", None) or ""
    message = str(orig)
    user = location.user or _("your user")
    # A unique key taken between a service's check and its insert is another officer's
    # concurrent save (the services check duplicates first): the same as a clash.
    if state in (SERIALIZATION_FAILURE, DEADLOCK, UNIQUE_VIOLATION):
        return Busy(_(
            "Another officer saved the same records at the same moment on {server}; "
            "nothing of yours was saved. Try again.").format(server=location.server))
    if state == INSUFFICIENT_PRIVILEGE or "row-level security" in message:
        return NotPermitted(_(
            "Your role {user} may not make this change on {name} (the server refused it: "
            "{reason}); nothing was changed. Ask whoever runs the server for access."
        ).format(user=user, name=location.name, reason=_reason(exc)))
    if state == READ_ONLY_TRANSACTION:
        return ReadOnlyDatabase(_("{name} was opened for reading only; nothing can be "
                                  "changed.").format(name=location.name))
    if state == "28P01" or "password authentication failed" in message:
        return PasswordNeeded(_(
            "The server {server} refused the password for {user}. Type it again, or ask "
            "whoever runs the server; nothing was changed.").format(
                server=location.server, user=user), location, wrong=True)
    if "no password supplied" in message:
        return PasswordNeeded(_(
            "The server {server} asks for a password for {user}: type it when asked, or "
            "put it in your ~/.pgpass file.").format(server=location.server, user=user),
            location)
    if state == "3D000" or ("database" in message and "does not exist" in message):
        return NotADatabase(_(
            "There is no database {database} on {server}. Check the name, or create it "
            "first (createdb {database}); nothing was changed.").format(
                database=location.url.database, server=location.server))
    if state.startswith("28") or "no pg_hba.conf entry" in message or (
            "role" in message and "does not exist" in message):
        return NotPermitted(_(
            "The server {server} does not let {user} in ({reason}). Ask whoever runs "
            "it to create your role and grant it this database.").format(
                server=location.server, user=user, reason=_reason(exc)))
    if state.startswith("08") or state.startswith("57P") or isinstance(exc, OperationalError):
        if getattr(exc, "connection_invalidated", False) or state.startswith(("08", "57P")):
            return ServerUnavailable(_(
                "The connection to the database server {server} was lost ({reason}); what "
                "you were doing was rolled back and nothing of it was saved. Try again when "
                "the server is back.").format(server=location.server, reason=_reason(exc)))
        return _unreachable(location, exc)
    return None
