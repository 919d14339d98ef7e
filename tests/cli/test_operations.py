"""The pipeline steps on the command line: each command is one operation that `undo`
takes back and `redo` applies again; bad input is one sentence and status 2."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.bootstrap import main
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.domain.targets import TargetFields
from ssc_desktop.services import letters, roster, targets
from ssc_desktop.store.database import Database
from ssc_desktop.store.models import AuditEntry, ChangeBatch
from ssc_desktop.store.queries.roster import count_rows

from ..conftest import TODAY


@pytest.fixture
def run(db_path, capsys):
    def call(*args: str) -> tuple[int, str, str]:
        code = main([args[0], *args[1:2], "--db", str(db_path), *args[2:]]
                    if args[0] in ("invitations", "member", "target", "letter") else
                    [args[0], "--db", str(db_path), *args[1:]])
        out, err = capsys.readouterr()
        return code, out, err
    return call


def _digest(db_path) -> tuple[int, int, bytes]:
    with Database.open(db_path) as db, db.reading() as s:
        counts = (count_rows(s, ChangeBatch), count_rows(s, AuditEntry))
    return (*counts, db_path.read_bytes())


def _roster(db_path, group, term) -> dict[str, tuple[str, str]]:
    with Database.open(db_path) as db:
        return {r.email: (r.status, r.organisation)
                for r in roster.load_roster(db, group.id, term.id)}


def test_member_add_edit_end_each_undone_and_redone(db, db_path, group, term, add_member, run):
    add_member("Bo", "Chen", email="bo@example.org")
    db.close()
    code, out, _ = run("member", "add", "--group", "OSG", "--quadrennium", "2021-2025",
                       "--given", "Ana", "--family", "Silva", "--email", "ana@example.org",
                       "--country", "BR", "--organisation", "USP", "--on", "2025-03-15")
    assert code == 0 and out == "Added Silva, Ana to Otter Specialist Group (2021-2025).\n"
    assert _roster(db_path, group, term)["ana@example.org"] == ("proposed", "USP")
    code, out, _ = run("member", "edit", "--group", "OSG", "--term", "2021-2025",
                       "--email", "ANA@example.org", "--organisation", "Museu Goeldi")
    assert code == 0 and out == "Saved Silva, Ana.\n"
    assert _roster(db_path, group, term)["ana@example.org"] == ("proposed", "Museu Goeldi")
    code, out, _ = run("history", "--limit", "2")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "Edit Silva, Ana" in lines[0] and lines[0].endswith("·  1 record")
    assert "Add Silva, Ana" in lines[1] and "tester" not in lines[1]
    code, out, _ = run("undo")
    assert code == 0 and out.startswith("Undone: Edit Silva, Ana")
    assert _roster(db_path, group, term)["ana@example.org"] == ("proposed", "USP")
    code, out, _ = run("undo")
    assert code == 0 and out.startswith("Undone: Add Silva, Ana")
    assert "ana@example.org" not in _roster(db_path, group, term)
    code, out, _ = run("redo")
    assert code == 0 and out.startswith("Redone: Add Silva, Ana")
    code, out, _ = run("redo")
    assert code == 0 and out.startswith("Redone: Edit Silva, Ana")
    assert _roster(db_path, group, term)["ana@example.org"] == ("proposed", "Museu Goeldi")
    code, _, err = run("redo")
    assert code == 2 and "nothing to redo" in err
    code, out, _ = run("member", "end", "--group", "OSG", "--quadrennium", "2021-2025",
                       "--email", "bo@example.org", "--reason", "resigned",
                       "--on", "2025-04-01")
    assert code == 0 and out.startswith("Ended Chen, Bo's membership")
    assert _roster(db_path, group, term)["bo@example.org"][0] == "resigned"
    code, _, _ = run("undo")
    assert code == 0 and _roster(db_path, group, term)["bo@example.org"][0] == "active"
    # undo, undo again: the second takes back the operation before, not the undo
    code, out, _ = run("undo")
    assert out.startswith("Undone: Edit Silva, Ana")


def test_invitation_steps_by_email_and_overdue(db, db_path, group, term, add_member, run):
    add_member("Ana", "Silva", email="ana@example.org", status="proposed")
    add_member("Bo", "Chen", email="bo@example.org", status="proposed")
    db.close()
    code, out, _ = run("invitations", "invite", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "ana@example.org", "bo@example.org",
                       "--on", "2025-03-20")
    assert code == 0, out
    assert {s for s, _ in _roster(db_path, group, term).values()} == {"invited"}
    code, out, _ = run("invitations", "remind", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--all-overdue", "--on", "2025-09-01")
    assert code == 0
    code, out, _ = run("invitations", "accept", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "ana@example.org", "--on", "2025-09-02")
    assert code == 0 and _roster(db_path, group, term)["ana@example.org"][0] == "accepted"
    code, out, _ = run("invitations", "validate", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "ana@example.org", "--on", "2025-09-03")
    assert code == 0 and _roster(db_path, group, term)["ana@example.org"][0] == "active"
    code, out, _ = run("invitations", "expire", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--all-overdue", "--on", "2025-09-04")
    assert code == 0 and _roster(db_path, group, term)["bo@example.org"][0] == "expired"
    code, _, _ = run("undo")
    assert _roster(db_path, group, term)["bo@example.org"][0] == "invited"
    before = _digest(db_path)
    code, _, err = run("invitations", "decline", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "nobody@example.org")
    assert code == 2
    assert err == ("ssc-desktop: Nobody with the e-mail nobody@example.org is in Otter "
                   "Specialist Group (2021-2025); nothing was changed.\n")
    code, _, err = run("invitations", "decline", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "bo@example.org", "--on", "15/03/2025")
    assert code == 2 and "'15/03/2025' is not a date; write it as 2025-03-15" in err
    code, _, err = run("invitations", "accept", "--group", "OSG", "--quadrennium", "2099",
                       "--all-overdue")
    assert code == 2 and "'2099' is not a quadrennium" in err
    code, _, err = run("invitations", "validate", "--group", "OSG", "--quadrennium",
                       "2021-2025", "--email", "bo@example.org", "--on", "2025-09-05")
    assert code == 2 and "Nothing was changed." in err
    assert _digest(db_path) == before


def test_renew_preview_then_renew_and_undo(db, db_path, group, term, add_member, run):
    add_member("Ana", "Silva", email="ana@example.org")
    add_member("Bo", "Chen", email="bo@example.org")
    db.close()
    before = _digest(db_path)
    code, out, _ = run("renew", "--group", "OSG", "--to", "2026-2029", "--preview",
                       "--on", "2025-12-01")
    assert code == 0
    assert out.splitlines()[0] == ("Otter Specialist Group: 2 current members of 2021-2025 "
                                   "to carry into 2026-2029.")
    assert "Chen, Bo" in out and out.endswith("Preview: nothing was changed.\n")
    assert _digest(db_path) == before
    code, out, _ = run("renew", "--group", "OSG", "--to", "2026-2029", "--on", "2025-12-01")
    assert code == 0
    with Database.open(db_path) as again:
        new = next(t for t in __import__("ssc_desktop.services.groups", fromlist=["x"])
                   .list_quadrennia(again) if t.code == "2026-2029")
        assert len(roster.load_roster(again, group.id, new.id)) == 2
    code, out, _ = run("undo")
    assert code == 0
    with Database.open(db_path) as again:
        assert roster.load_roster(again, group.id, new.id) == []
    code, _, err = run("renew", "--group", "OSG", "--to", "2017-2020")
    assert code == 2 and "nothing to renew from" in err


def test_target_update_and_letter_advance_are_undoable(db, db_path, group, term, add_member,
                                                       run):
    ana = add_member("Ana", "Silva", email="ana@example.org")
    person = roster.member_detail(db, ana).person_id
    target_id = targets.create_target(
        db, group.id, term.id, TargetFields(6, "Assess 13 otter species", baseline=0.0,
                                            target_value=13.0, indicator="Species assessed",
                                            unit="species"), today=TODAY).subject_id
    letter_id = letters.create_letter(db, group.id, LetterFields(
        title="Dam on the Rio Xingu", addressee_name="Ministry", addressee_type="government",
        addressee_country="BR", species_scientific="Pteronura brasiliensis",
        threat="Flooding", action_requested="Suspend the licence",
        requested_by_id=person, requested_on=date(2025, 1, 10)), today=TODAY).subject_id
    db.close()
    code, out, err = run("target", "update", "--group", "OSG", "--quadrennium", "2021-2025",
                         "--target", "assess 13", "--quarter", "2025-Q1", "--value", "4")
    assert code == 0, err
    with Database.open(db_path) as again:
        assert targets.list_targets(again, group.id, term.id)[0].current_value == 4.0
    assert run("undo")[0] == 0
    with Database.open(db_path) as again:
        assert targets.list_targets(again, group.id, term.id)[0].current_value is None
    code, _, err = run("target", "update", "--group", "OSG", "--quadrennium", "2021-2025",
                       "--target", "zzz", "--quarter", "2025-Q1", "--value", "4")
    assert code == 2 and "No target of Otter Specialist Group (2021-2025)" in err
    code, out, err = run("letter", "advance", "--letter", letter_id[:8],
                         "--to", "evidence_gathered", "--on", "2025-03-16")
    assert code == 0, err
    with Database.open(db_path) as again:
        assert letters.letter_detail(again, letter_id).state == "evidence_gathered"
    code, out, _ = run("undo")
    assert code == 0 and out.startswith("Undone: Letter request: Evidence gathered")
    with Database.open(db_path) as again:
        assert letters.letter_detail(again, letter_id).state == "draft"
    code, _, err = run("letter", "advance", "--letter", letter_id[:8], "--to", "signed",
                       "--on", "2025-03-16")
    assert code == 2 and err.startswith("ssc-desktop: ") and err.count("\n") == 1
    assert target_id


def test_undo_walks_back_and_redo_stops_after_a_new_operation(db, db_path, group, term,
                                                                    add_member, run):
    add_member("Ana", "Silva", email="ana@example.org")
    db.close()
    assert run("member", "edit", "--group", "OSG", "--quadrennium", "2021-2025", "--email",
               "ana@example.org", "--position", "Curator")[0] == 0
    assert run("member", "edit", "--group", "OSG", "--quadrennium", "2021-2025", "--email",
               "ana@example.org", "--position", "Director")[0] == 0
    assert run("undo")[0] == 0  # the Director edit
    # the Curator edit, now the latest in effect, undoes cleanly too
    code, out, _ = run("undo")
    assert code == 0 and out.startswith("Undone: Edit Silva, Ana")
    assert run("redo")[0] == 0
    assert run("member", "edit", "--group", "OSG", "--quadrennium", "2021-2025", "--email",
               "ana@example.org", "--organisation", "Zoo")[0] == 0
    code, _, err = run("redo")
    assert code == 2 and "nothing to redo" in err


def test_history_compact_drops_old_undo_data_only(db, db_path, group, term, add_member, run):
    add_member("Ana", "Silva", email="ana@example.org")
    db.close()
    code, out, err = run("history", "--compact")
    assert code == 0, err
    assert "Compacted the undo data of 0 records older than 365 days" in out
    with Database.open(db_path) as db2, db2.reading() as s:
        assert s.query(AuditEntry).filter(AuditEntry.action == "insert",
                                          AuditEntry.after.is_(None)).count() == 0
        old = s.query(ChangeBatch).order_by(ChangeBatch.at).first()
    # An operation of two years ago: its undo data goes, its line in the history stays.
    with Database.open(db_path) as db2, db2.transaction("Backdate") as tx:
        tx.session.get_one(ChangeBatch, old.id).at = old.at.replace(year=old.at.year - 2)
    code, out, _ = run("history", "--compact", "--days", "30", "--limit", "50")
    assert code == 0
    assert "older than 30 days; their history is kept." in out
    assert old.label in out
    with Database.open(db_path) as db2, db2.reading() as s:
        entries = s.query(AuditEntry).filter(AuditEntry.batch_id == old.id).all()
        assert entries and all(e.after is None for e in entries if e.action == "insert")
        newer = s.query(AuditEntry).filter(AuditEntry.batch_id != old.id,
                                           AuditEntry.action == "insert").all()
        assert newer and all(e.after is not None for e in newer)
    code, _, err = run("history", "--compact", "--days", "0")
    assert code == 2 and "is not a positive whole number" in err
