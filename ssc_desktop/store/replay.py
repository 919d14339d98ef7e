"""Undo and redo whole change batches set-wise: one read and one write per table.

A batch's entries are first folded into one net move per record (the state before the
batch and after it); undo moves each record from "after" back to "before", redo from
"before" to "after". Every record is checked against the database first, all at once:
if any was changed, deleted, re-created or given new dependent rows by a later
operation, nothing is applied and `StaleRecords` says which and by whom. The moves are
then written with bulk INSERT/UPDATE/DELETE statements per table in foreign-key order
(parents inserted first, children deleted first), and logged as the new batch's entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Date, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..i18n import _
from ..labels import shown
from .changelog import INSERTED, current_batch, next_seq
from .models import AuditEntry, Base, ChangeBatch, Entity
from .models.base import AUDIT_SKIP, UTCDateTime, utc_now
from .queries import history as q

CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
Step = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class Move:
    """One record taken from state `frm` to state `to` (None: the row does not exist)."""

    entity: str
    entity_id: str
    subject_id: str | None
    frm: dict[str, Any] | None
    to: dict[str, Any] | None


@dataclass(frozen=True, slots=True)
class Stale:
    """A record a later operation changed, so the batch cannot be moved over it."""

    entity: str
    entity_id: str
    subject_id: str | None
    kind: str  # changed | deleted | exists | dependants
    fields: tuple[str, ...] = ()
    dependant: str = ""  # for kind "dependants": the table of the new dependent rows
    by_label: str = ""
    by_actor: str = ""
    by_at: datetime | None = None


@dataclass
class StaleRecords(Exception):
    """The batch cannot be undone or redone: these records moved on since."""

    stale: list[Stale] = field(default_factory=list)


def _tables() -> dict[str, Table]:
    return {m.class_.__tablename__: cast(Table, m.class_.__table__)
            for m in Base.registry.mappers if issubclass(m.class_, Entity)}


def _order() -> list[str]:
    """Entity tables parents first (the metadata's foreign-key order)."""
    entity_tables = set(_tables())
    return [t.name for t in Base.metadata.sorted_tables if t.name in entity_tables]


def net_moves(entries: Iterable[Any]) -> list[Move]:
    """Fold a batch's entries (entity, entity_id, subject_id, action, before, after; in
    sequence) into one move per record: its state before the batch and after it."""
    first: dict[tuple[str, str], Any] = {}
    old: dict[tuple[str, str], dict[str, Any]] = {}
    new: dict[tuple[str, str], dict[str, Any] | None] = {}
    subject: dict[tuple[str, str], str | None] = {}
    for e in entries:
        key = (e.entity, str(e.entity_id))
        first.setdefault(key, e.action)
        subject.setdefault(key, e.subject_id)
        for k, v in (e.before or {}).items():
            old.setdefault(key, {}).setdefault(k, v)
        if e.action == "delete":
            new[key] = None
        elif e.action == "insert":
            new[key] = dict(e.after or {})
        else:
            state = new.get(key)
            if key not in new:
                state = {}
            if state is not None:
                state.update(e.after or {})
            new[key] = state
    moves = []
    for key, action in first.items():
        before = None if action == "insert" else old.get(key, {})
        after = new.get(key)
        if before is None and after is None:
            continue  # made and removed inside the batch
        moves.append(Move(key[0], key[1], subject[key], before, after))
    return moves


def revert_moves(moves: Sequence[Move]) -> list[Move]:
    return [Move(m.entity, m.entity_id, m.subject_id, m.to, m.frm) for m in moves]


def _json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime | date) else value


def _python(table: Table, key: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = table.c[key].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i:i + CHUNK]


_READ = "ssc_rows_read"  # session.info: rows batch_moves read, for check() to reuse


