"""The Reports page's annual report: the PDF and, beside it, the workbook of its tables."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from .ops import reports as report_ops


def save_annual_report(page: QWidget, path: str | Path | None = None) -> Path | None:
    """Ask where (unless given), write FILE.pdf and FILE.xlsx; the status says what happened."""
    ui, ctx = page.ui, page.context  # type: ignore[attr-defined]
    group_id, year = ctx.group_id, ui.yearSpin.value()
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
    done = ctx.ops.run(report_ops.annual_report(
        group_id, year, target, page.today(),  # type: ignore[attr-defined]
        page.report_language()),  # type: ignore[attr-defined]
                       parent=page, report=ui.statusLabel.setText)
    if not done.succeeded:
        return None
    ui.statusLabel.setText(page.tr("Saved the annual report %1 to %2 and %3.")
                           .replace("%1", str(year)).replace("%2", str(target))
                           .replace("%3", str(target.with_suffix(".xlsx"))))
    ctx.message.emit(ui.statusLabel.text())
    return target
