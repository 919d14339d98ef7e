"""Reads behind choosing where the window opens: membership counts per group and term."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Membership


def membership_counts_by_term(session: Session) -> dict[tuple[str, str], int]:
    """(group id, quadrennium id) -> number of memberships, for every pair that has some."""
    stmt = (select(Membership.group_id, Membership.quadrennium_id, func.count())
            .group_by(Membership.group_id, Membership.quadrennium_id))
    return {(str(g), str(t)): n for g, t, n in session.execute(stmt)}
