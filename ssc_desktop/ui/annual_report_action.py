"""The Reports page's annual report: the PDF and, beside it, the workbook of its tables."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..domain.errors import UserError
from ..exchange.annual_report import write_annual_pdf, write_annual_xlsx
from ..services.annual_report import annual_figures


def save_annual_report(page: QWidget, path: str | Path | None = None) -> Path | None:
    """Ask where (unless given), write FILE.pdf and FILE.xlsx; the status says what happened."""
    ui, ctx = page.ui, page.context  # type: ignore[attr-defined]
    group_id, year = ui.groupCombo.currentData(), ui.yearSpin.value()
    if group_id is None:
        return None
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            page, page.tr("Save the annual report"), f"annual-report-{year}.pdf",
            page.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        path = chosen
    target = Path(path).with_suffix(".pdf")
    try:
        figures = annual_figures(ctx.db, group_id, year, today=page.today())  # type: ignore[attr-defined]
        write_annual_pdf(figures, target)
        write_annual_xlsx(figures, target.with_suffix(".xlsx"))
    except UserError as exc:
        ui.statusLabel.setText(str(exc))
        return None
    ui.statusLabel.setText(page.tr("Saved the annual report %1 to %2 and %3.")
                           .replace("%1", str(year)).replace("%2", str(target))
                           .replace("%3", str(target.with_suffix(".xlsx"))))
    ctx.message.emit(ui.statusLabel.text())
    return target
