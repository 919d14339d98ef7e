"""Other officers' changes on a shared server: a cheap counter the window polls."""

from __future__ import annotations

from dataclasses import dataclass

from ..store.database import Database
from ..store.queries import history as q


@dataclass(frozen=True, slots=True)
class ChangesSeen:
    count: int  # operations saved by others since the marker
    actors: tuple[str, ...]  # who saved them, most recent first
    marker: int  # pass to the next call


def change_marker(db: Database) -> int:
    with db.reading() as s:
        return q.batch_count(s)


def changes_since(db: Database, marker: int) -> ChangesSeen:
    """What others saved since `marker` (a change_marker); one count query when nothing."""
    with db.reading() as s:
        now = q.batch_count(s)
        if now <= marker:
            return ChangesSeen(0, (), now)
        actors = q.newest_batch_actors(s, now - marker)
    others = [a for a in actors if a != db.actor]
    return ChangesSeen(len(others), tuple(dict.fromkeys(others)), now)
