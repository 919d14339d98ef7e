"""The quarterly report, generated in the background (a long read: nothing changes)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..operations import Op


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportOps", text)


def quarterly_report(group_id: str, quarter: str, options: Any, today: date) -> Op[Any]:
    def work(db: Any, progress: Any) -> Any:
        from ...exchange.quarterly_report import quarterly_report_bytes

        return quarterly_report_bytes(db, group_id, quarter, options, today=today,
                                      progress=progress)

    return Op(tr("Generating the quarterly report…"), work, long=True, cancellable=True)
