"""Targets workbook export and import from the Targets page, off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .context import AppContext
from .ops import targets as target_ops

if TYPE_CHECKING:
    from ..exchange import targets_xlsx


def tr(text: str) -> str:
    return QCoreApplication.translate("TargetsExchange", text)


def export_workbook(parent: QWidget, context: AppContext, today: date) -> None:
    group, term = context.group, context.quadrennium
    if group is None or term is None:
        return
    suggested = str(Path.home() / f"{group.short_code}-targets-{term.code}.xlsx")
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export targets"), suggested,
                                          tr("Excel workbook (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    context.ops.run(target_ops.export_workbook(group, term, path, today), parent=parent,
                    success=lambda n: context.message.emit(
                        tr("Wrote %1 target(s) to %2").replace("%1", str(n))
                        .replace("%2", path)))


def import_workbook(parent: QWidget, context: AppContext, today: date) -> None:
    group, term = context.group, context.quadrennium
    if group is None or term is None:
        return
    path, _ = QFileDialog.getOpenFileName(parent, tr("Import targets"), str(Path.home()),
                                          tr("Excel workbook (*.xlsx)"))
    if not path:
        return
    context.ops.run(target_ops.read_workbook(group, term, path, today), parent=parent,
                    success=lambda preview: confirm_import(parent, context, group, term,
                                                           preview, today))


def preview_text(preview: targets_xlsx.TargetsPreview) -> str:
    text = (tr("%1: %2 to add, %3 to update, %4 unchanged; %5 quarterly update(s) to record.")
            .replace("%1", preview.source).replace("%2", str(preview.count("add")))
            .replace("%3", str(preview.count("update")))
            .replace("%4", str(preview.count("unchanged")))
            .replace("%5", str(preview.progress_updates)))
    if preview.ignored_columns:
        text += "\n" + tr("Ignored columns: ") + ", ".join(preview.ignored_columns)
    return text


def confirm_import(parent: QWidget, context: AppContext, group, term,
                   preview: targets_xlsx.TargetsPreview, today: date) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("Import targets"))
    box.setText(preview_text(preview))
    if not preview.ok:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setInformativeText(
            tr("%n row(s) have problems; nothing will be imported until they are fixed in "
               "the workbook.").replace("%n", str(len(preview.problems))))
        box.setDetailedText("\n".join(preview.problems))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return
    if not any(p.action != "unchanged" or p.update is not None for p in preview.plans):
        box.setInformativeText(tr("The workbook matches the database; nothing to change."))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return
    box.setInformativeText(tr("Import now? It is one step: Undo (Ctrl+Z) reverses all of it."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if box.exec() == QMessageBox.StandardButton.Ok:
        context.ops.run(target_ops.apply_import(group.id, term.id, preview.plans,
                                                preview.source, today), parent=parent)
