"""The navigation list's counts: "Invitations (12)", "Letters (3)", "Targets (5)".

Each count is what needs the chair on that page (the Home page's lines for it), read
again only for the parts an operation changed, and when the group or term changes.
The roster has none: its status bar counts members, and a number beside "Roster" would
read as the number of members.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QListWidget

from .context import AppContext
from .operations import EVERYTHING, OpChanges

if TYPE_CHECKING:
    from ..services import home
    from .pages import PageEntry

# Page (its module's name) -> the parts of the data that move its count.
COUNTED = {
    "invitations": OpChanges(invitations=True, roster=True, settings=True, groups=True),
    "letters": OpChanges(letters=True, groups=True),
    "targets": OpChanges(targets=True, groups=True),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("NavigationCounts", text)


class NavigationCounts(QObject):
    """Keeps the counts of a window's navigation list up to date."""

    def __init__(self, context: AppContext, navigation: QListWidget,
                 pages: Sequence[PageEntry], titles: list[str]) -> None:
        super().__init__(navigation)
        self.context, self.navigation = context, navigation
        self.titles = titles  # translated, in navigation order
        self.rows = {entry.module: row for row, entry in enumerate(pages)}
        self.counts: dict[str, int] = {}
        self.reads = 0  # parts read (a test counts work, never time)
        self._pending: set[str] = set()
        self._held = False  # until the window's first paint: start-up reads nothing more
        # When the event loop is idle, and once for several changes in a row.
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.update_now)
        context.groupChanged.connect(lambda: self.update(EVERYTHING))
        context.ops.changed.connect(self.update)

    def update(self, changes: OpChanges) -> None:
        """Mark the counts these changes move; they are read when the event loop is idle."""
        self._pending.update(page for page, moves in COUNTED.items()
                             if page in self.rows and changes.touches(moves))
        if self._pending and not self._held:
            self._timer.start()

    @property
    def settled(self) -> bool:
        """Every count shown is read (none waits for the event loop or the first paint)."""
        return not self._pending

    def hold(self) -> None:
        """Read nothing until release(): the titles show no count until it is known."""
        self._held = True

    def release(self) -> None:
        self._held = False
        if self._pending:
            self._timer.start()

    def update_now(self) -> None:
        wanted = tuple(page for page in COUNTED if page in self._pending)
        self._pending.clear()
        if not wanted:
            return
        from ..services import home  # read after the first paint: not a start-up import

        ctx = self.context
        if ctx.group_id is None or ctx.quadrennium_id is None:
            found: dict[str, list[home.AgendaLine]] = {page: [] for page in wanted}
        else:
            found = home.attention(ctx.db, ctx.group_id, ctx.quadrennium_id, wanted,
                                   date.today())
            self.reads += len(wanted)
        for page, lines in found.items():
            self._show(page, lines)

    def _show(self, page: str, lines: list[home.AgendaLine]) -> None:
        row = self.rows[page]
        item = self.navigation.item(row)
        if item is None:
            return
        count = sum(line.count for line in lines)
        self.counts[page] = count
        title = self.titles[row]
        item.setText(tr("%1 (%2)").replace("%1", title).replace("%2", f"{count:,}")
                     if count else title)
        item.setToolTip("\n".join([title, *(line.text for line in lines)]) if lines
                        else title)
