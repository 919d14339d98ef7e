"""Letter request services over a real database: register, steps, list, files, delete."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ssc_desktop.domain.errors import RuleRefused, UserError, ValidationFailed
from ssc_desktop.domain.letters import LetterFields
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.services import groups, history, letter_files, roster
from ssc_desktop.services import letters as svc
from ssc_desktop.store.models import AuditEntry, LetterAttachment, LetterRequest, LetterTransition
from tests.conftest import TODAY, damage_attachment


def counts(db) -> tuple[int, int, int, int]:
    with db.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in (
            LetterRequest, LetterTransition, LetterAttachment, AuditEntry))  # type: ignore


@pytest.fixture
def leader(db, add_member) -> str:
    membership = add_member("Nicole", "Duplaix", roles=["chair"])
    return roster.member_detail(db, membership).person_id


def fields(requester: str | None = None, **changes: object) -> LetterFields:
    base = LetterFields(
        title="Hydropower dam on the Rio Xingu", addressee_name="Ministério de Minas e Energia",
        addressee_type="government", addressee_country="BR",
        species_scientific="Pteronura brasiliensis", species_common="Giant otter",
        red_list_category="EN", threat="Flooding of 400 km of riverine habitat",
        action_requested="Suspend the licence pending an independent assessment",
        requested_by_id=requester, requested_on=date(2025, 1, 10),
    )
    return replace(base, **changes)


def test_a_request_starts_as_a_dated_draft(db, group, leader) -> None:
    change = svc.create_letter(db, group.id, fields(leader), today=TODAY)
    detail = svc.letter_detail(db, change.subject_id, today=TODAY)
    assert detail.state == "draft"
    assert detail.requested_by == "Duplaix, Nicole"
    assert detail.allowed_next == ("evidence_gathered", "withdrawn")
    assert detail.holder == "Group leader"
    assert [(t.on, t.name) for t in detail.timeline] == [(date(2025, 1, 10),
                                                          "Request created")]
    assert detail.fields.signatories == ("ssc_chair",)


def walk(db, letter_id: str, steps: list[tuple[str, date]]) -> None:
    for state, on in steps:
        svc.advance(db, letter_id, state, on, today=TODAY)


def test_the_whole_review_is_recorded_with_dates(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    walk(db, letter_id, [("evidence_gathered", date(2025, 1, 12)),
                         ("sent_to_coordinator", date(2025, 1, 15)),
                         ("under_review", date(2025, 1, 20)), ("signed", date(2025, 2, 3)),
                         ("sent_to_addressee", date(2025, 2, 4))])
    svc.advance(db, letter_id, "response_received", date(2025, 3, 1), note="Meeting offered",
                today=TODAY)
    detail = svc.letter_detail(db, letter_id, today=TODAY)
    assert detail.state == "response_received"
    assert detail.fields.response_received_on == date(2025, 3, 1)
    assert detail.dates.signed_on == date(2025, 2, 3)
    assert detail.dates.sent_on == date(2025, 2, 4)
    assert detail.timeline[-1].note == "Meeting offered"
    assert len(detail.timeline) == 7
    row = svc.list_letters(db, group.id, today=TODAY)[0]
    assert (row.state_since, row.days_in_state) == (date(2025, 3, 1), 14)
    # every step is audited under the request
    labels = {h.label for h in history.subject_history(db, letter_id)}
    assert "Letter request: Signed" in labels


def test_an_out_of_order_step_is_refused_and_nothing_changes(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    walk(db, letter_id, [("evidence_gathered", date(2025, 1, 12)),
                         ("sent_to_coordinator", date(2025, 1, 15))])
    before = counts(db)
    with pytest.raises(RuleRefused, match="Cannot mark as signed: the request is not under "
                                          "review by the Chair's Office yet."):
        svc.advance(db, letter_id, "signed", date(2025, 2, 1), today=TODAY)
    assert counts(db) == before
    assert svc.letter_detail(db, letter_id, today=TODAY).state == "sent_to_coordinator"


def test_a_step_dated_before_the_previous_one_is_refused(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    walk(db, letter_id, [("evidence_gathered", date(2025, 1, 20))])
    before = counts(db)
    with pytest.raises(RuleRefused, match=r"before the previous step \(evidence gathered, "
                                          r"2025-01-20\)"):
        svc.advance(db, letter_id, "sent_to_coordinator", date(2025, 1, 19), today=TODAY)
    assert counts(db) == before


def test_a_follow_up_before_the_request_date_is_refused(db, group, leader) -> None:
    before = counts(db)
    with pytest.raises(ValidationFailed) as failed:
        svc.create_letter(db, group.id, fields(leader, follow_up_on=date(2025, 1, 5)),
                          today=TODAY)
    assert str(failed.value) == ("The follow-up date (2025-01-05) is before the request "
                                 "date (2025-01-10); choose a later follow-up date.")
    assert counts(db) == before
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    detail = svc.letter_detail(db, letter_id)
    before = counts(db)
    with pytest.raises(ValidationFailed, match="before the request date"):
        svc.update_letter(db, letter_id, detail.version,
                          replace(detail.fields, follow_up_on=date(2024, 12, 1)), today=TODAY)
    assert counts(db) == before


def test_a_requester_who_is_not_a_member_is_refused(db, group, term, leader) -> None:
    other = groups.create_group(db, "Bear Specialist Group", "BSG", "specialist_group",
                                "mammals", quadrennium_id=term.id, today=TODAY)
    stranger = roster.add_member(db, other.subject_id, term.id,
                                 PersonFields(given_names="Ursula", family_name="Brown",
                                              email="ursula@example.org"),
                                 today=TODAY).subject_id
    stranger_id = roster.member_detail(db, stranger).person_id
    before = counts(db)
    with pytest.raises(ValidationFailed) as failed:
        svc.create_letter(db, group.id, fields(stranger_id), today=TODAY)
    assert str(failed.value) == ("Requested by: Brown, Ursula is not a member of the Otter "
                                 "Specialist Group; choose a member of the group.")
    assert counts(db) == before
    with pytest.raises(ValidationFailed, match="Alert raised by: Brown, Ursula"):
        svc.create_letter(db, group.id, fields(leader, alert_raised_by_id=stranger_id),
                          today=TODAY)
    assert counts(db) == before


def test_editing_keeps_the_state_and_moves_the_creation_date(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    detail = svc.letter_detail(db, letter_id)
    svc.update_letter(db, letter_id, detail.version,
                      replace(detail.fields, requested_on=date(2025, 1, 8),
                              dialogue_opened="partly", impact="Licence suspended"),
                      today=TODAY)
    after = svc.letter_detail(db, letter_id)
    assert after.fields.dialogue_opened == "partly"
    assert after.timeline[0].on == date(2025, 1, 8)
    with pytest.raises(UserError, match="was changed by tester on"):
        svc.update_letter(db, letter_id, detail.version, detail.fields, today=TODAY)


def test_the_request_date_cannot_move_past_the_first_step(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    walk(db, letter_id, [("evidence_gathered", date(2025, 1, 12))])
    detail = svc.letter_detail(db, letter_id)
    with pytest.raises(ValidationFailed, match=r"after its first step \(Evidence gathered"):
        svc.update_letter(db, letter_id, detail.version,
                          replace(detail.fields, requested_on=date(2025, 1, 13)), today=TODAY)


def test_the_list_shows_holder_age_overdue_and_filters(db, group, leader) -> None:
    a = svc.create_letter(db, group.id, fields(leader, follow_up_on=date(2025, 3, 1)),
                          today=TODAY).subject_id
    svc.create_letter(db, group.id, fields(leader, title="Shrimp farms in the Sundarbans",
                                           species_scientific="Aonyx cinereus",
                                           species_common="Asian small-clawed otter",
                                           follow_up_on=date(2025, 4, 1)), today=TODAY)
    walk(db, a, [("evidence_gathered", date(2025, 1, 12)),
                 ("sent_to_coordinator", date(2025, 2, 13))])
    rows = {r.letter_id: r for r in svc.list_letters(db, group.id, today=TODAY)}
    row = rows[a]
    assert (row.holder, row.days_in_state, row.overdue) == ("Network Coordinator", 30, True)
    assert sum(r.overdue for r in rows.values()) == 1
    assert [r.title for r in svc.list_letters(db, group.id, today=TODAY,
                                              state="sent_to_coordinator")] == [row.title]
    assert [r.species for r in svc.list_letters(db, group.id, today=TODAY,
                                                species="SMALL-CLAWED")] == [
        "Aonyx cinereus (Asian small-clawed otter)"]


def test_each_step_is_one_undoable_batch(db, group, leader) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    change = svc.advance(db, letter_id, "evidence_gathered", date(2025, 1, 12), today=TODAY)
    history.undo(db, change.batch_id)
    detail = svc.letter_detail(db, letter_id)
    assert detail.state == "draft"
    assert len(detail.timeline) == 1


def attach(db, letter_id: str, tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    letter_files.add_attachment(db, letter_id, path)
    return next(a.attachment_id for a in svc.letter_detail(db, letter_id).attachments
                if a.filename == name)


def test_attachments_are_added_verified_and_removed(db, group, leader, tmp_path) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    first = attach(db, letter_id, tmp_path, "survey.pdf", b"%PDF survey")
    attach(db, letter_id, tmp_path, "photo.jpg", b"\xff\xd8 photo")
    store = letter_files.attachment_store(db)
    assert [c.status for c in letter_files.verify_attachments(db, letter_id)] == ["ok", "ok"]
    sha = svc.letter_detail(db, letter_id).attachments[0].sha256
    damage_attachment(db, sha, b"%PDF tampered")
    checks = letter_files.verify_attachments(db, letter_id)
    assert checks[0].status == "modified"
    assert "survey.pdf was changed or damaged" in checks[0].sentence
    with pytest.raises(UserError, match="survey.pdf was changed"):
        letter_files.open_copy(db, first, tmp_path / "view")
    damage_attachment(db, sha, None)
    assert letter_files.verify_attachments(db, letter_id)[0].status == "missing"
    letter_files.remove_attachment(db, first)
    assert [a.filename for a in svc.letter_detail(db, letter_id).attachments] == ["photo.jpg"]
    assert len(store.stored()) == 1


def test_the_same_file_twice_is_refused_and_nothing_changes(db, group, leader,
                                                            tmp_path) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    attach(db, letter_id, tmp_path, "survey.pdf", b"%PDF survey")
    before = counts(db)
    with pytest.raises(RuleRefused, match="already attached"):
        attach(db, letter_id, tmp_path, "survey-copy.pdf", b"%PDF survey")
    assert counts(db) == before


def test_a_too_large_or_unreadable_attachment_changes_nothing(db, group, leader,
                                                              tmp_path) -> None:
    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    big = tmp_path / "footage.mov"
    with open(big, "wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)
    before = counts(db)
    with pytest.raises(UserError, match="larger than the 50.0 MB limit"):
        letter_files.add_attachment(db, letter_id, big)
    with pytest.raises(UserError, match="cannot be found"):
        letter_files.add_attachment(db, letter_id, tmp_path / "gone.pdf")
    assert counts(db) == before
    assert letter_files.attachment_store(db).stored() == set()


def test_deleting_a_request_leaves_no_orphan(db, group, leader, tmp_path) -> None:
    keep = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    drop = svc.create_letter(db, group.id, fields(leader, title="Second"),
                             today=TODAY).subject_id
    attach(db, keep, tmp_path, "shared.pdf", b"shared evidence")
    attach(db, drop, tmp_path, "shared.pdf", b"shared evidence")
    attach(db, drop, tmp_path, "own.pdf", b"only for the second")
    walk(db, drop, [("evidence_gathered", date(2025, 1, 12))])
    store = letter_files.attachment_store(db)
    assert len(store.stored()) == 2
    change = svc.delete_letter(db, drop)
    assert [r.letter_id for r in svc.list_letters(db, group.id)] == [keep]
    assert len(store.stored()) == 1  # the shared file stays for the other request
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(LetterTransition)
                        .where(LetterTransition.letter_id == drop)) == 0
    history.undo(db, change.batch_id)
    restored = svc.letter_detail(db, drop)
    assert len(restored.timeline) == 2
    statuses = {c.filename: c.status for c in letter_files.verify_attachments(db, drop)}
    assert statuses == {"shared.pdf": "ok", "own.pdf": "missing"}


def test_a_step_is_told_in_the_chair_s_language(db, group, leader) -> None:
    from ssc_desktop import i18n

    letter_id = svc.create_letter(db, group.id, fields(leader), today=TODAY).subject_id
    with i18n.using_language("fr"):
        change = svc.advance(db, letter_id, "evidence_gathered", date(2025, 1, 12), today=TODAY)
        french_step = i18n._("Evidence gathered").lower()
    assert french_step != "evidence gathered"
    assert f": {french_step} " in change.summary
