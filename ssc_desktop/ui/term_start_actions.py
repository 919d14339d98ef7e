"""The Targets page's new-term actions: load a KSR set, carry the previous one forward,
carry chosen targets of the previous term into this one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from ..services import targets as svc
from .context import AppContext
from .forms.ui_carry_targets import Ui_CarryTargets
from .ops import targets as target_ops


def load_ksr_file(parent: QWidget, context: AppContext, path: str | None = None) -> bool:
    """Ask for a KSR CSV file and load it as one undo step; False when nothing changed."""
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            parent, parent.tr("Load a KSR set"), "",
            parent.tr("KSR set (*.csv);;All files (*)"))
    if not path:
        return False
    return context.ops.run(target_ops.load_ksr_set(path), parent=parent).succeeded


def carry_ksrs(context: AppContext) -> bool:
    quadrennium_id = context.quadrennium_id
    if quadrennium_id is None:
        return False
    return context.ops.run(target_ops.carry_ksrs(quadrennium_id)).succeeded


class CarryTargetsDialog(QDialog):
    """Tick the previous term's targets to carry into the current one."""

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context, self.today = context, today or date.today()
        self.ui = Ui_CarryTargets()
        self.ui.setupUi(self)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.problem.setStyleSheet("color: palette(highlight)")
        self.previous = self._previous_term()
        self._fill()

    def _previous_term(self):
        terms = list(self.context.quadrennia)
        ids = [t.id for t in terms]
        if self.context.quadrennium_id not in ids:
            return None
        index = ids.index(self.context.quadrennium_id)
        return terms[index - 1] if index > 0 else None

    def _fill(self) -> None:
        ctx = self.context
        if self.previous is None or ctx.group_id is None:
            self.ui.intro.setText(self.tr("There is no earlier quadrennium to carry targets "
                                          "from."))
            return
        rows = svc.list_targets(ctx.db, ctx.group_id, self.previous.id, self.today)
        here = {r.title for r in svc.list_targets(ctx.db, ctx.group_id,
                                                  ctx.quadrennium_id, self.today)}
        self.ui.intro.setText(self.tr(
            "Tick the targets of %1 to carry into this quadrennium. Each keeps its code; its "
            "updates stay with %1, and the new term starts without progress.")
            .replace("%1", self.previous.code))
        for row in rows:
            done = row.status in ("achieved", "dropped")
            item = QListWidgetItem(f"{row.code}  ·  KSR {row.ksr_number}  ·  {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if done or row.title in here
                               else Qt.CheckState.Checked)
            if row.title in here:
                item.setToolTip(self.tr("Already in this quadrennium"))
            self.ui.targets.addItem(item)

    def chosen(self) -> list[str]:
        out = []
        for i in range(self.ui.targets.count()):
            item = self.ui.targets.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def accept(self) -> None:
        quadrennium_id = self.context.quadrennium_id
        chosen = self.chosen()
        if quadrennium_id is None:
            return
        done = self.context.ops.run(target_ops.carry_targets(chosen, quadrennium_id, self.today),
                                    parent=self, report=self.ui.problem.setText)
        if done.succeeded:
            super().accept()
