"""Row tints and alert text derived from the palette, so a dark theme stays readable:
a tint is the palette's base colour moved a little towards a hue, under the palette's
own text colour (never a fixed light pastel under fixed dark text)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

HUES = {"good": QColor("#34a853"), "warning": QColor("#f9ab00"),
        "attention": QColor("#e8710a"), "bad": QColor("#d93025")}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(hue: str, palette: QPalette | None = None) -> QColor:
    """The base colour with a share of `hue` ("good", "warning", "bad")."""
    palette = palette or QGuiApplication.palette()
    base, colour = palette.color(QPalette.ColorRole.Base), HUES[hue]
    share = 0.30 if is_dark(palette) else 0.16
    return QColor.fromRgbF(*(b + (c - b) * share for b, c in (
        (base.redF(), colour.redF()), (base.greenF(), colour.greenF()),
        (base.blueF(), colour.blueF()))))


def alert_text(palette: QPalette | None = None) -> QColor:
    """Red text that keeps its contrast on the palette's base colour."""
    return QColor("#ff8f85") if is_dark(palette) else QColor("#8a1010")


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of two colours."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
