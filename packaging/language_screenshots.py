"""The README's roster screenshots in French and Spanish, from a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/language_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication

from ssc_desktop.demo.build import build_demo
from ssc_desktop.store.database import Database
from ssc_desktop.ui import language
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.main_window import MainWindow
from ssc_desktop.ui.pages import PAGES
from ssc_desktop.ui.pages.roster import RosterPage

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        with Database.open(Path(folder) / "demo.sqlite", actor="screenshots") as db:
            build_demo(db, members=500, seed=7, today=date.today())
            for code in ("fr", "es"):
                language.apply(code)
                settings = QSettings(str(Path(folder) / f"{code}.ini"), QSettings.Format.IniFormat)
                window = MainWindow(AppContext(db), settings)
                window.resize(*SIZE)
                window.show()
                window.show_page(PAGES.index(RosterPage))
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
                app.processEvents()
                target = ROOT / "resources" / "screenshots" / f"roster_{code}.png"
                window.grab().save(str(target))
                print(target)
                window.context.ops.wait(cancel=True)
                window.close()
                window.deleteLater()
                app.processEvents()
    language.apply("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
