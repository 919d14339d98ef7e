"""Evidence files kept inside a server database, as bytes named by their SHA-256.

Officers sharing a server have no shared folder, so there the bytes travel with the
rows. The interface is the folder store's (store/attachments.py): the same checks and
sentences on the way in, the same verify, copy_out and sweep; bytes are committed in
their own transaction before the attachment row, as the folder store writes the file
first.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Engine

from ..domain.errors import UserError
from ..i18n import _
from .attachments import MAX_BYTES, MISSING, MODIFIED, OK, AttachmentStore, StoredFile
from .files import create_new, private_folder
from .models import AttachmentBlob


class ServerAttachmentStore:
    """The attachment bytes of one server database."""

    def __init__(self, engine: Engine, name: str, max_bytes: int = MAX_BYTES) -> None:
        self.engine = engine
        self.max_bytes = max_bytes
        self.where = _("the database {name}").format(name=name)

    def add(self, source: Path) -> StoredFile:
        """Check and hash the file as the folder store does, then keep its bytes."""
        scratch = Path(tempfile.mkdtemp(prefix="ssc-attach-"))
        try:
            stored = AttachmentStore(scratch, self.max_bytes).add(source)
            content = AttachmentStore(scratch).path_of(stored.sha256).read_bytes()
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        self.put(stored.sha256, content)
        return stored

    def put(self, sha256: str, content: bytes) -> None:
        with self.engine.begin() as conn:
            conn.execute(pg_insert(AttachmentBlob).values(
                sha256=sha256, size_bytes=len(content), content=content,
            ).on_conflict_do_nothing(index_elements=["sha256"]))

    def read(self, sha256: str) -> bytes | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(AttachmentBlob.content)
                               .where(AttachmentBlob.sha256 == sha256))

    def verify(self, sha256: str, size_bytes: int) -> str:
        content = self.read(sha256)
        if content is None:
            return MISSING
        if len(content) != size_bytes or hashlib.sha256(content).hexdigest() != sha256:
            return MODIFIED
        return OK

    def copy_out(self, sha256: str, filename: str, folder: Path) -> Path:
        content = self.read(sha256)
        if content is None:
            raise UserError(_("The stored copy of {filename} is missing from {where}; add "
                              "the file again.").format(filename=filename, where=self.where))
        private_folder(folder)
        target = folder / (Path(filename).name or sha256)
        with os.fdopen(create_new(target), "wb") as out:  # 0600, never through a link
            out.write(content)
        return target

    def stored(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(AttachmentBlob.sha256)))

    def total_bytes(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.coalesce(func.sum(AttachmentBlob.size_bytes),
                                                        0))) or 0)

    def remove_unreferenced(self, referenced: Iterable[str]) -> list[str]:
        unwanted = sorted(self.stored() - set(referenced))
        if unwanted:
            with self.engine.begin() as conn:
                conn.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256.in_(unwanted)))
        return unwanted
