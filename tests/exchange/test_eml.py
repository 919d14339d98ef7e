"""Drafts written as .eml and read back with the email package; mailto: links."""

import email
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

from ssc_desktop.exchange.eml import file_name, write_drafts
from ssc_desktop.exchange.mailto import mailto_url
from ssc_desktop.services import email_drafts, invitations
from tests.conftest import TODAY


def read_back(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_drafts_read_back_with_utf8_names_subject_and_x_unsent(db, group, add_member,
                                                                tmp_path):
    people = [("Zoë", "Ødegård", "zoe@example.no"), ("Лев", "Толстой", "lev@example.ru"),
              ("Nguyễn", "Thị Minh", "minh@example.vn"), ("Kofi", "Mensah", "")]
    ids = [add_member(g, f, email=e, status="proposed") for g, f, e in people]
    add_member("Ana", "Silva", email="ana@example.org", roles=["chair"])
    invitations.invite(db, ids, TODAY)
    email_drafts.save_template(db, "reminder", "en", "Rappel für {given_name} – {group}",
                               "Dear {full_name},\nby {deadline}.\n{chair}")
    out = email_drafts.drafts_for(db, ids, "reminder", "en", TODAY)
    written = write_drafts(out.drafts, tmp_path / "drafts", out.skipped)
    assert written.skipped == ("Kofi Mensah (no e-mail address)",)
    assert len(written.paths) == 3
    for path, (given, family, address) in zip(written.paths, people, strict=False):
        raw = path.read_bytes()
        assert raw.isascii()  # headers encoded per RFC 2047, body in base64/qp
        msg = read_back(path)
        assert msg["X-Unsent"] == "1"
        assert msg["Subject"] == f"Rappel für {given} – Otter Specialist Group"
        to = msg["To"].addresses[0]
        assert (to.display_name, to.addr_spec) == (f"{given} {family}", address)
        assert msg["From"].addresses[0].addr_spec == "ana@example.org"
        assert msg.get_content_type() == "text/plain"
        assert msg.get_content_charset() == "utf-8"
        body = msg.get_content()
        assert f"Dear {given} {family}," in body and "14 April 2025" in body
        assert "Ana Silva" in body


def test_an_unusable_address_is_skipped_and_listed(tmp_path):
    bad = email_drafts.Draft("m1", "Ana", "not-an-address", "Hi", "Body", "", "")
    good = email_drafts.Draft("m2", "Bea", "bea@example.org", "Hi", "Body", "", "")
    written = write_drafts([bad, good], tmp_path)
    assert [p.name for p in written.paths] == ["002 Bea.eml"]
    assert written.skipped == ("Ana (the address not-an-address cannot be used: an email "
                               "address must have an @-sign)",)


def test_file_names_are_safe():
    assert file_name(7, 'A/B:C*"D"') == "007 A B C D.eml"
    assert file_name(1, "..") == "001 member.eml"


def test_mailto_is_percent_encoded():
    url = mailto_url("zoe@example.no", "Rappel & invitation: Ødegård?",
                     "Line one\nLine two = 100% sûr")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "zoe@example.no"
    assert " " not in url and "\n" not in url and "&body" in url
    query = parse_qs(parts.query)
    assert query["subject"] == ["Rappel & invitation: Ødegård?"]
    assert query["body"] == ["Line one\r\nLine two = 100% sûr"]
    assert "%0D%0A" in url
    assert unquote(url.split("subject=")[1].split("&")[0]) == "Rappel & invitation: Ødegård?"
