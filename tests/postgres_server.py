"""A PostgreSQL server for the tests: the one .ci/run started (SSC_TEST_POSTGRES_URL), or a
private one started here (initdb into a temporary folder, a local port, trust on
127.0.0.1 only), and fresh databases cloned from one migrated template.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.pool import NullPool

ADMIN_URL_VARIABLE = "SSC_TEST_POSTGRES_URL"
# A role whose login needs a password even where everyone else is trusted: the tests
# of a wrong password log in as it (pg_hba.conf names it before the trust lines).
PASSWORD_ROLE = "ssc_password_probe"
HBA = f"""\
host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
"""


def _binaries() -> Path | None:
    for initdb in sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True):
        return Path(initdb).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateServer:
    """initdb + pg_ctl into a temporary folder, as the postgres user when we are root."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="ssc-test-pg-"))
        self.port = _free_port()
        self.bin = _binaries()

    def _run(self, *args: str) -> None:
        command = list(args)
        if os.geteuid() == 0:
            import pwd

            pwd.getpwnam("postgres")
            os.chown(self.folder, *_ids("postgres"))
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> str:
        if self.bin is None:
            raise RuntimeError("no initdb found: install the postgresql package")
        data = self.folder / "data"
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--no-sync")
        hba = data / "pg_hba.conf"
        self._run("sh", "-c", f"printf '%s' '{HBA}' > {hba}")
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-w", "-l",
                  str(self.folder / "log"), "-o",
                  f"-p {self.port} -c listen_addresses=127.0.0.1 "
                  f"-c unix_socket_directories={self.folder} -c fsync=off "
                  "-c synchronous_commit=off -c full_page_writes=off", "start")
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if self.bin is not None and (self.folder / "data").exists():
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                          "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _ids(user: str) -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam(user)
    return entry.pw_uid, entry.pw_gid


class Databases:
    """Fresh databases on one server, each a copy of a migrated template (fast)."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
        self.prefix = f"ssc_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self._numbers = itertools.count(1)
        self._admin: Engine = create_engine(self.admin_url, isolation_level="AUTOCOMMIT",
                                            pool_size=1)
        self._template_ready = False

    def url(self, database: str) -> URL:
        return self.admin_url.set(database=database)

    def execute(self, sql: str) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(sql))

    def _ensure_template(self) -> None:
        if self._template_ready:
            return
        from ssc_desktop.store.database import Database

        self.execute(f'DROP DATABASE IF EXISTS "{self.template}"')
        self.execute(f'CREATE DATABASE "{self.template}"')
        Database.open(self.url(self.template).render_as_string(hide_password=False),
                      actor="tester").close()
        self._template_ready = True

    def create(self, *, empty: bool = False) -> URL:
        """A new database: migrated and seeded (from the template), or empty."""
        name = f"{self.prefix}_{next(self._numbers)}"
        if empty:
            self.execute(f'CREATE DATABASE "{name}"')
        else:
            self._ensure_template()
            self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url(name)

    def engine_for(self, url: URL) -> Engine:
        return create_engine(url, poolclass=NullPool)

    def tables(self, url: URL) -> set[str]:
        engine = self.engine_for(url)
        try:
            return set(inspect(engine).get_table_names())
        finally:
            engine.dispose()

    def drop(self, url: URL) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{url.database}" WITH (FORCE)')

    def close(self) -> None:
        try:
            if self._template_ready:
                self.execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        finally:
            self._admin.dispose()
