"""Text limits at the service level: nothing enters that an export, report or draft refuses."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from ssc_desktop.domain.errors import ValidationFailed
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.domain.text_rules import TEXT_MAX
from ssc_desktop.services import email_drafts, groups, letters, roster, targets
from ssc_desktop.services.field_limits import labels
from ssc_desktop.store.field_lengths import limits_of
from ssc_desktop.store.models import LetterRequest, Person, Target
from tests.stored_state import stored_state

TODAY = date(2025, 3, 15)


def person(**kw) -> PersonFields:
    return PersonFields(**{"given_names": "Ana", "family_name": "Silva",
                           "email": "ana@example.org", **kw})


def refused(db, call) -> str:
    before = stored_state(db)
    with pytest.raises(ValidationFailed) as err:
        call()
    assert stored_state(db) == before
    return str(err.value)


def test_limits_come_from_the_schema():
    assert limits_of(Person, TEXT_MAX)["given_names"] == Person.__table__.c.given_names.type.length
    assert limits_of(Person, TEXT_MAX)["organisation"] == 400
    assert limits_of(LetterRequest, TEXT_MAX)["evidence_summary"] == TEXT_MAX
    assert limits_of(Target, TEXT_MAX)["title"] == 400
    # every free-text column a user can type has a readable name for the sentence
    assert {"given_names", "evidence_summary", "narrative", "body"} <= set(labels())


def test_a_3000_character_name_is_refused_naming_the_field(db, db_path, group, term):
    sentence = refused(db, lambda: roster.add_member(
        db, group.id, term.id, person(given_names="A" * 3000), today=TODAY))
    assert sentence.startswith("Given name(s): “" + "A" * 40 + "…” is 3,000 characters long")
    assert "at most 200 fit" in sentence and "A" * 41 not in sentence


@pytest.mark.parametrize("bad, code", [("\x00", "U+0000"), ("\x1b", "U+001B"),
                                       ("\ufdd0", "U+FDD0"), ("\uffff", "U+FFFF"),
                                       ("\U0010fffe", "U+10FFFE"), ("\ud800", "U+D800"),
                                       ("\x7f", "U+007F"), ("\x9b", "U+009B")])
def test_control_characters_and_non_characters_are_refused(db, db_path, group, term, bad, code):
    sentence = refused(db, lambda: roster.add_member(
        db, group.id, term.id, person(family_name=f"Sil{bad}va"), today=TODAY))
    assert sentence.startswith("Family name: “Sil") and f"({code}, position 4)" in sentence
    assert bad not in sentence  # the sentence itself stays printable


def test_notes_may_hold_lines_but_not_controls(db, db_path, group, term, add_member):
    mid = add_member(notes="line one\r\nline two\ttabbed")
    detail = roster.member_detail(db, mid)
    assert detail.fields.notes == "line one\nline two\ttabbed"
    sentence = refused(db, lambda: roster.update_member(
        db, mid, detail.person_version, person(notes="bell\x07")))
    assert sentence.startswith("Notes: “bell\\x07”")


def test_names_are_stored_in_nfc(db, group, add_member):
    decomposed = unicodedata.normalize("NFD", "Núñez")
    mid = add_member("José", decomposed, notes=unicodedata.normalize("NFD", "Ångström"))
    fields = roster.member_detail(db, mid).fields
    assert fields.family_name == "Núñez" and fields.notes == "Ångström"


def test_the_longest_accepted_values_are_stored(db, group, term):
    change = roster.add_member(db, group.id, term.id, person(
        given_names="G" * 200, family_name="F" * 200, organisation="O" * 400,
        notes="n" * TEXT_MAX), today=TODAY)
    fields = roster.member_detail(db, change.subject_id).fields
    assert len(fields.organisation) == 400 and len(fields.notes) == TEXT_MAX


def test_a_group_name_over_its_column_is_refused(db, db_path):
    term = groups.find_quadrennium(db, "2021-2025")
    sentence = refused(db, lambda: groups.create_group(
        db, "Otters " * 40, "OSG", "specialist_group", "mammals", quadrennium_id=term.id,
        today=TODAY))
    assert sentence.startswith("Name: “Otters Otters") and "at most 200 fit" in sentence


def test_a_letter_summary_over_the_cell_limit_is_refused(db, db_path, group):
    fields = LetterFields(title="Dam on the Mekong", evidence_summary="e" * (TEXT_MAX + 1))
    sentence = refused(db, lambda: letters.create_letter(db, group.id, fields,
                                                              today=TODAY))
    assert sentence.startswith("Evidence summary: “eeee") and "32,768 characters" in sentence
    refused(db, lambda: letters.create_letter(
        db, group.id, LetterFields(title="Dam\x00"), today=TODAY))


def test_target_and_update_texts_are_checked(db, db_path, group, term):
    sentence = refused(db, lambda: targets.create_target(
        db, group.id, term.id, TargetFields(6, "T" * 401, target_value=1.0), today=TODAY))
    assert sentence.startswith("Title: “TTT") and "at most 400 fit" in sentence
    target_id = targets.create_target(db, group.id, term.id,
                                      TargetFields(6, "Assess otters", target_value=13.0),
                                      today=TODAY).subject_id
    sentence = refused(db, lambda: targets.record_update(
        db, target_id, UpdateFields("2025-Q1", 3.0, narrative="ok\x0bnot ok"), today=TODAY))
    assert sentence.startswith("Narrative: “ok\\x0bnot ok”")


def test_an_email_template_with_a_control_character_is_refused(db, db_path):
    sentence = refused(db, lambda: email_drafts.save_template(
        db, "invitation", "en", "Invitation\x1b[31m", "Dear {given_name},"))
    assert sentence.startswith("Subject: “Invitation\\x1b[31m”")


def test_an_import_row_over_a_limit_is_a_problem_of_its_row(db, group, term, tmp_path):
    from ssc_desktop.exchange import importer

    path = tmp_path / "long.csv"
    # Not all capitals: the import would first normalise those ("AAAA" → "Aaaa").
    path.write_text("Given name,Family name,Email\n" + "Ab" * 150 + ",Silva,a@example.org\n"
                    "Bea,Souza,b@example.org\n", encoding="utf-8")
    table, mapping = importer.read_and_map(db, path)
    preview = importer.preview(db, group, term.code, table, mapping, today=TODAY)
    messages = [p.message for p in preview.problems()]
    assert any("“AbAb" in m and "300 characters" in m for m in messages), messages


def test_an_attachment_whose_file_name_holds_a_line_break_is_refused(db, db_path, group,
                                                                    tmp_path):
    from ssc_desktop.services import letter_files

    letter = letters.create_letter(db, group.id, LetterFields(title="Dam"),
                                   today=TODAY).subject_id
    evidence = tmp_path / "report\nBcc: x.pdf"
    evidence.write_bytes(b"%PDF-1.4")
    sentence = refused(db, lambda: letter_files.add_attachment(db, letter, evidence))
    assert sentence.startswith("File name: “report\\x0aBcc: x.pdf” contains")


def test_a_column_profile_name_with_a_control_character_is_refused(db):
    from ssc_desktop.services import exchange

    before = stored_state(db)
    with pytest.raises(ValidationFailed, match=r"Name: “Chair\\x1b”"):
        exchange.save_layout(db, exchange.EXPORT_PROFILE, "Chair\x1b", {"columns": []})
    assert stored_state(db) == before
