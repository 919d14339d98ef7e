"""Render SSC Desktop's icon files from their one source, resources/icons/ssc-desktop.svg.

    .venv/bin/python packaging/make_icons.py

writes resources/icons/ssc-desktop-<size>.png (the window icon and the Linux desktop icon,
shipped with the package) and packaging/icons/ssc-desktop.ico and .icns (the Windows and
macOS application icons PyInstaller puts on the executable and the .app). Qt's
QSvgRenderer draws the PNGs; Pillow (already installed: reportlab needs it) writes ICO and
ICNS. Run it after changing the SVG, and commit what it writes.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "ssc-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return SOURCE.with_name(f"ssc-desktop-{size}.png")


def render(size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def to_pillow(image):  # QImage -> PIL.Image
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt needs it
    for size in SIZES:
        render(size).save(str(png_path(size)), "PNG")
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    # Each size drawn from the SVG, not scaled down from the largest: small sizes stay sharp.
    ico = {size: to_pillow(render(size)) for size in ICO_SIZES}
    ico[256].save(out / "ssc-desktop.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                  append_images=[ico[s] for s in ICO_SIZES if s != 256])
    icns = {size: to_pillow(render(size)) for size in ICNS_SIZES}
    icns[1024].save(out / "ssc-desktop.icns", format="ICNS",
                    append_images=[icns[s] for s in ICNS_SIZES if s != 1024])
    for path in [*map(png_path, SIZES), out / "ssc-desktop.ico", out / "ssc-desktop.icns"]:
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
