"""The Targets page, its tree model, the editor and the quarterly update dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.services import roster
from ssc_desktop.services import targets as svc
from ssc_desktop.store.models import Target, TargetUpdate
from ssc_desktop.store.queries.roster import count_rows
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages.targets import TargetsPage
from ssc_desktop.ui.target_editor import TargetEditor
from ssc_desktop.ui.target_update_dialog import TargetUpdateDialog
from ssc_desktop.ui.targets_filter import TargetFilterProxy
from ssc_desktop.ui.targets_model import (
    NEEDS_FOCAL_POINT,
    ProgressRole,
    TargetFilter,
    TargetTreeModel,
)
from tests.conftest import TODAY


@pytest.fixture
def seeded(db, group, term, add_member):
    nicole = roster.member_detail(db, add_member("Nicole", "Duplaix")).person_id
    leaving = add_member("Hélène", "Jacques")
    helene = roster.member_detail(db, leaving).person_id
    ids = {}
    for ksr, title, focal, value in (
        (6, "Assess all 13 otter species", nicole, 13.0),
        (2, "Recruit 10 early-career members", helene, 10.0),
        (13, "Reach 10000 people on World Otter Day", None, 10000.0),
    ):
        ids[title] = svc.create_target(db, group.id, term.id, TargetFields(
            ksr, title, baseline=0.0, target_value=value, focal_point_id=focal),
            today=TODAY).subject_id
    svc.record_update(db, ids["Assess all 13 otter species"],
                      UpdateFields("2025-Q1", 9.0, status="at_risk"), today=TODAY)
    svc.record_update(db, ids["Recruit 10 early-career members"],
                      UpdateFields("2024-Q4", 5.0, status="on_track"), today=TODAY)
    roster.end_membership(db, leaving, "resigned", TODAY)
    return ids


@pytest.fixture
def context(db, group, term, qtbot):
    ctx = AppContext(db)
    ctx.set_group(group.id, term.id)
    return ctx


@pytest.fixture
def page(context, seeded, qtbot):
    p = TargetsPage(context, today=TODAY)
    qtbot.addWidget(p)
    context.ops.changed.connect(lambda _changes: p.refresh())
    return p


def _counts(db):
    with db.reading() as s:
        return count_rows(s, Target), count_rows(s, TargetUpdate)


def _titles(shown: TargetTreeModel | TargetFilterProxy | TargetsPage) -> list[str]:
    """The target titles a model holds, or a page's tree shows (through its filter)."""
    model = shown.ui.tree.model() if isinstance(shown, TargetsPage) else shown

    def rows(parent: QModelIndex) -> list[QModelIndex]:
        return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]

    return [t.data() for obj in rows(QModelIndex()) for ksr in rows(obj) for t in rows(ksr)]


def test_model_passes_qtmodeltester(qtmodeltester, db, group, term, seeded):
    model = TargetTreeModel()
    model.set_data(svc.list_targets(db, group.id, term.id, TODAY), svc.list_ksrs(db, term.id))
    qtmodeltester.check(model)
    proxy = TargetFilterProxy(model)
    proxy.set_filter(TargetFilter(status="at_risk"))
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert _titles(proxy) == ["Assess all 13 otter species"]


def test_page_groups_targets_by_objective_and_ksr_with_progress(page):
    model = page.model
    objectives = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert objectives[0] == "Network (1 target)"
    assert [o.split(" (")[0] for o in objectives] == ["Network", "Assess", "Plan", "Act",
                                                      "Communicate"]
    assess = model.index(1, 0)
    ksr6 = next(model.index(i, 0, assess) for i in range(model.rowCount(assess))
                if model.index(i, 0, assess).data().startswith("KSR 6"))
    target = model.index(0, 1, ksr6)
    assert target.data(ProgressRole) == pytest.approx(9 / 13)
    assert model.index(0, 2, ksr6).data() == "▲ At risk"
    assert "2 without a current focal point" in page.ui.summary.text()
    assert "At risk <b>1</b>" in page.ui.summary.text()


def test_departed_focal_point_is_flagged_and_filterable(page, qtbot):
    page.ui.focalFilter.setCurrentIndex(page.ui.focalFilter.findData(NEEDS_FOCAL_POINT))
    assert sorted(_titles(page)) == ["Reach 10000 people on World Otter Day",
                                           "Recruit 10 early-career members"]
    shown = [page.model.index_of(svc_id).siblingAtColumn(4).data()
             for svc_id in [r.id for r in page.model.rows if r.focal_point_state == "left"]]
    assert shown == ["⚠ Jacques, Hélène left: needs a new focal point"]


def test_filters_by_status_ksr_search_and_not_updated(page, qtbot):
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("at_risk"))
    assert _titles(page) == ["Assess all 13 otter species"]
    page.ui.statusFilter.setCurrentIndex(0)
    page.ui.staleOnly.setChecked(True)
    assert sorted(_titles(page)) == ["Reach 10000 people on World Otter Day",
                                           "Recruit 10 early-career members"]
    page.ui.staleOnly.setChecked(False)
    page.ui.ksrFilter.setCurrentIndex(page.ui.ksrFilter.findData(13))
    assert _titles(page) == ["Reach 10000 people on World Otter Day"]
    page.ui.ksrFilter.setCurrentIndex(0)
    qtbot.keyClicks(page.ui.search, "jacques")
    assert _titles(page) == ["Recruit 10 early-career members"]


