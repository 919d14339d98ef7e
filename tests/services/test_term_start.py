"""A new term's plan: KSR sets from a file or carried forward, targets carried forward."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from ssc_desktop.cli import main
from ssc_desktop.domain.errors import UserError
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.services import groups, history, ksr_sets, roster, term_start
from ssc_desktop.services import targets as svc
from ssc_desktop.store.models import AuditEntry, KeySpeciesResult, Target
from ssc_desktop.store.queries.roster import count_rows
from tests.conftest import TODAY

LATER = date(2026, 3, 1)
HEADER = "quadrennium,number,objective_code,objective_name,title\n"


@pytest.fixture
def new_term(db):
    return groups.find_quadrennium(db, "2026-2029")


@pytest.fixture
def old_targets(db, group, term, add_member):
    focal = roster.member_detail(db, add_member("Nicole", "Duplaix")).person_id
    ids = []
    for ksr, title in ((6, "Assess all 13 otter species"), (2, "Recruit 10 members"),
                       (13, "Reach 10000 people")):
        ids.append(svc.create_target(db, group.id, term.id, TargetFields(
            ksr, title, baseline=0.0, target_value=10.0, focal_point_id=focal),
            today=TODAY).subject_id)
    svc.record_update(db, ids[0], UpdateFields("2025-Q1", 4.0, status="on_track"),
                      today=TODAY)
    return ids


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(db) -> tuple[int, ...]:
    """Rows of every table these operations write, and the change log: 'nothing changed'."""
    with db.reading() as s:
        return tuple(count_rows(s, m) for m in (KeySpeciesResult, Target, AuditEntry))


def test_targets_get_codes_once_and_keep_them(db, group, term, old_targets):
    rows = svc.list_targets(db, group.id, term.id, TODAY)
    assert sorted(r.code for r in rows) == ["T-001", "T-002", "T-003"]
    svc.edit_target(db, old_targets[0], rows[0].version if rows[0].id == old_targets[0]
                    else next(r.version for r in rows if r.id == old_targets[0]),
                    TargetFields(6, "Assess all 13 otter species by 2025", baseline=0.0,
                                 target_value=13.0), today=TODAY)
    svc.delete_target(db, old_targets[1])
    new = svc.create_target(db, group.id, term.id, TargetFields(5, "Publish 4 papers",
                            baseline=0.0, target_value=4.0), today=TODAY).subject_id
    codes = {r.id: r.code for r in svc.list_targets(db, group.id, term.id, TODAY)}
    assert codes == {old_targets[0]: "T-001", old_targets[2]: "T-003", new: "T-004"}


def test_the_previous_plan_carried_forward_is_provisional_until_the_file(db, new_term,
                                                                          tmp_path):
    assert term_start.previous_term_with_ksrs(db, new_term.id).from_code == "2021-2025"
    change = term_start.carry_ksrs_forward(db, new_term.id)
    ksrs = svc.list_ksrs(db, new_term.id)
    assert [k.number for k in ksrs] == list(range(1, 14)) and all(k.provisional for k in ksrs)
    assert change.summary == "Carried 13 KSRs of 2021-2025 into 2026-2029 as a provisional set"
    with pytest.raises(UserError, match="2026-2029 already has a KSR set"):
        term_start.carry_ksrs_forward(db, new_term.id)
    path = tmp_path / "ksrs_2026-2029.csv"
    path.write_text(HEADER + "".join(f"2026-2029,{n},assess,Assess,New KSR {n}.\n"
                                     for n in range(1, 11)), encoding="utf-8")
    ksr_sets.load_ksr_set(db, path)
    ksrs = svc.list_ksrs(db, new_term.id)
    assert [k.title for k in ksrs] == [f"New KSR {n}." for n in range(1, 11)]
    assert not any(k.provisional for k in ksrs)


def test_a_file_that_drops_a_provisional_ksr_in_use_is_refused(db, group, new_term, tmp_path,
                                                                add_member):
    term_start.carry_ksrs_forward(db, new_term.id)
    svc.create_target(db, group.id, new_term.id, TargetFields(
        12, "Update 10 species pages", baseline=0.0, target_value=10.0), today=LATER)
    path = tmp_path / "ksrs_2026-2029.csv"
    path.write_text(HEADER + "2026-2029,1,assess,Assess,Assess.\n", encoding="utf-8")
    before = _snapshot(db)
    with pytest.raises(UserError, match="has no KSR 12 for 2026-2029, but targets of the "
                                        "provisional set use it"):
        ksr_sets.load_ksr_set(db, path)
    assert _snapshot(db) == before
    assert all(k.provisional for k in svc.list_ksrs(db, new_term.id))


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("numbers", "sentence"), [
    ((1, 2, 4), "row 4, column 'number': KSR 4 follows KSR 2; number the KSRs 1, 2, 3 … in "
                "order, without gaps."),
    ((1, 2, 2), "row 4, column 'number': KSR 2 appears twice; list each KSR of 2026-2029 "
                "once."),
    ((1, 3, 2), "row 3, column 'number': KSR 3 follows KSR 1"),
    ((2, 3), "row 2, column 'number': KSR 2 follows KSR 0"),
])
def test_a_ksr_file_with_gaps_duplicates_or_disorder_is_one_sentence(
        db, db_path, tmp_path, capsys, numbers, sentence):
    path = tmp_path / "ksrs.csv"
    path.write_text(HEADER + "".join(f"2026-2029,{n},act,Act,KSR {n}.\n" for n in numbers),
                    encoding="utf-8")
    db.close()
    before = _digest(db_path)
    assert main(["import", "ksrs", "--db", str(db_path), str(path)]) == 2
    err = capsys.readouterr().err
    assert sentence in err and err.count("\n") == 1
    assert _digest(db_path) == before


def test_chosen_targets_carry_forward_and_their_history_stays(db, group, term, new_term,
                                                               old_targets):
    term_start.carry_ksrs_forward(db, new_term.id)
    roster_rows = roster.load_roster(db, group.id, term.id, TODAY)
    assert roster_rows  # the focal point is a member of the old term only
    change = term_start.carry_targets_forward(db, old_targets[:2], new_term.id, today=LATER)
    assert change.summary == "Carried 2 targets into 2026-2029"
    new_rows = svc.list_targets(db, group.id, new_term.id, LATER)
    old_rows = {r.id: r for r in svc.list_targets(db, group.id, term.id, LATER)}
    assert sorted(r.code for r in new_rows) == ["T-001", "T-002"]
    assert {r.carried_from_id for r in new_rows} == set(old_targets[:2])
    assert all(r.update_count == 0 and r.focal_point_id is None for r in new_rows)
    assert old_rows[old_targets[0]].update_count == 1  # the old term keeps its history
    history.undo(db, change.batch_id)
    assert svc.list_targets(db, group.id, new_term.id, LATER) == []


def test_carrying_a_target_the_term_already_has_is_refused_and_changes_nothing(
        db, group, new_term, old_targets):
    term_start.carry_ksrs_forward(db, new_term.id)
    term_start.carry_targets_forward(db, old_targets[:1], new_term.id, today=LATER)
    before = _snapshot(db)
    with pytest.raises(UserError, match="2026-2029 already has the target T-001 'Assess all "
                                        "13 otter species'; nothing was carried forward"):
        term_start.carry_targets_forward(db, old_targets, new_term.id, today=LATER)
    assert _snapshot(db) == before
    assert len(svc.list_targets(db, group.id, new_term.id, LATER)) == 1


def test_carrying_targets_needs_a_ksr_set(db, new_term, old_targets):
    with pytest.raises(UserError, match="2026-2029 has no KSR set yet"):
        term_start.carry_targets_forward(db, old_targets, new_term.id, today=LATER)
