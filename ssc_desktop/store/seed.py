"""Keep the reference rows the schema points at (quadrennia, KSR sets) in the file."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.reference import Ksr, reference
from .models import KeySpeciesResult, Quadrennium


def missing_reference_rows(session: Session) -> bool:
    ref = reference()
    known = set(session.scalars(select(Quadrennium.code)))
    if set(ref.quadrennia) - known:
        return True
    ksr_count = session.scalar(select(KeySpeciesResult.id).limit(1))
    return ksr_count is None and bool(ref.ksrs)


def add_reference_rows(session: Session) -> None:
    """Insert the shipped quadrennia and KSR sets that the file does not have yet."""
    ref = reference()
    by_code = {q.code: q for q in session.scalars(select(Quadrennium))}
    for q in ref.quadrennia.values():
        if q.code not in by_code:
            row = Quadrennium(code=q.code, starts_on=q.starts_on, ends_on=q.ends_on,
                              congress=q.congress)
            session.add(row)
            by_code[q.code] = row
    session.flush()
    add_ksrs(session, by_code, ref.ksrs)


def add_ksrs(session: Session, quadrennia: dict[str, Quadrennium], ksrs: list[Ksr]) -> int:
    existing = {(k.quadrennium_id, k.number) for k in session.scalars(select(KeySpeciesResult))}
    added = 0
    for k in ksrs:
        quadrennium = quadrennia[k.quadrennium]
        if (quadrennium.id, k.number) not in existing:
            session.add(KeySpeciesResult(
                quadrennium_id=quadrennium.id, number=k.number, objective_code=k.objective_code,
                objective_name=k.objective_name, title=k.title,
            ))
            added += 1
    return added
