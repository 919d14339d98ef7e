"""Reads behind targets: a group's targets, their updates and focal points in a few queries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Row, String, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from ..models import KeySpeciesResult, Membership, Person, Quadrennium, Target, TargetUpdate
from .ids import raw, uuid_text

TARGET_COLUMNS = (
    Target.id, Target.version, Target.group_id, Target.quadrennium_id, Target.ksr_id,
    Target.title, Target.description, Target.indicator, Target.unit, Target.baseline,
    Target.target_value, Target.is_milestone, Target.due_on, Target.focal_point_id,
    KeySpeciesResult.number.label("ksr_number"), KeySpeciesResult.title.label("ksr_title"),
    KeySpeciesResult.objective_code, KeySpeciesResult.objective_name,
    Person.given_names.label("fp_given"), Person.family_name.label("fp_family"),
    Person.email.label("fp_email"), Quadrennium.code.label("quadrennium"),
    Quadrennium.ends_on.label("term_ends_on"), Target.code, Target.geographic_scope,
    Target.carried_from_id, KeySpeciesResult.provisional.label("ksr_provisional"),
)


def _targets(*conditions: Any, columns: tuple = TARGET_COLUMNS) -> Any:
    return (
        select(*columns)
        .join(KeySpeciesResult, KeySpeciesResult.id == Target.ksr_id)
        .join(Quadrennium, Quadrennium.id == Target.quadrennium_id)
        .outerjoin(Person, Person.id == Target.focal_point_id)
        .where(*conditions)
    )


def target_rows(session: Session, group_id: str, quadrennium_id: str | None) -> list[Row]:
    conditions = [Target.group_id == group_id]
    # Known ids come back as given, not re-parsed per row: UUID parsing dominates at 2,000.
    known: dict[Any, Any] = {Target.group_id: literal(group_id, String).label("group_id")}
    if quadrennium_id is not None:
        conditions.append(Target.quadrennium_id == quadrennium_id)
        known[Target.quadrennium_id] = literal(quadrennium_id, String).label("quadrennium_id")
    columns = tuple(known.get(c, c) for c in TARGET_COLUMNS)
    return list(session.execute(_targets(*conditions, columns=columns)))


def target_rows_by_ids(session: Session, ids: Iterable[str]) -> list[Row]:
    return list(session.execute(_targets(Target.id.in_(list(ids)))))


def target_rows_of_focal_point(session: Session, person_id: str) -> list[Row]:
    return list(session.execute(_targets(Target.focal_point_id == person_id)))


def updates_of(session: Session, target_ids: Iterable[str]) -> list[TargetUpdate]:
    ids = list(target_ids)
    if not ids:
        return []
    out: list[TargetUpdate] = []
    # SQLite caps bound parameters; chunk for the whole-SSC 2,000+ targets.
    for start in range(0, len(ids), 500):
        out += session.scalars(select(TargetUpdate).where(
            TargetUpdate.target_id.in_(ids[start:start + 500])))
    return out


def updates_of_group(session: Session, group_id: str, quadrennium_id: str | None,
                     *, with_ids: bool = False) -> list[Row]:
    extra = (TargetUpdate.id, TargetUpdate.evidence_links) if with_ids else ()
    stmt = (
        select(TargetUpdate.target_id, TargetUpdate.quarter, TargetUpdate.value,
               TargetUpdate.milestone_done, TargetUpdate.status, TargetUpdate.narrative,
               *extra)
        .join(Target, Target.id == TargetUpdate.target_id)
        .where(Target.group_id == group_id)
    )
    if quadrennium_id is not None:
        stmt = stmt.where(Target.quadrennium_id == quadrennium_id)
    return list(session.execute(stmt))


def update_for_quarter(session: Session, target_id: str, quarter: str) -> TargetUpdate | None:
    return session.scalar(select(TargetUpdate).where(
        TargetUpdate.target_id == target_id, TargetUpdate.quarter == quarter))


def ksrs_of(session: Session, quadrennium_id: str) -> list[KeySpeciesResult]:
    return list(session.scalars(select(KeySpeciesResult)
                                .where(KeySpeciesResult.quadrennium_id == quadrennium_id)
                                .order_by(KeySpeciesResult.number)))


def _serving(today: date) -> Any:
    """Active and not ended before today, or served until the term ended ("term_ended")."""
    return or_(and_(Membership.status == "active",
                    or_(Membership.ends_on.is_(None), Membership.ends_on >= today)),
               Membership.status == "term_ended")


def current_member_ids(session: Session, group_id: str, quadrennium_ids: Iterable[str],
                       today: date) -> set[tuple[str, str]]:
    """(person id, quadrennium id) of every member serving (or who served to the end)."""
    stmt = (
        select(Membership.person_id, Membership.quadrennium_id)
        .where(Membership.group_id == group_id,
               Membership.quadrennium_id.in_(list(quadrennium_ids)), _serving(today))
    )
    return {(p, t) for p, t in session.execute(stmt)}


def current_members(session: Session, group_id: str, quadrennium_id: str,
                    today: date) -> list[Row]:
    stmt = (
        select(Person.id, Person.given_names, Person.family_name, Person.email,
               Person.name_as_written)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.group_id == group_id, Membership.quadrennium_id == quadrennium_id,
               _serving(today))
    )
    return list(session.execute(stmt))


def focal_point_targets_of_group(session: Session, group_id: str,
                                 quadrennium_id: str | None) -> list[Row]:
    stmt = (select(Target.id, Target.focal_point_id, Target.quadrennium_id)
            .where(Target.group_id == group_id, Target.focal_point_id.is_not(None)))
    if quadrennium_id is not None:
        stmt = stmt.where(Target.quadrennium_id == quadrennium_id)
    return list(session.execute(stmt))


def focal_points_not_serving(session: Session, group_id: str, quadrennium_id: str | None,
                             today: date) -> dict[str, int]:
    """person id -> how many of the group's targets (in a term, or every term) they are
    focal point of while not serving that term: one grouped statement, a few rows (it was
    every serving membership of the terms, read to test each target in Python)."""
    serving = (select(Membership.id)
               .where(Membership.person_id == Target.focal_point_id,
                      Membership.quadrennium_id == Target.quadrennium_id,
                      Membership.group_id == group_id, _serving(today))
               .exists())
    stmt = (select(raw(Target.focal_point_id, "person_id"), func.count())
            .where(Target.group_id == group_id, Target.focal_point_id.is_not(None), ~serving)
            .group_by(Target.focal_point_id))
    if quadrennium_id is not None:
        stmt = stmt.where(Target.quadrennium_id == quadrennium_id)
    return {uuid_text(person): count for person, count in session.execute(stmt)}


def quadrennium(session: Session, quadrennium_id: str) -> Quadrennium | None:
    return session.get(Quadrennium, quadrennium_id)


def quadrennium_by_code(session: Session, code: str) -> Quadrennium | None:
    return session.scalar(select(Quadrennium).where(Quadrennium.code == code))


def next_target_code(session: Session, group_id: str) -> str:
    """The group's next free code, T-001, T-002 ...: one more than the highest given."""
    codes = session.scalars(select(Target.code).where(Target.group_id == group_id,
                                                      Target.code.is_not(None)))
    highest = max((int(c[2:]) for c in codes if c and c[2:].isdigit()), default=0)
    return f"T-{highest + 1:03d}"


def target_in_term(session: Session, group_id: str, quadrennium_id: str, carried_from: str,
                   code: str | None, title: str) -> Target | None:
    """A target of the term that is already the given one (carried, same code or title)."""
    same = [Target.carried_from_id == carried_from, Target.title == title]
    if code:
        same.append(Target.code == code)
    return session.scalar(select(Target).where(
        Target.group_id == group_id, Target.quadrennium_id == quadrennium_id, or_(*same))
        .limit(1))


def targets_with_ksr(session: Session, ksr_id: str) -> int:
    return len(session.scalars(select(Target.id).where(Target.ksr_id == ksr_id)).all())
