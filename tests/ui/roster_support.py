"""Shared set-up of the roster UI tests: a group with international names, a window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ssc_desktop.services import roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.main_window import MainWindow

PEOPLE = [
    # given, family, country, status, roles
    ("José", "Núñez", "MX", "active", ["co_chair", "member"]),
    ("Ola", "Ødegård", "NO", "active", ["member"]),
    ("Иван", "Иванов", "RU", "invited", ["member"]),
    ("Ana", "Álvarez", "ES", "proposed", ["member"]),
    ("Rui", "Oliveira", "BR", "active", ["rlac"]),
    ("Peter", "Nash", "GB", "resigned", ["member"]),
    ("Zoë", "Zimmermann", "DE", "active", ["member"]),
    ("Kai", "Pohaku", None, "active", ["member"]),
]


@pytest.fixture
def people(add_member) -> dict[str, str]:
    """Family name -> membership id, for a group with names in several scripts."""
    return {family: add_member(given, family, country=country, status=status, roles=roles)
            for given, family, country, status, roles in PEOPLE}


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def make_window(qtbot, db, settings_path: Path, term_id: str | None = None) -> MainWindow:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    if term_id is not None and settings.value("window/quadrennium") is None:
        settings.setValue("window/quadrennium", term_id)
    window = MainWindow(AppContext(db), settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot, db, group, term, people, settings_path) -> Iterator[MainWindow]:
    win = make_window(qtbot, db, settings_path, term.id)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.loaded)  # the first page's figures, read after the paint
    yield win


def roster_names(db, group, term) -> list[str]:
    return sorted(r.name for r in roster.load_roster(db, group.id, term.id))


def roster_page(window: MainWindow):
    """The window opens on Home; the roster is one click away."""
    from ssc_desktop.ui.pages import PAGES
    from ssc_desktop.ui.pages.roster import RosterPage

    return window.show_page(PAGES.index(RosterPage))
