"""Every page and every dialog, opened in French and in Spanish, shows no text that is
still the English source of a catalogue entry (proper names, codes and numbers, which the
catalogues leave as they are, pass on their own)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)

from ssc_desktop.demo.build import build_demo
from ssc_desktop.services import letters, roster, targets
from ssc_desktop.ui import language
from ssc_desktop.ui.add_quadrennium_dialog import AddQuadrenniumDialog
from ssc_desktop.ui.end_membership_dialog import EndMembershipDialog
from ssc_desktop.ui.export_dialog import ExportDialog
from ssc_desktop.ui.failure_dialog import FailureDialog
from ssc_desktop.ui.first_start import FirstStartDialog
from ssc_desktop.ui.import_dialog import ImportWizard
from ssc_desktop.ui.letter_editor import LetterEditor
from ssc_desktop.ui.member_editor import MemberEditor
from ssc_desktop.ui.merge_people_dialog import MergePeopleDialog
from ssc_desktop.ui.new_group_dialog import NewGroupDialog
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.renewal_wizard import RenewalWizard
from ssc_desktop.ui.settings_dialog import SettingsDialog
from ssc_desktop.ui.target_editor import TargetEditor
from ssc_desktop.ui.target_update_dialog import TargetUpdateDialog
from ssc_desktop.ui.templates_dialog import TemplatesDialog
from ssc_desktop.ui.term_start_actions import CarryTargetsDialog

from .roster_support import make_window, settings_path  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
# The export dialog's column list holds the header each column gets in the written file
# (editable, saved in profiles, read back by the import): file content in the documented
# English layout, not a label of the window.
FILE_CONTENT = ("ExportDialog › QListWidget columns",)
TODAY = date.today()


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").strip().rstrip(":").strip()


def untranslated_sources(code: str) -> set[str]:
    """The English sources whose translation differs from them (so seeing one is a miss)."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"ssc_desktop_{code}.ts")
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        forms = [t.text or "" for t in message.iter("translation")] + [
            t.text or "" for t in message.iter("numerusform")]
        if _plain(source) and all(_plain(f) != _plain(source) for f in forms if f):
            found.add(_plain(source))
    return found


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a chair can read in `root` and its children."""
    for w in (root, *root.findChildren(QWidget)):
        where = f"{type(w.window()).__name__} › {type(w).__name__} {w.objectName()}"
        if w.isWindow():
            yield where + " (title)", w.windowTitle()
        if isinstance(w, QLabel):
            yield where, w.text()
        if isinstance(w, QAbstractButton):
            yield where, w.text()
        if isinstance(w, QGroupBox):
            yield where, w.title()
        if isinstance(w, QLineEdit):
            yield where + " (placeholder)", w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + " (tab)", w.tabText(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " (item)", w.itemText(i)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield where + " (item)", w.item(i).text()
        if isinstance(w, QMenu):
            yield where + " (menu)", w.title()
            for action in w.actions():
                yield where + " (action)", action.text()
        if isinstance(w, QWizard):
            for page_id in w.pageIds():
                yield where + " (wizard page)", w.page(page_id).title()
        if isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            for section in range(w.count()):
                yield where + " (header)", str(w.model().headerData(
                    section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")


@pytest.fixture(params=["fr", "es"])
def code(request, qapp) -> Iterator[str]:
    assert language.apply(request.param) is None
    yield request.param
    language.apply("en")


def test_every_page_and_dialog_speaks_the_language(qtbot, db, settings_path, code):  # noqa: F811
    build_demo(db, members=60, seed=3, today=TODAY)
    window = make_window(qtbot, db, settings_path)
    window.show()
    qtbot.waitExposed(window)
    context = window.context
    group, term = context.group, context.quadrennium
    assert group is not None and term is not None
    shown: list[QWidget] = [window]
    for row in range(len(PAGES)):
        shown.append(window.show_page(row))  # type: ignore[arg-type]

    member = roster.load_roster(db, group.id, term.id)[0]
    target = targets.list_targets(db, group.id, term.id)[0]
    letter = letters.list_letters(db, group.id)[0]
    dialogs = [
        AddQuadrenniumDialog(context, window),
        EndMembershipDialog(context, member, window),
        ExportDialog(context, group, window),
        FailureDialog("Export the roster", "Traceback …", window),
        FirstStartDialog(context, window),
        ImportWizard(context, group, term.id, window),
        LetterEditor(context, group.id, letter.letter_id, window),
        LetterEditor(context, group.id, None, window),
        MemberEditor(context, member.membership_id, window),
        MergePeopleDialog(context, window),
        NewGroupDialog(context, window),
        RenewalWizard(context, window),
        SettingsDialog(window.settings, window),
        TargetEditor(context, group.id, term.id, target, window, TODAY),
        TargetUpdateDialog(context, target.id, window, TODAY),
        TemplatesDialog(context, window),
        CarryTargetsDialog(context, window, TODAY),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    english = untranslated_sources(code)
    missed = sorted({f"{where}: {text!r}" for widget in [*shown, *dialogs]
                     for where, text in visible_texts(widget)
                     if _plain(text) in english and not where.endswith(FILE_CONTENT, 0,
                                                                      where.find(" ("))})
    assert missed == [], f"{len(missed)} texts still in English:\n" + "\n".join(missed)
