"""The window's side of a shared server: the password prompt, opening a server address,
and noticing other officers' changes (a change counter polled every few seconds)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ..domain.errors import UserError
from ..services.changes import change_marker, changes_since
from ..services.handle import DatabaseHandle, PasswordNeeded, open_database

POLL_MS = 4000
ATTEMPTS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("SharedServer", text)


def open_interactively(target: Any, parent: QWidget | None, ask: Any = None,
                       report: Any = None) -> DatabaseHandle | None:
    """Open a file or server database; ask for a password when the server wants one (kept
    in memory only); None after showing, in one sentence, why it cannot open."""
    ask = ask or _ask_password
    try:
        password: str | None = None
        for _attempt in range(ATTEMPTS):
            try:
                return open_database(target, password)
            except PasswordNeeded as exc:
                password = ask(parent, str(exc))
                if password is None:
                    return None
        return open_database(target, password)
    except UserError as exc:
        if report is not None:
            report(str(exc))
        else:
            QMessageBox.warning(parent, tr("SSC Desktop"), str(exc))
    return None


def _ask_password(parent: QWidget | None, sentence: str) -> str | None:
    text, ok = QInputDialog.getText(parent, tr("Password for the shared database"), sentence,
                                    QLineEdit.EchoMode.Password)
    return text if ok else None


def ask_server_address(parent: QWidget | None) -> str | None:
    text, ok = QInputDialog.getText(
        parent, tr("Open a shared database"),
        tr("Address of the shared database (from whoever runs the server):"),
        QLineEdit.EchoMode.Normal, "postgresql://user@host:5432/dbname")
    return text.strip() if ok and text.strip() else None


class ChangeWatcher(QObject):
    """Polls a server database for operations saved by other officers."""

    othersChanged = Signal(int, str)
    connectionChanged = Signal(str)

    def __init__(self, db_of: Any, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._db_of = db_of  # () -> the open Database (it changes with File > Open)
        self._db: DatabaseHandle | None = None
        self._marker = 0
        self._lost = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> int:
        """One look; returns how many changes by others were found."""
        db = self._db_of()
        if db is None or not db.is_server:
            self._db = None
            return 0
        try:
            if db is not self._db:
                self._db, self._marker = db, change_marker(db)
                return 0
            seen = changes_since(db, self._marker)
        except UserError as exc:
            if not self._lost:
                self._lost = True
                self.connectionChanged.emit(str(exc))
            return 0
        if self._lost:
            self._lost = False
            self.connectionChanged.emit("")
        self._marker = seen.marker
        if seen.count:
            names = ", ".join(seen.actors)
            text = (tr("Updated: 1 change by {names}") if seen.count == 1 else
                    tr("Updated: {count} changes by {names}")).format(count=seen.count,
                                                                      names=names)
            self.othersChanged.emit(seen.count, text)
        return seen.count


def attach(window: Any) -> ChangeWatcher:
    """The main window's hook: a File menu entry for a server address, and a watcher that
    reloads the pages (keeping the chosen group) when others saved something."""
    action = QAction(tr("Open &shared database…"), window)
    window.ui.menuFile.insertAction(_after(window.ui.menuFile, window.ui.actionOpenDatabase),
                                    action)
    action.setToolTip(tr("Open a database on a PostgreSQL server that several officers share"))

    def open_shared() -> None:
        address = ask_server_address(window)
        if address:
            window.open_database(address)

    action.triggered.connect(open_shared)
    window.open_shared_action = action
    watcher = ChangeWatcher(lambda: window.context.db, window)

    def others_changed(_count: int, text: str) -> None:
        window.reload()
        window.statusBar().showMessage(text, 15000)

    watcher.othersChanged.connect(others_changed)
    watcher.connectionChanged.connect(
        lambda text: window.statusBar().showMessage(
            text or tr("Connected to the server again."), 0 if text else 10000))
    return watcher


def _after(menu: Any, action: Any) -> Any:
    actions = menu.actions()
    index = actions.index(action)
    return actions[index + 1] if index + 1 < len(actions) else None
