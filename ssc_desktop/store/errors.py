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


class PathRefused(StoreError):
    """A path that cannot be read or written as a file (a folder, a pipe, a device)."""


class DiskFull(StoreError):
    """The disk (or the user's quota) is full; nothing half-written was kept."""
