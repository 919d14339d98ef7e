"""Targets workbooks: written, read back by openpyxl, imported with preview and problems."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from ssc_desktop import cli
from ssc_desktop.domain.errors import ValidationFailed
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.exchange import targets_xlsx as x
from ssc_desktop.services import roster
from ssc_desktop.services import targets as svc
from ssc_desktop.services.targets_import import apply_target_import
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import AuditEntry, Target, TargetUpdate
from ssc_desktop.store.queries.roster import count_rows
from tests.conftest import TODAY

HEADER = ["ID", "KSR", "Target", "Indicator", "Baseline", "Target value", "Current value",
          "Status", "Last update", "Focal point", "Focal point e-mail", "Due"]


@pytest.fixture
def otters(db, group, term, add_member):
    """Two targets with progress; one focal point is a current member."""
    person = roster.member_detail(db, add_member("Nicole", "Duplaix",
                                                 email="nicole@example.org")).person_id
    add_member("Hélène", "Jacques", email="helene@example.org")
    first = svc.create_target(db, group.id, term.id, TargetFields(
        6, "=Assess all 13 otter species for the Red List by 2025", indicator="Species assessed",
        unit="species", baseline=0.0, target_value=13.0, focal_point_id=person),
        today=TODAY).subject_id
    svc.record_update(db, first, UpdateFields("2025-Q1", 9.0, narrative="+9 done",
                                              status="at_risk"), today=TODAY)
    second = svc.create_target(db, group.id, term.id, TargetFields(
        8, "Publish the Asian otter action plan", is_milestone=True), today=TODAY).subject_id
    return first, second


def _counts(db) -> tuple[int, int, int]:
    with db.reading() as s:
        return count_rows(s, Target), count_rows(s, TargetUpdate), count_rows(s, AuditEntry)


def _preview(db, group, term, path):
    return x.preview_for_group(db, group, term, path, TODAY)


def _workbook(tmp_path, *rows, header=HEADER):
    wb = Workbook()
    ws = wb.active
    ws.title = "Targets"
    ws.append(header)
    for row in rows:
        ws.append(list(row))
    path = tmp_path / "targets.xlsx"
    wb.save(path)
    return path


def test_export_is_read_back_by_openpyxl_with_every_column(db, group, term, otters, tmp_path):
    path = tmp_path / "out.xlsx"
    assert x.export_for_group(db, group, term, path, TODAY) == 2
    ws = load_workbook(path)["Targets"]
    header = [c.value for c in ws[1]]
    for column in ("ID", "KSR", "Objective", "Target", "Indicator", "Baseline", "Target value",
                   "Current value", "Status", "Focal point", "Due", "Last update"):
        assert column in header
    rows = [dict(zip(header, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=2)]
    assessed = next(r for r in rows if r["KSR"] == 6)
    assert assessed["Objective"] == "Assess" and assessed["Current value"] == 9
    assert (assessed["Status"], assessed["Last update"]) == ("At risk", "2025-Q1")
    assert assessed["Focal point"] == "Duplaix, Nicole"
    assert assessed["Due"].date() == date(2025, 10, 15)
    plan = next(r for r in rows if r["KSR"] == 8)
    assert (plan["Target value"], plan["Flag"]) == ("Milestone", "No focal point")


def test_formula_like_text_is_written_as_text(db, group, term, otters, tmp_path):
    path = tmp_path / "out.xlsx"
    x.export_for_group(db, group, term, path, TODAY)
    ws = load_workbook(path)["Targets"]
    col = [c.value for c in ws[1]].index("Target")
    cell = next(r[col] for r in ws.iter_rows(min_row=2) if str(r[col].value).startswith("="))
    assert cell.data_type == "s" and cell.value.startswith("=Assess")
    assert cell.quotePrefix


def test_a_workbook_that_comes_back_unchanged_changes_nothing(db, group, term, otters, tmp_path):
    path = tmp_path / "out.xlsx"
    x.export_for_group(db, group, term, path, TODAY)
    preview = _preview(db, group, term, path)
    assert preview.ok, preview.problems
    assert preview.count("unchanged") == 2 and preview.progress_updates == 0


def test_edits_in_the_workbook_update_the_same_targets_in_one_step(db, group, term, otters,
                                                                   tmp_path):
    path = tmp_path / "out.xlsx"
    x.export_for_group(db, group, term, path, TODAY)
    wb = load_workbook(path)
    ws = wb["Targets"]
    header = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        if r[header.index("KSR")].value == 8:
            r[header.index("Current value")].value = "Done"
            r[header.index("Status")].value = "achieved"
            r[header.index("Focal point")].value = "helene@example.org"
            r[header.index("Focal point")].value = "Hélène Jacques"
    wb.save(path)
    preview = _preview(db, group, term, path)
    assert preview.ok, preview.problems
    assert (preview.count("update"), preview.progress_updates) == (1, 1)
    change, counts = apply_target_import(db, group.id, term.id, preview.plans,
                                         source=path.name, today=TODAY)
    assert (counts.added, counts.updated, counts.progress_recorded) == (0, 1, 1)
    rows = {r.ksr_number: r for r in svc.list_targets(db, group.id, term.id, today=TODAY)}
    assert rows[8].milestone_done and rows[8].status == "achieved"
    assert rows[8].focal_point_name == "Jacques, Hélène"
    assert len(rows) == 2


def test_a_chairs_own_workbook_with_ksr_titles_and_names_is_added(db, group, term, otters,
                                                                  tmp_path):
    path = _workbook(
        tmp_path,
        ("", "Strengthen species conservation in national, regional and global policies",
         "Brief 3 governments on otter trade", "Briefings", 0, 3, 1, "On track", "2024-Q4",
         "nicole duplaix", "", "2025-06-30"),
        ("", "KSR 13", "Otter awareness day", "", "", "milestone", "not done", "at risk", "",
         "", "", None),
    )
    preview = _preview(db, group, term, path)
    assert preview.ok, preview.problems
    apply_target_import(db, group.id, term.id, preview.plans, today=TODAY)
    rows = {r.title: r for r in svc.list_targets(db, group.id, term.id, today=TODAY)}
    briefing = rows["Brief 3 governments on otter trade"]
    assert (briefing.ksr_number, briefing.current_value, briefing.last_quarter) == (9, 1, "2024-Q4")
    assert briefing.focal_point_name == "Duplaix, Nicole"
    assert briefing.due_on == date(2025, 6, 30)
    day = rows["Otter awareness day"]
    assert day.is_milestone and day.status == "at_risk" and day.last_quarter == "2025-Q1"


BAD_ROWS = [
    (("", 14, "T", "", 0, 5, "", "", "", "", "", ""),
     "targets.xlsx, row 2, column KSR: KSR 14 is not in the 2021-2025 Species Strategic Plan "
     "(KSR 1 to 13); choose one of its KSRs."),
    (("", 6, "T", "", 0, 5, "", "", "", "Pat Nobody", "", ""),
     "targets.xlsx, row 2, column Focal point: 'Pat Nobody' is not a current member of the "
     "group in 2021-2025; name an active member or leave it empty."),
    (("", 6, "T", "", 0, "five", "", "", "", "", "", ""),
     "targets.xlsx, row 2, column Target value: Target value must be a number, not 'five'."),
    (("", 6, "T", "", 0, 5, "lots", "On track", "2025-Q1", "", "", ""),
     "targets.xlsx, row 2, column Current value: Current value must be a number, not 'lots'."),
    (("", 6, "T", "", 0, 5, 2, "On track", "2025-Q4", "", "", ""),
     "targets.xlsx, row 2, column Last update: 2025-Q4 is in the future; progress can be "
     "recorded up to 2025-Q1."),
    (("", 6, "T", "", 0, 5, 2, "On track", "2020-Q4", "", "", ""),
     "targets.xlsx, row 2, column Last update: 2020-Q4 is before the quadrennium (it starts on "
     "2021-09-11); choose a quarter from 2021-Q3."),
    (("", 6, "T", "", 0, 5, "", "", "", "", "", "2026-03-31"),
     "targets.xlsx, row 2, column Due: The due date 2026-03-31 is after the 2021-2025 "
     "quadrennium ends (2025-10-15); choose an earlier date."),
]


@pytest.mark.parametrize(("row", "sentence"), BAD_ROWS)
def test_bad_rows_are_problems_and_the_import_changes_nothing(db, group, term, otters,
                                                              tmp_path, row, sentence):
    path = _workbook(tmp_path, row)
    preview = _preview(db, group, term, path)
    assert preview.problems == [sentence]
    assert preview.plans == []


def test_an_ambiguous_focal_point_is_a_problem_row(db, group, term, add_member, tmp_path):
    add_member("Ana", "Silva", email="ana.silva@uni.br")
    add_member("Ana", "Silva", email="ana.silva@ngo.org")
    path = _workbook(tmp_path, ("", 2, "Recruit", "", 0, 5, "", "", "", "Silva, Ana", "", ""))
    [problem] = _preview(db, group, term, path).problems
    assert problem == ("targets.xlsx, row 2, column Focal point: 'Silva, Ana' matches 2 members "
                       "(Silva, Ana <ana.silva@uni.br>; Silva, Ana <ana.silva@ngo.org>); add "
                       "the focal point's e-mail to say which.")
    path = _workbook(tmp_path, ("", 2, "Recruit", "", 0, 5, "", "", "", "Silva, Ana",
                                "ana.silva@ngo.org", ""))
    assert _preview(db, group, term, path).ok


def test_cli_import_refuses_a_workbook_with_problems_and_changes_nothing(
        db, db_location, group, term, otters, tmp_path, capsys):
    path = _workbook(tmp_path, ("", 14, "T", "", 0, 5, "", "", "", "", "", ""),
                     ("", 6, "Fine row", "", 0, 5, "", "", "", "", "", ""))
    before = _counts(db)
    db.close()
    code = cli.main(["import", "targets", "--db", db_location, "--group", "OSG",
                     "--term", "2021-2025", str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert "1 row(s) of targets.xlsx have problems (listed above)" in err
    assert "Nothing was changed." in err
    with Database.open(db_location) as again:
        assert _counts(again) == before


def test_cli_dry_run_then_import_then_export(db, db_location, group, term, otters, tmp_path,
                                             capsys):
    path = _workbook(tmp_path, ("", 6, "Fine row", "", 0, 5, "", "", "", "", "", ""))
    before = _counts(db)
    db.close()
    args = ["--db", db_location, "--group", "OSG", "--term", "2021-2025"]
    assert cli.main(["import", "targets", *args, str(path), "--dry-run"]) == 0
    assert "1 to add" in capsys.readouterr().out
    with Database.open(db_location) as again:
        assert _counts(again) == before
    assert cli.main(["import", "targets", *args, str(path)]) == 0
    assert "1 added" in capsys.readouterr().out
    out = tmp_path / "back.xlsx"
    assert cli.main(["export", "targets", *args, "-o", str(out)]) == 0
    titles = [r[4] for r in load_workbook(out)["Targets"].iter_rows(min_row=2, values_only=True)]
    assert "Fine row" in titles and len(titles) == 3


def test_a_file_that_is_not_a_workbook_is_refused(db, db_location, group, term, tmp_path, capsys):
    path = tmp_path / "targets.xlsx"
    path.write_text("KSR,Target\n6,Assess\n")
    db.close()
    code = cli.main(["import", "targets", "--db", db_location, "--group", "OSG", str(path)])
    assert code == 2
    assert capsys.readouterr().err.strip() == (
        "ssc-desktop: targets.xlsx is not an Excel workbook (.xlsx); save it as an Excel "
        "workbook and import it again.")


def test_a_non_character_in_a_workbook_is_refused_naming_the_row(db, db_path, group, term,
                                                                 tmp_path):
    path = _workbook(tmp_path, ("", 6, "Assess otters", "Species\ufdd0 assessed", 0, 3, "",
                                "", "", "", "", ""))
    preview = _preview(db, group, term, path)
    assert preview.ok, preview.problems  # the reader lets it through; the service does not
    before = db_path.read_bytes()
    with pytest.raises(ValidationFailed, match=r"Row 2: Indicator: “Species.*\(U\+FDD0"):
        apply_target_import(db, group.id, term.id, preview.plans, today=TODAY)
    assert db_path.read_bytes() == before
