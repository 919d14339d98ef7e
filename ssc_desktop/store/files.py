"""Files the app writes: private, created afresh, never through a planted link or a pipe.

Every file the app creates for itself (the database, backups, before-upgrade copies,
exports, drafts, the log) holds members' personal data, so on POSIX it is created 0600
in a 0700 folder whatever the umask. A file is written as a ``.part`` beside its target,
created with O_EXCL|O_NOFOLLOW (a symlink or a file someone placed there is never
followed or reused), renamed over the target when complete and removed when not; a
crash leaves a ``.part`` that ``sweep_parts`` removes at the next start.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import _
from .errors import DiskFull, PathRefused

POSIX = os.name == "posix"
FILE_MODE = 0o600
FOLDER_MODE = 0o700
PART_SUFFIX = ".part"
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
NONBLOCK = getattr(os, "O_NONBLOCK", 0)
CLOEXEC = getattr(os, "O_CLOEXEC", 0)
BINARY = getattr(os, "O_BINARY", 0)
FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words a chair knows."""
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def check_regular_or_absent(path: Path) -> os.stat_result | None:
    """The stat of an existing regular file, or None for an absent name in an existing
    folder; anything else (a folder, a pipe, a device such as /dev/null) is refused.

    os.stat never opens the file, so a pipe cannot make this wait.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise PathRefused(_("The folder {folder} does not exist. Choose another "
                                "place.").format(folder=path.parent)) from None
        return None
    except OSError as exc:
        raise PathRefused(_("{path} cannot be used ({reason}). Choose another "
                            "file.").format(path=path, reason=exc.strerror or exc)) from exc
    if not stat.S_ISREG(info.st_mode):
        raise PathRefused(_("{path} is {kind}, not a file. Give the path of a regular "
                            "file.").format(path=path, kind=kind_of(info.st_mode)))
    return info


def open_regular_for_reading(path: Path) -> int:
    """A read descriptor on a regular file: refused, never waited on, if it is a pipe or a
    device (checked before opening, and again on the opened file against a swap)."""
    if check_regular_or_absent(path) is None:
        raise PathRefused(_("{path} cannot be found; check the file name and try "
                            "again.").format(path=path))
    try:
        fd = os.open(path, os.O_RDONLY | NONBLOCK | CLOEXEC | BINARY)
    except OSError as exc:
        raise PathRefused(_("{name} cannot be read ({reason}).").format(
            name=path.name, reason=exc.strerror or exc)) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise PathRefused(_("{path} is {kind}, not a file. Give the path of a regular "
                            "file.").format(path=path, kind=kind_of(info.st_mode)))
    if NONBLOCK and POSIX:
        import fcntl

        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~NONBLOCK)
    return fd


def private_folder(folder: Path) -> Path:
    """Create a folder (and its missing parents) 0700; an existing one is left as it is."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if POSIX:
        for created in missing:
            os.chmod(created, FOLDER_MODE)  # mkdir's mode is cut by the umask
    return folder


def make_private(path: Path) -> None:
    """Take group and other permissions off a file the app owns (POSIX only)."""
    if not POSIX:
        return
    try:
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == os.getuid():
            os.chmod(path, stat.S_IMODE(info.st_mode) & 0o700)
    except OSError:
        pass  # a file we may not change is still usable; nothing to tighten


def create_new(path: Path) -> int:
    """A write descriptor on a file that did not exist, created 0600, no link followed."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW | CLOEXEC | BINARY,
                 FILE_MODE)
    if POSIX:
        os.fchmod(fd, FILE_MODE)  # the umask cannot widen 0600, but a stricter ACL default
    return fd


def part_name(target: Path) -> Path:
    """A fresh, unguessable name beside target: '.roster.xlsx.3f9a0c1b.part'."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")


def new_part(target: Path) -> Path:
    """Create an empty private .part file beside target and return its path."""
    check_regular_or_absent(target)
    try:
        part = part_name(target)
        os.close(create_new(part))
    except OSError as exc:
        raise written_failure(target, exc) from exc
    return part


@contextmanager
def part_file(target: str | Path) -> Iterator[Path]:
    """Write to the yielded path; it replaces target when the block ends, else vanishes.

    The target is refused first if it is a folder, a pipe or a device, or its folder is
    missing; a full disk or a refused write becomes one sentence and leaves target as it
    was.
    """
    target = Path(target)
    part = new_part(target)
    try:
        yield part
        os.replace(part, target)
    except OSError as exc:
        raise written_failure(target, exc) from exc
    finally:
        part.unlink(missing_ok=True)


def written_failure(target: Path, exc: OSError) -> UserError:
    """The sentence for an OSError met while writing target (full disk, no permission...)."""
    if exc.errno in FULL_ERRNOS:
        return DiskFull(_("There is not enough space to write {path}; nothing was "
                          "changed. Free some disk space or choose another place, then "
                          "try again.").format(path=target))
    return PathRefused(_("{path} cannot be written ({reason}); choose another folder or "
                         "close the file if another program has it open.").format(
                             path=target, reason=exc.strerror or exc))


def sweep_parts(folder: Path, prefix: str = ".") -> list[Path]:
    """Remove the .part files an interrupted write left in folder; return what went.

    Only entries with the app's part naming are removed; a link is removed as a link (its
    target is untouched).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(PART_SUFFIX):
            try:
                if entry.is_dir(follow_symlinks=False):  # a backup folder being built
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass  # another user's file, or already gone
    return removed


def open_private_log(path: Path) -> None:
    """Make sure the log exists as the app's own 0600 file before a handler appends to it
    (a link in its place is removed first: the handler would write through it)."""
    try:
        if os.path.islink(path):
            os.unlink(path)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | NOFOLLOW | CLOEXEC,
                         FILE_MODE))
    except OSError:
        return  # the handler reports what is wrong with the path
    make_private(path)
