"""The pages of the main window, in navigation order: one line registers a page.

Each is a class that satisfies ui.page.Page. They are imported here, at start, so a page
that cannot be imported stops the start with its traceback instead of greying out; a
page's widgets are built (and its data read) only when it is first shown.
"""

from __future__ import annotations

from ..page import Page
from .home import HomePage
from .invitations import InvitationsPage
from .letters import LettersPage
from .reports import ReportsPage
from .roster import RosterPage
from .targets import TargetsPage

PAGES: tuple[type[Page], ...] = (
    HomePage,
    RosterPage,
    TargetsPage,
    LettersPage,
    InvitationsPage,
    ReportsPage,
)
