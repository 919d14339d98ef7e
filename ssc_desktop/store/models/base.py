"""Declarative base, key and timestamp conventions shared by every table."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, MetaData, TypeDecorator, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def compact_json(value: Any) -> str:
    """JSON as the change log stores it: no spaces after separators, letters as themselves
    (ensure_ascii would spell "Núñez" as six-byte escapes). Every engine uses it."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC timestamps, stored naive on SQLite and aware elsewhere."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class UuidKey(TypeDecorator[str]):
    """A UUID held as its dashed text in Python: native on PostgreSQL, 32 hex digits on SQLite.

    SQLAlchemy's own Uuid builds a uuid.UUID for every value read, which cost a quarter of
    a second per 20,000 ids in the roster and targets pages; on SQLite the stored hex is
    only re-punctuated here.
    """

    impl = Uuid(as_uuid=False)
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: Any) -> Any:
        if dialect.name != "sqlite":
            return super().result_processor(dialect, coltype)

        def process(value: Any) -> str | None:
            if value is None:
                return None
            h = value if isinstance(value, str) else str(value)
            if len(h) != 32:
                return h
            return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

        return process


class PackedUuid(TypeDecorator[str]):
    """A UUID held as its dashed text in Python: native on PostgreSQL, 16 bytes on SQLite.

    For the change log's references (a batch, the changed row, its subject), which repeat
    on every entry and in its indexes: half the 32 hex digits of UuidKey. Compare such a
    column only with values or other PackedUuid columns (never with a UuidKey column in
    SQL: on SQLite the bytes would not equal the hex text).
    """

    impl = Uuid(as_uuid=False)
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(LargeBinary(16))
        return dialect.type_descriptor(Uuid(as_uuid=False))

    def process_bind_param(self, value: Any, dialect: Any) -> Any:
        if value is None or dialect.name != "sqlite":
            return value
        return bytes.fromhex(str(value).replace("-", ""))

    def process_result_value(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if dialect.name != "sqlite":
            return str(value)
        h = bytes(value).hex() if isinstance(value, bytes | memoryview) else str(value)
        if len(h) != 32:
            return h
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)



def uuid_pk() -> Mapped[str]:
    return mapped_column(UuidKey(), primary_key=True, default=new_id)


def uuid_fk(target: str, *, nullable: bool = False, ondelete: str | None = None,
            index: bool = True) -> Mapped[Any]:
    from sqlalchemy import ForeignKey

    return mapped_column(
        UuidKey(), ForeignKey(target, ondelete=ondelete), nullable=nullable,
        index=index,
    )


class Entity(Base):
    """A row with a UUID key, optimistic locking and creation/update times.

    Every change to an Entity is recorded in the audit log by the store.
    """

    __abstract__ = True

    id: Mapped[str] = uuid_pk()
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(
        UTCDateTime(), default=utc_now, onupdate=utc_now, nullable=False
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}

    def audit_subject(self) -> str | None:
        """The id of the person, letter or target this row belongs to, for histories."""
        return None


AUDIT_SKIP = frozenset({"version", "updated_at"})
EMAIL_LEN = 320
NAME_LEN = 200
CODE_LEN = 40
