"""One writer per database: an OS lock on a file beside it that says who holds it.

The lock file is created once and never deleted: deleting it on release let a second
process lock the old, unlinked file while a third locked a new one, two writers at
once. It is opened with O_NOFOLLOW and must be a regular file, so a link planted in its
place is refused instead of overwriting what it points at. The OS drops the lock when
the process ends, however it ends.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
from datetime import datetime
from pathlib import Path

from ..i18n import _
from .errors import DatabaseInUse, StoreError
from .files import CLOEXEC, FILE_MODE, NOFOLLOW, POSIX

LOCK_OFFSET = 1 << 20  # Windows locks a byte range; far past the holder's note
NOTE_BYTES = 4096

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)

    def _unlock(fd: int) -> None:
        os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """Held for as long as a Database is open; released by the OS if the app dies."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        fd = self._open()
        if not _try_lock(fd):
            holder = _describe(_read_note(fd))
            os.close(fd)
            raise DatabaseInUse(_(
                "{name} is already open in SSC Desktop{holder}. Close it there first, or "
                "open a copy of the file.").format(name=self.path.name[:-5], holder=holder))
        note = json.dumps({
            "user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="minutes"),
        }).encode("utf-8")
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock; the file stays, emptied, for the next holder to lock."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # still held: nobody reads a stale holder
            _unlock(fd)
        except OSError:
            pass  # closing releases it anyway
        finally:
            os.close(fd)

    def _open(self) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | NOFOLLOW | CLOEXEC
                         | getattr(os, "O_NONBLOCK", 0), FILE_MODE)
        except OSError as exc:
            if os.path.islink(self.path):
                raise StoreError(_(
                    "{lock} is a link, not SSC Desktop's lock file; nothing was written "
                    "through it. Remove the link, then open the database "
                    "again.").format(lock=self.path)) from exc
            raise StoreError(_("The lock file {lock} cannot be opened ({reason}); check "
                               "that you may write in {folder}.").format(
                                   lock=self.path, reason=exc.strerror or exc,
                                   folder=self.path.parent)) from exc
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or (POSIX and info.st_nlink != 1):
            os.close(fd)
            raise StoreError(_(
                "{lock} is not SSC Desktop's lock file (it is not a plain file of its own); "
                "nothing was written to it. Remove it, then open the database "
                "again.").format(lock=self.path))
        return fd


def _read_note(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, NOTE_BYTES).decode("utf-8", "replace")
    except OSError:
        return ""


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _describe(text: str) -> str:
    try:
        info = json.loads(text)
        since = info.get("since", "").replace("T", " ")
        return _(" by {user} on {host} (process {pid}, since {since})").format(
            user=info["user"], host=info["host"], pid=info["pid"], since=since)
    except (ValueError, KeyError, TypeError):
        return _(" by another program")
