"""The member editor's rights buttons: export a person's data; anonymise a departed one."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ssc_desktop.services import people_rights, roster
from ssc_desktop.store import erasure
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.member_editor import MemberEditor


@pytest.fixture
def context(qapp, db, group, term, tmp_path, monkeypatch):
    monkeypatch.setenv(erasure.LOG_ENV, str(tmp_path / "user" / "erasures.log"))
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


def open_editor(qtbot, context, membership_id) -> MemberEditor:
    editor = MemberEditor(context, membership_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_export_button_writes_json_and_pdf(qtbot, context, add_member, tmp_path, monkeypatch):
    mid = add_member("Zoë", "Ødegård", email="zoe@example.no")
    target = tmp_path / "zoe.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "JSON (*.json)"))
    editor = open_editor(qtbot, context, mid)
    editor.ui.tabs.setCurrentWidget(editor.ui.historyTab)
    with qtbot.waitSignal(context.message) as shown:
        qtbot.mouseClick(editor.ui.exportPersonButton, Qt.MouseButton.LeftButton)
    assert shown.args == ["Wrote zoe.json and zoe.pdf."]
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["family_name"] == "Ødegård"
    assert target.with_suffix(".pdf").exists()
    editor.grab().save(str(tmp_path / "editor.png"))


def test_anonymise_asks_first_and_is_only_for_departed_members(
        qtbot, db, db_path, context, add_member, monkeypatch):
    active = add_member("Ana", "Silva", email="ana@example.org")
    assert not open_editor(qtbot, context, active).ui.anonymiseButton.isEnabled()
    mid = add_member("Kofi", "Mensah", email="kofi@example.org")
    roster.end_membership(db, mid, "resigned", date(2025, 3, 20))
    asked: list[str] = []

    def answer(choice):
        def ask(_parent, title, _text, *_a):
            asked.append(title)
            return choice
        return ask

    editor = open_editor(qtbot, context, mid)
    assert editor.ui.anonymiseButton.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(editor.ui.anonymiseButton, Qt.MouseButton.LeftButton)
    assert asked == ["Anonymise Mensah, Kofi"] and b"Mensah" in db_path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(editor.ui.anonymiseButton, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert b"Mensah" not in db_path.read_bytes()
    person = roster.member_detail(db, mid).fields
    assert person.email is None and person.family_name.startswith("Anonymised member")
    assert people_rights.due_for_anonymisation(db, date(2040, 1, 1)) == []
