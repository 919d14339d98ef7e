"""No field of a draft can add or replace a recipient: .eml read back with `email`."""

from __future__ import annotations

import email
from email import policy
from urllib.parse import urlsplit

import pytest

from ssc_desktop.domain.errors import UserError, ValidationFailed
from ssc_desktop.domain.people import PersonFields
from ssc_desktop.exchange.eml import write_drafts
from ssc_desktop.exchange.mailto import mailto_url
from ssc_desktop.services import email_drafts, invitations, roster
from ssc_desktop.services.email_drafts import Draft
from tests.conftest import TODAY

ENCODED = "=?utf-8?q?evil=40evil=2Eorg=3E=2C_=3Cx?="  # decodes to "evil@evil.org>, <x"
ATTACKS = [ENCODED, "Evil <evil@evil.org>, Ana", "Ana\r\nBcc: evil@evil.org",
           "Ana\nTo: evil@evil.org", "\"Ana\" <evil@evil.org>", "=?utf-8?b?PGV2aWxAZXZpbC5vcmc+?="]


def recipients(msg) -> set[str]:
    found = set()
    for header in ("To", "Cc", "Bcc", "Reply-To", "Sender", "Resent-To"):
        for value in msg.get_all(header) or []:
            found |= {a.addr_spec for a in value.addresses}
    return found


def read_back(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


@pytest.mark.parametrize("field", ["to_name", "from_name", "subject", "body"])
@pytest.mark.parametrize("attack", ATTACKS)
def test_no_text_field_adds_or_replaces_a_recipient(tmp_path, field, attack):
    fields = {"membership_id": "m", "to_name": "Ana Silva", "to_email": "ana@example.org",
              "subject": "Invitation", "body": "Dear Ana,", "from_name": "Chair",
              "from_email": "chair@example.org"}
    fields[field] = attack
    written = write_drafts([Draft(**fields)], tmp_path)
    assert written.skipped == ()
    msg = read_back(written.paths[0])
    assert recipients(msg) == {"ana@example.org"}
    assert [a.addr_spec for a in msg["From"].addresses] == ["chair@example.org"]
    assert msg["Bcc"] is None and msg["Cc"] is None
    if field == "to_name" and attack == ENCODED:
        # the encoded word is kept as text, never decoded into address syntax
        name = msg["To"].addresses[0].display_name
        assert "?utf-8?q?evil=40evil" in name and "evil@evil.org" not in name


@pytest.mark.parametrize("address", ["x@evil.org>,<y@example.org",
                                     "ana@example.org, evil@evil.org",
                                     "ana@example.org\r\nBcc: evil@evil.org",
                                     "Evil <evil@evil.org>", "ana@example.org>"])
def test_an_address_that_is_not_exactly_one_is_skipped_with_its_reason(tmp_path, address):
    draft = Draft("m", "Ana Silva", address, "Invitation", "Body", "Chair", "chair@example.org")
    written = write_drafts([draft], tmp_path)
    assert written.paths == ()
    assert written.skipped[0].startswith("Ana Silva (the address ")
    assert "cannot be used" in written.skipped[0]
    with pytest.raises(UserError, match="cannot be used"):
        mailto_url(address, "Invitation", "Body")
    as_sender = write_drafts([Draft("m", "Ana", "ana@example.org", "s", "b", "Chair",
                                    address)], tmp_path / "from")
    assert as_sender.paths == () and "cannot be used" in as_sender.skipped[0]


def test_such_an_address_cannot_enter_the_roster(db, db_path, group, term):
    before = db_path.read_bytes()
    with pytest.raises(ValidationFailed, match="E-mail 'x@evil.org>,<y' is not a valid"):
        roster.add_member(db, group.id, term.id, PersonFields(
            given_names="Ana", family_name="Silva", email="x@evil.org>,<y"), today=TODAY)
    assert db_path.read_bytes() == before


def test_a_member_whose_given_name_is_an_encoded_word(db, group, add_member, tmp_path):
    """Stored as text (no control characters); the draft names them, one recipient."""
    mid = add_member(ENCODED, "Silva", email="ana@example.org", status="proposed")
    add_member("Nicole", "Duplaix", email="chair@example.org", roles=["chair"])
    invitations.invite(db, [mid], TODAY)
    out = email_drafts.drafts_for(db, [mid], "reminder", "en", TODAY)
    written = write_drafts(out.drafts, tmp_path)
    msg = read_back(written.paths[0])
    assert recipients(msg) == {"ana@example.org"}
    assert msg["To"].addresses[0].display_name.endswith("Silva")
    assert "evil@evil.org" not in str(msg["To"]) and "evil@evil.org" not in str(msg["Subject"])


def test_a_valid_address_still_makes_a_mailto_link():
    url = mailto_url("zoë@exämple.org", "Hi", "Line 1\nLine 2")
    assert urlsplit(url).scheme == "mailto" and "%0D%0A" in url
