"""Tinted rows and alert text come from the palette: readable in a light and a dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ssc_desktop.ui.tints import HUES, alert_text, contrast, is_dark, tint


def palette(base: str, text: str) -> QPalette:
    p = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Base, QColor(base))
        p.setColor(group, QPalette.ColorRole.Text, QColor(text))
    return p


@pytest.mark.parametrize("base,text", [("#ffffff", "#000000"), ("#1e1e1e", "#f0f0f0"),
                                      ("#2b2b2b", "#dddddd")], ids=["light", "dark", "grey"])
def test_every_tint_keeps_the_text_readable(qapp, base, text):
    p = palette(base, text)
    for hue in HUES:
        background = tint(hue, p)
        assert background != QColor(base)  # a visible tint
        assert contrast(QColor(text), background) >= 4.5, hue  # WCAG AA for body text
    assert contrast(alert_text(p), QColor(base)) >= 4.5


def test_a_dark_palette_is_recognised_and_tints_follow_it(qapp):
    saved = QGuiApplication.palette()
    try:
        QGuiApplication.setPalette(palette("#1e1e1e", "#f0f0f0"))
        assert is_dark()
        assert tint("bad").lightness() < 128  # a dark red, not a light pastel
    finally:
        QGuiApplication.setPalette(saved)
    assert not is_dark() and tint("bad").lightness() > 200
