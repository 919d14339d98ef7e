"""The change log: every write is a batch of row changes, kept for history and undo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Identity, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, PackedUuid, UTCDateTime, new_id, utc_now


class ChangeBatch(Base):
    """One user-visible operation ("Edit Núñez", "Import 312 rows"): one undo step.

    `label` is the text in the writer's language; `label_source` (revision 0011) the
    English msgid and its arguments, from which each reader translates it
    (ssc_desktop/labels.py). Older rows have no source and show their text.
    """

    __tablename__ = "change_batch"

    id: Mapped[str] = mapped_column(PackedUuid(), primary_key=True, default=new_id)
    label: Mapped[str] = mapped_column(Text)
    label_source: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, index=True)
    reverts_batch_id: Mapped[str | None] = mapped_column(
        PackedUuid(), ForeignKey("change_batch.id")
    )
    reverted: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """One row inserted, updated or deleted, with its values before and after.

    Kept small, as there is one per row a batch touched (a 10,000-member import writes
    tens of thousands): an integer key, the references as PackedUuid, an update holds
    only the changed fields, and no index on entity_id (a row's changes are found
    through its subject: subject_id is indexed, NULL included).
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    batch_id: Mapped[str] = mapped_column(
        PackedUuid(), ForeignKey("change_batch.id"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(PackedUuid())
    subject_id: Mapped[str | None] = mapped_column(PackedUuid(), index=True)
    action: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    batch: Mapped[ChangeBatch] = relationship()


class Setting(Base):
    """A per-database setting (invitation deadline, paper size, last backup...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
