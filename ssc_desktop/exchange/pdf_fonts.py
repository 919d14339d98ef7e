"""The fonts a report falls back on for what DejaVu Sans lacks (Chinese, Japanese, Korean
Hangul, Devanagari, Thai, Ethiopic...): every installed TrueType font that covers a
character, found when a text needs it.

Where a font is looked for, in order: ``$SSC_DESKTOP_FALLBACK_FONT`` (one path or several
separated by the system's path separator), the usual files on Linux, Windows and macOS,
then (where fontconfig is installed: Linux, BSD) every font fontconfig says covers the
character. Each font found is loaded once and kept; a character takes the first loaded
font that has it. reportlab embeds TrueType outlines only: OpenType/CFF fonts (Noto CJK's
.otf and .ttc) fail to load and are skipped for the next candidate.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FALLBACK = "SSCFallback"  # registered as SSCFallback1, SSCFallback2, ...
FALLBACK_ENV = "SSC_DESKTOP_FALLBACK_FONT"

# TrueType-outline fonts reportlab can embed, by script, on the three systems.
_CANDIDATES = [
    # Chinese and Japanese (and Hangul, for the first ones)
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/msgothic.ttc",
    "C:/Windows/Fonts/YuGothR.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    # Korean
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/usr/share/fonts/naver-nanum/NanumGothic.ttf",
    "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/gulim.ttc",
    "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    # Devanagari, Bengali, Tamil... and Thai, Ethiopic, Arabic beyond DejaVu's forms
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansTamil-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "C:/Windows/Fonts/Nirmala.ttf",
    "C:/Windows/Fonts/mangal.ttf",
    "C:/Windows/Fonts/LeelawUI.ttf",
    "C:/Windows/Fonts/ebrima.ttf",
    "C:/Windows/Fonts/arial.ttf",
    "/System/Library/Fonts/Supplemental/DevanagariMT.ttc",
    "/System/Library/Fonts/Supplemental/Tahoma.ttf",
]
_NUMBERS = itertools.count(1)
_STYLED = ("bold", "italic", "oblique", "light", "thin", "black", "heavy", "mono")


def candidates() -> list[Path]:
    """The font files tried first, in order of preference."""
    chosen = os.environ.get(FALLBACK_ENV, "")
    return [Path(p) for p in chosen.split(os.pathsep) if p] + [Path(p) for p in _CANDIDATES]


def fonts_covering(ch: str) -> list[Path]:
    """The font files fontconfig says have ``ch`` (none without fontconfig), regular
    TrueType faces first."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        done = subprocess.run(
            [fc_list, "--format", "%{file}\\n", f":charset={ord(ch):x}:outline=true"],
            capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    files = {Path(line) for line in done.stdout.splitlines() if line.strip()}
    return sorted(files, key=lambda p: (any(w in p.name.lower() for w in _STYLED),
                                        p.suffix.lower() != ".ttf", str(p)))


@dataclass(frozen=True, slots=True)
class Fallback:
    name: str  # as registered with reportlab
    path: Path
    cover: frozenset[int]


class FallbackFonts:
    """The fallback fonts of one process, loaded as texts need them (thread-safe)."""

    def __init__(self, *, search: bool = True) -> None:
        self.search = search
        self.loaded: list[Fallback] = []
        self._tried: set[Path] = set()
        self._none: set[int] = set()  # characters no font here has (asked once each)
        self._asked_blocks: set[int] = set()  # 128-character blocks fontconfig had none for
        self._lock = threading.Lock()

    def font_for(self, code: int) -> Fallback | None:
        """The first font that has the character, loading fonts until one does."""
        for font in self.loaded:
            if code in font.cover:
                return font
        if not self.search or code in self._none:
            return None
        with self._lock:
            found = self._find(code)
            if found is None:
                self._none.add(code)
            return found

    def _find(self, code: int) -> Fallback | None:
        for font in self.loaded:  # another thread may have loaded it meanwhile
            if code in font.cover:
                return font
        for path in candidates():  # the usual files, loaded one by one until one has it
            found = self._load(path)
            if found is not None and code in found.cover:
                return found
        if code >> 7 in self._asked_blocks:
            return None
        for path in fonts_covering(chr(code)):
            found = self._load(path)
            if found is not None and code in found.cover:
                return found
        self._asked_blocks.add(code >> 7)  # the rest of its block is as unlikely
        return None

    def _load(self, path: Path) -> Fallback | None:
        if path in self._tried:
            return None
        self._tried.add(path)  # absent files too: each path is looked at once
        if not path.is_file():
            return None
        name = f"{FALLBACK}{next(_NUMBERS)}"  # unique in the process: names are global
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except Exception:  # CFF outlines, a damaged file: the next candidate
            return None
        pdfmetrics.registerFont(font)
        loaded = Fallback(name, path, frozenset(font.face.charToGlyph))
        self.loaded.append(loaded)
        return loaded
