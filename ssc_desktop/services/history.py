"""Undo, redo and the readable history of a person, a target or a letter."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.progress import NO_PROGRESS, Progress
from ..i18n import N_, _, ngettext
from ..labels import Label, StoredLabel
from ..store import changelog, replay
from ..store.database import Database
from ..store.errors import ConflictError, NotFound
from ..store.queries import history as q
from ..store.queries.person_data import vacuum
from .dto import Change, HistoryEntry
from .history_text import ENTITY_NAMES, field_name, restore_compacted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation of the change log, as `ssc-desktop history` lists it."""

    batch_id: str
    at: datetime
    actor: str
    label: str  # in the reader's language where its source allows
    records: int
    reverted: bool
    reverts_batch_id: str | None


RETENTION_DAYS = 365  # undo data kept this long; the readable history forever


def compact(db: Database, retention_days: int = RETENTION_DAYS, *,
            rebuild: bool = False) -> int:
    """Drop the undo data of operations older than the retention period, keeping their
    readable history; returns how many log entries were compacted. `rebuild` then
    rebuilds the file (SQLite VACUUM) so the freed space leaves it."""
    cutoff = datetime.now(UTC) - timedelta(days=retention_days)
    with db.transaction(Label(N_("Compact the change log"))) as tx:
        compacted = replay.compact(tx.session, cutoff)
    if rebuild and compacted:
        rebuild_file(db)
    return compacted


def rebuild_file(db: Database) -> bool:
    """Rebuild a database file from its live content (SQLite VACUUM): smaller after a
    large write or a compaction. False on a server, or when another reader stopped it."""
    return vacuum(db.engine)


def undo(db: Database, batch_id: str, progress: Progress = NO_PROGRESS) -> Change:
    """Revert one earlier operation as a new, logged operation (one undo step, whatever
    its size); refused with a sentence, nothing applied, when a later one changed its
    records."""
    original = _label(db, batch_id, _("There is nothing to undo."))
    label = original.shown()
    with db.transaction(Label(N_("Undo: {label}"), label=original.label)) as tx:
        s = tx.session
        moves = replay.revert_moves(_moves(s, batch_id, label))
        _apply(s, moves, batch_id, progress, undoing=True)
        replay.mark(s, batch_id, reverted=True)
        s.flush()
        changelog.current_batch(s).reverts_batch_id = batch_id
    return Change(tx.batch_id, _("Undone: {label}").format(label=label))


def redo(db: Database, batch_id: str, progress: Progress = NO_PROGRESS) -> Change:
    """Apply again an operation that was undone."""
    original = _label(db, batch_id, _("There is nothing to redo."))
    label = original.shown()
    with db.transaction(original.label) as tx:
        s = tx.session
        moves = _moves(s, batch_id, label, redo=True)
        _apply(s, moves, batch_id, progress, undoing=False)
        replay.mark(s, batch_id, reverted=False)
        s.flush()
        # A redo is the revert of the undo it cancels: the chain says what is in effect.
        changelog.current_batch(s).reverts_batch_id = q.latest_undo_of(s, batch_id)
    return Change(tx.batch_id, _("Redone: {label}").format(label=label))


def latest(db: Database, limit: int = 20) -> list[Operation]:
    """The newest operations, newest first, named in the reader's language."""
    with db.reading() as s:
        rows = q.latest_batches(s, limit)
    return [Operation(str(r.id), r.at, r.actor, StoredLabel(r.label, r.label_source).shown(),
                      r.records, bool(r.reverted),
                      str(r.reverts_batch_id) if r.reverts_batch_id else None) for r in rows]


def step_to_undo(db: Database) -> Operation:
    """The operation `undo` takes back: the newest one in effect that is not an undo."""
    op = _walk(db, undoing=True)
    if op is None:
        raise NotFound(_("There is nothing to undo."))
    return op


def step_to_redo(db: Database) -> Operation:
    """The operation `redo` applies again: only what an undo undid, and only while no
    other operation came after that undo."""
    op = _walk(db, undoing=False)
    if op is None:
        raise NotFound(_("There is nothing to redo: the latest operation was not an undo."))
    return op


WALK_LIMIT = 5000


def _walk(db: Database, *, undoing: bool) -> Operation | None:
    # The walk reads thousands of operations and names one: their labels as stored, then
    # that one's in the reader's language.
    with db.reading() as s:
        rows = q.latest_batches(s, WALK_LIMIT, sources=False)
    found = _find([Operation(str(r.id), r.at, r.actor, r.label, r.records, bool(r.reverted),
                             str(r.reverts_batch_id) if r.reverts_batch_id else None)
                   for r in rows], undoing=undoing)
    if found is None:
        return None
    return replace(found, label=step(db, found.batch_id).shown())


