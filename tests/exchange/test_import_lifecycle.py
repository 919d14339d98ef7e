"""Status changes from a file follow the life cycle: what the Invitations page refuses is
a problem row with the same sentence, "Invited" creates the invitation record, and the
Commission System's wordings map to statuses."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ssc_desktop.exchange import importer
from ssc_desktop.exchange.import_preview import NEW, PROBLEM, UPDATE
from ssc_desktop.store.models import Invitation

from .conftest import digest, preview_file


def csv_file(path, rows):
    path.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_move_the_invitations_page_refuses_is_a_problem_with_its_sentence(
        db, db_location, group, add_member, tmp_path):
    add_member("Ana", "Silva", email="ana@example.org", status="resigned")
    add_member("Bo", "Chen", email="bo@example.org", status="active")
    add_member("Cy", "Diaz", email="cy@example.org", status="invited")
    path = csv_file(tmp_path / "moves.csv", [
        ["Given name", "Family name", "Email", "Status"], ["Ana", "Silva", "ana@example.org",
                                                          "Active"],
        ["Bo", "Chen", "bo@example.org", "Proposed"], ["Cy", "Diaz", "cy@example.org",
                                                       "Validated"]])
    before = digest(db_location)
    preview = preview_file(db, group, path)
    rows = {r.row: r for r in preview.rows}
    assert rows[2].kind == PROBLEM and rows[2].problems[0].sentence() == (
        "Row 2, column 'Status': Cannot validate Silva, Ana: the membership has already "
        "ended (resigned).")
    assert rows[3].kind == PROBLEM and rows[3].problems[0].sentence() == (
        "Row 3, column 'Status': Cannot make Chen, Bo a proposal again: the membership is "
        "active (validated); a proposal comes before any invitation.")
    # Invited to Active is accept then validate: allowed, as on the Invitations page.
    assert rows[4].kind == UPDATE and "Status: Invited → Active (validated)" in rows[4].changes
    assert digest(db_location) == before


def test_invited_creates_the_invitation_dated_from_the_file_or_the_import_day(
        db, group, tmp_path):
    path = csv_file(tmp_path / "invited.csv", [
        ["Given name", "Family name", "Email", "Status", "Invited on"],
        ["Ana", "Silva", "ana@example.org", "Invited", "2025-01-10"],
        ["Bo", "Chen", "bo@example.org", "Invited", ""]])
    preview = preview_file(db, group, path)
    assert [r.kind for r in preview.rows] == [NEW, NEW]
    assert not any("import day" in n for n in preview.rows[0].notes)
    assert any("dated from the import day" in n for n in preview.rows[1].notes)
    importer.apply(db, group, preview, today=date(2025, 3, 1))
    with db.reading() as s:
        sent = sorted((i.sent_on, i.deadline_on) for i in s.scalars(select(Invitation)))
    assert sent == [(date(2025, 1, 10), date(2025, 2, 9)), (date(2025, 3, 1), date(2025, 3, 31))]


def test_commission_system_wordings_map_to_statuses(db, group, tmp_path):
    wordings = {"Validated": "active", "Pending validation": "accepted",
                "Invited": "invited", "Declined": "declined", "Expired": "expired"}
    rows = [["Given name", "Family name", "Email", "Status"]]
    rows += [[f"G{i}", f"F{i}", f"p{i}@example.org", w] for i, w in enumerate(wordings)]
    preview = preview_file(db, group, csv_file(tmp_path / "cs.csv", rows))
    assert [r.plan.status for r in preview.rows] == list(wordings.values())
