"""The Edit menu names its undo and redo steps in the reader's language: a step taken in
French reads in English once the chair switches, and the other way round."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.ui import language
from ssc_desktop.ui.ops import roster as roster_ops

from .roster_support import make_window, settings_path  # noqa: F401 - fixtures


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    yield
    language.apply("en")


def lena() -> PersonFields:
    return PersonFields(given_names="Lena", family_name="Berg", email="lena.berg@example.org",
                        country_code="SE")


def test_the_undo_menu_follows_the_chairs_language(qtbot, db, group, term,
                                                    settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)
    window.show()
    qtbot.waitExposed(window)
    ops, undo, redo = window.context.ops, window.undo_action, window.redo_action
    assert language.apply("fr") is None
    qtbot.waitUntil(lambda: undo.text() == "&Annuler")
    ops.run(roster_ops.add_member(group.id, term.id, lena(), status="proposed", roles=[]))
    assert undo.text() == "&Annuler Ajouter Berg, Lena"
    language.apply("en")  # the chair switches: the step taken in French reads in English
    qtbot.waitUntil(lambda: undo.text() == "&Undo Add Berg, Lena")
    ops.undo()
    ops.wait()
    assert redo.text() == "&Redo Add Berg, Lena" and undo.text() == "&Undo"
    language.apply("es")
    qtbot.waitUntil(lambda: redo.text() == "&Rehacer Añadir a Berg, Lena")
    assert undo.text() == "&Deshacer"


def test_a_step_taken_in_english_reads_in_french(qtbot, db, group, term,
                                                 settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)  # hidden: the menu follows too
    window.context.ops.run(roster_ops.add_member(group.id, term.id, lena(),
                                                 status="proposed", roles=[]))
    assert window.undo_action.text() == "&Undo Add Berg, Lena"
    assert language.apply("fr") is None
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Annuler Ajouter Berg, Lena")
    assert window.context.undo_stack.undoText() == "Ajouter Berg, Lena"
