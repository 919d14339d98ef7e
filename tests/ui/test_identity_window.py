"""The app's identity in the window: names for settings, the icon, Help ▸ About."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from ssc_desktop import app, identity
from ssc_desktop.ui.icon import SIZES
from ssc_desktop.ui.new_group_dialog import NewGroupDialog

from .roster_support import make_window, people, settings_path  # noqa: F401 - fixtures


@pytest.fixture
def application(qapp) -> Iterator[QApplication]:
    """The test's QApplication as the app sets it up; names and icon restored after."""
    saved = (QCoreApplication.organizationName(), QCoreApplication.applicationName(),
             QCoreApplication.organizationDomain(), QCoreApplication.applicationVersion(),
             qapp.windowIcon(), qapp.desktopFileName())
    yield app.make_application()
    QCoreApplication.setOrganizationName(saved[0])
    QCoreApplication.setApplicationName(saved[1])
    QCoreApplication.setOrganizationDomain(saved[2])
    QCoreApplication.setApplicationVersion(saved[3])
    qapp.setWindowIcon(saved[4])
    qapp.setDesktopFileName(saved[5])


def test_settings_land_under_the_organisation_and_application(application):
    assert QCoreApplication.organizationName() == "IUCN SSC"
    assert QCoreApplication.applicationName() == "SSC Desktop"
    assert QCoreApplication.applicationVersion() == identity.version()
    assert application.desktopFileName() == identity.APP_ID
    if sys.platform.startswith("linux"):
        assert QSettings().fileName().endswith("/IUCN SSC/SSC Desktop.conf")


def test_every_window_and_dialog_has_the_icon_in_every_size(application, qtbot, db, group,
                                                           term, people, settings_path):  # noqa: F811
    icon = application.windowIcon()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)
    window = make_window(qtbot, db, settings_path, term.id)
    assert window.windowIcon().cacheKey() == icon.cacheKey()
    image = window.windowIcon().pixmap(16, 16).toImage()
    assert image.width() == 16 and image.pixelColor(8, 8).alpha() == 255  # drawn, not blank
    dialog = NewGroupDialog(window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.windowIcon().cacheKey() == icon.cacheKey()


def test_about_shows_the_version_and_where_the_data_lives(application, qtbot, db, group,
                                                         term, people, settings_path,  # noqa: F811
                                                         monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = make_window(qtbot, db, settings_path, term.id)
    window.ui.actionAbout.trigger()
    assert len(shown) == 1
    assert f"SSC Desktop {identity.version()}" in shown[0]
    assert f"Database: {db.path}" in shown[0]
    assert f"Data folder: {identity.data_dir()}" in shown[0]
    assert f"Log file: {identity.log_file()}" in shown[0]
