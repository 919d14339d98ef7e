"""Right-to-left names (Arabic, Persian, Hebrew) in visual order for reportlab.

reportlab draws characters left to right, one glyph each, so "نورة الجهني" would print
as disconnected letters in reverse. ``visual(text)`` joins Arabic letters into their
contextual presentation forms (initial, medial, final, isolated; lam-alef ligatures),
which DejaVu Sans has, and reverses each right-to-left run so it reads correctly
(kept on one line, since wrapping visual-order text would swap its lines).
Names only need this much; full bidi paragraphs are out of scope.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that join only to the letter before them (Unicode joining type R).
_RIGHT_JOINING = set("اأإآٱدذرزوؤةىژڈڑۀۃۄۅۆۇۈۉۊۋۍۏ")
_NON_JOINING = {"ء"}
_JOIN_CAUSING = {"\u0640"}  # tatweel
_LAM = "ل"
_LAM_ALEF = {"ا": "", "أ": " WITH HAMZA ABOVE", "إ": " WITH HAMZA BELOW",
             "آ": " WITH MADDA ABOVE"}


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


# Every character of bidi class R or AL lies in these blocks (checked over all of
# Unicode 15); a C-speed search lets the many names without one skip the per-character test.
_MAYBE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff"
                        "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    return _MAYBE_RTL.search(text) is not None and any(_is_rtl(ch) for ch in text)


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _joining(ch: str) -> str:
    """D (dual), R (right), C (causing), U (none) for a base character."""
    if ch in _JOIN_CAUSING:
        return "C"
    if ch in _RIGHT_JOINING:
        return "R"
    if ch in _NON_JOINING or not ("\u0620" <= ch <= "\u06ff"):
        return "U"
    return "D" if unicodedata.category(ch) == "Lo" else "U"


@functools.cache
def _form(ch: str, form: str) -> str:
    try:
        return unicodedata.lookup(f"{unicodedata.name(ch)} {form} FORM")
    except (KeyError, ValueError):
        return ch


def _lam_alef(alef: str, final: bool) -> str | None:
    try:
        return unicodedata.lookup(f"ARABIC LIGATURE LAM WITH ALEF{_LAM_ALEF[alef]} "
                                  f"{'FINAL' if final else 'ISOLATED'} FORM")
    except KeyError:
        return None


def shape_arabic(text: str) -> str:
    """Arabic letters in their contextual presentation forms (logical order kept)."""
    bases = [i for i, ch in enumerate(text) if not _is_mark(ch)]
    out = list(text)
    skip: set[int] = set()
    for pos, i in enumerate(bases):
        ch = text[i]
        kind = _joining(ch)
        if kind in ("U", "C"):
            continue
        prev = _joining(text[bases[pos - 1]]) if pos > 0 else "U"
        nxt_i = bases[pos + 1] if pos + 1 < len(bases) else None
        nxt = _joining(text[nxt_i]) if nxt_i is not None else "U"
        joins_prev = prev in ("D", "C")
        if ch == _LAM and nxt_i is not None and text[nxt_i] in _LAM_ALEF:
            ligature = _lam_alef(text[nxt_i], joins_prev)
            if ligature:
                out[i] = ligature
                skip.add(nxt_i)
                continue
        joins_next = kind == "D" and nxt in ("D", "R", "C")
        if joins_prev and joins_next:
            out[i] = _form(ch, "MEDIAL")
        elif joins_prev:
            out[i] = _form(ch, "FINAL")
        elif joins_next:
            out[i] = _form(ch, "INITIAL")
        else:
            out[i] = _form(ch, "ISOLATED")
    return "".join(c for i, c in enumerate(out) if i not in skip)


def _reverse_clusters(run: str) -> str:
    """Reverse a run by base character, keeping each mark after its base."""
    clusters: list[str] = []
    for ch in run:
        if clusters and _is_mark(ch):
            clusters[-1] += ch
        else:
            clusters.append(ch)
    return "".join(reversed(clusters))


def visual(text: str) -> str:
    """Text in the left-to-right drawing order reportlab needs."""
    if not has_rtl(text):
        return text
    shaped = shape_arabic(text)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        # Spaces at the edges of a run stay where they were.
        chunk = "".join(run)
        core = chunk.strip(" ")
        lead = chunk[:len(chunk) - len(chunk.lstrip(" "))]
        trail = chunk[len(chunk.rstrip(" ")):]
        # A no-break space keeps the run on one line: wrapping visual-order text would
        # put its logically last word first.
        out.append(lead + _reverse_clusters(core).replace(" ", "\u00a0") + trail)

    for ch in shaped:
        rtl_like = _is_rtl(ch) or (run and (ch == " " or _is_mark(ch)))
        if rtl_like:
            run.append(ch)
        else:
            if run:
                flush()
                run = []
            out.append(ch)
    if run:
        flush()
    return "".join(out)
