"""What a chair still has to do about each member, for the roster's Follow-up column and
its "needs attention" filters: onboarding not finished, targets carried by someone who
has left. Worked out once per roster load, never per painted cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..store.database import Database
from . import groups, onboarding, targets


@dataclass(frozen=True, slots=True)
class FollowUp:
    """`onboarding`: membership id -> what is missing ("12 of 17 documents; Code of Conduct
    not accepted"), for accepted or validated members whose onboarding is incomplete; None
    when it was not worked out (large rosters work it out when a filter asks for it).
    `focal_points`: person id -> how many of the group's targets they carry although their
    membership has ended."""

    onboarding: dict[str, str] | None = None
    focal_points: dict[str, int] = field(default_factory=dict)

    @property
    def onboarding_known(self) -> bool:
        return self.onboarding is not None


def focal_points_to_replace(db: Database, group_id: str,
                            quadrennium_id: str | None, today: date | None = None
                            ) -> dict[str, int]:
    return targets.people_needing_focal_point_replacement(db, group_id, quadrennium_id, today)


def incomplete_onboarding(db: Database, group_id: str, quadrennium_id: str | None,
                          today: date | None = None) -> dict[str, str]:
    """membership id -> summary of what is missing, over one term or every term (None)."""
    terms = ([quadrennium_id] if quadrennium_id is not None
             else [t.id for t in groups.list_quadrennia(db)])
    out: dict[str, str] = {}
    for term_id in terms:
        for membership_id, done in onboarding.group_onboarding(db, group_id, term_id,
                                                               today).items():
            if not done.complete:
                out[membership_id] = done.summary()
    return out


def load_follow_up(db: Database, group_id: str, quadrennium_id: str | None, *,
                   with_onboarding: bool, today: date | None = None) -> FollowUp:
    return FollowUp(
        onboarding=(incomplete_onboarding(db, group_id, quadrennium_id, today)
                    if with_onboarding else None),
        focal_points=focal_points_to_replace(db, group_id, quadrennium_id, today))
