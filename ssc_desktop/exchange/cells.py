"""What may go into a spreadsheet cell, and how text is kept from turning into a formula.

A cell that begins with = + - @, a tab or a carriage return could be run as a formula
by a spreadsheet program (CSV/formula injection). In .xlsx such a cell is written as a
text cell with Excel's "quote prefix", so it is never a formula and reads back exactly.
CSV has no cell types, so the exporter prefixes an apostrophe (what Excel users type to
force text) and the importer removes exactly that one apostrophe again.
"""

from __future__ import annotations

import re

from ..domain.errors import UserError
from ..formats import number
from ..i18n import _

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Excel cannot store these: XML 1.0 forbids them (tab, line feed and CR are allowed).
ILLEGAL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
MAX_CELL_CHARACTERS = 32_767  # Excel's limit per cell


class CellRefused(UserError):
    """A value no spreadsheet can hold as given; says whose value and which field."""


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def check_cell(text: str, who: str, field: str, what: str = "member") -> None:
    """Refuse a control character or an over-long value, naming the record and field."""
    bad = ILLEGAL_CHARACTERS.search(text)
    if bad is not None:
        raise CellRefused(
            _("{who}: {field} contains a control character (U+{code}) that Excel cannot store. "
              "Edit the {what} to remove it, then export again.").format(
                  who=who, field=field, code=f"{ord(bad.group()):04X}", what=what))
    if len(text) > MAX_CELL_CHARACTERS:
        raise CellRefused(
            _("{who}: {field} is {count} characters long, more than the {limit} a spreadsheet "
              "cell can hold. Shorten it, then export again.").format(
                  who=who, field=field, count=number(len(text)),
                  limit=number(MAX_CELL_CHARACTERS)))


def csv_escape(text: str) -> str:
    """The CSV form of a text cell: an apostrophe before anything formula-like."""
    if looks_like_formula(text) or (text.startswith("'") and len(text) > 1):
        return "'" + text
    return text


def csv_unescape(text: str) -> str:
    """Undo csv_escape: drop one apostrophe that guards a formula-like text."""
    if len(text) > 1 and text[0] == "'" and (looks_like_formula(text[1:])
                                            or text[1] == "'"):
        return text[1:]
    return text
