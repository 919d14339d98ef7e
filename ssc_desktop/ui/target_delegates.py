"""Painting for the targets tree: a progress bar per target that the style draws."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .targets_model import ProgressRole, ProgressTextRole


class ProgressDelegate(QStyledItemDelegate):
    """Value against baseline -> target (or a milestone done) as the platform's bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Ask the Python model directly: PySide6 6.12's QModelIndex.data() drops a reference
        # to None whenever the answer is empty, which crashes the interpreter in the end.
        model = index.model()
        text = model.data(index, ProgressTextRole)
        if text is None:
            super().paint(painter, option, index)
            return
        # Background and selection as for any cell, then a slim bar and the figure beside it,
        # in the palette's own colours, so it reads in light and dark mode alike.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, plain.widget)
        fraction = model.data(index, ProgressRole)
        rect = option.rect.adjusted(6, 0, -6, 0)
        text_width = option.fontMetrics.horizontalAdvance("Not started ")
        track = QRect(rect.left(), rect.center().y() - 3, max(20, rect.width() - text_width), 7)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(track, 3, 3)
        if fraction:
            filled = QRect(track)
            filled.setWidth(max(3, round(track.width() * fraction)))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.HighlightedText if selected
                                           else QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText if selected
                                     else QPalette.ColorRole.Text))
        label = QRect(track.right() + 6, rect.top(), rect.right() - track.right() - 6,
                      rect.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 180), hint.height())