def _find(ops: list[Operation], *, undoing: bool) -> Operation | None:
    by_id = {o.batch_id: o for o in ops}
    kind: dict[str, str] = {}
    for o in reversed(ops):  # oldest first: an undo reverts an operation, a redo an undo
        target = by_id.get(o.reverts_batch_id or "")
        kind[o.batch_id] = ("operation" if o.reverts_batch_id is None else
                            "redo" if target is not None and kind[target.batch_id] == "undo"
                            else "undo")
    reverted_by: dict[str, list[str]] = {}
    for o in ops:
        if o.reverts_batch_id:
            reverted_by.setdefault(o.reverts_batch_id, []).append(o.batch_id)
    live: dict[str, bool] = {}
    for o in ops:  # newest first: in effect unless an undo or redo in effect reverts it
        live[o.batch_id] = not any(live.get(c, False) for c in reverted_by.get(o.batch_id, ()))
    for o in ops:
        if not live[o.batch_id] or o.records == 0:
            continue  # undone, or wrote nothing the log keeps (a backup's time stamp)
        if undoing and kind[o.batch_id] != "undo":
            return o
        if not undoing:
            if kind[o.batch_id] == "redo":
                continue
            if kind[o.batch_id] == "undo":
                return by_id.get(o.reverts_batch_id or "")
            return None
    return None


def _moves(session: Session, batch_id: str, label: str, *,
           redo: bool = False) -> list[replay.Move]:
    try:
        return replay.batch_moves(session, batch_id, redo=redo)
    except replay.Compacted:
        raise ConflictError(_("“{label}” can no longer be undone: its undo data was "
                              "compacted and only its history is kept (undo data is kept "
                              "for {days} days). Change the records directly instead."
                              ).format(label=label, days=RETENTION_DAYS)) from None


def step(db: Database, batch_id: str) -> StoredLabel:
    """An operation's label as stored, for a reader to show in their language
    (`.shown()`) again whenever the language changes: the Edit menu's undo step."""
    return _label(db, batch_id, _("That operation is no longer in the change log."))


def _label(db: Database, batch_id: str, missing: str) -> StoredLabel:
    with db.reading() as s:
        original = q.batch(s, batch_id)
        if original is None:
            raise NotFound(missing)
        return StoredLabel(original.label, original.label_source)


def _apply(session: Session, moves: list[replay.Move], batch_id: str, progress: Progress, *,
           undoing: bool) -> None:
    try:
        replay.apply(session, moves, batch_id, progress.step)
    except replay.StaleRecords as exc:
        names = q.subject_names(session, [s.subject_id for s in exc.stale if s.subject_id])
        raise ConflictError(stale_sentence(exc.stale, names, undoing=undoing)) from None


def stale_sentence(stale: list[replay.Stale], names: dict[str, str], *, undoing: bool) -> str:
    """What changed since, in one sentence: which record, which fields, by which
    operation, who and when; and that nothing was applied."""
    first = stale[0]
    record = _record(first, names)
    by = ""
    if first.by_label:
        when = first.by_at.astimezone().strftime("%Y-%m-%d %H:%M") if first.by_at else ""
        by = _(" by “{operation}” ({who}, {when})").format(
            operation=first.by_label, who=first.by_actor, when=when)
    if first.kind == "changed":
        fields = ", ".join(field_name(f) for f in first.fields)
        what = _("{record} was changed since{by}: {fields}").format(
            record=record, by=by, fields=fields)
    elif first.kind == "deleted":
        what = _("{record} was removed since{by}").format(record=record, by=by)
    elif first.kind == "exists":
        what = _("{record} exists again{by}").format(record=record, by=by)
    else:
        what = _("{record} has a new {kind} since{by}").format(
            record=record, kind=_kind(first.dependant).lower(), by=by)
    more = len(stale) - 1
    others = ngettext(" (and {n} other record)", " (and {n} other records)", more).format(
        n=more) if more else ""
    if undoing:
        return _("That change cannot be undone: {what}{others}. Nothing was undone; "
                 "change the record directly instead.").format(what=what, others=others)
    return _("That change cannot be redone: {what}{others}. Nothing was redone.").format(
        what=what, others=others)


def _kind(entity: str) -> str:
    return ENTITY_NAMES.get(entity, entity.replace("_", " ").capitalize())


def _record(s: replay.Stale, names: dict[str, str]) -> str:
    name = names.get(s.subject_id or "", "")
    kind = _kind(s.entity)
    if name and s.entity in ("person", "target", "letter_request"):
        return _("“{name}”").format(name=name)
    if name:
        return _("{kind} of “{name}”").format(kind=kind, name=name)
    return _("a {kind} record").format(kind=kind.lower())


def subject_history(db: Database, subject_id: str) -> list[HistoryEntry]:
    """What happened to a person (or target, or letter), newest first, field by field."""
    with db.reading() as s:
        rows: list[Any] = q.subject_history(s, subject_id)
        wanted: dict[str, list[str]] = {}
        for r in rows:
            if r.action == "insert" and not r.after:
                wanted.setdefault(r.entity, []).append(str(r.entity_id))
        if wanted:
            rows = restore_compacted(rows, replay.current_rows(s, wanted))
    out = []
    for r in rows:
        before, after = r.before or {}, r.after or {}
        keys = after.keys() if r.action != "delete" else before.keys()
        skip = {"id", "created_at", "person_id", "membership_id", "group_id", "quadrennium_id",
                "invitation_id", "target_id", "letter_id"}
        changes = tuple((k, before.get(k), after.get(k)) for k in keys if k not in skip)
        out.append(HistoryEntry(r.at.isoformat(timespec="minutes"), r.actor,
                                StoredLabel(r.label, r.label_source).shown(), r.entity,
                                r.action, changes))
    return out
