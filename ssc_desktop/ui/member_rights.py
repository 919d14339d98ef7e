"""The member editor's two rights buttons: export a person's data, anonymise a departed one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..domain.errors import UserError
from ..domain.lifecycle import ENDED
from ..domain.people import display_name
from .ops import roster as roster_ops


def connect(editor) -> None:  # a MemberEditor
    """Wire the buttons of the History tab; hidden while a member is being added."""
    ui, detail = editor.ui, editor.detail
    ui.exportPersonButton.setVisible(detail is not None)
    ui.anonymiseButton.setVisible(detail is not None)
    if detail is None:
        return
    ui.anonymiseButton.setEnabled(detail.status in ENDED)
    if detail.status not in ENDED:
        ui.anonymiseButton.setToolTip(editor.tr(
            "Only a departed member can be anonymised: end the membership first."))
    ui.exportPersonButton.clicked.connect(lambda: export(editor))
    ui.anonymiseButton.clicked.connect(lambda: anonymise(editor))


def export(editor) -> Path | None:
    from ..exchange.person_export import export_person

    detail = editor.detail
    name = display_name(detail.fields.given_names, detail.fields.family_name)
    suggested = f"{detail.fields.family_name or 'person'} personal data.json"
    path, _filter = QFileDialog.getSaveFileName(
        editor, editor.tr("Export the personal data of {name}").replace("{name}", name),
        suggested, editor.tr("JSON (*.json)"))
    if not path:
        return None
    try:
        written = export_person(editor.context.db, detail.person_id, Path(path))
    except UserError as exc:
        editor._refused(str(exc))
        return None
    editor.context.message.emit(editor.tr("Wrote {json} and {pdf}.").replace(
        "{json}", written.json_path.name).replace("{pdf}", written.pdf_path.name))
    return written.json_path


def anonymise(editor) -> bool:

    detail = editor.detail
    name = display_name(detail.fields.given_names, detail.fields.family_name)
    answer = QMessageBox.question(
        editor, editor.tr("Anonymise {name}").replace("{name}", name),
        editor.tr("Replace {name}'s name, addresses, organisation and notes everywhere, "
                  "history and change log included? Region, gender, age band, dates and "
                  "statuses are kept for the figures. This cannot be undone.").replace(
            "{name}", name))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    done = editor.context.ops.run(roster_ops.anonymise(detail.person_id), parent=editor,
                                  report=editor._refused)
    if not done.succeeded:
        return False
    editor.accept()
    return True
