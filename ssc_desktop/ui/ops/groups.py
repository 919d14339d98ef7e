"""Creating a group, and building the demo groups a first-time user can explore."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services import groups
from ...services.dto import Change
from ..operations import EVERYTHING, Op, OpChanges

GROUPS = OpChanges(groups=True, roster=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("GroupOps", text)


def create_group(name: str, short_code: str, group_type: str, taxonomic_set: str | None,
                 chair: Any = None) -> Op[Change]:
    return Op(tr("New group"), lambda db, _p: groups.create_group(
        db, name, short_code, group_type, taxonomic_set, chair=chair), GROUPS)


def build_demo(members: int = 500) -> Op[dict[str, int]]:
    """The demo groups: a starting point, not an edit to undo (it returns no Change)."""
    def work(db: Any, _progress: Any) -> dict[str, int]:
        from ...demo.build import build_demo as build

        return build(db, members=members)

    return Op(tr("Building the demo groups"), work, EVERYTHING, long=True)


def add_quadrennium(code: str, starts_on: Any, ends_on: Any, congress: str) -> Op[Change]:
    def work(db: Any, _progress: Any) -> Change:
        from ...services import quadrennia

        return quadrennia.add_quadrennium(db, code, starts_on, ends_on, congress)

    return Op(tr("Add a quadrennium"), work, OpChanges(groups=True))
