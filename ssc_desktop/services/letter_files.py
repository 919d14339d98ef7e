"""Evidence files of letter requests: add, verify, copy out to open, remove.

The bytes live in the managed folder beside the database (store/attachments.py); the
database holds one row per attachment. Files are copied in before the row is written
and removed only after the deleting transaction has committed, so a failure leaves at
worst an unreferenced file that the next sweep deletes, never a row without its file.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from ..domain.errors import RuleRefused, UserError
from ..i18n import N_, _
from ..labels import Label
from ..store.attachments import MAX_BYTES, MISSING, MODIFIED, OK, AttachmentStore, megabytes
from ..store.database import Database
from ..store.errors import NotFound
from ..store.files import private_folder
from ..store.models import LetterAttachment, LetterRequest
from ..store.queries import letters as q
from . import field_limits
from .dto import Change
from .letter_dto import AttachmentCheck

GONE = N_("That request no longer exists. Reload the Letters page.")


def attachment_limit_text() -> str:
    """The largest evidence file accepted, as the window shows it ("50 MB")."""
    return megabytes(MAX_BYTES).replace(".0", "")


def attachment_store(db: Database) -> AttachmentStore:
    """The folder beside a database file, or the bytes inside a server database."""
    return db.attachments()


def sweep_orphans(db: Database) -> list[str]:
    """Delete stored files that no attachment row refers to; return their hashes."""
    with db.reading() as s:
        referenced = q.referenced_hashes(s)
    return attachment_store(db).remove_unreferenced(referenced)


def add_attachment(db: Database, letter_id: str, source: str | Path) -> Change:
    """Copy an evidence file into the managed folder and attach it to the request."""
    source = Path(source)
    field_limits.check_values(LetterAttachment, filename=source.name)  # printed in the brief
    with db.reading() as s:
        letter = s.get(LetterRequest, letter_id)
        if letter is None:
            raise NotFound(_(GONE))
        title = letter.title
        existing = {a.sha256: a.filename for a in q.attachments_of(s, letter_id)}
    store = attachment_store(db)
    stored = store.add(source)
    if stored.sha256 in existing:
        raise RuleRefused(_("{filename} is already attached to '{title}' (as {existing}); its "
                            "stored copy is checked and complete, nothing else changed.").format(
                                filename=stored.filename, title=title,
                                    existing=existing[stored.sha256]))
    try:
        with db.transaction(Label(N_("Attach {file}"), file=stored.filename)) as tx:
            s = tx.session
            if s.get(LetterRequest, letter_id) is None:
                raise NotFound(_(GONE))
            row = LetterAttachment(letter_id=letter_id, filename=stored.filename,
                                   sha256=stored.sha256, size_bytes=stored.size_bytes,
                                   media_type=stored.media_type)
            s.add(row)
    except BaseException:
        sweep_orphans(db)
        raise
    return Change(tx.batch_id, _("Attached {file} to '{title}'").format(
        file=stored.filename, title=title), letter_id)


def verify_attachments(db: Database, letter_id: str) -> list[AttachmentCheck]:
    """Check every file of a request against its recorded SHA-256 and size."""
    with db.reading() as s:
        if s.get(LetterRequest, letter_id) is None:
            raise NotFound(_(GONE))
        rows = [(a.id, a.filename, a.sha256, a.size_bytes)
                for a in q.attachments_of(s, letter_id)]
    store = attachment_store(db)
    return [_check(store, *row) for row in rows]


def _check(store: AttachmentStore, attachment_id: str, filename: str, sha256: str,
           size: int) -> AttachmentCheck:
    status = store.verify(sha256, size)
    sentence = ""
    if status == MISSING:
        sentence = _("{filename} is missing from {where}; add the file again from your own "
                     "copy.").format(filename=filename, where=store.where)
    elif status == MODIFIED:
        sentence = (_("{filename} was changed or damaged in {where} (its SHA-256 no longer "
                      "matches); add the original file again.").format(
                          filename=filename, where=store.where))
    return AttachmentCheck(attachment_id, filename, status, sentence)


def open_copy(db: Database, attachment_id: str, folder: Path | None = None) -> Path:
    """A verified copy of an attachment under its own name, for the system viewer."""
    with db.reading() as s:
        a = s.get(LetterAttachment, attachment_id)
        if a is None:
            raise NotFound(_("That attachment no longer exists. Reload the request."))
        row = (a.id, a.filename, a.sha256, a.size_bytes)
    store = attachment_store(db)
    check = _check(store, *row)
    if check.status != OK:
        raise UserError(check.sentence)
    if folder is None:
        viewing = private_folder(viewing_folder())
        folder = Path(tempfile.mkdtemp(prefix="letter-", dir=viewing))
    return store.copy_out(row[2], row[1], folder)


def viewing_folder() -> Path:
    """Where copies opened in the system viewer go: private, emptied at start and exit."""
    from platformdirs import user_cache_path

    return user_cache_path("ssc-desktop", appauthor=False) / "viewing"


def remove_viewing_copies(folder: Path | None = None) -> None:
    """Delete the copies opened for viewing (the viewer has them in memory or is closed)."""
    shutil.rmtree(folder or viewing_folder(), ignore_errors=True)


def remove_attachment(db: Database, attachment_id: str) -> Change:
    with db.transaction(Label(N_("Remove attachment"))) as tx:
        s = tx.session
        a = s.get(LetterAttachment, attachment_id)
        if a is None:
            raise NotFound(_("That attachment no longer exists. Reload the request."))
        filename, letter_id = a.filename, a.letter_id
        s.delete(a)
    change = Change(tx.batch_id, _("Removed the attachment {filename}").format(
        filename=filename), letter_id)
    sweep_orphans(db)
    return change


__all__ = ["MISSING", "MODIFIED", "OK", "add_attachment", "attachment_store", "open_copy",
           "remove_attachment", "remove_viewing_copies", "sweep_orphans", "verify_attachments"]
