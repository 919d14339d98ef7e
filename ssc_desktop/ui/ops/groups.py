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
        from ...services import demo

        return demo.build_demo(db, members=members)

    return Op(tr("Building the demo groups"), work, EVERYTHING, long=True)
