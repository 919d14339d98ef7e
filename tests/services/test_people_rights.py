"""Members' rights: export everything about a person; anonymise a departed one for good."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from pypdf import PdfReader

from ssc_desktop import cli
from ssc_desktop.domain.errors import UserError
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.targets import TargetFields
from ssc_desktop.exchange.person_export import export_person
from ssc_desktop.services import letters, people_rights, reporting, roster, targets
from ssc_desktop.store import erasure
from ssc_desktop.store.database import Database
from tests.conftest import TODAY

NAME = ("Thandiwe", "Okonkwo-Núñez")
EMAIL = "thandiwe.okonkwo@example.org"


@pytest.fixture(autouse=True)
def user_log(tmp_path, monkeypatch):
    """The per-user erasure log of this test, not the developer's."""
    path = tmp_path / "user-data" / "erasures.log"
    monkeypatch.setenv(erasure.LOG_ENV, str(path))
    return path


@pytest.fixture
def departed(db, group, term, add_member):
    """A member with a history (an edit, a role, a letter, a target), who then resigned."""
    mid = add_member(*NAME, email=EMAIL, country="ZA", gender="woman", age_band="35_49",
                     organisation="University of Cape Town", notes="Prefers Zoom calls",
                     iucn_username="Thandiwe.OKONKWO", roles=["member"])
    detail = roster.member_detail(db, mid)
    roster.update_member(db, mid, detail.person_version,
                         PersonFields(**{**{k: getattr(detail.fields, k) for k in (
                             "given_names", "family_name", "email", "country_code",
                             "gender", "age_band", "organisation", "notes",
                             "iucn_username")}, "position": "Senior lecturer"}))
    letters.create_letter(db, group.id, LetterFields(
        title="Mining near the Okavango", evidence_summary=(
            f"Field notes by {NAME[0]} {NAME[1]} ({EMAIL})."),
        requested_by_id=detail.person_id), today=TODAY)
    targets.create_target(db, group.id, term.id, TargetFields(
        6, "Assess otters", target_value=3.0, focal_point_id=detail.person_id), today=TODAY)
    for n in range(6):
        add_member(f"Other{n}", "Member", gender="man", age_band="35_49")
    roster.end_membership(db, mid, "resigned", date(2025, 3, 20),
                          note=f"{NAME[0]} {NAME[1]} moved abroad")
    return detail.person_id


def test_export_holds_everything_history_included(db, departed, tmp_path):
    out = tmp_path / "person.json"
    written = export_person(db, people_rights.find_person(db, EMAIL.upper()), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == NAME[1]
    assert data["person"]["position"] == "Senior lecturer"
    assert data["memberships"][0]["status"] == "resigned"
    assert [r["role"] for r in data["memberships"][0]["roles"]] == ["member"]
    assert any(h["operation"].startswith("Edit") and h["after"].get("position")
               for h in data["history"])
    assert data["named_in_letter_requests"][0]["as"] == ["requested_by"]
    assert data["focal_point_of_targets"][0]["title"] == "Assess otters"
    assert (out.stat().st_mode & 0o777) == 0o600
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written.pdf_path).pages)
                    .split())
    assert f"Personal data held about {NAME[1]}, {NAME[0]}" in text
    assert "Senior lecturer" in text and "History of changes" in text
    assert "Gender Woman" in text and "Position: – → Senior lecturer" in text


def test_anonymise_leaves_no_trace_in_the_file(db, db_path, group, departed, user_log):
    before = reporting.quarterly_figures(db, group.id, "2025-Q1", today=date(2025, 4, 5))
    people_rights.anonymise(db, people_rights.find_person(db, EMAIL), today=TODAY)
    raw = db_path.read_bytes()
    for old in (NAME[0], "Okonkwo", EMAIL, "Thandiwe.OKONKWO", "University of Cape Town",
                "Prefers Zoom", "Senior lecturer", "moved abroad"):
        for spelling in {old.encode("utf-8"), json.dumps(old)[1:-1].encode()}:
            assert spelling not in raw, old
    detail = people_rights.person_data(db, departed)
    assert detail["person"]["gender"] == "woman" and detail["person"]["age_band"] == "35_49"
    assert detail["person"]["region_override"] == "africa"
    assert detail["memberships"][0]["status"] == "resigned"
    assert detail["memberships"][0]["ends_on"] == "2025-03-20"
    after = reporting.quarterly_figures(db, group.id, "2025-Q1", today=date(2025, 4, 5))
    assert after.gender == before.gender and after.membership.left == before.membership.left
    assert after.membership.by_region == before.membership.by_region
    # the erasure is logged (that it happened, not what), beside the file and per user
    for log in erasure.log_paths(db_path):
        text = log.read_text()
        assert departed in text and "Okonkwo" not in text


def test_an_active_member_cannot_be_anonymised(db, db_path, add_member):
    add_member("Ana", "Silva", email="ana@example.org")
    digest = db_path.read_bytes()
    with pytest.raises(UserError, match="Silva, Ana is still a member .* end the membership"):
        people_rights.anonymise(db, people_rights.find_person(db, "ana@example.org"))
    assert db_path.read_bytes() == digest


def test_the_erasure_is_reapplied_to_an_older_backup(db, db_path, departed, tmp_path):
    older = tmp_path / "older-backup.sqlite"
    db.backup_to(older)
    people_rights.anonymise(db, departed, today=TODAY)
    db.close()
    restored = tmp_path / "restored" / "ssc.sqlite"
    restored.parent.mkdir()
    shutil.copy(older, restored)
    assert b"Okonkwo" in restored.read_bytes()
    with Database.open(restored, actor="tester") as again:  # the per-user log knows them
        assert people_rights.person_data(again, departed)["person"]["email"] is None
    assert b"Okonkwo" not in restored.read_bytes()


def test_retention_proposes_departed_members(db, departed, add_member):
    assert people_rights.due_for_anonymisation(db, date(2030, 3, 2)) == []
    due = people_rights.due_for_anonymisation(db, date(2030, 3, 25))
    assert [d.person_id for d in due] == [departed]
    assert people_rights.retention_line(db, date(2030, 3, 25)).startswith(
        "1 departed member left more than 5 years ago")
    people_rights.set_retention_years(db, 10)
    assert people_rights.due_for_anonymisation(db, date(2030, 3, 25)) == []


def test_the_person_commands(db, db_path, departed, tmp_path, capsys):
    db.close()
    out = tmp_path / "export.json"
    assert cli.main(["person", "export", "--db", str(db_path), "--email", EMAIL,
                     "-o", str(out)]) == 0
    assert out.exists() and out.with_suffix(".pdf").exists()
    assert cli.main(["person", "export", "--db", str(db_path), "--email", "nobody@x.org",
                     "-o", str(out)]) == 2
    assert "Nobody in ssc.sqlite has the e-mail address nobody@x.org" in capsys.readouterr().err
    assert cli.main(["person", "anonymise", "--db", str(db_path), "--email", EMAIL]) == 0
    assert b"Okonkwo" not in db_path.read_bytes()
    assert cli.main(["person", "retention", "--db", str(db_path), "--years", "3"]) == 0
    assert "No departed member" in capsys.readouterr().out
