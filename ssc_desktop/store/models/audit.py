"""The change log: every write is a batch of row changes, kept for history and undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, UuidKey, new_id, utc_now, uuid_pk


class ChangeBatch(Base):
    """One user-visible operation ("Edit Núñez", "Import 312 rows"): one undo step."""

    __tablename__ = "change_batch"

    id: Mapped[str] = uuid_pk()
    label: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    reverts_batch_id: Mapped[str | None] = mapped_column(
        UuidKey(), ForeignKey("change_batch.id")
    )
    reverted: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """One row inserted, updated or deleted, with its values before and after."""

    __tablename__ = "audit_entry"

    id: Mapped[str] = mapped_column(UuidKey(), primary_key=True, default=new_id)
    batch_id: Mapped[str] = mapped_column(
        UuidKey(), ForeignKey("change_batch.id"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(UuidKey(), index=True)
    subject_id: Mapped[str | None] = mapped_column(UuidKey(), index=True)
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    batch: Mapped[ChangeBatch] = relationship()


class Setting(Base):
    """A per-database setting (invitation deadline, paper size, last backup...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
