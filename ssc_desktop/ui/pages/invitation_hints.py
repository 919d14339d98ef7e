"""What the Invitations page says when it shows nobody: why, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationsPage", text)


def empty_text(*, has_group: bool, has_term: bool, members: int, stage: str, shown: int,
               searched: bool) -> str:
    """The sentence over an empty tab ("" when it shows someone)."""
    if not has_group:
        return tr("No group yet. Create your group with File ▸ New group…, or open the demo "
                  "group from the File menu.")
    if not has_term:
        return tr("Invitations belong to one quadrennium: choose one above (not All "
                  "quadrennia).")
    if not members:
        return tr("Nobody is proposed or invited in this quadrennium yet. Add people on the "
                  "Roster page as Proposed, then invite them here.")
    if shown:
        return ""
    if searched:
        return tr("Nobody on this tab matches the search. Clear the search box to see "
                  "everyone.")
    return {
        "proposed": tr("Nobody is proposed. Add people on the Roster page with the status "
                       "Proposed, or import a list."),
        "invited": tr("Nobody is waiting to answer an invitation. Select people on the "
                      "Proposed tab and choose Invite."),
        "overdue": tr("No invitation is overdue."),
        "accepted": tr("Nobody is waiting for validation."),
        "active": tr("Nobody is validated yet: validate the people on the Accepted tab."),
        "ended": tr("No membership of this quadrennium has ended."),
    }.get(stage, "")
