"""The pages of the main window, in navigation order: one line registers a page.

Each is a class that satisfies ui.page.Page, named here with its title and icon so the
navigation is drawn without importing it: a page's module is imported, its widgets are
built and its data read only when it is first shown (start-up reads the first page only).
tests/ui/test_every_page_translated.py imports and shows every page, so a page that
cannot be imported fails the tests, and the registry's title and icon are checked
against the class's.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle, QWidget

if TYPE_CHECKING:
    from ..context import AppContext
    from ..page import Page

Icon = QStyle.StandardPixmap


@dataclass(frozen=True)
class PageEntry:
    """One page: its module under ui/pages, its class, and what the navigation shows."""

    module: str  # "roster": ssc_desktop.ui.pages.roster
    name: str  # the class in that module
    title: str  # English; the window translates it (vocabulary.name)
    icon: QStyle.StandardPixmap

    @property
    def path(self) -> str:
        return f"{__name__}.{self.module}"

    @property
    def cls(self) -> type[Page]:
        """The page's class (its module imported the first time it is asked for)."""
        return getattr(import_module(self.path), self.name)  # type: ignore[no-any-return]

    def __call__(self, context: AppContext, parent: QWidget | None = None) -> Page:
        return self.cls(context, parent)  # type: ignore[call-arg]

    def names(self, page: object) -> bool:
        """Whether this entry registers `page`, a page class or one of its entries."""
        return page is self or (isinstance(page, type) and page.__name__ == self.name
                                and page.__module__ == self.path)


class PageList(tuple[PageEntry, ...]):
    """The registered pages; `index` takes an entry or a page's class."""

    def index(self, page: object, *_args: object) -> int:  # type: ignore[override]
        for row, entry in enumerate(self):
            if entry.names(page):
                return row
        raise ValueError(f"{page!r} is not a registered page")


PAGES = PageList((
    PageEntry("home", "HomePage", "Home", Icon.SP_DirHomeIcon),
    PageEntry("roster", "RosterPage", "Roster", Icon.SP_FileDialogDetailedView),
    PageEntry("targets", "TargetsPage", "Targets", Icon.SP_DialogApplyButton),
    PageEntry("letters", "LettersPage", "Letters", Icon.SP_FileIcon),
    PageEntry("invitations", "InvitationsPage", "Invitations",
              Icon.SP_MessageBoxInformation),
    PageEntry("reports", "ReportsPage", "Reports", Icon.SP_FileDialogContentsView),
))
