"""The one operations pipeline: undo steps, what-changed, the failure policy, threads,
cancel, undo and redo in the background, and closing while an operation runs."""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.progress import Cancelled
from ssc_desktop.services import groups, roster
from ssc_desktop.services.dto import Change
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.failure_dialog import FailureDialog
from ssc_desktop.ui.operations import Op, OpChanges
from ssc_desktop.ui.ops import invitations as invitation_ops
from ssc_desktop.ui.ops import roster as roster_ops
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.pages.roster import RosterPage
from ssc_desktop.ui.pages.targets import TargetsPage

from .roster_support import make_window, people, settings_path  # noqa: F401 - fixtures


def person(given: str = "Lena", family: str = "Berg") -> PersonFields:
    return PersonFields(given_names=given, family_name=family,
                        email=f"{given}.{family}@example.org".lower(), country_code="SE")


def names(db, group, term) -> list[str]:
    return sorted(r.name for r in roster.load_roster(db, group.id, term.id))


def test_a_write_is_one_undo_step_and_says_what_changed(qtbot, db, group, term):
    context = AppContext(db)
    seen: list[OpChanges] = []
    messages: list[str] = []
    context.ops.changed.connect(seen.append)
    context.ops.message.connect(messages.append)
    done = context.ops.run(roster_ops.add_member(group.id, term.id, person(),
                                                 status="proposed", roles=["member"]))
    assert done.succeeded and isinstance(done.result, Change)
    assert context.undo_stack.count() == 1
    assert context.undo_stack.undoText() == "Add Berg, Lena"  # the operation's label
    [changes] = seen
    assert changes.roster and changes.invitations
    assert not (changes.targets or changes.letters or changes.settings)
    assert changes.subject_ids == {done.result.subject_id}
    assert messages == [done.result.summary]
    assert changes.touches(OpChanges(roster=True))
    assert not changes.touches(OpChanges(letters=True, targets=True))


def test_a_user_error_is_one_sentence_beside_the_fields_and_changes_nothing(
        qtbot, db, group, term, add_member):
    add_member("Lena", "Berg", email="lena.berg@example.org")
    context = AppContext(db)
    before = names(db, group, term)
    beside: list[str] = []
    boxes: list[str] = []
    changed: list[OpChanges] = []
    context.ops.failed.connect(boxes.append)
    context.ops.changed.connect(changed.append)
    done = context.ops.run(roster_ops.add_member(group.id, term.id, person(),
                                                 status="proposed", roles=[]),
                           report=beside.append)
    assert not done.succeeded
    assert len(beside) == 1 and "already in this group" in beside[0]
    assert boxes == [] and changed == []  # shown once, beside the fields only
    assert context.undo_stack.count() == 0
    assert names(db, group, term) == before
    context.ops.run(roster_ops.add_member(group.id, term.id, person(), status="proposed",
                                          roles=[]))
    assert len(boxes) == 1 and "already in this group" in boxes[0]  # no field: one box


