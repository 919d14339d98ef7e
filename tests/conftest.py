"""Shared fixtures: a real, migrated database per test and factories for the roster.

The store, services and exchange tests run on both backends: a fresh SQLite file, and a
fresh database on a PostgreSQL server (tests/postgres_server.py). A test that is about
the SQLite file itself says so with @pytest.mark.sqlite_only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Tests never need a screen: Qt draws offscreen whatever the developer's shell says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from ssc_desktop.domain.people import PersonFields  # noqa: E402
from ssc_desktop.services import groups, roster  # noqa: E402
from ssc_desktop.store.database import Database  # noqa: E402

TODAY = date(2025, 3, 15)


BOTH_BACKENDS = ("store", "services", "exchange")
_ran: dict[str, int] = {"sqlite": 0, "postgresql": 0}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.fspath)).parent.name
    both = folder in BOTH_BACKENDS and not metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"],
                         indirect=True)


_backend_of: dict[str, str] = {}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = getattr(item, "fixturenames", ())
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("backend") == "postgresql" or (
                "postgres" in names and "backend" not in params):
            _backend_of[item.nodeid] = "postgresql"
        elif "backend" in names:
            _backend_of[item.nodeid] = "sqlite"


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed and report.nodeid in _backend_of:
        _ran[_backend_of[report.nodeid]] += 1


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    terminalreporter.write_line(
        f"backends: {_ran['sqlite']} passed on SQLite, {_ran['postgresql']} passed on "
        "PostgreSQL")


@pytest.fixture(scope="session")
def postgres():
    """The test server's databases; skipped only where no server can be started."""
    from tests.postgres_server import ADMIN_URL_VARIABLE, Databases, PrivateServer

    url = os.environ.get(ADMIN_URL_VARIABLE)
    server = None
    if not url:
        server = PrivateServer()
        try:
            url = server.start()
        except Exception as exc:  # noqa: BLE001 - any reason means "no server here"
            server.stop()
            if os.environ.get("CI") == "true":
                pytest.fail(f"CI must test PostgreSQL, but no server could be started: {exc}")
            pytest.skip(f"no PostgreSQL server could be started here: {exc}")
    databases = Databases(url)
    yield databases
    databases.close()
    if server is not None:
        server.stop()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ssc.sqlite"


@pytest.fixture
def db_location(backend: str, request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """Where the test's database lives: a file path, or a fresh server database's URL."""
    if backend == "sqlite":
        yield str(db_path)
        return
    databases = request.getfixturevalue("postgres")
    url = databases.create()
    yield url.render_as_string(hide_password=False)
    databases.drop(url)


@pytest.fixture
def db(db_location: str) -> Iterator[Database]:
    database = Database.open(db_location, actor="tester")
    yield database
    database.close()


@pytest.fixture
def term(db: Database):
    return groups.find_quadrennium(db, "2021-2025")


@pytest.fixture
def group(db: Database):
    term = groups.find_quadrennium(db, "2021-2025")
    change = groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                                 "mammals", quadrennium_id=term.id, today=TODAY)
    return next(g for g in groups.list_groups(db) if g.id == change.subject_id)


@pytest.fixture
def add_member(db: Database, group, term):
    """Factory: add a member to the test group, return the membership id."""

    def make(given: str = "Ana", family: str = "Silva", *, email: str | None = None,
             country: str | None = "BR", status: str = "active",
             roles: list[str] | None = None, **extra: object) -> str:
        fields = PersonFields(given_names=given, family_name=family,
                              email=email if email is not None else
                              f"{given}.{family}@example.org".lower().replace(" ", ""),
                              country_code=country, **extra)  # type: ignore[arg-type]
        return roster.add_member(db, group.id, term.id, fields, status=status,
                                 roles=roles, today=TODAY).subject_id

    return make


def damage_attachment(db: Database, sha256: str, content: bytes | None) -> None:
    """Tamper with (new bytes) or lose (None) an attachment's stored copy, as a disk or an
    administrator might: in the folder beside a file, in the table on a server."""
    if db.path is not None:
        path = db.attachments().path_of(sha256)
        if content is None:
            path.unlink()
        else:
            path.write_bytes(content)
        return
    from sqlalchemy import delete, update

    from ssc_desktop.store.models import AttachmentBlob

    with db.engine.begin() as conn:
        where = AttachmentBlob.sha256 == sha256
        conn.execute(delete(AttachmentBlob).where(where) if content is None else
                     update(AttachmentBlob).where(where).values(content=content))
