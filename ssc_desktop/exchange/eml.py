"""E-mail drafts as .eml files: one per member, marked unsent so mail clients open a draft.

The app never sends mail. Thunderbird, Outlook and Apple Mail open a message with the
header "X-Unsent: 1" as a draft ready to edit and send.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from email_validator import validate_email

from ..domain.errors import UserError
from ..domain.people import email_problem
from ..i18n import _
from ..services.email_drafts import Draft
from ..services.storage import part_file, private_folder

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True, slots=True)
class WrittenDrafts:
    paths: tuple[Path, ...]
    skipped: tuple[str, ...]  # "Name (why)" for each member no draft was written for


class AddressRefused(ValueError):
    """An address that cannot be written as exactly one recipient; str() is the sentence."""


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def header_text(text: str) -> str:
    """A name or subject as text only: no line breaks, no controls, no encoded words.

    "=?utf-8?q?...?=" in a name would be decoded by the reader (and by the header
    parser of the message being built) into address syntax; a zero-width space after
    "=" keeps it literal text, so a name can never add or replace a recipient.
    """
    return " ".join(_CONTROLS.sub(" ", text).split()).replace("=?", "=\u200b?")


def _address(name: str, email: str) -> Address:
    """One recipient: the address checked by email-validator, the name as plain text."""
    problem = email_problem(email.strip())
    if problem:
        raise AddressRefused(_("the address {address} cannot be used: {reason}").format(
            address=header_text(email)[:80], reason=problem[:1].lower() + problem[1:].rstrip(".")))
    checked = validate_email(email.strip(), check_deliverability=False)
    return Address(display_name=header_text(name), username=checked.local_part,
                   domain=checked.ascii_domain)


def message(draft: Draft) -> EmailMessage:
    """The draft as a MIME message (UTF-8 text; names and subject encoded per RFC 2047)."""
    msg = EmailMessage(policy=SMTP)
    msg["To"] = _address(draft.to_name, draft.to_email)
    if draft.from_email:
        msg["From"] = _address(draft.from_name, draft.from_email)
    msg["Subject"] = header_text(draft.subject)
    msg["Date"] = formatdate(localtime=True)
    msg["X-Unsent"] = "1"
    msg.set_content(draft.body, charset="utf-8", cte="quoted-printable")
    return msg


def file_name(index: int, name: str) -> str:
    """"003 Núñez Ana.eml": numbered so the folder keeps the chosen order, no path tricks."""
    clean = _UNSAFE.sub(" ", unicodedata.normalize("NFC", name)).strip(" .") or "member"
    return f"{index:03d} {clean[:80]}.eml"


def write_drafts(drafts: list[Draft] | tuple[Draft, ...], folder: str | Path,
                 already_skipped: tuple[str, ...] = ()) -> WrittenDrafts:
    """Write one .eml per draft into `folder`; a draft whose address cannot be written is
    skipped and listed, not a crash."""
    folder = Path(folder)
    try:
        private_folder(folder)
    except OSError as exc:
        raise UserError(_("The folder {folder} cannot be created ({strerror}). Choose another "
                          "folder.").format(folder=folder, strerror=exc.strerror)) from exc
    paths, skipped = [], [_("{name} (no e-mail address)").format(
                              name=name) for name in already_skipped]
    for index, draft in enumerate(drafts, start=1):
        try:
            data = message(draft).as_bytes()
        except AddressRefused as exc:
            skipped.append(f"{header_text(draft.to_name)} ({exc})")
            continue
        except (ValueError, UnicodeError, IndexError, MessageError):
            skipped.append(_("{name} (the address {address} cannot be used)").format(
                name=header_text(draft.to_name), address=header_text(draft.to_email)[:80]))
            continue
        path = folder / file_name(index, draft.to_name)
        try:
            with part_file(path) as part:  # 0600: a draft names a member and their address
                part.write_bytes(data)
        except OSError as exc:
            raise UserError(_("{path} cannot be written in {folder} ({strerror}). Choose a folder "
                              "you can write to.").format(
                                  path=path.name, folder=folder, strerror=exc.strerror)) from exc
        paths.append(path)
    return WrittenDrafts(tuple(paths), tuple(skipped))
