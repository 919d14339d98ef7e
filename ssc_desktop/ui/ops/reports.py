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


def annual_report(group_id: str, year: int, target: Any, today: date,
                  language: str | None = None) -> Op[Any]:
    """The annual report's PDF and, beside it, the workbook of its tables, in `language`
    (None: the app's)."""
    def work(db: Any, _progress: Any) -> Any:
        from ...exchange.annual_report import write_annual_pdf, write_annual_xlsx
        from ...services.annual_report import annual_figures

        figures = annual_figures(db, group_id, year, today=today, language=language)
        write_annual_pdf(figures, target, language=language)
        write_annual_xlsx(figures, target.with_suffix(".xlsx"), language=language)
        return target

    return Op(tr("Writing the annual report…"), work)
