"""The window's catalogues (complete, fresh, shipped) and how a language is chosen and loaded."""

from __future__ import annotations

import importlib.util
import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ssc_desktop import i18n
from ssc_desktop.ui import language

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"


def _updater():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    language.apply("en")


def needs_linguist_tools() -> None:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        if not (Path(sys.executable).with_name(name).exists() or shutil.which(name)):
            pytest.skip(f"{name} is not installed")


def test_catalogues_match_the_code_and_their_compiled_files():
    """Every tr() string of the code is in both .ts files, none is unfinished, vanished
    or obsolete, and each committed .qm is what lrelease makes of its .ts today."""
    needs_linguist_tools()
    problems = _updater().problems()
    assert problems == [], ("\n".join(problems[:20])
                            + "\nrun: .venv/bin/python packaging/update_translations.py")


def test_a_stale_qm_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    needs_linguist_tools()
    updater = _updater()
    monkeypatch.setattr(updater, "TRANSLATIONS", tmp_path)
    for name in ("ssc_desktop_fr.ts", "ssc_desktop_es.ts", "ssc_desktop_es.qm"):
        shutil.copy(TRANSLATIONS / name, tmp_path / name)
    (tmp_path / "ssc_desktop_fr.qm").write_bytes((TRANSLATIONS / "ssc_desktop_fr.qm")
                                                 .read_bytes()[:-10])
    assert updater.problems() == [
        "fr: ssc_desktop_fr.qm is stale; run packaging/update_translations.py"]


def test_the_compiled_catalogues_ship_with_the_package():
    from ssc_desktop.shipped import folder

    for code in ("fr", "es"):
        assert (folder("translations") / f"ssc_desktop_{code}.qm").stat().st_size > 10_000


@pytest.mark.parametrize(("code", "help_menu", "cancel"),
                         [("fr", "&Aide", "Annuler"), ("es", "A&yuda", "Cancelar")])
def test_a_language_translates_our_strings_qt_buttons_and_the_services(
        code: str, help_menu: str, cancel: str):
    assert language.apply(code) is None
    assert QCoreApplication.translate("MainWindow", "&Help") == help_menu
    assert QCoreApplication.translate("Vocabulary", "Status") != "Status"
    # Qt's own catalogue: the Cancel of every QDialogButtonBox
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert i18n.language() == code and language.current() == code
    language.apply("en")
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Help"
    assert i18n.language() == "en"


@pytest.mark.parametrize("damage", ["truncated", "missing", "garbage"])
def test_a_damaged_catalogue_falls_back_to_english_with_one_warning(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, damage: str):
    good = (TRANSLATIONS / "ssc_desktop_fr.qm").read_bytes()
    if damage == "truncated":
        (tmp_path / "ssc_desktop_fr.qm").write_bytes(good[: len(good) // 3])
    elif damage == "garbage":
        (tmp_path / "ssc_desktop_fr.qm").write_bytes(b"not a catalogue" * 100)
    with caplog.at_level(logging.WARNING, logger="ssc_desktop.ui.language"):
        sentence = language.apply("fr", tmp_path)
    assert sentence is not None and "Français" in sentence and "English" in sentence
    assert str(tmp_path / "ssc_desktop_fr.qm") in sentence
    assert [r.getMessage() for r in caplog.records] == [sentence]
    assert QCoreApplication.translate("MainWindow", "&Help") == "&Help"
    assert language.current() == "en" and i18n.language() == "en"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "C"}, "en"),
    ({}, "en"),
    ({"LC_ALL": "es_AR.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
    ({"LC_MESSAGES": "fr_BE", "LANG": "en_GB.UTF-8"}, "fr"),
    ({"LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_ES@euro"}, "es"),
])
def test_the_system_language_follows_the_posix_variables(env: dict[str, str], expected: str):
    assert language.system_language(env, platform="linux") == expected


def test_the_start_language_prefers_the_command_line_then_the_remembered_choice(
        tmp_path: Path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    french_desktop = {"LANG": "fr_FR.UTF-8"}
    assert language.start_language(settings, None, french_desktop) == "fr"
    language.remember(settings, "es")
    assert language.start_language(settings, None, french_desktop) == "es"
    assert language.start_language(settings, "en", french_desktop) == "en"
    settings.setValue(language.SETTINGS_KEY, "klingon")  # a hand-edited file
    assert language.start_language(settings, None, french_desktop) == "fr"


def test_every_name_the_window_translates_through_a_variable_is_in_the_vocabulary():
    """Column lists, page and tab titles and domain tables reach tr() as variables, which
    lupdate cannot read: each must be listed in ui/vocabulary.py (and so in the catalogues)."""
    from ssc_desktop.domain import letters as letter_rules
    from ssc_desktop.domain import targets as target_rules
    from ssc_desktop.domain.reference import reference
    from ssc_desktop.ui import (
        import_dialog,
        import_preview_model,
        letter_editor,
        member_editor,
        member_onboarding_tab,
        member_targets_tab,
        renewal_wizard,
        roster_filter,
        targets_model,
        templates_dialog,
        vocabulary,
    )
    from ssc_desktop.ui.pages import PAGES
    from ssc_desktop.ui.pages import invitations as invitations_page

    rules = letter_editor.rules
    names = {
        *(p.title for p in PAGES),
        member_onboarding_tab.MemberOnboardingTab.title, member_targets_tab.MemberTargetsTab.title,
        *(title for _attribute, title in roster_filter.COLUMNS),
        *import_preview_model.PreviewModel.COLUMNS, *renewal_wizard.DecisionsModel.HEADERS,
        *member_targets_tab.COLUMNS, *invitations_page.PipelineModel.HEADERS,
        *invitations_page.CHANNELS.values(), *invitations_page.KINDS.values(),
        *import_dialog.TARGET_LABELS.values(), *templates_dialog.tpl.PLACEHOLDERS.values(),
        *templates_dialog.tpl.KINDS.values(), *rules.ADDRESSEE_TYPES.values(),
        *rules.URGENCIES.values(), *rules.DIALOGUE.values(),
        *(s.name for s in (*target_rules.STATUSES.values(), target_rules.NO_UPDATE)),
        *(s.name for s in reference().statuses.values()),
        *(r.name for r in reference().roles.values()),
        *(r.name for r in reference().regions.values()),
        *(s.name for s in letter_rules.STATES.values()),
        *member_editor.GENDERS.values(), *member_editor.AGE_BANDS.values(),
        *targets_model.COLUMNS,
    }
    worded = {n for n in names if any(c.isalpha() for c in n)}  # "35-49" needs none
    assert worded - set(vocabulary.NAMES) == set()
    language.apply("fr")
    assert [vocabulary.name(p.title) for p in PAGES] == [
        "Accueil", "Membres", "Objectifs", "Lettres", "Invitations", "Rapports"]


@pytest.mark.parametrize(("code", "count", "day"), [
    ("en", "12,345", "5 Nov 2024"), ("fr", "12\u202f345", "5 nov. 2024"),
    ("es", "12.345", "5 nov 2024")])
def test_the_window_writes_counts_and_dates_in_its_language(code: str, count: str, day: str):
    """Through ssc_desktop.formats (Babel): tables show the short date style."""
    from datetime import date

    from ssc_desktop.ui.pages import invitations, roster

    language.apply(code)
    assert roster.count_text(12345) == count
    assert invitations._day(date(2024, 11, 5)) == day
