"""Two copies of the app on one server database: one sees the other's changes appear, and
the window asks for a server password instead of failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.store.database import Database
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.main_window import MainWindow
from ssc_desktop.ui.pages.roster import RosterPage
from ssc_desktop.ui.shared_server import open_interactively
from tests.conftest import TODAY
from tests.postgres_server import PASSWORD_ROLE


def address(url) -> str:
    return url.render_as_string(hide_password=False)


@pytest.fixture
def shared(postgres):
    url = postgres.create()
    with Database.open(address(url), actor="setup") as db:
        term = groups.find_quadrennium(db, "2021-2025")
        groups.create_group(db, "Otter Specialist Group", "OSG", "specialist_group",
                            "mammals", quadrennium_id=term.id, today=TODAY)
    yield url
    postgres.drop(url)


def add(db: Database, term_id: str, given: str) -> None:
    [group] = groups.list_groups(db)
    roster.add_member(db, group.id, term_id, PersonFields(
        given_names=given, family_name="Ortega", email=f"{given}@example.org".lower(),
        country_code="MX"), status="active", today=TODAY)


def test_another_officers_changes_appear_in_the_window(qtbot, shared, tmp_path: Path) -> None:
    with Database.open(address(shared), actor="J. Silva") as mine, \
            Database.open(address(shared), actor="M. Ortega") as theirs:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(mine), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        nav = window.ui.navigation
        window.show_page(next(r for r in range(nav.count()) if nav.item(r).text() == "Roster"))
        page = window.current_page
        assert isinstance(page, RosterPage) and page.model.rowCount() == 0
        assert window.db_label.text().startswith(f"{shared.database} on 127.0.0.1:")
        watcher = window.change_watcher
        assert watcher.poll() == 0  # the first look only notes where things stand
        term_id = window.context.quadrennium_id
        add(mine, term_id, "Uno")  # my own change is not announced as someone else's
        assert watcher.poll() == 0
        for given in ("Ana", "Beto", "Cruz"):
            add(theirs, term_id, given)
        assert watcher.poll() == 3
        assert window.statusBar().currentMessage() == "Updated: 3 changes by M. Ortega"
        assert page.model.rowCount() == 4
        assert watcher.poll() == 0
        window.close()


def test_the_window_asks_for_a_password_and_keeps_asking_while_wrong(postgres,
                                                                     shared) -> None:
    postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
    postgres.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD 'right'")
    asked: list[str] = []
    answers = iter(["wrong", "right"])
    failures: list[str] = []
    try:
        db = open_interactively(
            address(shared.set(username=PASSWORD_ROLE)), None,
            ask=lambda _parent, sentence: asked.append(sentence) or next(answers),
            report=failures.append)
        assert db is not None and failures == []
        with db:
            assert db.actor == PASSWORD_ROLE
            assert "right" not in db.location.display()
        assert "asks for a password" in asked[0] and "refused the password" in asked[1]
        cancelled = open_interactively(address(shared.set(username=PASSWORD_ROLE)), None,
                                       ask=lambda _parent, _sentence: None,
                                       report=failures.append)
        assert cancelled is None and failures == []
    finally:
        postgres.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
