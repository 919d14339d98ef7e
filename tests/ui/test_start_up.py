"""Start-up paints the window before it reads the figures: Home says "…" until they are
known, then shows them; the navigation counts follow; no other page reads anything until
it is shown. Work is counted (calls of the real services), never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.services import home, invitations
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.pages.home import HomePage
from ssc_desktop.ui.pages.invitations import InvitationsPage

from .roster_support import make_window, people, settings_path  # noqa: F401 - fixtures

SHOTS = Path("/tmp/shots/start-up")


@pytest.fixture
def calls(monkeypatch) -> dict[str, int]:
    """How often the Home agenda and the Invitations page's pipeline were worked out."""
    counted = {"agenda": 0, "pipeline": 0}

    def counting(module, name: str, key: str) -> None:
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            counted[key] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counting(home, "agenda", "agenda")
    counting(invitations, "pipeline", "pipeline")
    counting(invitations, "pipeline_table", "pipeline")  # what the page reads
    return counted


def test_the_window_paints_before_it_reads_the_figures(qtbot, db, group, term, people,  # noqa: F811
                                                       settings_path, calls):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)
    page = window.current_page
    assert isinstance(page, HomePage)
    # Built, not yet read: the group's name and "…", no agenda line, no make-up, no count.
    assert not window.loaded
    assert calls == {"agenda": 0, "pipeline": 0}
    assert group.name in page.ui.heading.text() and "…" in page.ui.heading.text()
    assert page.lines() == [] and page.ui.agendaBox.isHidden()
    assert page.ui.makeUpBox.isHidden()
    assert window.nav_counts.reads == 0 and not window.nav_counts.settled
    qtbot.wait(5)  # the event loop runs, but nothing is read before the window paints
    assert window.nav_counts.reads == 0 and calls["agenda"] == 0
    window.resize(1100, 640)
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: window.loaded)
    assert calls == {"agenda": 1, "pipeline": 0}  # Home once; the Invitations page never
    assert "…" not in page.ui.heading.text()
    assert not page.ui.agendaBox.isHidden() and not page.ui.makeUpBox.isHidden()
    expected = [(f"→  {line.text}", line.link) for line in home.agenda(db, group.id, term.id)]
    calls["agenda"] -= 1  # the test's own reading
    assert expected and page.lines() == expected
    qtbot.waitUntil(lambda: window.nav_counts.reads == 3)
    assert window.nav_counts.settled
    window.grab().save(str(SHOTS / "home.png"))
    assert not any(isinstance(p, InvitationsPage) for p in window.pages.values())
    assert calls["pipeline"] == 0
    invitations_page = window.show_page(PAGES.index(InvitationsPage))
    assert isinstance(invitations_page, InvitationsPage)
    assert calls["pipeline"] == 1  # worked out when the page is first shown, once
    window.show_page(0)
    assert calls["agenda"] == 1  # nothing changed: Home is not read again


def test_the_registry_names_each_page_as_its_class_does():
    """The navigation is drawn from the registry, without importing the pages: its title
    and icon must be the class's own, and a page class finds its row."""
    for row, entry in enumerate(PAGES):
        cls = entry.cls
        assert (cls.__name__, cls.title, cls.icon) == (entry.name, entry.title, entry.icon)
        assert PAGES.index(cls) == row == PAGES.index(entry)
    with pytest.raises(ValueError):
        PAGES.index(int)


WINDOW_MODULES = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from ssc_desktop.store.database import Database
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.main_window import MainWindow
app = QApplication([])
db = Database.open(sys.argv[1])
window = MainWindow(AppContext(db), QSettings(sys.argv[2], QSettings.Format.IniFormat))
print(" ".join(sorted(m for m in sys.modules if m.startswith("ssc_desktop.ui.pages.")
                      or m in ("ssc_desktop.services.home", "PySide6.QtCharts"))))
db.close()
"""


def test_start_up_imports_no_page_it_does_not_show(sqlite_template, tmp_path):
    """A fresh interpreter building the window loads the Home page's module only, and
    neither the Home figures' service nor Qt Charts before the first paint."""
    import os
    import shutil
    import subprocess
    import sys

    path = tmp_path / "ssc.sqlite"
    shutil.copyfile(sqlite_template, path)
    out = subprocess.run([sys.executable, "-c", WINDOW_MODULES, str(path),
                          str(tmp_path / "settings.ini")], capture_output=True, text=True,
                         check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split() == ["ssc_desktop.ui.pages.home"], out.stderr


def test_start_up_objects_are_set_aside_once_the_figures_show(qtbot, db, group, term,
                                                              people, settings_path):  # noqa: F811
    import gc

    from ssc_desktop.app import settle_when_started

    window = make_window(qtbot, db, settings_path, term.id)
    gc.unfreeze()
    try:
        settle_when_started(window)
        qtbot.wait(300)
        assert gc.get_freeze_count() == 0  # not before the window shows its figures
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.loaded and window.nav_counts.settled)
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)
    finally:
        gc.unfreeze()
