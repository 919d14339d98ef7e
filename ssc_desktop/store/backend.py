"""Where a database lives: an SQLite file or a PostgreSQL server, chosen by what --db says.

Everything that differs between the two backends is decided here or in the store modules
that ask `Location.is_server`; nothing above store/ knows which one it talks to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from ..i18n import _
from .errors import StoreError

SERVER_SCHEMES = ("postgresql", "postgres")
ENVIRONMENT_VARIABLE = "SSC_DESKTOP_DB"
SERVER_DRIVER = "postgresql+psycopg"


class WrongAddress(StoreError):
    """A --db value that looks like a server address but cannot be one."""


@dataclass(frozen=True)
class Location:
    """An SQLite file (path) or a server database (url without the app ever storing a
    password: one given in the address stays in memory only)."""

    url: URL
    path: Path | None = None

    @property
    def is_server(self) -> bool:
        return self.path is None

    @property
    def server(self) -> str:
        """host:port of a server location, for sentences."""
        host = self.url.host or "localhost"
        return f"{host}:{self.url.port or 5432}"

    @property
    def name(self) -> str:
        """Short name for sentences: the file name, or 'dbname on host:port'."""
        if self.path is not None:
            return self.path.name
        return _("{database} on {server}").format(database=self.url.database,
                                                  server=self.server)

    @property
    def user(self) -> str | None:
        return self.url.username

    def display(self) -> str:
        """The full location without any password: a path, or the server address."""
        if self.path is not None:
            return str(self.path)
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    def with_password(self, password: str) -> Location:
        return Location(self.url.set(password=password), None)

    def __str__(self) -> str:
        return self.display()


def sqlite_location(path: str | Path) -> Location:
    """A file location; the URL is built, never formatted, so '?' or '#' in a path work."""
    from .paths import sqlite_url

    resolved = Path(path).expanduser().resolve()
    return Location(sqlite_url(resolved), resolved)


def is_server_address(value: object) -> bool:
    text = str(value)
    return any(text.startswith(f"{scheme}:") or text.startswith(f"{scheme}+")
               for scheme in SERVER_SCHEMES)


def locate(value: str | Path | Location) -> Location:
    """The location --db, the Open dialog or SSC_DESKTOP_DB names."""
    if isinstance(value, Location):
        return value
    text = str(value)
    if isinstance(value, str) and is_server_address(text):
        return _server_location(text)
    if isinstance(value, Path) and is_server_address(text.replace(":/", "://", 1)):
        # argparse's type=Path turns postgresql://h/db into postgresql:/h/db
        return _server_location(text.replace(":/", "://", 1))
    if "://" in text and text.split("://", 1)[0].isalpha() and not Path(text).exists():
        scheme = text.split("://", 1)[0]
        if scheme == "sqlite":
            return sqlite_location(make_url(text).database or "")
        raise WrongAddress(_(
            "{address} is not a database SSC Desktop can use: give a file path, or a "
            "PostgreSQL address such as postgresql://user@host:5432/dbname."
        ).format(address=_redacted(text)))
    return sqlite_location(text)


def _server_location(text: str) -> Location:
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise WrongAddress(_(
            "{address} is not a valid PostgreSQL address; write it as "
            "postgresql://user@host:5432/dbname."
        ).format(address=_redacted(text))) from exc
    if url.drivername.split("+")[0] not in SERVER_SCHEMES:
        raise WrongAddress(_("{address} is not a PostgreSQL address.").format(
            address=_redacted(text)))
    if not url.database:
        raise WrongAddress(_(
            "{address} names no database; add it at the end, as in "
            "postgresql://user@host:5432/dbname."
        ).format(address=_redacted(text)))
    return Location(url.set(drivername=SERVER_DRIVER), None)


def _redacted(text: str) -> str:
    """The address with any password replaced, for a sentence."""
    if "@" in text and "://" in text:
        scheme, rest = text.split("://", 1)
        credentials, host = rest.rsplit("@", 1)
        if ":" in credentials:
            credentials = credentials.split(":", 1)[0] + ":***"
        return f"{scheme}://{credentials}@{host}"
    return text


def from_environment(environ: dict[str, str] | None = None) -> str | None:
    """SSC_DESKTOP_DB, when set: the database to use when --db is not given."""
    value = (environ if environ is not None else os.environ).get(ENVIRONMENT_VARIABLE, "")
    return value.strip() or None
