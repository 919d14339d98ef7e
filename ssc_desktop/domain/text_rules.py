"""What any text a person or a file types must be: NFC, printable, and short enough.

A value that passes here can be written to every output the app makes (an .xlsx cell,
a CSV field, a PDF paragraph, an e-mail header or body), so a bad value is refused once,
where it enters, with a sentence naming the field; never later by an export or a draft.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from ..i18n import _
from .people import Problem

# Excel stores at most 32,767 characters in a cell: a longer text could not be exported.
TEXT_MAX = 32_767
SHOWN = 40  # characters of a refused value quoted back in the sentence

# C0/C1 controls (tab and line feed are allowed in multi-line text only), DEL, lone
# surrogates (no UTF-8 form), and the 66 Unicode non-characters (XML and Excel refuse them).
_NONCHARS = "\ufdd0-\ufdef" + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}"
                                       for p in range(17))
_BAD_MULTILINE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_NONCHARS}]")
_BAD_ONE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{_NONCHARS}]")


def normalised(text: str, *, multiline: bool) -> str:
    """NFC, with one kind of line break (LF) in multi-line text."""
    text = unicodedata.normalize("NFC", text)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def storable(text: str, *, multiline: bool = False) -> bool:
    """True when no character of the text is refused (length aside)."""
    return (_BAD_MULTILINE if multiline else _BAD_ONE_LINE).search(text) is None


def shortened(text: str, limit: int = SHOWN) -> str:
    """A value safe to quote in a sentence: controls as \\x.. and at most `limit` shown."""
    head = text[:limit]
    shown = "".join(ch if ch.isprintable() or ch == " " else f"\\x{ord(ch):02x}"
                    if ord(ch) < 0x100 else f"\\u{ord(ch):04x}" for ch in head)
    return shown + ("…" if len(text) > limit else "")


def text_problem(field: str, label: str, value: str | None, limit: int, *,
                 multiline: bool = False) -> Problem | None:
    """The one problem with a (normalised) text value, or None."""
    if not value:
        return None
    bad = (_BAD_MULTILINE if multiline else _BAD_ONE_LINE).search(value)
    if bad:
        ch = bad.group()
        code = f"U+{ord(ch):04X}"
        return Problem(field, _("{field}: “{value}” contains a character that cannot be "
                                "stored or printed ({code}, position {position}); remove "
                                "it and try again.").format(
            field=label, value=shortened(value), code=code, position=bad.start() + 1))
    if len(value) > limit:
        return Problem(field, _("{field}: “{value}” is {length} characters long; at most "
                                "{limit} fit. Shorten it.").format(
            field=label, value=shortened(value), length=f"{len(value):,}",
            limit=f"{limit:,}"))
    return None


def text_problems(values: Mapping[str, str | None], limits: Mapping[str, int],
                  labels: Mapping[str, str], multiline: Iterable[str] = ()) -> list[Problem]:
    """Every problem of the text values that have a limit (one per field)."""
    many = set(multiline)
    problems = []
    for field, value in values.items():
        if field in limits and isinstance(value, str):
            problem = text_problem(field, labels.get(field) or field_label(field), value,
                                   limits[field], multiline=field in many)
            if problem:
                problems.append(problem)
    return problems


def field_label(field: str) -> str:
    """A readable name for a field without a label of its own ("evidence_summary")."""
    return field.replace("_", " ").capitalize()
