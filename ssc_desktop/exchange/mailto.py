"""A mailto: link (RFC 6068) that opens the user's mail client with one message filled in."""

from __future__ import annotations

from urllib.parse import quote

from ..domain.errors import UserError
from ..domain.people import email_problem
from ..i18n import _


def mailto_url(to_email: str, subject: str, body: str) -> str:
    """Every reserved character percent-encoded as UTF-8; line breaks as CRLF (%0D%0A).

    The address must be one valid address (email-validator): a comma or ">" in it would
    give the mail client a second recipient.
    """
    problem = email_problem(to_email.strip())
    if problem:
        raise UserError(_("The address {address} cannot be used: {reason}. Correct it in "
                          "the member editor.").format(address=to_email.strip()[:80],
                                                       reason=problem.rstrip(".")))
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    address = quote(to_email.strip(), safe="@")
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
