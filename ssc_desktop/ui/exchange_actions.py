"""Entry points the main window wires to File ▸ Import…/Export…, the roster page's
buttons and drag-and-drop of a .xlsx or .csv file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from .context import AppContext
from .export_dialog import ExportDialog
from .import_dialog import ImportWizard, current_term


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeActions", text)


def _group(context: AppContext, parent: QWidget | None):
    group = context.group
    if group is None:
        QMessageBox.information(parent, _tr("No group chosen"),
                                _tr("Choose or create a group first, then import or export "
                                    "its roster."))
    return group


def open_import_dialog(context: AppContext, parent: QWidget | None,
                       path: str | None = None) -> QDialog | None:
    group = _group(context, parent)
    if group is None:
        return None
    wizard = ImportWizard(context, group, current_term(context), parent, path=path)
    wizard.setModal(True)
    wizard.show()
    return wizard


def open_export_dialog(context: AppContext, parent: QWidget | None) -> QDialog | None:
    group = _group(context, parent)
    if group is None:
        return None
    dialog = ExportDialog(context, group, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog


def open_merge_dialog(context: AppContext, parent: QWidget | None) -> QDialog:
    """Merge people… (two records of one person made one, one undo step)."""
    from .merge_people_dialog import MergePeopleDialog

    dialog = MergePeopleDialog(context, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog
