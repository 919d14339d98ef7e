"""The sentence for an edit refused because someone else changed the record first.

Every update is checked against the version the editor loaded (optimistic locking).
When it no longer matches, the change log knows who changed the record, when, and
which fields: the officer is told exactly that, and offered a reload.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..i18n import _
from .errors import ConflictError
from .models import Entity
from .queries.history import latest_change


class ChangedElsewhere(ConflictError):
    """A stale edit: reloading the record and making the change again will work."""

    reload = True


def changed_elsewhere(session: Session, obj: Entity, what: str) -> ChangedElsewhere:
    """The refusal of a stale edit of `obj` ("Ana Núñez", "the target 'X'")."""
    change = latest_change(session, obj.id, obj.audit_subject())
    if change is None:
        return ChangedElsewhere(_(
            "{what} was changed by someone else since you opened it; nothing was saved. "
            "Reload it to see that change, then make yours again.").format(what=what))
    who, when, fields = change
    return ChangedElsewhere(_(
        "{what} was changed by {who} on {when} ({fields}) since you opened it; nothing "
        "was saved. Reload it to see that change, then make yours again.").format(
            what=what, who=who, when=when.astimezone().strftime("%Y-%m-%d %H:%M"),
            fields=", ".join(fields[:6]) or _("no field")))
