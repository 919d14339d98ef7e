"""The member editor: validation as you type, refusals with a sentence, add, roles, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ssc_desktop.services import history, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.member_editor import WIDGET_OF, MemberEditor

from .roster_support import people  # noqa: F401 - fixture


@pytest.fixture
def context(qapp, db, group, term):
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


def open_editor(qtbot, context, membership_id) -> MemberEditor:
    editor = MemberEditor(context, membership_id)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def snapshot(db, membership_id):
    detail = roster.member_detail(db, membership_id)
    return detail, len(history.subject_history(db, detail.person_id))


def test_every_person_field_has_a_widget():
    from dataclasses import fields

    from ssc_desktop.domain.people import PersonFields

    assert set(WIDGET_OF) == {f.name for f in fields(PersonFields)}


def test_editor_shows_the_member(qtbot, context, people):  # noqa: F811
    editor = open_editor(qtbot, context, people["Núñez"])
    assert editor.ui.givenNames.text() == "José"
    assert editor.ui.country.currentText() == "Mexico"
    assert "Active" in editor.ui.statusLabel.text()
    checked = [editor.ui.roleList.item(n).text() for n in range(editor.ui.roleList.count())
               if editor.ui.roleList.item(n).checkState() == Qt.CheckState.Checked]
    assert checked == ["Co-Chair", "Member"]
    assert editor.save_button.isEnabled()
    assert editor.ui.problems.text() == ""


@pytest.mark.parametrize(("widget", "typed", "sentence"), [
    ("email", "jose@", "E-mail 'jose@' is not a valid address"),
    ("givenNames", "", "Enter the given name(s)."),
    ("familyName", "   ", "Enter the family name."),
    ("codeOfConduct", "31/12/2024", "is not a date; write it as YYYY-MM-DD"),
])
def test_bad_input_is_refused_with_a_sentence(qtbot, db, context, people,  # noqa: F811
                                              widget, typed, sentence):
    before = snapshot(db, people["Núñez"])
    editor = open_editor(qtbot, context, people["Núñez"])
    edit = getattr(editor.ui, widget)
    edit.clear()
    qtbot.keyClicks(edit, typed)
    if not typed:
        edit.textEdited.emit("")
    assert sentence in editor.ui.problems.text()
    assert not editor.save_button.isEnabled()
    assert "border" in edit.styleSheet()
    assert editor.save() is False
    assert editor.isVisible()
    assert snapshot(db, people["Núñez"]) == before


def test_unknown_country_is_refused(qtbot, db, context, people):  # noqa: F811
    before = snapshot(db, people["Núñez"])
    editor = open_editor(qtbot, context, people["Núñez"])
    # setEditText, not typing: the completer popup cannot open on the offscreen platform
    editor.ui.country.setEditText("Narnia")
    assert ("Country of residence: 'Narnia' is not in the list of countries; choose a country "
            "from the list.") in editor.ui.problems.text()
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    assert snapshot(db, people["Núñez"]) == before


def test_country_by_alias_and_valid_edit_is_one_undo_step(qtbot, db, context,
                                                          people):  # noqa: F811
    editor = open_editor(qtbot, context, people["Ødegård"])
    editor.ui.country.setEditText("UK")
    editor.ui.nameAsWritten.setText("Ola Ødegård")
    editor.ui.email.setText("ola@nina.no")
    editor.ui.codeOfConduct.setText("2024-05-31")
    editor.ui.gender.setCurrentIndex(editor.ui.gender.findData("man"))
    editor.ui.roleList.item(1).setCheckState(Qt.CheckState.Checked)  # Co-Chair
    assert editor.validate() == []
    assert editor.save()
    detail = roster.member_detail(db, people["Ødegård"])
    assert detail.fields.country_code == "GB"
    assert detail.fields.email == "ola@nina.no"
    assert detail.fields.gender == "man"
    assert str(detail.fields.code_of_conduct_accepted_on) == "2024-05-31"
    assert context.undo_stack.count() == 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert roster.member_detail(db, people["Ødegård"]).fields.country_code == "NO"


def test_saving_without_changes_adds_no_undo_step(qtbot, context, people):  # noqa: F811
    editor = open_editor(qtbot, context, people["Nash"])
    assert editor.save()
    assert context.undo_stack.count() == 0


def test_no_role_is_refused(qtbot, db, context, people):  # noqa: F811
    editor = open_editor(qtbot, context, people["Nash"])
    for n in range(editor.ui.roleList.count()):
        editor.ui.roleList.item(n).setCheckState(Qt.CheckState.Unchecked)
    assert "Tick at least one role" in editor.ui.problems.text()
    assert editor.save() is False


def test_add_member(qtbot, db, group, term, context, people):  # noqa: F811
    editor = open_editor(qtbot, context, None)
    assert not editor.save_button.isEnabled()
    assert editor.ui.problems.text() == "Enter at least the given name(s) and the family name."
    assert editor.ui.problems.styleSheet() == ""  # a hint, not a scolding
    qtbot.keyClicks(editor.ui.givenNames, "Thi Mai")
    qtbot.keyClicks(editor.ui.familyName, "Nguyen")
    editor.ui.nameAsWritten.setText("Nguyễn Thị Mai")
    qtbot.keyClicks(editor.ui.email, "mai@iebr.vn")
    editor.ui.country.setCurrentIndex(editor.ui.country.findData("VN"))
    editor.ui.statusCombo.setCurrentIndex(editor.ui.statusCombo.findData("invited"))
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    detail = roster.member_detail(db, saved.args[0])
    assert detail.fields.name_as_written == "Nguyễn Thị Mai"
    assert detail.status == "invited"
    assert [r.role for r in detail.roles] == ["member"]
    assert not editor.isVisible()


def test_add_member_refused_by_the_service_keeps_the_dialog(qtbot, db, group, term, context,
                                                            people):  # noqa: F811
    failures: list[str] = []
    context.failed.connect(failures.append)
    before = len(roster.load_roster(db, group.id, term.id))
    editor = open_editor(qtbot, context, None)
    editor.ui.givenNames.setText("José")
    editor.ui.familyName.setText("Núñez")
    editor.ui.email.setText("josé.núñez@example.org")  # already in the group
    assert editor.save() is False
    assert editor.isVisible()
    assert "already in this group" in editor.ui.problems.text()
    assert failures == []  # shown in the editor, not again in a box over it
    assert len(roster.load_roster(db, group.id, term.id)) == before


def test_history_tab_is_readable(qtbot, db, context, people):  # noqa: F811
    editor = open_editor(qtbot, context, people["Zimmermann"])
    editor.ui.organisation.setText("Senckenberg")
    assert editor.save()
    editor = open_editor(qtbot, context, people["Zimmermann"])
    tree = editor.ui.history
    newest = tree.topLevelItem(0)
    assert newest.text(1) == "tester"
    assert newest.text(2) == "Details changed"
    assert "Zimmermann" in newest.toolTip(0)  # the undo step's name
    changes = [newest.child(n).text(2) for n in range(newest.childCount())]
    assert "Organisation: — → Senckenberg" in changes
    assert tree.isColumnHidden(3)


def test_extension_tabs_come_from_the_registry(qtbot, context, people, monkeypatch):  # noqa: F811
    from ssc_desktop.ui import member_editor

    monkeypatch.setattr(member_editor, "MEMBER_TABS", (*member_editor.MEMBER_TABS, NotesTab))
    editor = open_editor(qtbot, context, people["Nash"])
    assert editor.ui.tabs.tabText(editor.ui.tabs.count() - 1) == "Extra notes"
    tab = editor.ui.tabs.widget(editor.ui.tabs.count() - 1)
    assert tab.membership_id == people["Nash"]


class NotesTab(QLabel):  # a tab of another feature: one line in ui/member_tabs.py
    title = "Extra notes"

    def __init__(self, context, membership_id, person_id, parent=None) -> None:
        super().__init__("extension", parent)
        self.membership_id = membership_id

    def refresh(self) -> None:
        pass
