"""UUID keys read as their stored text, for queries that return thousands of ids.

A UUID column goes through a Python result processor for every value; for 20,000 ids
that is about 50 ms more than reading the stored 32 hex digits as plain text, which
SQLAlchemy's C row code passes through untouched. Hot queries (roster, export, report)
read `raw(column)` and turn only the ids they hand on back into the dashed form.

PostgreSQL stores a native uuid, which its driver would hand over as uuid.UUID objects;
there the server writes the same 32 hex digits as text, so both backends give one form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, type_coerce
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class _stored_text(FunctionElement[str]):
    type = String()
    inherit_cache = True
    name = "stored_text"


@compiles(_stored_text)
def _as_stored(element: _stored_text, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(_stored_text, "postgresql")
def _as_hex(element: _stored_text, compiler: Any, **kw: Any) -> str:
    return f"replace(CAST({compiler.process(element.clauses, **kw)} AS TEXT), '-', '')"


def raw(column: Any, label: str | None = None) -> Any:
    """The column as its stored text, labelled as the column (or `label`)."""
    return _stored_text(column).label(label or column.key)


def uuid_text(stored: str) -> str:
    """The dashed form of a UUID stored as 32 hex digits (an already dashed one is kept)."""
    if len(stored) != 32:
        return stored
    return f"{stored[:8]}-{stored[8:12]}-{stored[12:16]}-{stored[16:20]}-{stored[20:]}"


def stored_id(dashed: str) -> str:
    """A dashed UUID in the stored form raw() reads, to compare with raw keys."""
    return dashed.replace("-", "").lower()


def iso_date(column: Any, label: str | None = None) -> Any:
    """A date column read without SQLAlchemy's per-value date parsing (a regular
    expression per value on SQLite): ISO text on SQLite, a date on PostgreSQL, which
    as_date turns into a date either way (date.fromisoformat runs in C)."""
    return type_coerce(column, String).label(label or column.key)


def as_date(value: str | date | None) -> date | None:
    """A value read through iso_date, as a date (None stays None)."""
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value
