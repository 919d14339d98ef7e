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

# Looked up once: an enum member read in paint() costs as much as a small drawing call.
_MID, _BASE, _TEXT = (QPalette.ColorRole.Mid, QPalette.ColorRole.Base,
                      QPalette.ColorRole.Text)
_HIGHLIGHT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
_SELECTED = QStyle.StateFlag.State_Selected
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


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
        style.drawControl(_ITEM, plain, painter, plain.widget)
        fraction = model.data(index, ProgressRole)
        rect = option.rect.adjusted(6, 0, -6, 0)
        text_width = option.fontMetrics.horizontalAdvance("Not started ")
        track = QRect(rect.left(), rect.center().y() - 3, max(20, rect.width() - text_width), 7)
        selected = bool(option.state & _SELECTED)
        palette = option.palette
        painter.save()
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(palette.color(_MID))
        painter.setBrush(palette.color(_BASE))
        painter.drawRoundedRect(track, 3, 3)
        if fraction:
            filled = QRect(track)
            filled.setWidth(max(3, round(track.width() * fraction)))
            painter.setPen(_NO_PEN)
            painter.setBrush(palette.color(_HIGHLIGHTED_TEXT if selected else _HIGHLIGHT))
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT))
        label = QRect(track.right() + 6, rect.top(), rect.right() - track.right() - 6,
                      rect.height())
        painter.drawText(label, _LEFT, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 180), hint.height())