def test_a_bug_is_logged_and_shown_with_folded_details_and_a_copy_button(
        qtbot, db, caplog):
    context = AppContext(db)

    def broken(_db, _progress):
        raise KeyError("no such column")

    with caplog.at_level(logging.ERROR):
        done = context.ops.run(Op("Recount the roster", broken))
    assert isinstance(done.error, KeyError)
    dialog = context.ops.last_bug
    assert isinstance(dialog, FailureDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "“Recount the roster” could not be finished" in dialog.ui.sentence.text()
    assert not dialog.ui.details.isVisible()  # folded
    dialog.ui.showDetails.click()
    assert dialog.ui.details.isVisible()
    assert "KeyError" in dialog.ui.details.toPlainText()
    dialog.ui.copyButton.click()
    assert "no such column" in QGuiApplication.clipboard().text()
    assert "Recount the roster failed" in caplog.text and "KeyError" in caplog.text
    assert context.ops.pending == 0


def test_a_long_operation_runs_off_the_gui_thread_and_is_counted(qtbot, db):
    context = AppContext(db)
    release = threading.Event()
    threads: list[threading.Thread] = []

    def work(_db, _progress):
        threads.append(threading.current_thread())
        assert release.wait(10)
        return 42

    results: list[int] = []
    running = context.ops.run(Op("Count", work, long=True), success=results.append)
    assert context.ops.pending == 1 and not running.done
    QTimer.singleShot(50, release.set)
    context.ops.wait()
    assert results == [42] and running.succeeded
    assert threads and threads[0] is not threading.main_thread()
    assert context.ops.pending == 0


def test_cancelling_a_long_write_leaves_nothing_behind(qtbot, db, group, term, add_member):
    for given, family in (("Ana", "Silva"), ("Bea", "Nunez"), ("Caio", "Lima")):
        add_member(given, family)
    later = groups.find_quadrennium(db, "2026-2029")
    context = AppContext(db)
    before = {t: names(db, group, t) for t in (term, later)}
    renew = invitation_ops.renew(group.id, term.id, later.id, {}, on=date(2025, 10, 20),
                                 channel="email", deadline_days=30)
    started, go_on = threading.Event(), threading.Event()

    def gated(database, progress):  # the real renewal, held until the test has cancelled
        started.set()
        assert go_on.wait(10)
        return renew.work(database, progress)

    messages: list[str] = []
    context.ops.message.connect(messages.append)
    running = context.ops.run(replace(renew, work=gated))
    assert started.wait(10)
    running.cancel()
    go_on.set()
    context.ops.wait()
    assert isinstance(running.error, Cancelled)
    assert messages == ["Cancelled; nothing was changed."]
    assert context.undo_stack.count() == 0
    assert {t: names(db, group, t) for t in (term, later)} == before
    assert roster.member_detail(db, roster.load_roster(db, group.id, term.id)[0]
                                .membership_id).status == "active"


def test_undo_and_redo_run_in_the_background_and_a_conflict_is_refused(
        qtbot, db, group, term):
    context = AppContext(db)
    added = context.ops.run(roster_ops.add_member(group.id, term.id, person(),
                                                  status="proposed", roles=[]))
    membership = added.result.subject_id
    undo = context.ops.undo()
    assert undo is not None and undo.op.long  # off the GUI thread
    context.ops.wait()
    assert names(db, group, term) == [] and context.undo_stack.index() == 0
    context.ops.redo()
    context.ops.wait()
    assert names(db, group, term) == ["Berg, Lena"] and context.undo_stack.index() == 1
    # Someone changes the member since: undoing the add would lose that edit.
    detail = roster.member_detail(db, membership)
    roster.update_member(db, membership, detail.person_version,
                         person("Lena", "Berg-Holm"), roles=[])
    refusals: list[str] = []
    context.ops.failed.connect(refusals.append)
    context.ops.undo()
    context.ops.wait()
    assert len(refusals) == 1
    assert names(db, group, term) == ["Berg-Holm, Lena"]  # nothing applied
    assert context.undo_stack.index() == 1  # the step is still there to undo


def test_only_pages_that_show_a_change_reload(qtbot, db, group, term, people,  # noqa: F811
                                               settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)
    window.show()
    roster_row, targets_row = PAGES.index(RosterPage), PAGES.index(TargetsPage)
    roster_page = window.show_page(roster_row)
    window.show_page(targets_row)
    window.show_page(roster_row)
    calls = {"roster": 0, "targets": 0}
    targets_page = window.pages[targets_row]
    roster_page.refresh = lambda: calls.__setitem__("roster", calls["roster"] + 1)
    targets_page.refresh = lambda: calls.__setitem__("targets", calls["targets"] + 1)
    window.context.ops.changed.emit(OpChanges(letters=True))
    assert calls == {"roster": 0, "targets": 0}
    window.context.ops.changed.emit(OpChanges(roster=True))
    assert calls == {"roster": 1, "targets": 0}  # the targets page waits until shown
    window.show_page(targets_row)
    assert calls == {"roster": 1, "targets": 1}


def test_closing_the_window_waits_for_an_operation_in_flight(
        qtbot, db, group, term, settings_path):  # noqa: F811
    window = make_window(qtbot, db, settings_path, term.id)
    window.show()
    release = threading.Event()
    finished: list[str] = []

    def slow_write(database, _progress):
        assert release.wait(10)
        return roster.add_member(database, group.id, term.id, person("Ada", "Obi"))

    window.context.ops.run(Op("Add slowly", slow_write, OpChanges(roster=True), long=True),
                           success=lambda change: finished.append(change.summary))
    QTimer.singleShot(50, release.set)
    window.close()
    assert window.context.ops.pending == 0 and len(finished) == 1
    assert names(db, group, term) == ["Obi, Ada"]
