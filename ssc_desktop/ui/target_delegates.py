"""Painting for the targets tree: a progress bar per target that the style draws."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from .targets_model import ProgressRole, ProgressTextRole


class ProgressDelegate(QStyledItemDelegate):
    """Value against baseline -> target (or a milestone done) as the platform's bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(ProgressTextRole)
        if text is None:
            super().paint(painter, option, index)
            return
        # Background and selection as for any cell, then the bar on top.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        fraction = index.data(ProgressRole)
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(option.rect.adjusted(4, 3, -4, -3))
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = 0 if fraction is None else round(fraction * 1000)
        bar.text = text
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, plain.widget)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), hint.height())
