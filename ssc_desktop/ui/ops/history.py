"""Undo and redo of one earlier operation, in the background: a large import or a
renewal takes as long to take back as to make."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services import history
from ...services.dto import Change
from ..operations import Op, OpChanges


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryOps", text)


def undo(batch_id: str, step: str, changes: OpChanges) -> Op[Change]:
    return Op(tr("Undoing “{step}”").format(step=step),
              lambda db, _progress: history.undo(db, batch_id),
              changes, long=True, undoable=False)


def redo(batch_id: str, step: str, changes: OpChanges) -> Op[Change]:
    return Op(tr("Redoing “{step}”").format(step=step),
              lambda db, _progress: history.redo(db, batch_id),
              changes, long=True, undoable=False)
