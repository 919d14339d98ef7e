"""`ssc-desktop report annual`: the SSC's structure, read back from the PDF and workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from ssc_desktop.cli import main
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.services import roster
from ssc_desktop.services import targets as svc
from ssc_desktop.services.annual_report import annual_figures
from tests.conftest import TODAY


@pytest.fixture
def year_of_work(db, group, term, add_member):
    chair = add_member("Ana", "Silva", roles=["chair"], organisation="INPA")
    add_member("Bea", "Costa", roles=["rlac"])
    add_member("Caio", "Lima", roles=["programme_officer"])
    for i in range(12):
        add_member(f"M{i}", "Otter", gender="woman" if i < 6 else "man")
    focal = roster.member_detail(db, chair).person_id
    done = svc.create_target(db, group.id, term.id, TargetFields(
        6, "Assess all 13 otter species", indicator="Species assessed", baseline=0.0,
        target_value=13.0, focal_point_id=focal), today=TODAY).subject_id
    svc.record_update(db, done, UpdateFields("2024-Q4", 5.0, status="on_track"),
                      today=TODAY)
    svc.record_update(db, done, UpdateFields("2025-Q1", 13.0, narrative="All assessed.",
                                             status="achieved"), today=TODAY)
    going = svc.create_target(db, group.id, term.id, TargetFields(
        2, "Recruit 10 members", indicator="Members recruited", baseline=0.0,
        target_value=10.0), today=TODAY).subject_id
    svc.record_update(db, going, UpdateFields("2025-Q1", 4.0, narrative="Four joined.",
                                              status="on_track"), today=TODAY)
    svc.create_target(db, group.id, term.id, TargetFields(
        12, "Update the website", baseline=0.0, target_value=5.0), today=TODAY)
    return group


def test_the_figures_follow_the_ssc_structure(db, year_of_work):
    f = annual_figures(db, year_of_work.id, 2025, today=date(2025, 4, 2))
    assert [(x.role, x.name) for x in f.leaders] == [
        ("Chair", "Silva, Ana"), ("Red List Authority Coordinator", "Costa, Bea"),
        ("Programme Officer", "Lima, Caio")]
    assert f.leaders[0].organisation == "INPA" and f.members == 15
    assert [(t.code, t.status_name, t.component) for t in f.targets] == [
        ("T-001", "Achieved", "Assess"), ("T-002", "On track", "Network"),
        ("T-003", "Not initiated", "Communicate")]
    assert [(a.component, a.code, a.indicator, a.number, a.narrative) for a in f.activities] == [
        ("Assess", "T-001", "Species assessed", 8.0, "All assessed."),
        ("Network", "T-002", "Members recruited", 4.0, "Four joined.")]
    assert [(name, n) for name, n, _share in f.status_shares()] == [
        ("Not initiated", 1), ("On track", 1), ("Achieved", 1)]
    assert f.scope() == "3 Global"
    # Three without an answer are too few to show, but women and men stay visible.
    assert [(r.label, r.count) for r in f.gender.rows] == [
        ("Woman", 6), ("Man", 6), ("Another answer or not recorded", None)]


@pytest.mark.sqlite_only
def test_report_annual_writes_the_pdf_and_the_same_tables_in_a_workbook(
        db, db_path, year_of_work, tmp_path: Path, capsys):
    db.close()
    pdf, xlsx = tmp_path / "annual.pdf", tmp_path / "annual.xlsx"
    assert main(["report", "annual", "--db", str(db_path), "--group", "OSG", "--year", "2025",
                 "-o", str(pdf), "--xlsx", str(xlsx)]) == 0
    assert "annual report 2025" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    for words in ("Silva, Ana (INPA)", "T-001", "Achieved", "Not initiated", "Assess",
                  "Species assessed", "Total targets", "Geographic scope", "Countries"):
        assert words in text, words
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["Identity", "Targets", "Activities", "Summary", "Membership"]
    targets = list(book["Targets"].iter_rows(values_only=True))
    assert targets[0] == ("Code", "Target", "KSR", "Component", "Status")
    assert targets[1] == ("T-001", "Assess all 13 otter species", 6, "Assess", "Achieved")
    summary = dict(book["Summary"].iter_rows(min_row=2, values_only=True))
    assert summary["Targets achieved"] == "1 (33%)"
    assert dict(book["Membership"].iter_rows(min_row=2, values_only=True))["Members"] == 15


@pytest.mark.sqlite_only
def test_a_year_without_data_is_one_sentence_and_writes_nothing(db, db_path, group,
                                                                 tmp_path: Path, capsys):
    db.close()
    pdf = tmp_path / "annual.pdf"
    assert main(["report", "annual", "--db", str(db_path), "--group", "OSG", "--year", "2019",
                 "-o", str(pdf)]) == 2
    err = capsys.readouterr().err
    assert "The Otter Specialist Group has no members and no targets in 2019" in err
    assert err.count("\n") == 1 and not pdf.exists()
