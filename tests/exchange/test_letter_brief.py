"""The request brief PDF, the letters workbook and their commands, read back for real."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ssc_desktop import cli
from ssc_desktop.domain.errors import ValidationFailed
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.exchange import letter_brief, letters_xlsx
from ssc_desktop.services import letter_files, roster
from ssc_desktop.services import letters as svc
from tests.conftest import TODAY, damage_attachment


@pytest.fixture
def letter(db, group, add_member, tmp_path) -> str:
    chair = roster.member_detail(db, add_member("Nicole", "Duplaix", roles=["chair"]))
    alert = roster.member_detail(db, add_member("Ирина", "Соколова",
                                                email="irina@example.org", country="RU"))
    fields = LetterFields(
        title="Hydropower cascade on the Rio Tapajós", addressee_name="Ministério de Minas",
        addressee_type="government", addressee_country="BR",
        species_scientific="Pteronura brasiliensis", species_common="Ariranha (giant otter)",
        red_list_category="EN", threat="Seven dams would flood 400 km of river.",
        action_requested="=SUM(A1) Suspend the licensing.",
        evidence_summary="Surveys 2016-2023 by Nguyễn Văn Thắng.",
        key_facts="-45% in ten years", stakeholders="IBAMA; Munduruku associations",
        requested_by_id=chair.person_id, alert_raised_by_id=alert.person_id,
        urgency="urgent", signatories=("ssc_chair", "co_signature"),
        co_signatory="WCPA Chair", requested_on=date(2025, 1, 10),
        follow_up_on=date(2025, 3, 1),
    )
    letter_id = svc.create_letter(db, group.id, fields, today=TODAY).subject_id
    for state, day in (("evidence_gathered", 12), ("sent_to_coordinator", 15)):
        svc.advance(db, letter_id, state, date(2025, 1, day), today=TODAY)
    evidence = tmp_path / "Relatório de campo.pdf"
    evidence.write_bytes(b"%PDF-1.4 field report")
    letter_files.add_attachment(db, letter_id, evidence)
    return letter_id


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_every_field_is_in_the_brief_in_the_coordinators_order(db, letter, tmp_path) -> None:
    path = tmp_path / "brief.pdf"
    result = letter_brief.write_brief_for(db, letter, path, today=TODAY)
    assert result.unprintable == ()
    text = " ".join(pdf_text(path).split())
    detail = svc.letter_detail(db, letter, today=TODAY)
    sha = detail.attachments[0].sha256
    expected = [
        "Intervention letter request", "Hydropower cascade on the Rio Tapajós",
        "Requesting group", "Otter Specialist Group", "Requested by", "Duplaix, Nicole",
        "Alert raised by", "Соколова, Ирина", "Request date", "2025-01-10",
        "Urgency", "Urgent", "Signatories requested", "SSC Chair; Co-signature with WCPA Chair",
        "Current step", "Sent to the Network Coordinator", "Next follow-up", "2025-03-01",
        "Request ID", detail.letter_id,
        "Addressee", "Ministério de Minas", "Government", "Brazil",
        "Species concerned", "Pteronura brasiliensis", "Ariranha (giant otter)",
        "EN (Endangered)",
        "Threat", "Seven dams would flood 400 km of river.",
        "Action requested", "=SUM(A1) Suspend the licensing.",
        "Evidence", "Nguyễn Văn Thắng", "Key facts and statistics", "-45% in ten years",
        "Stakeholders", "IBAMA; Munduruku associations",
        "Attachments", "Relatório de campo.pdf", sha, "Present",
        "Steps so far", "2025-01-10", "Request created", "2025-01-12", "Evidence gathered",
        "2025-01-15",
    ]
    position = 0
    for piece in expected:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order after {text[position:][:80]!r}"
        position = found + len(piece)
    assert "Page 1 of" in text


def test_fonts_are_embedded_dejavu(db, letter, tmp_path) -> None:
    path = tmp_path / "brief.pdf"
    letter_brief.write_brief_for(db, letter, path, today=TODAY)
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    assert fonts and all("DejaVu" in name for name in fonts)


def test_a_missing_attachment_is_flagged_in_the_brief(db, letter, tmp_path) -> None:
    sha = svc.letter_detail(db, letter).attachments[0].sha256
    damage_attachment(db, sha, None)
    path = tmp_path / "brief.pdf"
    letter_brief.write_brief_for(db, letter, path, today=TODAY)
    text = " ".join(pdf_text(path).split())
    assert "MISSING" in text
    assert "is missing from the" in text


def test_empty_fields_print_as_not_given(db, group, tmp_path) -> None:
    letter_id = svc.create_letter(db, group.id, LetterFields(title="Bare request",
                                                             requested_on=TODAY),
                                  today=TODAY).subject_id
    path = tmp_path / "bare.pdf"
    letter_brief.write_brief_for(db, letter_id, path, today=TODAY)
    text = pdf_text(path)
    assert text.count("Not given") >= 10
    assert "No files are attached" in text


def test_the_workbook_has_one_row_per_request_and_no_formula(db, group, letter,
                                                             tmp_path) -> None:
    path = tmp_path / "letters.xlsx"
    assert letters_xlsx.export_group_letters(db, group.id, path, TODAY) == 1
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header, row = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[:3] == ("ID", "Title", "State")
    assert row["ID"] == letter
    assert row["State"] == "Sent to the Network Coordinator"
    assert row["Action requested"] == "=SUM(A1) Suspend the licensing."
    assert sheet.cell(row=2, column=header.index("Action requested") + 1).data_type == "s"
    assert row["Requested"].date() == date(2025, 1, 10)
    assert row["Sent to Network Coordinator"].date() == date(2025, 1, 15)
    assert row["Signed"] is None
    assert row["Follow-up overdue"] == "Overdue"
    assert row["Alert raised by"] == "Соколова, Ирина"
    assert row["Attachments"] == 1


def test_a_control_character_is_refused_where_it_enters(db, group, letter,
                                                         tmp_path) -> None:
    """Refused by the service (field limits), so the export never meets it."""
    detail = svc.letter_detail(db, letter)
    from dataclasses import replace

    with pytest.raises(ValidationFailed, match="Impact: “bad\\\\x07” contains a character"):
        svc.update_letter(db, letter, detail.version,
                          replace(detail.fields, impact="bad\x07"), today=TODAY)
    assert svc.letter_detail(db, letter).version == detail.version
    path = tmp_path / "letters.xlsx"
    letters_xlsx.export_group_letters(db, group.id, path, TODAY)
    assert load_workbook(path).active.max_row == 2


def test_the_commands_write_both_files(db, group, letter, db_location, tmp_path, capsys) -> None:
    db.close()
    pdf, xlsx = tmp_path / "brief.pdf", tmp_path / "letters.xlsx"
    assert cli.main(["letter", "brief", "--db", db_location, "--letter", letter[:8],
                     "-o", str(pdf)]) == 0
    assert cli.main(["export", "letters", "--db", db_location, "--group", "OSG",
                     "-o", str(xlsx)]) == 0
    assert PdfReader(pdf).pages and load_workbook(xlsx).active.max_row == 2
    assert cli.main(["letter", "brief", "--db", db_location, "--letter", "abcdef99",
                     "-o", str(pdf)]) == 2
    assert "There is no letter request with the ID 'abcdef99'." in capsys.readouterr().err
    assert cli.main(["export", "letters", "--db", db_location, "--group", "XYZ",
                     "-o", str(xlsx)]) == 2
    assert "There is no group 'XYZ'" in capsys.readouterr().err