def test_update_dialog_records_a_quarter_in_a_few_clicks(page, context, db, group, term,
                                                         seeded, qtbot):
    target_id = seeded["Recruit 10 early-career members"]
    dialog = TargetUpdateDialog(context, target_id, page, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.ui.quarter.currentData() == "2025-Q1"
    assert dialog.ui.value.text() == "5"  # carried over from the last quarter
    dialog.ui.value.clear()
    qtbot.keyClicks(dialog.ui.value, "7")
    assert "70%" in dialog.ui.valueHint.text()
    qtbot.mouseClick(dialog.ui.atRisk, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.narrative, "Two mentors left")
    with qtbot.waitSignal(context.ops.changed):
        qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    row = next(r for r in svc.list_targets(db, group.id, term.id, TODAY) if r.id == target_id)
    assert (row.current_value, row.status, row.last_quarter) == (7.0, "at_risk", "2025-Q1")
    assert row.last_narrative == "Two mentors left"
    assert context.undo_stack.count() == 1
    context.ops.undo()
    context.ops.wait()  # undo runs as an operation
    row = next(r for r in svc.list_targets(db, group.id, term.id, TODAY) if r.id == target_id)
    assert row.last_quarter == "2024-Q4"


def test_update_dialog_refuses_a_value_of_the_wrong_kind(page, context, db, seeded, qtbot):
    dialog = TargetUpdateDialog(context, seeded["Assess all 13 otter species"], page, TODAY)
    qtbot.addWidget(dialog)
    before = _counts(db)
    dialog.ui.value.setText("many")
    dialog.save()
    assert dialog.ui.problems.text() == "The value reached must be a number, not 'many'."
    assert _counts(db) == before and dialog.result() == 0


def test_editor_adds_a_target_and_refuses_bad_input(page, context, db, group, term, qtbot):
    editor = TargetEditor(context, group.id, term.id, None, page, TODAY)
    qtbot.addWidget(editor)
    save = editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert editor.ui.problems.text() == "Enter a short title for the target."
    qtbot.keyClicks(editor.ui.title, "Publish the otter action plan")
    editor.ui.targetValue.setText("lots")
    assert editor.ui.problems.text() == "The target value must be a number, not 'lots'."
    assert not save.isEnabled()
    qtbot.mouseClick(editor.ui.milestone, Qt.MouseButton.LeftButton)
    editor.ui.ksr.setCurrentIndex(editor.ui.ksr.findData(8))
    assert editor.ui.problems.text() == ""
    before = _counts(db)
    with qtbot.waitSignal(context.ops.changed):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert _counts(db)[0] == before[0] + 1
    row = next(r for r in svc.list_targets(db, group.id, term.id, TODAY)
               if r.title == "Publish the otter action plan")
    assert row.is_milestone and row.ksr_number == 8 and row.due_on == date(2025, 10, 15)
    assert "Publish the otter action plan" in _titles(page)


def test_editor_sets_the_geographic_scope_and_the_annual_report_counts_it(
        page, context, db, group, term, qtbot):
    from ssc_desktop.services.annual_report import annual_figures

    row = next(r for r in page.model.rows if r.title == "Assess all 13 otter species")
    assert row.geographic_scope == "Global"
    editor = TargetEditor(context, group.id, term.id, row, page, TODAY)
    qtbot.addWidget(editor)
    assert editor.ui.scope.currentText() == "Global"
    assert editor.ui.scope.findText("Meso and South America") > 0  # the statutory regions
    editor.ui.scope.setCurrentIndex(editor.ui.scope.findText("Meso and South America"))
    editor.grab().save("/tmp/shots/target-editor-scope.png")
    with qtbot.waitSignal(context.ops.changed):
        qtbot.mouseClick(editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    other = next(r for r in page.model.rows if r.title.startswith("Recruit"))
    editor = TargetEditor(context, group.id, term.id, other, page, TODAY)
    qtbot.addWidget(editor)
    editor.ui.scope.setEditText("  Amazon   basin ")  # typed: any area the chair names
    with qtbot.waitSignal(context.ops.changed):
        qtbot.mouseClick(editor.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    scopes = {r.title: r.geographic_scope for r in svc.list_targets(db, group.id, term.id,
                                                                     TODAY)}
    assert scopes == {"Assess all 13 otter species": "Meso and South America",
                      "Recruit 10 early-career members": "Amazon basin",
                      "Reach 10000 people on World Otter Day": "Global"}
    editor = TargetEditor(context, group.id, term.id, next(
        r for r in page.model.rows if r.title.startswith("Recruit")), page, TODAY)
    qtbot.addWidget(editor)
    assert editor.ui.scope.currentText() == "Amazon basin"  # shown again as typed
    assert annual_figures(db, group.id, 2025, today=TODAY).scope() == \
        "1 Meso and South America, 1 Amazon basin, 1 Global"
    assert context.undo_stack.count() == 2  # each save one step
    context.ops.undo()
    context.ops.wait()
    assert next(r for r in svc.list_targets(db, group.id, term.id, TODAY)
                if r.title.startswith("Recruit")).geographic_scope == "Global"


def test_editor_shows_a_departed_focal_point_and_keeps_it_until_replaced(page, context,
                                                                         seeded, qtbot):
    row = next(r for r in page.model.rows if r.focal_point_state == "left")
    editor = TargetEditor(context, row.group_id, row.quadrennium_id, row, page, TODAY)
    qtbot.addWidget(editor)
    assert "no longer an active member" in editor.ui.focalNote.text()
    assert editor.ui.focalPoint.currentData() == row.focal_point_id


def test_empty_quadrennium_without_ksrs_explains_itself(db, group, qtbot):
    from ssc_desktop.services import groups

    later = groups.find_quadrennium(db, "2026-2029")
    ctx = AppContext(db)
    ctx.set_group(group.id, later.id)
    p = TargetsPage(ctx, today=date(2026, 3, 1))
    qtbot.addWidget(p)
    assert p.ui.stack.currentWidget() is p.ui.emptyPage
    assert "No Key Species Results are loaded for 2026-2029" in p.ui.emptyLabel.text()


def test_member_tab_lists_the_targets_a_person_is_focal_point_for(context, db, seeded,
                                                                  qtmodeltester, qtbot):
    from ssc_desktop.ui.member_targets_tab import MemberTargetsTab

    row = next(r for r in svc.list_targets(db, context.group_id, context.quadrennium_id, TODAY)
               if r.focal_point_state == "left")
    tab = MemberTargetsTab(context, "", row.focal_point_id, None, TODAY)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 0).data() == "Recruit 10 early-career members"
    assert "need(s) a new focal point" in tab.note.text()


def test_a_keystroke_hides_rows_instead_of_resetting_the_model(page, qtbot):
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    qtbot.keyClicks(page.ui.search, "otter")
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("at_risk"))
    assert _titles(page) == ["Assess all 13 otter species"]
    assert resets == []  # hidden rows, not a new tree: expansion and scroll stay put
    page.ui.statusFilter.setCurrentIndex(0)
    page.ui.search.clear()
    assert len(_titles(page)) == len(page.model.rows)
    assert resets == []


def test_ksr_labels_follow_the_language() -> None:
    from ssc_desktop import i18n
    from ssc_desktop.services.target_dto import KsrInfo
    from ssc_desktop.ui.targets_model import ksr_label

    title = "Enhance the membership and the capacity of the SSC network and its alliances."
    ksr = KsrInfo("k2", 2, "network", "Network", title)
    assert ksr_label(ksr).endswith(title)
    i18n.set_language("es")
    try:
        spanish = ksr_label(ksr)
    finally:
        i18n.set_language("en")
    assert spanish.endswith(
        ": Mejorar la membresía y la capacidad de la red de la CSE y sus alianzas.")


def test_a_keystroke_asks_each_row_once_and_resets_nothing(page, qtbot):
    """The filter proxy evaluates each row of the tree at most once per keystroke, from the
    model's marks: no model reset, no row hidden one by one in the view."""
    model, proxy, tree = page.model, page.proxy, page.ui.tree
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("model"))
    proxy.modelReset.connect(lambda: resets.append("proxy"))
    groups = len(model.group_indexes())
    for text in ("o", "ot", "otter", "otte", ""):
        proxy.evaluated = 0
        page.ui.search.setText(text)
        assert proxy.evaluated <= len(model.rows) + groups
    assert resets == []
    assert not any(tree.isRowHidden(r, ROOT) for r in range(proxy.rowCount()))
    page.ui.search.setText("otter species")
    assert _titles(page) == ["Assess all 13 otter species"]
    # The objective and KSR of the match stay open and span the columns.
    objective = proxy.index(0, 0)
    ksr = proxy.index(0, 0, objective)
    assert tree.isExpanded(objective) and tree.isExpanded(ksr)
    assert tree.isFirstColumnSpanned(0, objective)
    assert ksr.data().startswith("KSR 6: ") and ksr.data().endswith(" (1 target)")


def test_painted_cells_say_what_data_says(page):
    """The plain items a painted row is read from hold the same text, colours, fonts and
    progress as data() for every target cell."""
    from ssc_desktop.ui.targets_model import _PAINTED, DISPLAY

    model = page.model
    for target in model.rows:
        index = model.index_of(target.id)
        for column in range(model.columnCount()):
            cell = index.siblingAtColumn(column)
            item = model.painted_cell(cell)
            assert item.data(DISPLAY) == cell.data()
            for _column, role in _PAINTED:
                assert item.data(role) == model.data(cell, role)


ROOT = QModelIndex()
