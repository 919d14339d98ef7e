"""The roster file in and out: read and map a file, preview it, apply it, export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services.dto import GroupInfo
from ..operations import Op, OpChanges

IMPORTED = OpChanges(roster=True, invitations=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeOps", text)


def read_file(path: Path, sheet: str | None) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...exchange import importer

        return importer.read_and_map(db, path, sheet, progress)

    return Op(tr("Reading {name}").format(name=path.name), work, long=True, cancellable=True)


def preview(group: GroupInfo, quadrennium: str, table: Any, mapping: Any,
            default_status: str) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...exchange import importer

        return importer.preview(db, group, quadrennium, table, mapping,
                                default_status=default_status, progress=progress)

    return Op(tr("Checking the rows"), work, long=True, cancellable=True)


def apply_import(group: GroupInfo, preview: Any, ticked: Any, *,
                 accepted: bool | set[int] = False) -> Op[Any]:
    """Apply the ticked rows; a row with warnings only when they are accepted."""
    def work(db: Any, progress: Any) -> Any:
        from ...exchange import importer

        return importer.apply(db, group, preview, ticked, accepted=accepted,
                              progress=progress)

    return Op(tr("Importing"), work, IMPORTED, long=True, cancellable=True)


def export_roster(group_id: str, quadrennium_id: str | None, path: Path, *,
                  statuses: Any, profile: Any, bom: bool) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...exchange.roster_export import export_roster

        return export_roster(db, group_id, quadrennium_id, path, statuses=statuses,
                             profile=profile, bom=bom, progress=progress)

    return Op(tr("Exporting the roster"), work, long=True, cancellable=True)
