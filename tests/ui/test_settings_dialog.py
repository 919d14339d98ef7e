"""Edit ▸ Settings…: the language is remembered and the open window follows at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from ssc_desktop.ui import language
from ssc_desktop.ui.pages.roster import RosterPage

from .roster_support import (  # noqa: F401 - fixtures
    make_window,
    people,
    roster_page,
    settings_path,
    window,
)


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    language.apply("en")


def choose(window, code: str):  # noqa: F811
    """Pick `code` in the dialog and let Qt deliver the LanguageChange events it posts."""
    dialog = window.open_settings()
    names = [dialog.ui.language.itemText(i) for i in range(dialog.ui.language.count())]
    assert names == ["English", "Français", "Español"]  # each in its own name
    dialog.ui.language.setCurrentIndex(dialog.ui.language.findData(code))
    dialog.accept()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return dialog


def test_choosing_a_language_retranslates_the_open_window_and_is_remembered(window):  # noqa: F811
    page = roster_page(window)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert window.settings_action.text() == "&Settings…"

    choose(window, "fr")
    assert window.settings.value(language.SETTINGS_KEY) == "fr"
    assert window.ui.menuFile.title() == "&Fichier"
    assert window.settings_action.text() == "&Paramètres…"
    assert [window.ui.navigation.item(i).text() for i in range(3)] == [
        "Accueil", "Membres", "Objectifs"]
    assert window.ui.quadrenniumCombo.itemText(0) == "Tous les quadriennats"
    page = window.current_page
    assert isinstance(page, RosterPage)  # the page shown stays shown, rebuilt in French
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert page.model.rowCount() == 8
    assert page.ui.statusFilter.itemText(0) == "Tous les statuts"

    choose(window, "es")
    assert window.ui.menuFile.title() == "&Archivo"
    assert window.current_page.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
    choose(window, "en")
    assert window.ui.menuFile.title() == "&File"
    assert window.settings.value(language.SETTINGS_KEY) == "en"


def test_a_damaged_catalogue_chosen_in_settings_keeps_english_and_says_so_once(
        window, tmp_path, monkeypatch):  # noqa: F811
    broken = tmp_path / "translations"
    broken.mkdir()
    (broken / "ssc_desktop_fr.qm").write_bytes(b"\x3c\xb8\x64\x18" + b"\0" * 40)
    monkeypatch.setattr(language, "folder", lambda _name: broken)
    dialog = choose(window, "fr")
    assert dialog.warning is not None
    assert window.statusBar().currentMessage() == dialog.warning
    assert window.ui.menuFile.title() == "&File"
