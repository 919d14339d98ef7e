"""Shared fixtures: a real, migrated database per test and factories for the roster.

The store, services and exchange tests run on both backends: a fresh SQLite file, and a
fresh database on a PostgreSQL server (tests/postgres_server.py). A test that is about
the SQLite file itself says so with @pytest.mark.sqlite_only.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

# Tests never need a screen: Qt draws offscreen whatever the developer's shell says.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The command line speaks the shell's language (i18n.system_language): tests expect English
# unless they set LANGUAGE, LC_ALL or LANG themselves (tests/cli/test_languages.py).
os.environ["LANGUAGE"] = "en"

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database

TODAY = date(2025, 3, 15)
DEMO_TODAY, DEMO_MEMBERS, DEMO_SEED = date(2026, 6, 1), 300, 7


BOTH_BACKENDS = ("store", "services", "exchange")
_ran: dict[str, int] = {"sqlite": 0, "postgresql": 0}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    folder = Path(str(metafunc.definition.fspath)).parent.name
    both = folder in BOTH_BACKENDS and not metafunc.definition.get_closest_marker("sqlite_only")
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"],
                         indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The backend rides on the item's user properties, which reach the report: under
    # pytest-xdist the workers collect and run, and the controller (which prints the
    # summary) sees only the reports.
    for item in items:
        names = getattr(item, "fixturenames", ())
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("backend") == "postgresql" or (
                "postgres" in names and "backend" not in params):
            item.user_properties.append(("backend", "postgresql"))
        elif "backend" in names:
            item.user_properties.append(("backend", "sqlite"))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    ran_on = dict(report.user_properties).get("backend")
    if report.when == "call" and report.passed and ran_on in _ran:
        _ran[str(ran_on)] += 1


def pytest_terminal_summary(terminalreporter) -> None:
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
        except Exception as exc:
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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded SQLite file made once per session by Database.open, as at a
    first start: each test's database is a copy of it (on a server, each is a copy of a
    template database), so the migrations run once, not once per test."""
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite"
    Database.open(path, actor="tester").close()
    return path


@pytest.fixture
def db_location(backend: str, request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """Where the test's database lives: a file path (a copy of the migrated template, which
    the test opens and checks as the app would), or a fresh server database's URL."""
    if backend == "sqlite":
        shutil.copyfile(request.getfixturevalue("sqlite_template"), db_path)
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


def built_once(factory: pytest.TempPathFactory, name: str,
               build: Callable[[Path], None]) -> Path:
    """A folder that `build` fills once per run, whatever the number of processes: under
    pytest-xdist the workers share the run's temporary root, the first to get there builds
    and the others wait for it (the folder is created atomically; `<name>.done` says the
    build finished, or why it failed)."""
    root = factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder, done = root / name, root / f"{name}.done"
    try:
        folder.mkdir()
        builder = True
    except FileExistsError:
        builder = False
    if not builder:
        deadline = time.monotonic() + 900
        while not done.exists():
            if time.monotonic() > deadline:
                raise RuntimeError(f"{folder} was not built within 15 minutes")
            time.sleep(0.1)
        failure = done.read_text(encoding="utf-8")
        if failure:
            raise RuntimeError(f"another test process failed to build {folder}: {failure}")
        return folder
    try:
        build(folder)
    except BaseException as exc:
        done.write_text(repr(exc) or "failed", encoding="utf-8")
        raise
    done.write_text("", encoding="utf-8")
    return folder


def copy_database(source: Path, folder: Path) -> Path:
    """A private copy of a closed database file with the folders beside it (attachments)."""
    target = folder / source.name
    shutil.copyfile(source, target)
    for beside in source.parent.iterdir():
        if beside.is_dir():
            shutil.copytree(beside, folder / beside.name)
    return target


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per run (300 members, seed 7, on 2026-06-01): every
    test that needs one reads it or copies it (demo_copy), none builds its own."""

    def build(folder: Path) -> None:
        from ssc_desktop.demo.build import build_demo

        path = folder / "demo.sqlite"
        with Database.open(path, actor="tester") as db:
            counts = build_demo(db, members=DEMO_MEMBERS, seed=DEMO_SEED, today=DEMO_TODAY)
        path.with_suffix(".counts.json").write_text(json.dumps(counts), encoding="utf-8")

    return built_once(tmp_path_factory, "shared-demo", build) / "demo.sqlite"


@pytest.fixture
def demo_counts(demo_file: Path) -> dict[str, int]:
    return json.loads(demo_file.with_suffix(".counts.json").read_text(encoding="utf-8"))


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    """A private copy of the session's demo database (with its attachments folder)."""
    return copy_database(demo_file, tmp_path)


def database_digest(db: Database) -> object:
    """What 'nothing changed' compares: the file's bytes, or on a server every table's row
    count (every saved change adds a change batch, so a write cannot hide)."""
    if db.path is not None:
        import hashlib

        return hashlib.sha256(db.path.read_bytes()).hexdigest()
    from ssc_desktop.store.transfer import counts

    return counts(db)
