"""Checks that a row says what a roster row should, before a chair trusts it.

A public member list pasted into a sheet puts the institution into the given name, the
country into the family name or the organisation, or slides a row one column over; a
file saved in the wrong encoding turns "García" into "GarcÃ­a" or "Иван" into "????".
Each such row gets a warning the chair must accept before it is applied (the repairs it
proposes, "GarcÃ­a → García", are applied on acceptance), and characters already lost
("?" or U+FFFD in a name) make the row a problem: nothing can bring them back.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..domain.people import tidy
from ..domain.reference import reference
from ..i18n import _

NAME_FIELDS = ("given_names", "family_name")
# Fields a repair (mojibake, capitals, titles) may change.
REPAIRED_FIELDS = ("given_names", "family_name", "organisation", "position")
_LOST = re.compile(r"\?|\ufffd")
_LOST_RUN = re.compile(r"\?{2,}|\ufffd|[^\W\d_]\?[^\W\d_]")  # "?" between letters
_INSTITUTION = re.compile(
    r"\b(universit\w*|univ|institut\w*|museu?m?\w*|societ\w*|soci[eé]t[eé]|department|dept|"
    r"departamento|d[eé]partement|cent(?:re|er|ro)|foundation|fundaci[oó]n|fondation|"
    r"ministry|minist[eè]re|ministerio|zoo|college|colegio|coll[eè]ge|laborator\w*|lab|"
    r"association|asociaci[oó]n|trust|herbarium|herbario|garden|jard[ií]n|school|escuela|"
    r"[eé]cole|academy|academia|acad[eé]mie|agency|agencia|council|consejo|conseil|"
    r"inc|ltd|gmbh|ngo|ong|wwf|iucn|uicn)\b", re.IGNORECASE)
_TITLES = re.compile(
    r"^(?:(?:dr|dra|drs|prof|profa|professor|mr|mrs|ms|mme|mlle|sr|sra|srta|sir)\.?\s+)+"
    r"|(?:,?\s+(?:ph\.?\s?d|m\.?\s?sc|b\.?\s?sc|m\.?\s?a|dphil|jr|sr)\.?)+$",
    re.IGNORECASE)
_PARTICLES = {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van",
              "von", "der", "den", "ten", "ter", "y", "e", "bin", "binti", "al", "el"}
_MAC_ROMAN_SIGNS = ("√", "‚Ä", "¬", "Ã")


@dataclass(frozen=True, slots=True)
class Repair:
    field: str
    before: str
    after: str
    why: str  # the sentence's ending

    def sentence(self) -> str:
        return _("{why}: '{before}' → '{after}'; accept to apply").format(
            why=self.why, before=self.before, after=self.after)


def repair_mojibake(text: str) -> str:
    """Text decoded in the wrong encoding, decoded right ("GarcÃ­a" → "García",
    Mac Roman's "B√∫rquez" → "Búrquez"); anything else unchanged."""
    if text.isascii():
        return text
    if len(text) <= 200:  # names and organisations repeat down a file: judged once each
        return _repaired(text)
    return _repair(text)


@functools.lru_cache(maxsize=8192)
def _repaired(text: str) -> str:
    return _repair(text)


def _repair(text: str) -> str:
    from ftfy import fix_text
    from ftfy.badness import is_bad

    if is_bad(text):
        fixed = fix_text(text, normalization="NFC")
        if fixed != text:
            return fixed
    if any(sign in text for sign in _MAC_ROMAN_SIGNS):
        try:
            fixed = text.encode("mac_roman").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return text
        return unicodedata.normalize("NFC", fixed)
    return text


def _word_case(word: str, first: bool) -> str:
    if not first and word.lower() in _PARTICLES:
        return word.lower()
    if "-" not in word and "'" not in word:  # most words: one capital, then lower case
        return word[:1].upper() + word[1:].lower()
    return "-".join("'".join(p[:1].upper() + p[1:].lower() for p in part.split("'"))
                    for part in word.split("-"))


def from_capitals(name: str) -> str:
    """'NÚÑEZ PEÑA' → 'Núñez Peña', 'O'BRIEN' → 'O'Brien', 'DE LA CRUZ' → 'De la Cruz'."""
    return " ".join(_word_case(w, i == 0) for i, w in enumerate(name.split()))


def in_capitals(name: str) -> bool:
    if not name.isupper():  # most names: some letter in lower case
        return False
    letters = [c for c in name if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and \
        any(c.lower() != c for c in letters)


def without_titles(name: str) -> str:
    return " ".join(_TITLES.sub("", name).split())


def repairs(given: dict[str, object]) -> list[Repair]:
    """The repairs a row's text cells need, applied to ``given`` in place."""
    out: list[Repair] = []
    for field in REPAIRED_FIELDS:
        value = given.get(field)
        if not isinstance(value, str) or not value:
            continue
        fixed = repair_mojibake(value)
        if fixed != value:
            out.append(Repair(field, value, fixed, _("text read in the wrong encoding")))
            value = given[field] = fixed
        if field in NAME_FIELDS:
            plain = without_titles(value)
            if plain and plain != value:
                out.append(Repair(field, value, plain, _("title moved out of the name")))
                value = given[field] = plain
            if in_capitals(value):
                fixed = from_capitals(value)
                out.append(Repair(field, value, fixed, _(
                    "name written in capitals, written as a name usually is (edit it if "
                    "the person writes it otherwise)")))
                given[field] = fixed
    return out


def _cjk(text: str) -> bool:
    return any(unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
               for c in text)


def split_full_name(raw: str) -> tuple[str, str, bool]:
    """(given, family, guessed) from one Name cell; guessed when nothing in the cell says
    which part is the family name (the row then says how it split it)."""
    if "," in raw:  # "Núñez, Ana" as rosters are often written
        family, _comma, given = raw.partition(",")
        return tidy(given), tidy(family), False
    words = raw.split()
    caps = [w for w in words if in_capitals(w)]
    if caps and len(caps) < len(words):  # "NÚÑEZ Ana María": capitals mark the family name
        return " ".join(w for w in words if w not in caps), " ".join(caps), False
    if len(words) == 1 and len(raw) > 1 and _cjk(raw):  # 王小明: family name first
        return raw[1:], raw[:1], True
    if len(words) < 2:
        return "", raw, False
    return " ".join(words[:-1]), words[-1], True


def lost_characters(value: str, *, name: bool = False) -> bool:
    """'?' or U+FFFD where a letter was: the file was saved in an encoding without it
    (in a name any '?' counts; elsewhere a run of them, or one between letters)."""
    return bool((_LOST if name else _LOST_RUN).search(value))


def name_warnings(given: dict[str, object]) -> list[tuple[str, str]]:
    """(field, sentence ending) for name and organisation cells that hold something else."""
    ref = reference()
    out: list[tuple[str, str]] = []
    for field in NAME_FIELDS:
        value = str(given.get(field) or "")
        if not value:
            continue
        if "," in value:
            out.append((field, _("the name holds a comma ('{value}'): is part of it another "
                                 "field?").format(value=value)))
        if (m := _INSTITUTION.search(value)) is not None:
            out.append((field, _("the name holds '{word}', a word of an institution's name; "
                                 "is the organisation in the name column?").format(
                word=m.group(0))))
        # A given name may well be a country's (Jordan, Georgia, India): only a family
        # name, or a part after a comma, is taken for a country.
        country = ref.country_named(value) if field == "family_name" else None
        if country is None and "," in value:
            country = next((c for part in value.split(",")[1:]
                            if (c := ref.country_named(part.strip())) is not None), None)
        if country is not None:
            out.append((field, _("'{value}' is a country ({country}), not a name; is the "
                                 "country in the name column?").format(
                value=value, country=country.name)))
    organisation = str(given.get("organisation") or "")
    if (country := ref.country_named(organisation)) is not None:
        out.append(("organisation", _("the organisation is only a country ({country}); is "
                                      "the country in the organisation column?").format(
            country=country.name)))
    return out


@dataclass(frozen=True, slots=True)
class FileShape:
    """What most rows of the file look like, to spot the row that does not."""

    typical: frozenset[int]  # the columns most rows fill
    country_share: float  # the share of rows with a country
    email_column: int | None = None

    @classmethod
    def of(cls, rows: list[tuple[int, tuple[object, ...]]], country_columns: list[int],
           email_column: int | None = None) -> FileShape:
        patterns = Counter(_filled(cells) for _n, cells in rows)
        typical = patterns.most_common(1)[0][0] if patterns else frozenset()
        with_country = sum(1 for _n, cells in rows
                           if any(c < len(cells) and _has(cells[c]) for c in country_columns))
        share = with_country / len(rows) if rows and country_columns else 0.0
        return cls(typical, share, email_column)

    def shifted(self, cells: tuple[object, ...]) -> int:
        """+1 or -1 when the row's cells sit one column off: its e-mail address in the
        next or previous column, or its filled cells one column off the typical ones."""
        e = self.email_column
        if e is not None and not _address(cells, e):
            for step in (1, -1):
                if _address(cells, e + step):
                    return step
        filled = _filled(cells)
        if len(self.typical) < 3 or filled == self.typical or not filled:
            return 0
        here = len(filled & self.typical)
        for step in (1, -1):
            moved = frozenset(c + step for c in self.typical)
            if len(filled & moved) >= max(here + 2, int(0.8 * len(filled))):
                return step
        return 0


def _address(cells: tuple[object, ...], column: int) -> bool:
    if not 0 <= column < len(cells):
        return False
    value = cells[column]
    return isinstance(value, str) and "@" in value and " " not in value.strip()


def _has(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _filled(cells: tuple[object, ...]) -> frozenset[int]:
    # _has() inlined: this runs twice per row of a file
    return frozenset([i for i, v in enumerate(cells) if v is not None and not (
        type(v) is str and (not v or v.isspace()))])
