"""The Merge people window: what will happen, the refusal beside the fields, one undo step."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.merge_people_dialog import MergePeopleDialog

from ..conftest import TODAY

SHOTS = Path(os.environ.get("SSC_SHOTS", "/tmp/shots/merge"))


def test_merge_people_window(qtbot, db, group, term, add_member):
    kept = add_member("José", "Núñez Peña", email="jnp@unam.mx")
    clash = add_member("Jose", "Nunez", email="clash@example.org")
    made = groups.create_group(db, "Bat SG", "BSG", "specialist_group", None,
                               quadrennium_id=term.id, today=TODAY)
    other = roster.add_member(db, made.subject_id, term.id, PersonFields(
        given_names="Jose", family_name="NUNEZ PENA", email="jose.nunez@gmail.com"),
        today=TODAY).subject_id
    context = AppContext(db)
    dialog = MergePeopleDialog(context)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.ui.outcome.text() == "Enter both addresses."
    dialog.ui.keepEmail.setText("jnp@unam.mx")
    dialog.ui.mergeEmail.setText("clash@example.org")
    assert not dialog.ok.isEnabled()
    assert dialog.ui.outcome.text().startswith("Cannot merge Jose Nunez into José Núñez Peña")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "merge-refused.png"))
    dialog.ui.mergeEmail.setText("jose.nunez@gmail.com")
    assert dialog.ok.isEnabled()
    assert dialog.ui.outcome.text() == (
        "Jose NUNEZ PENA (jose.nunez@gmail.com) will be merged into José Núñez Peña "
        "(jnp@unam.mx), with 1 membership(s). Undo (Ctrl+Z) takes the merge back.")
    dialog.grab().save(str(SHOTS / "merge.png"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert context.undo_stack.count() == 1
    assert roster.member_detail(db, other).person_id == roster.member_detail(db, kept).person_id
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert roster.member_detail(db, other).person_id != roster.member_detail(db, kept).person_id
    assert roster.member_detail(db, clash).fields.email == "clash@example.org"
