"""How many characters each text column of the schema takes (String(n), or a cap for Text)."""

from __future__ import annotations

import functools

from sqlalchemy import String


@functools.cache
def limits_of(model: type, unbounded: int) -> dict[str, int]:
    """Column name → most characters, for every text column of a model."""
    out = {}
    for column in model.__table__.columns:  # type: ignore[attr-defined]
        if isinstance(column.type, String):
            out[column.name] = column.type.length or unbounded
    return out
