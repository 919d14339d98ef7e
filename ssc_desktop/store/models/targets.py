"""Species Strategic Plan: KSR sets per quadrennium, targets and quarterly updates."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Float, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from .base import CODE_LEN, NAME_LEN, Entity, uuid_fk


class KeySpeciesResult(Entity):
    __tablename__ = "ksr"
    __table_args__ = (UniqueConstraint("quadrennium_id", "number"),)

    quadrennium_id: Mapped[str] = uuid_fk("quadrennium.id")
    number: Mapped[int] = mapped_column(Integer)
    objective_code: Mapped[str] = mapped_column(String(CODE_LEN))
    objective_name: Mapped[str] = mapped_column(String(NAME_LEN))
    title: Mapped[str] = mapped_column(Text)
    # Carried forward from the previous plan until the new plan's set is loaded.
    provisional: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Target(Entity):
    __tablename__ = "target"

    group_id: Mapped[str] = uuid_fk("ssc_group.id")
    quadrennium_id: Mapped[str] = uuid_fk("quadrennium.id")
    ksr_id: Mapped[str] = uuid_fk("ksr.id")
    title: Mapped[str] = mapped_column(String(NAME_LEN * 2))
    description: Mapped[str] = mapped_column(Text, default="")
    indicator: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(NAME_LEN), default="")
    baseline: Mapped[float | None] = mapped_column(Float)
    target_value: Mapped[float | None] = mapped_column(Float)
    is_milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    due_on: Mapped[date] = mapped_column(Date)
    focal_point_id: Mapped[str | None] = uuid_fk("person.id", nullable=True)
    # T-001...: the target's code in the SSC's database, given once per group and kept
    # (a target carried into the next term keeps its code).
    code: Mapped[str | None] = mapped_column(String(16))
    geographic_scope: Mapped[str] = mapped_column(String(NAME_LEN), default="Global",
                                                  server_default="Global")
    carried_from_id: Mapped[str | None] = uuid_fk("target.id", nullable=True)

    def audit_subject(self) -> str | None:
        return self.id


class TargetUpdate(Entity):
    """Progress of one target in one calendar quarter ("2025-Q3")."""

    __tablename__ = "target_update"
    __table_args__ = (UniqueConstraint("target_id", "quarter"),)

    target_id: Mapped[str] = uuid_fk("target.id", ondelete="CASCADE")
    quarter: Mapped[str] = mapped_column(String(7))
    value: Mapped[float | None] = mapped_column(Float)
    milestone_done: Mapped[bool] = mapped_column(Boolean, default=False)
    narrative: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(CODE_LEN))
    evidence_links: Mapped[str] = mapped_column(Text, default="")

    def audit_subject(self) -> str | None:
        return self.target_id
