"""Record every row change of a unit of work (replay.py reverts or replays whole batches).

The store, not each service, writes the audit log: a listener on the session sees
every insert, update and delete of an Entity and stores what undo needs: an update's
changed fields before and after, a deleted row whole, an inserted row not at all (it is
in its table).
Undo and redo are therefore one mechanism for every edit, import and wizard.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from ..labels import Label, rendered
from .models import AuditEntry, Base, ChangeBatch, Entity
from .models.base import AUDIT_SKIP

_BATCH_KEY = "ssc_batch"
INSERTED: dict[str, Any] = {}  # what an insert logs ({}; None once compacted)


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def snapshot(obj: Entity) -> dict[str, Any]:
    """The row's column values as JSON-ready data (without version bookkeeping)."""
    state = inspect(obj)
    return {
        attr.key: _to_json(attr.value)
        for attr in state.attrs
        if attr.key in obj.__table__.c and attr.key not in AUDIT_SKIP
    }


def start_batch(session: Session, label: str | Label, actor: str) -> ChangeBatch:
    # A label quotes what the user typed; a NUL in it (refused later by the service) must
    # not stop the batch row itself, which PostgreSQL text cannot hold (rendered() escapes
    # it). A Label is kept as its source too, so each reader sees it in their language.
    text, source = rendered(label)
    batch = ChangeBatch(id=_new_id(), label=text, label_source=source, actor=actor)
    session.add(batch)
    session.info[_BATCH_KEY] = {"batch": batch, "seq": 0}
    return batch


def current_batch(session: Session) -> ChangeBatch:
    """The batch the session's writes are being logged under."""
    return session.info[_BATCH_KEY]["batch"]


def _record(session: Session, obj: Entity, action: str,
            before: dict[str, Any] | None, after: dict[str, Any] | None) -> None:
    info = session.info.get(_BATCH_KEY)
    if info is None:
        raise RuntimeError("a write outside Database.transaction(): nothing may change unlogged")
    info["seq"] += 1
    # Kept as plain rows and written in one INSERT after the flush: an ORM object per
    # entry made large operations (a renewal, an import) several times slower.
    info.setdefault("pending", []).append({
        "batch_id": info["batch"].id, "seq": info["seq"],
        "entity": obj.__tablename__, "entity_id": obj.id, "subject_id": obj.audit_subject(),
        "action": action, "before": before, "after": after,
    })


def _after_flush(session: Session, _ctx: Any) -> None:
    info = session.info.get(_BATCH_KEY)
    pending = info.pop("pending", None) if info is not None else None
    if pending:
        session.connection().execute(insert(AuditEntry), pending)


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    info = session.info.get(_BATCH_KEY)
    if info is not None and info["batch"].id is None:
        info["batch"].id = _new_id()
        _apply_defaults(info["batch"])
    for obj in list(session.new):
        if isinstance(obj, Entity):
            if obj.id is None:
                obj.id = _new_id()
            _apply_defaults(obj)
            # The row itself is in its table: the entry says only that it was added
            # (replay.py rebuilds it from the table and the later entries for an undo,
            # and from the undo's delete entry for a redo).
            _record(session, obj, "insert", None, INSERTED)
    for obj in list(session.dirty):
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            before, after = _diff(obj)
            if after:
                _record(session, obj, "update", before, after)
    for obj in list(session.deleted):
        if isinstance(obj, Entity):
            _record(session, obj, "delete", _committed_snapshot(obj), None)


def _new_id() -> str:
    from .models.base import new_id

    return new_id()


def _apply_defaults(obj: Base) -> None:
    """Fill Python-side column defaults now, so the logged 'after' is the stored row."""
    for column in obj.__table__.c:
        if column.key in AUDIT_SKIP or getattr(obj, column.key, None) is not None:
            continue
        default = column.default
        if default is not None and default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default is not None and default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _diff(obj: Entity) -> tuple[dict[str, Any], dict[str, Any]]:
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in inspect(obj).attrs:
        if attr.key not in obj.__table__.c or attr.key in AUDIT_SKIP:
            continue
        history = attr.history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                before[attr.key] = _to_json(old)
                after[attr.key] = _to_json(new)
    return before, after


def _committed_snapshot(obj: Entity) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for attr in state.attrs:
        if attr.key in obj.__table__.c and attr.key not in AUDIT_SKIP:
            history = attr.history
            value = history.deleted[0] if history.deleted else attr.value
            out[attr.key] = _to_json(value)
    return out


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)


def next_seq(session: Session, count: int) -> int:
    """Reserve `count` sequence numbers in the session's batch; returns the first."""
    info = session.info[_BATCH_KEY]
    first = info["seq"] + 1
    info["seq"] += count
    return first
