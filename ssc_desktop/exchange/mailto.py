"""A mailto: link (RFC 6068) that opens the user's mail client with one message filled in."""

from __future__ import annotations

from urllib.parse import quote


def mailto_url(to_email: str, subject: str, body: str) -> str:
    """Every reserved character percent-encoded as UTF-8; line breaks as CRLF (%0D%0A)."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    address = quote(to_email.strip(), safe="@")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
