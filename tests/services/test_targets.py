"""Targets services on a real database: writes, derivations, focal points and flags."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.domain.errors import UserError, ValidationFailed
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.services import history, roster
from ssc_desktop.services import targets as svc
from ssc_desktop.store.models import AuditEntry, Target, TargetUpdate
from ssc_desktop.store.queries.roster import count_rows
from tests.conftest import TODAY


def _person_id(db, membership_id: str) -> str:
    return roster.member_detail(db, membership_id).person_id


@pytest.fixture
def focal(db, add_member):
    return _person_id(db, add_member("Nicole", "Duplaix", email="nicole@example.org"))


def _new(db, group, term, focal=None, **kw) -> str:
    fields = TargetFields(**{"ksr_number": 6, "title": "Assess all 13 otter species for the "
                             "Red List by 2025", "indicator": "Species assessed",
                             "unit": "species", "baseline": 0.0, "target_value": 13.0,
                             "focal_point_id": focal, **kw})
    return svc.create_target(db, group.id, term.id, fields, today=TODAY).subject_id


def _counts(db) -> tuple[int, int, int]:
    with db.reading() as s:
        return count_rows(s, Target), count_rows(s, TargetUpdate), count_rows(s, AuditEntry)


def test_create_then_list_with_defaults(db, group, term, focal):
    target_id = _new(db, group, term, focal)
    [row] = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert row.id == target_id
    assert (row.ksr_number, row.objective_name) == (6, "Assess")
    assert row.due_on == date(2025, 10, 15)  # default: the end of the quadrennium
    assert row.focal_point_name == "Duplaix, Nicole" and row.focal_point_state == "ok"
    assert row.status == "no_update" and row.progress is None and row.needs_update


def test_quarterly_updates_derive_current_value_and_status(db, group, term, focal):
    target_id = _new(db, group, term, focal)
    svc.record_update(db, target_id, UpdateFields("2024-Q4", 5.0, status="at_risk"),
                      today=TODAY)
    svc.record_update(db, target_id, UpdateFields("2024-Q3", 2.0, status="off_track"),
                      today=TODAY)
    [row] = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert (row.current_value, row.status, row.last_quarter) == (5.0, "at_risk", "2024-Q4")
    assert row.needs_update  # nothing for 2025-Q1 yet
    svc.record_update(db, target_id, UpdateFields("2025-Q1", 13.0, narrative="All done",
                                                  status="achieved"), today=TODAY)
    [row] = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert (row.current_value, row.status, row.progress) == (13.0, "achieved", 1.0)
    assert row.last_narrative == "All done" and not row.needs_update
    detail = svc.target_detail(db, target_id, today=TODAY)
    assert [u.quarter for u in detail.updates] == ["2025-Q1", "2024-Q4", "2024-Q3"]


def test_recording_the_same_quarter_again_corrects_it(db, group, term, focal):
    target_id = _new(db, group, term, focal)
    svc.record_update(db, target_id, UpdateFields("2025-Q1", 4.0), today=TODAY)
    svc.record_update(db, target_id, UpdateFields("2025-Q1", 6.0, status="at_risk"),
                      today=TODAY)
    [row] = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert (row.current_value, row.status, row.update_count) == (6.0, "at_risk", 1)


def test_milestone_target(db, group, term, focal):
    target_id = _new(db, group, term, focal, title="Publish the Asian otter action plan",
                     ksr_number=8, baseline=None, target_value=None, is_milestone=True)
    svc.record_update(db, target_id, UpdateFields("2025-Q1", milestone_done=True,
                                                  status="achieved"), today=TODAY)
    [row] = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert row.is_milestone and row.milestone_done and row.progress == 1.0


def test_each_write_is_one_undo_step(db, group, term, focal):
    target_id = _new(db, group, term, focal)
    change = svc.record_update(db, target_id, UpdateFields("2025-Q1", 4.0), today=TODAY)
    history.undo(db, change.batch_id)
    assert svc.list_targets(db, group.id, term.id, today=TODAY)[0].status == "no_update"
    delete = svc.delete_target(db, target_id)
    assert svc.list_targets(db, group.id, term.id, today=TODAY) == []
    history.undo(db, delete.batch_id)
    assert [r.id for r in svc.list_targets(db, group.id, term.id, today=TODAY)] == [target_id]


def test_delete_target_with_updates_and_undo_restores_them(db, group, term, focal):
    target_id = _new(db, group, term, focal)
    svc.record_update(db, target_id, UpdateFields("2024-Q4", 2.0), today=TODAY)
    svc.record_update(db, target_id, UpdateFields("2025-Q1", 4.0), today=TODAY)
    change = svc.delete_target(db, target_id)
    assert _counts(db)[:2] == (0, 0)
    history.undo(db, change.batch_id)
    assert _counts(db)[:2] == (1, 2)


def test_edit_target_keeps_a_departed_focal_point_but_refuses_a_new_outsider(
        db, group, term, focal, add_member):
    target_id = _new(db, group, term, focal)
    outsider = _person_id(db, add_member("Paul", "Invited", status="invited"))
    row = svc.list_targets(db, group.id, term.id, today=TODAY)[0]
    fields = TargetFields(6, "Assess 13 otter species", baseline=0.0, target_value=13.0,
                          focal_point_id=outsider)
    before = _counts(db)
    with pytest.raises(ValidationFailed) as err:
        svc.edit_target(db, target_id, row.version, fields, today=TODAY)
    assert str(err.value) == ("Paul Invited is not a current member of the Otter Specialist "
                              "Group in 2021-2025; choose an active member as focal point.")
    assert _counts(db) == before


def test_focal_point_who_left_is_flagged_on_the_page_and_the_roster(
        db, group, term, add_member):
    membership = add_member("Hélène", "Jacques", email="helene@example.org")
    person = _person_id(db, membership)
    _new(db, group, term, person)
    _new(db, group, term, None, title="Train 20 new Red List assessors", ksr_number=2)
    assert svc.people_needing_focal_point_replacement(db, group.id, term.id, TODAY) == {}
    roster.end_membership(db, membership, "resigned", TODAY)
    rows = {r.title: r for r in svc.list_targets(db, group.id, term.id, today=TODAY)}
    assert rows["Assess all 13 otter species for the Red List by 2025"].focal_point_state \
        == "left"
    assert rows["Train 20 new Red List assessors"].focal_point_state == "none"
    assert all(r.needs_focal_point for r in rows.values())
    assert svc.people_needing_focal_point_replacement(db, group.id, term.id, TODAY) == {
        person: 1}
    [mine] = svc.targets_for_focal_point(db, person, today=TODAY)
    assert mine.focal_point_state == "left"


def test_focal_point_candidates_are_active_members_only(db, group, term, add_member):
    add_member("Ana", "Silva")
    add_member("Bo", "Invited", status="invited")
    names = [c.name for c in svc.focal_point_candidates(db, group.id, term.id, TODAY)]
    assert names == ["Silva, Ana"]


# --------------------------------------------------------------------------- bad input

BAD_TARGETS = [
    ({"ksr_number": 14}, "KSR 14 is not in the 2021-2025 Species Strategic Plan (KSR 1 to 13); "
                         "choose one of its KSRs."),
    ({"target_value": "13 species"}, "The target value must be a number, not '13 species'."),
    ({"due_on": date(2025, 12, 31)}, "The due date 2025-12-31 is after the 2021-2025 "
                                     "quadrennium ends (2025-10-15); choose an earlier date."),
]


@pytest.mark.parametrize(("change", "sentence"), BAD_TARGETS)
def test_bad_target_is_refused_with_a_sentence_and_nothing_changes(db, group, term, focal,
                                                                   change, sentence):
    before = _counts(db)
    with pytest.raises(ValidationFailed) as err:
        _new(db, group, term, focal, **change)
    assert str(err.value) == sentence
    assert _counts(db) == before


def test_focal_point_who_is_not_a_member_is_refused(db, group, term, add_member):
    proposed = _person_id(db, add_member("Pat", "Proposed", status="proposed"))
    before = _counts(db)
    with pytest.raises(ValidationFailed) as err:
        _new(db, group, term, proposed)
    assert str(err.value) == ("Pat Proposed is not a current member of the Otter Specialist "
                              "Group in 2021-2025; choose an active member as focal point.")
    assert _counts(db) == before


BAD_UPDATES = [
    (UpdateFields("2025-Q3", 4.0), "2025-Q3 is in the future; progress can be recorded up to "
                                   "2025-Q1."),
    (UpdateFields("2021-Q1", 4.0), "2021-Q1 is before the quadrennium (it starts on "
                                   "2021-09-11); choose a quarter from 2021-Q3."),
    (UpdateFields("2025-Q1", "four"), "The value reached must be a number, not 'four'."),
    (UpdateFields("2025-Q1", None), "Enter the value reached this quarter (a number)."),
]


@pytest.mark.parametrize(("update", "sentence"), BAD_UPDATES)
def test_bad_update_is_refused_with_a_sentence_and_nothing_changes(db, group, term, focal,
                                                                   update, sentence):
    target_id = _new(db, group, term, focal)
    before = _counts(db)
    with pytest.raises(UserError) as err:
        svc.record_update(db, target_id, update, today=TODAY)
    assert str(err.value) == sentence
    assert _counts(db) == before


def test_a_number_for_a_milestone_is_the_wrong_kind(db, group, term, focal):
    target_id = _new(db, group, term, focal, is_milestone=True, baseline=None,
                     target_value=None)
    before = _counts(db)
    with pytest.raises(ValidationFailed, match="yes/no milestone: record whether it is done"):
        svc.record_update(db, target_id, UpdateFields("2025-Q1", 3.0), today=TODAY)
    assert _counts(db) == before


def test_a_later_quadrennium_ksr_set_loads_from_a_file(db, tmp_path):
    from ssc_desktop.services import groups, ksr_sets

    path = tmp_path / "ksrs_2026-2029.csv"
    path.write_text("quadrennium,number,objective_code,objective_name,title\n"
                    "2026-2029,1,assess,Assess,Assess every species.\n"
                    "2026-2029,2,act,Act,Act for every species.\n", encoding="utf-8")
    change = ksr_sets.load_ksr_set(db, path)
    term = groups.find_quadrennium(db, "2026-2029")
    assert [k.title for k in svc.list_ksrs(db, term.id)] == ["Assess every species.",
                                                             "Act for every species."]
    assert "2 new" in change.summary
    history.undo(db, change.batch_id)
    assert svc.list_ksrs(db, term.id) == []


def test_a_ksr_file_for_an_unknown_quadrennium_is_refused(db, tmp_path):
    from ssc_desktop.services import ksr_sets

    path = tmp_path / "ksrs.csv"
    path.write_text("quadrennium,number,objective_code,objective_name,title\n"
                    "2030-2033,1,assess,Assess,Assess.\n", encoding="utf-8")
    with pytest.raises(UserError, match="names the quadrennium 2030-2033, which this database"):
        ksr_sets.load_ksr_set(db, path)


def test_demo_targets_have_progress_risks_and_a_departed_focal_point(db, group, term,
                                                                      add_member):
    import random

    from ssc_desktop.demo.targets import add_demo_targets

    for i in range(8):
        add_member(f"Member{i}", "Demo", roles=["member"])
    added = add_demo_targets(db, [group.id], random.Random(7), TODAY)
    rows = svc.list_targets(db, group.id, term.id, today=TODAY)
    assert added == len(rows) >= 7
    assert any(r.status in ("at_risk", "off_track") for r in rows)
    assert any(r.update_count >= 2 for r in rows)
    assert any(r.focal_point_state == "left" for r in rows)


def test_in_a_finished_term_people_who_served_to_the_end_are_not_flagged(db, group, term,
                                                                         add_member):
    person = _person_id(db, add_member("Rosa", "Served", status="term_ended"))
    _new(db, group, term, person)
    later = date(2026, 11, 23)
    [row] = svc.list_targets(db, group.id, term.id, today=later)
    assert row.focal_point_state == "ok"
    assert row.needs_update  # nothing recorded for the term's last quarter, 2025-Q4
    assert svc.people_needing_focal_point_replacement(db, group.id, term.id, later) == {}


def test_demo_targets_land_in_the_last_term_and_the_current_one(db_path, tmp_path):
    import random

    from ssc_desktop.demo import build as demo
    from ssc_desktop.demo.targets import add_demo_targets
    from ssc_desktop.services.groups import find_quadrennium, list_groups
    from ssc_desktop.store.database import Database

    with Database.open(tmp_path / "demo.sqlite", actor="t") as d:
        today = date(2026, 11, 23)
        demo.build_demo(d, members=60, seed=3, today=today)
        group_ids = [g.id for g in list_groups(d)]
        before = sum(len(svc.list_targets(d, g, None, today)) for g in group_ids)
        add_demo_targets(d, group_ids, random.Random(5), today)
        past = find_quadrennium(d, "2021-2025")
        now = find_quadrennium(d, "2026-2029")
        rows = [r for g in group_ids for r in svc.list_targets(d, g, None, today)]
        assert len(rows) > before
        assert {r.quadrennium_id for r in rows} == {past.id, now.id}
        assert any(r.focal_point_state == "left" for r in rows if r.quadrennium_id == now.id)
        assert any(r.status == "at_risk" for r in rows)
