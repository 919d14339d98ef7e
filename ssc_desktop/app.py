"""The window's start: Qt application, logging, the database, the main window (the
bootstrap module calls run_gui when no command is given)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from .identity import APP_ID, APPLICATION, ORGANISATION, ORGANISATION_DOMAIN

log = logging.getLogger("ssc_desktop")


def log_path() -> Path:
    from .identity import log_file
    from .store.files import private_folder

    path = log_file()
    return private_folder(path.parent) / path.name


def _start_logging() -> Path:
    from .store.files import open_private_log

    path = log_path()
    open_private_log(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(log_file: Path) -> None:
    """An unexpected error is logged and shown as a sentence; the window stays open."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .domain.errors import UserError

    def hook(kind: type[BaseException], error: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, UserError):
            text = str(error)
        else:
            log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
            text = QApplication.translate(
                "App", "Something went wrong, and SSC Desktop could not finish what you asked. "
                "Everything saved before is safe. The details are in {path}; please send that "
                "file to whoever supports you.").format(path=log_file)
        if QApplication.instance() is not None:
            QMessageBox.critical(QApplication.activeWindow(), APPLICATION, text)
        else:
            sys.__excepthook__(kind, error, tb)

    sys.excepthook = hook


def make_application(argv: list[str] | None = None):  # -> QApplication
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from .identity import version
    from .ui.icon import app_icon

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setOrganizationDomain(ORGANISATION_DOMAIN)
    QCoreApplication.setApplicationVersion(version())
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(APP_ID)  # Wayland and the task bar match the .desktop file by it
    app.setWindowIcon(app_icon())  # every window and dialog inherits it
    if QLocale.system().language() == QLocale.Language.C:
        # A bare C locale (a fresh Linux box, a container) sorts and counts like English.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return app


def open_database(path: Path | str):  # -> Database | None
    """The database, or None after telling the user, in one sentence, why it cannot open."""
    from PySide6.QtWidgets import QMessageBox

    from .domain.errors import UserError
    from .store.backend import is_server_address
    from .store.database import Database
    from .store.files import private_folder

    if is_server_address(path):
        from .ui.shared_server import open_interactively

        return open_interactively(str(path), None)
    path = Path(path)
    try:
        private_folder(path.parent)
        return Database.open(path)
    except UserError as exc:
        QMessageBox.warning(None, APPLICATION, str(exc))
    except OSError as exc:
        QMessageBox.warning(None, APPLICATION, QMessageBox.tr(
            "The database {path} cannot be opened ({reason}). Check the folder exists and "
            "you may write to it.").format(path=path, reason=exc.strerror or exc))
    return None


# Qt's X11 plugin loads these at run time; a minimal Linux install may lack some, and Qt
# then aborts with a message no chair can act on. Library name -> Debian/Ubuntu package.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1", "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0", "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1", "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-randr": "libxcb-randr0",
}


def missing_display_packages(env: dict[str, str] | None = None,
                             find: Callable[[str], str | None] | None = None) -> list[str]:
    """The system packages Qt still needs to open a window on this X11 desktop."""
    import ctypes.util
    import os

    env = dict(os.environ) if env is None else env
    find = find or ctypes.util.find_library
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return []
    if env.get("WAYLAND_DISPLAY") or not env.get("DISPLAY"):
        return []
    return [package for library, package in XCB_LIBRARIES.items() if find(library) is None]


def run_gui(db_path: Path | str, language: str | None = None) -> int:
    from PySide6.QtCore import QSettings, QTimer

    from .store.backend import is_server_address
    from .ui.context import AppContext
    from .ui.main_window import MainWindow

    missing = missing_display_packages()
    if missing:
        print("ssc-desktop: the window cannot open because Qt needs system libraries this "
              f"computer lacks; install them (on Debian or Ubuntu: sudo apt install "
              f"{' '.join(missing)}) and start SSC Desktop again.", file=sys.stderr)
        return 2
    app = make_application()
    log_file = _start_logging()
    install_excepthook(log_file)
    from .ui import language as window_language

    language_warning = window_language.apply(window_language.start_language(QSettings(), language))
    db = open_database(db_path if is_server_address(db_path) else Path(db_path).expanduser())
    if db is None:
        return 2
    context = AppContext(db)
    from .services.letter_files import remove_viewing_copies

    remove_viewing_copies()  # left by a previous run that did not close normally
    try:
        window = MainWindow(context)
        window.show()
        if language_warning:
            window.statusBar().showMessage(language_warning)
        QTimer.singleShot(0, window.start)
        settle_when_started(window)
        return app.exec()
    finally:
        # An operation still under way (a backup, an export) finishes, or is cancelled
        # and rolled back, before the database it uses is closed.
        context.ops.wait(cancel=True)
        context.db.close()
        remove_viewing_copies()


def settle_when_started(window) -> None:  # window: MainWindow
    """Once the first page shows its figures and the navigation its counts, set start-up's
    objects out of the garbage collector's way (heap.settle), once."""
    from PySide6.QtCore import QTimer

    from .heap import settle

    timer = QTimer(window, interval=200)

    def check() -> None:
        if window.loaded and window.nav_counts.settled:
            timer.stop()
            settle()

    timer.timeout.connect(check)
    timer.start()

