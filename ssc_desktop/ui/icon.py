"""The application icon, from the PNG sizes packaging/make_icons.py draws from the SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..shipped import folder

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """SSC Desktop's icon in every size it ships (an empty icon if the files are gone:
    a broken install still opens its window)."""
    icon = QIcon()
    icons = folder("icons")
    for size in SIZES:
        path = icons / f"ssc-desktop-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
