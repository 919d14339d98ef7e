"""One writer per database: a lock file beside it that says who holds it."""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO

from .errors import DatabaseInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """Held for as long as a Database is open; released by the OS if the app dies."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        if not _try_lock(handle):
            handle.seek(0)
            holder = _describe(handle.read())
            handle.close()
            raise DatabaseInUse(
                f"{self.path.name[:-5]} is already open in SSC Desktop{holder}. "
                "Close it there first, or open a copy of the file."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "user": getpass.getuser(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="minutes"),
        }))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
            try:
                self.path.unlink()
            except OSError:
                pass


def _describe(text: str) -> str:
    try:
        info = json.loads(text)
        since = info.get("since", "").replace("T", " ")
        return (f" by {info['user']} on {info['host']} (process {info['pid']}, "
                f"since {since})")
    except (ValueError, KeyError, TypeError):
        return " by another program"
