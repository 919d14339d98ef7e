"""Reads behind the Home page's make-up: the validated members' places, gender and age."""

from __future__ import annotations

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from ..models import Membership, Person


def active_people(session: Session, group_id: str, quadrennium_id: str) -> list[Row]:
    stmt = (select(Person.country_code, Person.region_override, Person.gender,
                   Person.age_band)
            .join(Membership, Membership.person_id == Person.id)
            .where(Membership.group_id == group_id,
                   Membership.quadrennium_id == quadrennium_id,
                   Membership.status == "active"))
    return list(session.execute(stmt))
