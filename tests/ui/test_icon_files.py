"""The icon files are drawn from the SVG by packaging/make_icons.py, and are fresh."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from ssc_desktop.ui.icon import SIZES

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("make_icons", ROOT / "packaging" / "make_icons.py")
make_icons = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_icons)


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_drawn_at_its_size(qapp, size):
    committed = QImage(str(make_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    drawn = make_icons.render(size)
    differing = sum(
        1 for y in range(size) for x in range(size)
        if max(abs(a - b) for a, b in zip(committed.pixelColor(x, y).getRgb(),
                                          drawn.pixelColor(x, y).getRgb(), strict=True)) > 8)
    assert differing <= size * size // 100, "run packaging/make_icons.py and commit its output"


def test_the_windows_and_macos_icons_hold_every_size():
    ico = Image.open(ROOT / "packaging" / "icons" / "ssc-desktop.ico")
    assert sorted(w for w, _h in ico.info["sizes"]) == list(make_icons.ICO_SIZES)
    icns = Image.open(ROOT / "packaging" / "icons" / "ssc-desktop.icns")
    assert {w for w, _h, _scale in icns.info["sizes"]} >= {16, 32, 128, 256, 512}
