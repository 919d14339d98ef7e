"""Saved column profiles (export) and header mappings (import)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import CODE_LEN, NAME_LEN, Entity


class SavedLayout(Entity):
    __tablename__ = "saved_layout"
    __table_args__ = (UniqueConstraint("kind", "name"),)

    kind: Mapped[str] = mapped_column(String(CODE_LEN))  # export_profile | import_mapping
    name: Mapped[str] = mapped_column(String(NAME_LEN))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
