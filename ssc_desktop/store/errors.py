"""Errors a user can cause in the store: each carries one sentence to show them."""

from ..domain.errors import UserError


class StoreError(UserError):
    """A problem with the database file, phrased for the person using the app."""


class NotADatabase(StoreError):
    pass


class DamagedDatabase(StoreError):
    pass


class ReadOnlyDatabase(StoreError):
    pass


class LockedDatabase(StoreError):
    pass


class DatabaseInUse(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class ConflictError(StoreError):
    """A record changed since it was read (optimistic locking, undo of a stale change)."""


class NotFound(StoreError):
    pass


class ServerUnavailable(StoreError):
    """The database server cannot be reached, or dropped the connection."""


class PasswordNeeded(StoreError):
    """The server asks for a password (none given, or a wrong one); the window asks for it."""

    def __init__(self, message: str, location: object = None, wrong: bool = False) -> None:
        super().__init__(message)
        self.location = location
        self.wrong = wrong


class NotPermitted(StoreError):
    """The server refused an action to this officer's role (read-only, another group)."""


class Busy(StoreError):
    """Another officer saved the same rows at the same moment; trying again will work."""


class PathRefused(StoreError):
    """A path that cannot be read or written as a file (a folder, a pipe, a device)."""


class DiskFull(StoreError):
    """The disk (or the user's quota) is full; nothing half-written was kept."""
