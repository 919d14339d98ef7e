"""A member editor tab: the targets this person is focal point for, in every group."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from .. import formats
from ..domain import targets as rules
from ..services import targets as svc
from ..services.target_dto import TargetRow
from . import vocabulary
from .context import AppContext
from .table_model import FlatTableModel
from .targets_model import flag_colour, progress_text, status_colour

ROOT = QModelIndex()
COLUMNS = ("Target", "KSR", "Quadrennium", "Status", "Progress", "Last update")


class FocalPointTargetsModel(FlatTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, parent)

    def set_rows(self, rows: list[TargetRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            status = rules.status_of(r.status)
            return (r.title, f"KSR {r.ksr_number}", r.quadrennium,
                    f"{status.symbol} {vocabulary.name(status.name)}", progress_text(r),
                    formats.quarter(r.last_quarter) if r.last_quarter else self.tr("never"))[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return status_colour(r.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return r.indicator or None
        return None


class MemberTargetsTab(QWidget):
    title = "Focal point for"

    def __init__(self, context: AppContext, membership_id: str, person_id: str,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.person_id = context, person_id
        self.today = today or date.today()
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableView(self)
        self.model = FocalPointTargetsModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        rows = svc.targets_for_focal_point(self.context.db, self.person_id, self.today)
        self.model.set_rows(rows)
        left = sum(1 for r in rows if r.focal_point_state == rules.FOCAL_LEFT)
        if not rows:
            text = self.tr("Not a focal point for any target. Name focal points in the target "
                           "editor on the Targets page.")
        elif left:
            text = (f"<span style='color:{flag_colour()}'>⚠ "
                    + self.tr("%n target(s) need(s) a new focal point: this person's "
                              "membership has ended.", "", left) + "</span>")
        else:
            text = self.tr("Focal point for %n target(s).", "", len(rows))
        self.note.setText(text)
        self.table.setVisible(bool(rows))
