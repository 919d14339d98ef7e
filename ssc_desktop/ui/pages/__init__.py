"""The pages of the main window, in navigation order.

Each entry names a module and a QWidget subclass constructed as Page(context, parent)
with a class attribute `title` (translated by the window) and a `refresh()` method the
window calls when the group, the term or the data change while the page is shown.
Modules are imported when the page is first shown, to keep start-up fast.
"""

PAGES: list[tuple[str, str]] = [
    ("ssc_desktop.ui.pages.home", "HomePage"),
    ("ssc_desktop.ui.pages.roster", "RosterPage"),
    ("ssc_desktop.ui.pages.targets", "TargetsPage"),
    ("ssc_desktop.ui.pages.letters", "LettersPage"),
    ("ssc_desktop.ui.pages.invitations", "InvitationsPage"),
    ("ssc_desktop.ui.pages.reports", "ReportsPage"),
]
