"""The Targets page starts a new term: a KSR set from a file or carried forward, and
chosen targets carried from the previous term."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from ssc_desktop.domain.targets import TargetFields
from ssc_desktop.services import groups
from ssc_desktop.services import targets as svc
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages.targets import TargetsPage
from ssc_desktop.ui.term_start_actions import CarryTargetsDialog
from tests.conftest import TODAY

LATER = date(2026, 3, 1)


def _page(db, group, qtbot):
    later = groups.find_quadrennium(db, "2026-2029")
    ctx = AppContext(db)
    ctx.set_group(group.id, later.id)
    page = TargetsPage(ctx, today=LATER)
    ctx.ops.changed.connect(lambda _changes: page.refresh())  # as the window does
    qtbot.addWidget(page)
    return ctx, page, later


def test_carry_the_previous_ksrs_then_load_the_new_plan(db, group, qtbot, tmp_path: Path):
    ctx, page, later = _page(db, group, qtbot)
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "Use the previous KSRs carries the 2021-2025 set forward" in page.ui.emptyLabel.text()
    assert page.ui.carryKsrButton.isEnabled() and not page.ui.carryTargetsButton.isEnabled()
    qtbot.mouseClick(page.ui.carryKsrButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentWidget() is page.ui.treePage
    assert "Provisional KSR set" in page.ui.summary.text()
    assert page.ui.addButton.isEnabled() and page.ui.carryKsrButton.isHidden()
    path = tmp_path / "ksrs_2026-2029.csv"
    path.write_text("quadrennium,number,objective_code,objective_name,title\n"
                    "2026-2029,1,assess,Assess,Assess the world's species.\n",
                    encoding="utf-8")
    page.load_ksr_set(str(path))
    assert "Provisional" not in page.ui.summary.text()
    assert [k.title for k in svc.list_ksrs(db, later.id)] == ["Assess the world's species."]


def test_a_bad_ksr_file_is_one_sentence_in_the_window(db, group, qtbot, tmp_path: Path):
    ctx, page, later = _page(db, group, qtbot)
    failures: list[str] = []
    ctx.failed.connect(failures.append)
    path = tmp_path / "ksrs.csv"
    path.write_text("quadrennium,number,objective_code,objective_name,title\n"
                    "2026-2029,1,act,Act,One.\n2026-2029,3,act,Act,Three.\n", encoding="utf-8")
    page.load_ksr_set(str(path))
    assert failures == ["ksrs.csv, row 3, column 'number': KSR 3 follows KSR 1; number the "
                        "KSRs 1, 2, 3 … in order, without gaps."]
    assert svc.list_ksrs(db, later.id) == []


def test_carry_chosen_targets_forward_from_the_dialog(db, group, term, qtbot):
    for ksr, title in ((6, "Assess all otters"), (2, "Recruit 10 members")):
        svc.create_target(db, group.id, term.id, TargetFields(
            ksr, title, baseline=0.0, target_value=10.0), today=TODAY)
    ctx, page, later = _page(db, group, qtbot)
    qtbot.mouseClick(page.ui.carryKsrButton, Qt.MouseButton.LeftButton)
    assert page.ui.carryTargetsButton.isEnabled()
    dialog = CarryTargetsDialog(ctx, page, LATER)
    qtbot.addWidget(dialog)
    assert dialog.ui.targets.count() == 2
    dialog.ui.targets.item(1).setCheckState(Qt.CheckState.Unchecked)
    first = dialog.ui.targets.item(0).text()
    dialog.accept()
    rows = svc.list_targets(db, group.id, later.id, LATER)
    assert len(rows) == 1 and rows[0].code in first and rows[0].title in first
    assert page.model.rows and page.model.rows[0].title == rows[0].title
    again = CarryTargetsDialog(ctx, page, LATER)
    qtbot.addWidget(again)
    assert again.ui.targets.item(0).checkState() == Qt.CheckState.Unchecked  # already there
    again.ui.targets.item(0).setCheckState(Qt.CheckState.Checked)
    again.accept()
    assert "already has the target" in again.ui.problem.text()
    assert len(svc.list_targets(db, group.id, later.id, LATER)) == 1
