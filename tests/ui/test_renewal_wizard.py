"""The renewal wizard: preview, decisions in bulk, commit as one undo step, refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from ssc_desktop.services import groups, invitations, renewal, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.renewal_wizard import DecisionsModel, RenewalWizard

SHOTS = Path("/tmp/shots/lifecycle")


@pytest.fixture
def team(add_member):
    return {
        "chair": add_member("Ana", "Silva", roles=["chair"]),
        "bea": add_member("Bea", "Núñez"),
        "caio": add_member("Caio", "Ødegård"),
        "dora": add_member("Dora", "Иванова"),
    }


@pytest.fixture
def context(db, group, term):
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


@pytest.fixture
def next_term(db):
    return groups.find_quadrennium(db, "2026-2029")


@pytest.fixture
def wizard(context, team, qtbot):
    w = RenewalWizard(context)
    qtbot.addWidget(w)
    w.resize(980, 640)
    w.ui.onDate.setDate(QDate(2025, 10, 20))
    w.show()
    qtbot.waitExposed(w)
    return w


def test_decisions_model_passes_qtmodeltester(qtmodeltester, db, group, term, next_term,
                                              team):
    model = DecisionsModel()
    model.reset_plan(renewal.preview_renewal(db, group.id, term.id, next_term.id))
    qtmodeltester.check(model)


def test_preview_decide_in_bulk_and_commit(wizard, context, db, group, term, next_term, team,
                                           qtbot):
    assert wizard.ui.fromTerm.text() == "2021-2025"
    assert wizard.ui.toTerm.currentText() == "2026-2029"
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "renewal_1_terms.png"))
    wizard.next()
    assert wizard.currentPage() is wizard.ui.decisionsPage
    assert wizard.model.rowCount() == 4
    assert wizard.ui.tally.text() == "4 re-invited, 0 not re-appointed"
    # bulk: two members are not re-appointed, one gets a focal point role
    rows = {r.name: i for i, r in enumerate(wizard.model.rows)}
    table = wizard.ui.table
    for name in ("Ødegård, Caio", "Иванова, Dora"):
        source = wizard.model.index(rows[name], 1)
        table.selectionModel().select(
            wizard.proxy.mapFromSource(source),
            table.selectionModel().SelectionFlag.Select
            | table.selectionModel().SelectionFlag.Rows)
    qtbot.mouseClick(wizard.ui.dropButton, Qt.MouseButton.LeftButton)
    assert wizard.ui.tally.text() == "2 re-invited, 2 not re-appointed"
    table.selectionModel().clearSelection()
    bea = wizard.proxy.mapFromSource(wizard.model.index(rows["Núñez, Bea"], 0))
    table.selectRow(bea.row())
    wizard.ui.role.setCurrentIndex(wizard.ui.role.findData("focal_point_planning"))
    qtbot.mouseClick(wizard.ui.addRoleButton, Qt.MouseButton.LeftButton)
    # the tick box changes one decision too
    caio = wizard.proxy.mapFromSource(wizard.model.index(rows["Ødegård, Caio"], 0))
    wizard.proxy.setData(caio, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert wizard.ui.tally.text() == "3 re-invited, 1 not re-appointed"
    wizard.grab().save(str(SHOTS / "renewal_2_decisions.png"))
    assert roster.load_roster(db, group.id, next_term.id) == []  # nothing written yet
    wizard.next()
    assert "<b>3</b> re-invited" in wizard.ui.summary.text()
    wizard.grab().save(str(SHOTS / "renewal_3_confirm.png"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result() == 1, timeout=10_000)
    new = invitations.pipeline(db, group.id, next_term.id)
    assert sorted(r.family_name for r in new) == ["Núñez", "Silva", "Ødegård"]
    assert {r.status for r in new} == {"invited"} and all(r.renewal for r in new)
    bea_new = next(r for r in new if r.family_name == "Núñez")
    assert set(bea_new.roles) == {"member", "focal_point_planning"}
    old = {r.family_name: r.status for r in roster.load_roster(db, group.id, term.id)}
    assert old["Иванова"] == "not_reappointed" and old["Silva"] == "term_ended"
    assert context.undo_stack.count() == 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert roster.load_roster(db, group.id, next_term.id) == []
    assert {r.status for r in roster.load_roster(db, group.id, term.id)} == {"active"}


def test_a_second_renewal_is_refused_on_the_first_page(context, db, group, term, next_term,
                                                       team, qtbot):
    renewal.commit_renewal(db, group.id, term.id, next_term.id, on=next_term.starts_on)
    w = RenewalWizard(context)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.next()
    assert w.currentPage() is w.ui.termsPage
    assert "Nobody in 2021-2025 is a current member" in w.ui.blocked.text()
    w.resize(980, 640)
    w.grab().save(str(SHOTS / "renewal_refused.png"))


def test_a_member_already_in_the_new_term_is_shown_and_skipped(context, db, group, term,
                                                               next_term, team, qtbot):
    from ssc_desktop.domain.people import PersonFields

    bea = roster.member_detail(db, team["bea"])
    roster.add_member(db, group.id, next_term.id, PersonFields(
        given_names="Bea", family_name="Núñez", email=bea.fields.email), status="active",
        roles=["co_chair"], today=next_term.starts_on)
    w = RenewalWizard(context)
    qtbot.addWidget(w)
    w.resize(980, 640)
    w.ui.onDate.setDate(QDate(2025, 10, 20))
    w.show()
    qtbot.waitExposed(w)
    w.next()
    assert w.currentPage() is w.ui.decisionsPage
    texts = {w.model.index(r, 1).data(): w.model.index(r, 0).data()
             for r in range(w.model.rowCount())}
    assert texts["Núñez, Bea"] == "Already entered" and len(texts) == 4
    row = next(r for r in range(w.model.rowCount()) if w.model.index(r, 1).data() ==
               "Núñez, Bea")
    assert not w.model.flags(w.model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "3 re-invited, 0 not re-appointed, 1 already entered" in w.ui.tally.text()
    w.grab().save(str(SHOTS / "renewal_already_entered.png"))
    w.next()
    with qtbot.waitSignal(context.ops.changed, timeout=20000):
        w.button(QWizard.WizardButton.FinishButton).click()
    new = {r.family_name: r.status for r in roster.load_roster(db, group.id, next_term.id)}
    assert new["Núñez"] == "active" and len(new) == 4


def test_the_renewal_button_says_why_without_a_later_term_and_a_term_can_be_added(
        db, group, term, next_term, qtbot):
    from datetime import date

    from ssc_desktop.ui.add_quadrennium_dialog import AddQuadrenniumDialog
    from ssc_desktop.ui.pages.invitations import InvitationsPage

    ctx = AppContext(db)
    ctx.set_group(group.id, next_term.id)
    page = InvitationsPage(ctx)
    qtbot.addWidget(page)
    button = page.ui.renewalButton
    assert not button.isEnabled()
    assert "no quadrennium after 2026-2029 to renew into" in button.toolTip()
    dialog = AddQuadrenniumDialog(ctx, page)
    qtbot.addWidget(dialog)
    assert dialog.ui.code.text() == "2030-2033"
    assert dialog.ui.startsOn.date().toPython() == date(2030, 1, 1)
    dialog.ui.startsOn.setDate(date(2030, 2, 1))
    dialog.accept()
    assert "must start on 2030-01-01, the day after 2026-2029 ends" in dialog.ui.problem.text()
    dialog.ui.startsOn.setDate(date(2030, 1, 1))
    dialog.accept()
    assert [t.code for t in groups.list_quadrennia(db)][-1] == "2030-2033"
    page._renewal_button()
    assert button.isEnabled()
