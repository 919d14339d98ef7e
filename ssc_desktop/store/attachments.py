"""The managed folder of evidence files beside the database, each file named by its SHA-256.

A chair's evidence (reports, photos, spreadsheets) is copied in, never linked: the
original may move or change, the copy may not. Files live in
``<database stem>-attachments/<first two hex digits>/<sha256>`` so the folder travels
with the database and two requests citing the same report share one copy. The
database rows say which files are wanted; a file no row refers to is removed by
``remove_unreferenced`` once the deleting transaction has committed.

Files larger than MAX_BYTES (50 MB) are refused: evidence for a letter is a few
reports and photos, and a brief has to travel by e-mail.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..i18n import _
from .files import (
    PathRefused,
    create_new,
    kind_of,
    open_regular_for_reading,
    private_folder,
)

MAX_BYTES = 50 * 1024 * 1024
INCOMING = ".incoming-"  # a copy being made; swept at start if the app died meanwhile
CHUNK = 1024 * 1024
OK, MISSING, MODIFIED = "ok", "missing", "modified"


class AttachmentRefused(UserError):
    """A file that cannot become an attachment; str() says which file and why."""


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size_bytes: int
    filename: str
    media_type: str


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentStore:
    """The attachment folder of one database file."""

    def __init__(self, folder: Path, max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder
        self.max_bytes = max_bytes

    @classmethod
    def beside(cls, db_path: Path, max_bytes: int = MAX_BYTES) -> AttachmentStore:
        return cls(db_path.with_name(f"{db_path.stem}-attachments"), max_bytes)

    @property
    def where(self) -> str:
        return _("the attachment folder {folder}").format(folder=self.folder)

    def read(self, sha256: str) -> bytes | None:
        try:
            return self.path_of(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def put(self, sha256: str, content: bytes) -> None:
        """Keep bytes already known by their hash (a transfer from another database)."""
        target = self.path_of(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)

    def path_of(self, sha256: str) -> Path:
        return self.folder / sha256[:2] / sha256

    def add(self, source: Path) -> StoredFile:
        """Copy a file in (or find it already there) and return what identifies it."""
        name = source.name
        try:
            info = source.stat()
        except FileNotFoundError as exc:
            raise AttachmentRefused(_("{source} cannot be found; check the file name and try "
                                      "again.").format(source=source)) from exc
        except OSError as exc:
            raise AttachmentRefused(_("{name} cannot be read ({reason}).").format(
                                        name=name, reason=exc.strerror)) from exc
        if source.is_dir():
            raise AttachmentRefused(_("{name} is a folder; attach the files inside it one by one.")
                                    .format(name=name))
        if not stat.S_ISREG(info.st_mode):  # a pipe would make reading wait for ever
            raise AttachmentRefused(_("{name} is {kind}, not a file; attach a regular file "
                                      "(a document, a photo, a spreadsheet).").format(
                                          name=name, kind=kind_of(info.st_mode)))
        if info.st_size > self.max_bytes:
            raise AttachmentRefused(
                _("{name} is {size}, larger than the {limit} limit for an attachment; attach a "
                  "smaller version (e.g. a compressed PDF) or link to it in the evidence "
                  "summary.").format(name=name, size=megabytes(info.st_size),
                                     limit=megabytes(self.max_bytes)))
        private_folder(self.folder)
        handle, tmp_name = tempfile.mkstemp(prefix=INCOMING, suffix=".part", dir=self.folder)
        tmp = Path(tmp_name)
        try:
            digest, size = self._copy(source, handle, name)
            if size == 0:
                raise AttachmentRefused(_("{name} is empty; choose the file that holds the "
                                          "evidence.").format(name=name))
            target = self.path_of(digest)
            target.parent.mkdir(exist_ok=True)
            if target.exists() and self._hash(target) == digest:
                tmp.unlink()
            else:
                os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return StoredFile(digest, size, name, media_type)

    def _copy(self, source: Path, handle: int, name: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        with os.fdopen(handle, "wb") as out:
            try:
                try:
                    fd = open_regular_for_reading(source)
                except PathRefused as exc:  # swapped for a pipe since the check above
                    raise AttachmentRefused(str(exc)) from exc
                with os.fdopen(fd, "rb") as src:
                    while chunk := src.read(CHUNK):
                        size += len(chunk)
                        if size > self.max_bytes:  # the file grew while being read
                            raise AttachmentRefused(
                                _("{name} is larger than the {limit} limit for an attachment; "
                                  "attach a "
                                  "smaller version.").format(name=name,
                                                             limit=megabytes(self.max_bytes)))
                        digest.update(chunk)
                        out.write(chunk)
            except OSError as exc:
                raise AttachmentRefused(
                    _("{name} cannot be read ({reason}); check that it is not open in another "
                      "program "
                      "and that you may read it.").format(
                          name=name, reason=exc.strerror or exc)) from exc
            out.flush()
            os.fsync(out.fileno())
        return digest.hexdigest(), size

    @staticmethod
    def _hash(path: Path) -> str:
        digest = hashlib.sha256()
        with open(path, "rb") as src:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def verify(self, sha256: str, size_bytes: int) -> str:
        """OK, MISSING, or MODIFIED (the stored copy no longer has the recorded hash)."""
        path = self.path_of(sha256)
        try:
            if path.stat().st_size != size_bytes:
                return MODIFIED
            return OK if self._hash(path) == sha256 else MODIFIED
        except FileNotFoundError:
            return MISSING
        except OSError:
            return MODIFIED

    def copy_out(self, sha256: str, filename: str, folder: Path) -> Path:
        """A copy under its original name (for the system viewer: the managed copy stays
        untouched whatever the viewer does)."""
        source = self.path_of(sha256)
        if not source.exists():
            raise UserError(_("The stored copy of {filename} is missing from {folder}; add the "
                              "file again.").format(filename=filename, folder=self.folder))
        private_folder(folder)
        target = folder / (Path(filename).name or sha256)
        with open(source, "rb") as src, os.fdopen(create_new(target), "wb") as out:
            shutil.copyfileobj(src, out, CHUNK)  # 0600, and never through a planted link
        return target

    def stored(self) -> set[str]:
        """The hashes of every file in the folder."""
        if not self.folder.is_dir():
            return set()
        return {p.name for p in self.folder.glob("??/*")
                if p.is_file() and len(p.name) == 64}

    def remove_unreferenced(self, referenced: Iterable[str]) -> list[str]:
        """Delete the files no row refers to any more; return their hashes."""
        wanted = set(referenced)
        removed = []
        for sha in sorted(self.stored() - wanted):
            path = self.path_of(sha)
            path.unlink(missing_ok=True)
            removed.append(sha)
            try:
                path.parent.rmdir()
            except OSError:
                pass  # other files share the sub-folder
        return removed
