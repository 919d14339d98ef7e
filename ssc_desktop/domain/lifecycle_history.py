"""Is a membership's recorded history one the life cycle allows? (read by `check`)

The window and the command line refuse every step the rules forbid, so a history that
breaks them was written by something else: an older version, a script, a damaged copy.
An import reconciles with the Commission System, the roster of record, so it may skip
steps forward (Invited → Active), but never go back (Active → Proposed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..i18n import _
from .lifecycle import ENDED, PIPELINE, TRANSITIONS

IMPORTED = "Imported"  # the note an import writes on the steps it records
_RANK = {**{s: i for i, s in enumerate((*PIPELINE, "active"))}, **{s: 4 for s in ENDED}}


@dataclass(frozen=True, slots=True)
class Step:
    from_status: str | None
    to_status: str
    on: date
    imported: bool = False


def step_allowed(from_status: str | None, to_status: str, *, imported: bool = False) -> bool:
    """A membership may start in any status; every later step needs a rule (or an import)."""
    if from_status is None:
        return True
    if any(from_status in t.allowed_from and t.to_status == to_status
           for t in TRANSITIONS.values()):
        return True
    if not imported or from_status in ENDED:
        return False
    return _RANK.get(to_status, -1) > _RANK.get(from_status, 99)


def in_order(steps: Sequence[Step]) -> list[Step]:
    """Steps by day; steps of one day follow each other (from → to), as they were taken."""
    ordered: list[Step] = []
    pending = sorted(steps, key=lambda s: (s.on, s.from_status is not None))
    status: str | None = None
    while pending:
        day = pending[0].on
        same_day = [s for s in pending if s.on == day]
        nxt = next((s for s in same_day if s.from_status == status), same_day[0])
        pending.remove(nxt)
        ordered.append(nxt)
        status = nxt.to_status
    return ordered


def history_problems(steps: Sequence[Step], status: str) -> list[str]:
    """What is wrong with one membership's recorded steps, as sentence fragments."""
    names = _status_names()
    out: list[str] = []
    previous: str | None = None
    for n, step in enumerate(in_order(steps)):
        if n and step.from_status is None:
            out.append(_("a second first step to {to} on {day}").format(
                to=names(step.to_status), day=step.on.isoformat()))
        elif n and step.from_status != previous:
            out.append(_("a step from {frm} on {day} although the status was {was}").format(
                frm=names(step.from_status), day=step.on.isoformat(), was=names(previous)))
        elif not step_allowed(step.from_status, step.to_status, imported=step.imported):
            out.append(_("{frm} → {to} on {day}, a step the life cycle does not allow").format(
                frm=names(step.from_status), to=names(step.to_status),
                day=step.on.isoformat()))
        previous = step.to_status
    if steps and previous != status:
        out.append(_("the status is {status} but the last step leads to {to}").format(
            status=names(status), to=names(previous)))
    return out


def _status_names():  # noqa: ANN202 - a small lookup closure
    from .reference import reference

    statuses = reference().statuses

    def name(code: str | None) -> str:
        known = statuses.get(code or "")
        return known.name if known else str(code)

    return name