def _current(session: Session, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The stored rows with these ids, as logged snapshots (JSON values, no bookkeeping).
    Rows batch_moves just read in this transaction (nothing written since) are not read
    twice."""
    keys = [c.key for c in table.c if c.key not in AUDIT_SKIP]
    out: dict[str, dict[str, Any]] = {}
    asked, read = session.info.get(_READ, {}).pop(table.name, (set(), {}))
    out.update({i: read[i] for i in ids if i in read})
    ids = [i for i in ids if i not in asked]
    for chunk in _chunks(ids):
        for row in session.execute(select(*[table.c[k] for k in keys])
                                   .where(table.c.id.in_(chunk))):
            snap = {k: _json(v) for k, v in zip(keys, row, strict=True)}
            out[str(snap["id"])] = snap
    return out


def _dependants(session: Session, table: Table, ids: Sequence[str],
                leaving: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(parent id, child table, child id) of rows that point at rows about to be deleted
    and are not deleted with them."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table or child.name not in _tables():
                continue
            column = fk.parent
            for chunk in _chunks(ids):
                for child_id, parent_id in session.execute(
                        select(child.c.id, column).where(column.in_(chunk))):
                    if str(child_id) not in leaving.get(child.name, set()):
                        found.append((str(parent_id), child.name, str(child_id)))
    return found


def check(session: Session, moves: Sequence[Move], batch_id: str,
          step: Step) -> dict[str, dict[str, dict[str, Any]]]:
    """Every record as the batch expects to find it, or StaleRecords; returns the stored
    rows read (table -> id -> snapshot)."""
    by_table: dict[str, list[Move]] = defaultdict(list)
    for m in moves:
        by_table[m.entity].append(m)
    tables = _tables()
    stored: dict[str, dict[str, dict[str, Any]]] = {}
    stale: list[Stale] = []
    leaving = {name: {m.entity_id for m in ms if m.to is None} for name, ms in by_table.items()}
    for n, name in enumerate(by_table):
        step(n, len(by_table) * 2, _("Checking what changed since"))
        table = tables[name]
        rows = stored[name] = _current(session, table, [m.entity_id for m in by_table[name]])
        for m in by_table[name]:
            now = rows.get(m.entity_id)
            if m.frm is None and now is not None:
                stale.append(Stale(name, m.entity_id, m.subject_id, "exists"))
            elif m.frm is not None and now is None:
                stale.append(Stale(name, m.entity_id, m.subject_id, "deleted"))
            elif m.frm is not None and now is not None:
                changed = tuple(sorted(k for k, v in m.frm.items() if k in now and now[k] != v))
                if changed:
                    stale.append(Stale(name, m.entity_id, m.subject_id, "changed", changed))
        if leaving[name]:
            subjects = {m.entity_id: m.subject_id for m in by_table[name]}
            for parent_id, child, child_id in _dependants(
                    session, table, sorted(leaving[name]), leaving):
                stale.append(Stale(name, parent_id, subjects.get(parent_id), "dependants",
                                   dependant=child, by_label=child_id))
    if stale:
        raise StaleRecords(_who(session, stale, batch_id))
    return stored


def _who(session: Session, stale: list[Stale], batch_id: str) -> list[Stale]:
    """Name the later operation behind each stale record (the newest other batch that
    touched it, or for new dependent rows the batch that made them)."""
    out = []
    for s in stale[:20]:  # a sentence names a few; the count says the rest
        touched = s.by_label if s.kind == "dependants" else s.entity_id
        last = q.last_change_of(session, touched, batch_id, s.subject_id)
        text, source, actor, at = last if last is not None else ("", None, "", None)
        label = shown(text, source)  # in the reader's language
        out.append(Stale(s.entity, s.entity_id, s.subject_id, s.kind, s.fields,
                         s.dependant, label, actor, at))
    return out + stale[20:]


def apply(session: Session, moves: Sequence[Move], batch_id: str,
          step: Step = lambda done, total, text: None) -> int:
    """Check, then write the moves in bulk and log them under the session's batch.
    Returns how many records changed."""
    stored = check(session, moves, batch_id, step)
    session.info.pop(_READ, None)  # writes follow: nothing read before may be reused
    tables = _tables()
    order = _order()
    session.flush()  # the new batch row exists before its entries point at it
    log: list[dict[str, Any]] = []
    now = utc_now()
    by_table: dict[str, list[Move]] = defaultdict(list)
    for m in moves:
        by_table[m.entity].append(m)
    total = len(by_table) * 2
    done = len(by_table)
    for name in order:  # inserts, parents first
        rows = [m for m in by_table.get(name, []) if m.frm is None and m.to is not None]
        if rows:
            table = tables[name]
            rows = parents_first(rows, _self_references(table))
            columns = [c.key for c in table.c if c.key not in AUDIT_SKIP]
            session.execute(insert(table), [
                {**{k: _python(table, k, (m.to or {}).get(k)) for k in columns},
                 "version": 1, "updated_at": now} for m in rows])
            log += [_entry(m, "insert", None, INSERTED) for m in rows]
    for name in order:  # updates (they may point at rows just inserted)
        rows = [m for m in by_table.get(name, []) if m.frm is not None and m.to is not None]
        table = tables[name]
        groups: dict[tuple[str, ...], list[Move]] = defaultdict(list)
        for m in rows:
            groups[tuple(sorted(m.to))].append(m)  # type: ignore[arg-type]
        for keys, ms in groups.items():
            if not keys:
                continue
            stmt = (update(table).where(table.c.id == bindparam("_id"))
                    .values({**{k: bindparam(f"_v_{k}") for k in keys},
                             "version": table.c.version + 1, "updated_at": now}))
            session.connection().execute(stmt, [
                {"_id": m.entity_id,
                 **{f"_v_{k}": _python(table, k, m.to[k]) for k in keys}}  # type: ignore[index]
                for m in ms])
            log += [_entry(m, "update", {k: stored[name][m.entity_id].get(k) for k in keys},
                           m.to) for m in ms]
        if rows:
            done += 1
            step(done, total, _("Writing"))
    for name in reversed(order):  # deletes, children first
        rows = [m for m in by_table.get(name, []) if m.to is None and m.frm is not None]
        if rows:
            table = tables[name]
            rows = parents_first(rows, _self_references(table))[::-1]
            ids = [m.entity_id for m in rows]
            for chunk in _chunks(ids):
                session.execute(delete(table).where(table.c.id.in_(chunk)))
            log += [_entry(m, "delete", stored[name][m.entity_id], None) for m in rows]
    if log:
        seq = next_seq(session, len(log))
        batch = current_batch(session).id
        for i, entry in enumerate(log):
            entry.update(batch_id=batch, seq=seq + i)
        session.connection().execute(insert(cast(Table, AuditEntry.__table__)), log)
    step(total, total, _("Done"))
    return len(log)


def _self_references(table: Table) -> list[str]:
    """Columns of a table that point at the same table (a target carried from another)."""
    return [fk.parent.key for fk in table.foreign_keys if fk.column.table is table]


def parents_first(moves: list[Move], columns: list[str]) -> list[Move]:
    """Order rows of one table so a row comes after the row of the same set it points at
    (for inserts; reversed, for deletes). Rows pointing outside the set keep their place."""
    if not columns:
        return moves
    ids = {m.entity_id for m in moves}
    done: set[str] = set()
    out: list[Move] = []
    waiting = list(moves)
    while waiting:
        ready = [m for m in waiting
                 if not any((state := (m.to or m.frm or {})).get(c) in ids - done
                            and state.get(c) != m.entity_id for c in columns)]
        if not ready:  # a cycle cannot be ordered: leave it to the database to refuse
            ready = waiting
        out += ready
        done |= {m.entity_id for m in ready}
        waiting = [m for m in waiting if m.entity_id not in done]
    return out


def _entry(m: Move, action: str, before: dict[str, Any] | None,
           after: dict[str, Any] | None) -> dict[str, Any]:
    return {"entity": m.entity, "entity_id": m.entity_id, "subject_id": m.subject_id,
            "action": action, "before": before, "after": after}


class Compacted(Exception):
    """The batch is older than the retention period: only its history is kept."""


def batch_moves(session: Session, batch_id: str, *, redo: bool = False) -> list[Move]:
    """The batch's net moves, its inserted rows filled in: as the batch left them (for an
    undo: the stored row with later changes taken back) or as its undo removed them (for
    a redo: the undo's delete entries)."""
    entries = q.entries(session, batch_id)
    if compacted(entries):
        raise Compacted()
    moves = net_moves(entries)
    logged_row = {(e.entity, str(e.entity_id)) for e in entries
                  if e.action == "insert" and e.after}  # logs older than rows in tables
    added = [m for m in moves if m.frm is None and (m.entity, m.entity_id) not in logged_row]
    if not added:
        return moves
    rows = _removed_by_undo(session, batch_id) if redo else \
        _as_left(session, batch_id, added)
    if redo and any(m.entity_id not in rows for m in added):
        raise Compacted()  # the undo's entries no longer hold the rows
    filled = {m.entity_id: Move(m.entity, m.entity_id, m.subject_id, None,
                                {**(m.to or {}), **(rows[m.entity_id] or {})})
              for m in added if rows.get(m.entity_id) is not None}
    return [filled.get(m.entity_id, m) if m.frm is None else m for m in moves]


def _removed_by_undo(session: Session, batch_id: str) -> dict[str, dict[str, Any]]:
    undo = q.latest_undo_of(session, batch_id)
    if undo is None:
        return {}
    return {str(e.entity_id): dict(e.before) for e in q.entries(session, str(undo))
            if e.action == "delete" and e.before}


def _as_left(session: Session, batch_id: str,
             added: Sequence[Move]) -> dict[str, dict[str, Any] | None]:
    """Each added row as the batch left it: stored now, with the changes logged after the
    batch taken back (newest first). None: absent (check() then says it was removed)."""
    wanted: dict[str, list[str]] = defaultdict(list)
    for m in added:
        wanted[m.entity].append(m.entity_id)
    state: dict[str, dict[str, Any] | None] = {
        m.entity_id: None for m in added}
    tables = _tables()
    read: dict[str, tuple[set[str], dict[str, dict[str, Any]]]] = {}
    for name, ids in wanted.items():
        rows = _current(session, tables[name], ids)
        read[name] = (set(ids), rows)
        state.update(rows)
    session.info[_READ] = read  # check() reads the same rows next
    for r in q.entries_after(session, batch_id, {m.subject_id for m in added}, set(state)):
        key = str(r.entity_id)
        if r.action == "delete":
            state[key] = dict(r.before or {})
        elif r.action == "insert":
            state[key] = None  # made again later: before that, it was not there
        elif (current := state[key]) is not None:
            state[key] = {**current, **(r.before or {})}
    return state


def mark(session: Session, batch_id: str, *, reverted: bool) -> None:
    session.get_one(ChangeBatch, batch_id).reverted = reverted


def current_rows(session: Session, wanted: dict[str, list[str]]) -> dict[str, dict[str, Any]]:
    """entity id -> its stored row as a logged snapshot, for {table: [ids]}."""
    tables = _tables()
    out: dict[str, dict[str, Any]] = {}
    for name, ids in wanted.items():
        if name in tables and ids:
            out.update(_current(session, tables[name], ids))
    return out


def compact(session: Session, older_than: datetime) -> int:
    """Mark the inserts logged before `older_than` as no longer undoable (and drop the
    rows older logs still hold, which the tables hold too); the entries stay, so the
    history still says who added what and when. Returns how many were compacted."""
    old = select(ChangeBatch.id).where(ChangeBatch.at < older_than).scalar_subquery()
    result = session.execute(
        update(cast(Table, AuditEntry.__table__))
        .where(AuditEntry.action == "insert", AuditEntry.after.is_not(None),
               AuditEntry.batch_id.in_(old))
        .values(after=None))
    return int(getattr(result, "rowcount", 0) or 0)


def compacted(moves_entries: Iterable[Any]) -> bool:
    """Whether a batch's entries lost their undo payload to compaction (an insert's {}
    became None)."""
    return any(e.action == "insert" and e.after is None for e in moves_entries)
