"""SQLite's failures as sentences: another program's lock, a full disk, a read-only file."""

from __future__ import annotations

from ..i18n import _
from .errors import DiskFull, LockedDatabase, ReadOnlyDatabase, StoreError


def sqlite_failure(exc: BaseException, name: str) -> StoreError | None:
    """The sentence for an error SQLite raised on the file `name`, or None if unknown.

    SQLite has already retried for its busy timeout before it says 'locked'; by then the
    other program is holding on, so the sentence says what to close. Every case means
    the transaction was rolled back: nothing was changed.
    """
    message = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in message or "busy" in message:
        return LockedDatabase(_(
            "{name} is in use by another program (one that is reading or writing it, such "
            "as a database browser or a sync tool); nothing was changed. Close the other "
            "program, then try again.").format(name=name))
    if "full" in message:
        return DiskFull(_(
            "The disk holding {name} is full; nothing was changed. Free some disk space, "
            "then try again.").format(name=name))
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase(_("{name} is read-only; nothing was changed. Make it "
                                  "writable and try again.").format(name=name))
    if "disk i/o error" in message:
        return StoreError(_(
            "{name} could not be written (the disk reported an error); nothing was changed. "
            "Check the disk or copy the file elsewhere, then try again.").format(name=name))
    return None
