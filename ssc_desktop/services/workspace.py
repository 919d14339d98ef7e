"""Where the window opens when nothing is remembered: the biggest group, the current term."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..store.database import Database
from ..store.queries import workspace as q
from . import groups


@dataclass(frozen=True, slots=True)
class Workspace:
    group_id: str
    quadrennium_id: str | None


def default_workspace(db: Database, today: date | None = None,
                      group_id: str | None = None) -> Workspace | None:
    """The group with the most members (or `group_id` when given and known), in the term
    containing today; when that group has nobody in it (a roster kept for a past or future
    term), its latest term that has members. None when there is no group."""
    today = today or date.today()
    all_groups = groups.list_groups(db)
    if not all_groups:
        return None
    terms = groups.list_quadrennia(db)
    current = groups.quadrennium_on(db, today).id if terms else None
    with db.reading() as s:
        counts = q.membership_counts_by_term(s)

    def size(group_id: str) -> tuple[int, int]:
        # Members now first, then everyone the group ever had; ties keep the listed order.
        total = sum(n for (g, _t), n in counts.items() if g == group_id)
        return counts.get((group_id, current or ""), 0), total

    chosen = next((g for g in all_groups if g.id == group_id), None)
    if chosen is None:
        chosen = max(all_groups, key=lambda g: size(str(g.id)))
    key = str(chosen.id)
    if current is None or counts.get((key, current)):
        return Workspace(chosen.id, current)
    used = [t for t in terms if counts.get((key, str(t.id)))]
    return Workspace(chosen.id, used[-1].id if used else current)
