"""The Invitations page driven like a chair would: stages, bulk steps, undo, drafts, mailto."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QUrl

from ssc_desktop.services import invitations, onboarding, roster
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.member_onboarding_tab import MemberOnboardingTab
from ssc_desktop.ui.pages.invitations import InvitationsPage, PipelineModel
from ssc_desktop.ui.templates_dialog import TemplatesDialog
from tests.conftest import TODAY

SHOTS = Path("/tmp/shots/lifecycle")


@pytest.fixture
def seeded(db, group, term, add_member):
    ids = {
        "chair": add_member("Ana", "Silva", roles=["chair"], email="ana.silva@example.org"),
        "p1": add_member("José", "Núñez", status="proposed"),
        "p2": add_member("Ola", "Ødegård", status="proposed"),
        "i1": add_member("Иван", "Иванов", status="proposed"),
        "i2": add_member("Kofi", "Mensah", status="proposed", email=""),
        "a1": add_member("Zoë", "Zimmermann", status="accepted"),
    }
    invitations.invite(db, [ids["i1"], ids["i2"]], TODAY)
    return ids


@pytest.fixture
def context(db, group, term):
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


@pytest.fixture
def page(context, seeded, qtbot):
    p = InvitationsPage(context)
    qtbot.addWidget(p)
    context.ops.changed.connect(lambda _changes: p.refresh())
    p.resize(1200, 640)
    p.refresh()
    p.ui.onDate.setDate(QDate(2025, 5, 1))
    return p


def go_to(page, stage):
    page.ui.stages.setCurrentIndex(("proposed", "invited", "overdue", "accepted", "active",
                                    "ended").index(stage))


def select(page, membership_ids):
    page.select_ids(membership_ids)
    assert set(page.selected_ids()) == set(membership_ids)


def status_of(db, membership_id):
    return roster.member_detail(db, membership_id).status


def test_model_passes_qtmodeltester(qtmodeltester, db, group, term, seeded):
    model = PipelineModel()
    model.reset_rows(invitations.pipeline(db, group.id, term.id, TODAY), {})
    qtmodeltester.check(model)


def test_every_stage_filter_passes_qtmodeltester(qtmodeltester, db, group, term, seeded):
    from ssc_desktop.ui.pages.invitations import STAGE_TABS, StageFilter

    model = PipelineModel()
    model.reset_rows(invitations.pipeline(db, group.id, term.id, TODAY), {})
    for stage in STAGE_TABS:
        proxy = StageFilter(stage)
        proxy.setSourceModel(model)
        proxy.sort(0)
        qtmodeltester.check(proxy)


def test_pipeline_at_a_glance(page):
    text = page.ui.summary.text()
    assert "<b>2</b> proposed" in text and "<b>2</b> invited, <b>2</b> of them overdue" in text
    assert "<b>1</b> accepted" in text
    tabs = [page.ui.stages.tabText(i) for i in range(page.ui.stages.count())]
    assert tabs == ["Proposed (2)", "Invited (2)", "Overdue (2)", "Accepted (1)",
                    "Validated (1)", "Ended (0)"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "invitations_page_small.png"))


def test_bulk_invite_is_one_undo_step(page, context, db, seeded, qtbot):
    go_to(page, "proposed")
    select(page, [seeded["p1"], seeded["p2"]])
    assert page.ui.inviteButton.isEnabled() and not page.ui.validateButton.isEnabled()
    page.ui.channel.setCurrentIndex(page.ui.channel.findData("email"))
    qtbot.mouseClick(page.ui.inviteButton, Qt.MouseButton.LeftButton)
    assert {status_of(db, seeded[k]) for k in ("p1", "p2")} == {"invited"}
    assert page.ui.stages.tabText(1) == "Invited (4)"
    assert context.undo_stack.count() == 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    assert {status_of(db, seeded[k]) for k in ("p1", "p2")} == {"proposed"}
    assert page.ui.stages.tabText(0) == "Proposed (2)"


def test_remind_accept_validate_through_the_buttons(page, context, db, seeded, qtbot):
    go_to(page, "overdue")
    select(page, [seeded["i1"]])
    qtbot.mouseClick(page.ui.remindButton, Qt.MouseButton.LeftButton)
    row = next(r for r in invitations.pipeline(db, context.group_id, context.quadrennium_id)
               if r.membership_id == seeded["i1"])
    assert row.reminders == 1
    select(page, [seeded["i1"]])
    qtbot.mouseClick(page.ui.acceptButton, Qt.MouseButton.LeftButton)
    go_to(page, "accepted")
    select(page, [seeded["i1"], seeded["a1"]])
    qtbot.mouseClick(page.ui.validateButton, Qt.MouseButton.LeftButton)
    assert status_of(db, seeded["i1"]) == status_of(db, seeded["a1"]) == "active"
    assert context.undo_stack.count() == 3


def test_a_refused_step_shows_a_sentence_and_changes_nothing(page, context, db, seeded,
                                                              qtbot):
    go_to(page, "proposed")
    select(page, [seeded["p1"]])
    with qtbot.waitSignal(context.failed) as failed:
        page.take_step("remind")  # the button is disabled; the service still refuses
    assert failed.args[0].startswith("Cannot send a reminder to José Núñez: no invitation")
    assert status_of(db, seeded["p1"]) == "proposed"
    assert context.undo_stack.count() == 0


def test_write_drafts_for_the_overdue_skips_who_has_no_address(page, context, seeded,
                                                                tmp_path, monkeypatch,
                                                                qtbot):
    opened: list[QUrl] = []
    monkeypatch.setattr(page, "choose_folder", lambda: str(tmp_path))
    monkeypatch.setattr(page, "open_url", lambda url: opened.append(url) or True)
    monkeypatch.setattr("ssc_desktop.ui.pages.invitations.QMessageBox.information",
                        lambda *a: None)
    go_to(page, "overdue")
    page.ui.kind.setCurrentIndex(page.ui.kind.findData("reminder"))
    qtbot.mouseClick(page.ui.draftsButton, Qt.MouseButton.LeftButton)
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 1
    msg = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["To"].addresses[0].display_name == "Иван Иванов"
    assert "Kofi Mensah (no e-mail address)" in page.last_drafts_message
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_email_one_member_opens_a_mailto_url(page, seeded, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(page, "open_url", lambda url: opened.append(url) or True)
    go_to(page, "invited")
    select(page, [seeded["i1"]])
    page.ui.kind.setCurrentIndex(page.ui.kind.findData("reminder"))
    page.email_one()
    (url,) = opened
    assert url.scheme() == "mailto"
    assert url.toString(QUrl.ComponentFormattingOption.FullyEncoded).startswith(
        "mailto:%D0%B8%D0%B2%D0%B0%D0%BD")  # the Cyrillic address, percent-encoded


def test_templates_dialog_refuses_an_unknown_placeholder(context, db, qtbot):
    dialog = TemplatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.set_kind("reminder", "en")
    dialog.ui.body.setPlainText("Dear {given_nme},")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "unknown placeholder {given_nme}" in dialog.ui.problem.text()
    assert dialog.ui.state.text() == "(as shipped)"
    assert context.undo_stack.count() == 0
    dialog.ui.body.setPlainText("Dear {given_name}, please answer by {deadline}.")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.state.text() == "(edited)" and dialog.ui.problem.text() == ""
    dialog.resize(760, 560)
    dialog.grab().save(str(SHOTS / "templates_dialog.png"))
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.state.text() == "(as shipped)"


def test_onboarding_tab_records_documents_and_declarations(context, db, group, term, seeded,
                                                            qtbot):
    person = roster.member_detail(db, seeded["chair"]).person_id
    tab = MemberOnboardingTab(context, seeded["chair"], person)
    qtbot.addWidget(tab)
    assert tab.ui.documents.rowCount() == 17  # a Chair of a taxonomic group
    assert tab.ui.completion.text().startswith("Still to do: 0 of 17 documents")
    tab.ui.documents.selectRow(0)
    tab.ui.readOn.setDate(QDate(2025, 3, 1))
    qtbot.mouseClick(tab.ui.markRead, Qt.MouseButton.LeftButton)
    assert tab.ui.documents.item(0, 3).text() == "2025-03-01"
    tab.ui.codeOfConduct.setChecked(True)
    tab.ui.codeOfConductOn.setDate(QDate(2025, 3, 2))
    tab.ui.cites.setChecked(True)
    qtbot.mouseClick(tab.ui.saveDeclarations, Qt.MouseButton.LeftButton)
    view = onboarding.member_onboarding(db, seeded["chair"])
    assert view.code_of_conduct_accepted_on.isoformat() == "2025-03-02"
    assert tab.ui.documents.rowCount() == 18  # the CITES guidelines joined the list
    assert seeded["chair"] in onboarding.incomplete_onboarding(db, group.id, term.id)
    tab.resize(900, 600)
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(SHOTS / "onboarding_tab.png"))
    assert context.undo_stack.count() == 2
