"""Writes to intervention letter requests, their evidence files, and the files written
from them (the request brief, the letters workbook)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.letters import LetterFields
from ...services import letter_files
from ...services import letters as svc
from ...services.dto import Change
from ..operations import Op, OpChanges

LETTERS = OpChanges(letters=True)


def tr(text: str) -> str:
    return QCoreApplication.translate("LetterOps", text)


def create_letter(group_id: str, fields: LetterFields, today: date) -> Op[Change]:
    return Op(tr("New letter request"), lambda db, _p: svc.create_letter(
        db, group_id, fields, today=today), LETTERS)


def update_letter(letter_id: str, version: int, fields: LetterFields,
                  today: date) -> Op[Change]:
    return Op(tr("Edit letter request"), lambda db, _p: svc.update_letter(
        db, letter_id, version, fields, today=today), LETTERS)


def advance(letter_id: str, to_state: str, on: date, note: str,
            follow_up_on: date | None, today: date) -> Op[Change]:
    return Op(tr("Record a step"), lambda db, _p: svc.advance(
        db, letter_id, to_state, on, note=note, follow_up_on=follow_up_on, today=today),
        LETTERS)


def delete_letter(letter_id: str) -> Op[Change]:
    return Op(tr("Delete letter request"), lambda db, _p: svc.delete_letter(db, letter_id),
              LETTERS)


def add_attachment(letter_id: str, path: Path) -> Op[Change]:
    return Op(tr("Add an evidence file"), lambda db, _p: letter_files.add_attachment(
        db, letter_id, path), LETTERS)


def remove_attachment(attachment_id: str) -> Op[Change]:
    return Op(tr("Remove an evidence file"), lambda db, _p: letter_files.remove_attachment(
        db, attachment_id), LETTERS)


def write_brief(letter_id: str, path: Path, today: date) -> Op[Any]:
    def work(db: Any, _progress: Any) -> Any:
        from ...exchange import letter_brief

        return letter_brief.write_brief_for(db, letter_id, path, today=today)

    return Op(tr("Writing the brief…"), work, long=True)


def export_letters(group_id: str, path: Path, today: date) -> Op[int]:
    def work(db: Any, _progress: Any) -> int:
        from ...exchange import letters_xlsx

        return letters_xlsx.export_group_letters(db, group_id, path, today)

    return Op(tr("Exporting letter requests…"), work, long=True)
