"""PDFs never crash on long text: the longest values each field accepts, read back."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.domain.text_rules import TEXT_MAX
from ssc_desktop.exchange import letter_brief
from ssc_desktop.exchange.quarterly_report import quarterly_report
from ssc_desktop.services import invitations, roster, targets
from ssc_desktop.services import letters as svc

REPORT_DAY = date(2025, 10, 5)
Q3 = "2025-Q3"


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def words(n: int, word: str = "lorem") -> str:
    """n characters of text made of words (so it can wrap at spaces)."""
    return ((word + " ") * (n // (len(word) + 1) + 1))[:n].strip().ljust(n, "x")


def test_quarterly_report_with_the_longest_names_and_narratives(db, group, term, tmp_path):
    long_family = "Q" * 200  # one 200-character word: it must split mid-word
    long_given = words(200, "Maximilian")
    chair = roster.add_member(db, group.id, term.id, PersonFields(
        given_names=long_given, family_name=long_family, name_as_written=words(200, "Max"),
        email="chair@example.org", organisation="O" * 400, country_code="BR"),
        status="active", roles=["chair"], today=date(2025, 3, 15)).subject_id
    for n in range(6):
        roster.add_member(db, group.id, term.id, PersonFields(
            given_names=f"M{n}", family_name="Member", email=f"m{n}@example.org"),
            status="active", today=date(2025, 3, 15))
    invitee = roster.add_member(db, group.id, term.id, PersonFields(
        given_names="I" * 200, family_name=words(200, "Invitee"), email="i@example.org"),
        status="proposed", today=date(2025, 3, 15)).subject_id
    invitations.invite(db, [invitee], date(2025, 7, 1), deadline_days_=30)
    person = roster.member_detail(db, chair).person_id
    target_id = targets.create_target(db, group.id, term.id, TargetFields(
        6, "T" * 400, description=words(TEXT_MAX), indicator=words(TEXT_MAX),
        unit="U" * 200, target_value=13.0, focal_point_id=person),
        today=date(2025, 3, 15)).subject_id
    targets.record_update(db, target_id, UpdateFields(
        Q3, 3.0, narrative=words(TEXT_MAX, "narrative"), evidence_links=words(TEXT_MAX)),
        today=REPORT_DAY)
    roster.end_membership(db, invitee, "declined", date(2025, 8, 1))
    out = tmp_path / "long.pdf"
    result = quarterly_report(db, group.id, Q3, out, today=REPORT_DAY)
    text = text_of(out)
    assert result.pages >= 3
    assert "Maximilian" in text and "QQQQQQQQQQ" in text
    assert "TTTTTTTTTT" in text and "narrative narrative" in text
    assert "shortened" in text  # the 32,767-character narrative is cut, with a note


def test_letter_brief_with_an_8000_character_evidence_summary(db, group, tmp_path):
    fields = LetterFields(title="T" * 400, addressee_name="A" * 200,
                          species_scientific="S" * 200, species_common=words(200),
                          threat=words(TEXT_MAX, "threat"),
                          evidence_summary=words(8000, "evidence") + "\nLAST LINE OF EVIDENCE",
                          key_facts="K" * 3000, stakeholders=words(TEXT_MAX),
                          co_signatory="C" * 200, signatories=("ssc_chair", "co_signature"),
                          notes=words(TEXT_MAX, "note"), requested_on=date(2025, 1, 10))
    letter_id = svc.create_letter(db, group.id, fields, today=date(2025, 3, 15)).subject_id
    svc.advance(db, letter_id, "evidence_gathered", date(2025, 1, 12),
                note=words(TEXT_MAX, "step"), today=date(2025, 3, 15))
    out = tmp_path / "brief.pdf"
    letter_brief.write_brief_for(db, letter_id, out, today=date(2025, 3, 15))
    text = text_of(out)
    # the evidence is long but complete: it flows over pages, nothing is cut
    assert "LAST LINE OF EVIDENCE" in text
    assert text.count("evidence ") >= 8000 // len("evidence ") - 2
    assert "KKKKKKKKKK" in text and "threat threat" in text
    assert len(PdfReader(out).pages) >= 5
