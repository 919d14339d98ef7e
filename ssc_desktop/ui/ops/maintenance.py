"""Keeping the file safe: the automatic backup at start and the one on demand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..operations import Op


def tr(text: str) -> str:
    return QCoreApplication.translate("MaintenanceOps", text)


def automatic_backup() -> Op[Path | None]:
    def work(db: Any, _progress: Any) -> Path | None:
        from ...services import backup

        return backup.automatic_backup(db)

    return Op(tr("Backing up"), work, long=True)


def backup_now() -> Op[Path]:
    def work(db: Any, _progress: Any) -> Path:
        from ...services import backup

        return backup.backup_now(db)

    return Op(tr("Backing up"), work, long=True)
