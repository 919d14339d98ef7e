"""Painting for the targets tree: a progress bar per target, drawn once per look.

A bar's shape depends only on its width, how much of it is filled, whether its row is
selected, the palette and the screen's pixel ratio; rows share a few hundred looks, so each
is rendered once into a QPixmap and painting a cell is a background, a drawPixmap and the
figure beside it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from .. import formats
from .targets_model import ProgressRole, ProgressTextRole

# Looked up once: an enum member read in paint() costs as much as a small drawing call.
_MID, _BASE, _TEXT = (QPalette.ColorRole.Mid, QPalette.ColorRole.Base,
                      QPalette.ColorRole.Text)
_HIGHLIGHT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
_SELECTED = QStyle.StateFlag.State_Selected
_ITEM = QStyle.ControlElement.CE_ItemViewItem
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_TRANSPARENT = Qt.GlobalColor.transparent
_LEFT = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_HEIGHT = 7  # the track, in device-independent pixels
_MARGIN = 1  # around the track in its pixmap: the antialiased outline reaches past it
_MAX_LOOKS = 4096
_NO_SHIFT = (0.0, 0.0)  # a column dragged wide and narrow makes new widths: start again past this


class ProgressDelegate(QStyledItemDelegate):
    """Value against baseline -> target (or a milestone done) as a slim bar and the figure
    beside it, in the palette's own colours, so it reads in light and dark mode alike."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # (track width, filled width, selected, palette, colour group, pixel ratio) -> bar
        self._bars: dict[tuple[object, ...], QPixmap] = {}
        self.rendered = 0  # bars drawn into a pixmap, for the tests that count work
        self._rooms: dict[tuple[str, str], int] = {}  # (font, language) -> figure room

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        # Ask the Python model directly: PySide6 6.12's QModelIndex.data() drops a reference
        # to None whenever the answer is empty, which crashes the interpreter in the end.
        model = index.model()
        text = model.data(index, ProgressTextRole)
        if text is None:
            super().paint(painter, option, index)
            return
        # Background, selection and focus as for any cell (the cell has no icon, check or
        # background of its own: the option as the view made it is all the style needs).
        plain = QStyleOptionViewItem(option)
        widget = option.widget
        (widget.style() if widget else QApplication.style()).drawControl(
            _ITEM, plain, painter, widget)
        fraction = model.data(index, ProgressRole)
        rect = option.rect.adjusted(6, 0, -6, 0)
        palette = option.palette
        selected = bool(option.state & _SELECTED)
        if fraction is None:  # no update yet: the words alone, no empty bar to read
            self._draw_text(painter, rect, rect.left(), text, palette, selected)
            return
        width = max(20, rect.width() - self._figure_room(option))
        filled = max(3, round(width * fraction)) if fraction else 0
        ratio = painter.device().devicePixelRatioF()
        at = QPointF(rect.left() - _MARGIN, rect.center().y() - 3 - _MARGIN)
        shift = _NO_SHIFT
        if not ratio.is_integer():
            # At 150 % a logical pixel may start half-way into a device pixel: draw the bar
            # shifted by as much inside a pixmap placed on whole device pixels, so its
            # antialiased edges fall exactly where drawing it directly would put them.
            device = painter.deviceTransform().map(at)
            shift = (round(device.x() % 1, 2), round(device.y() % 1, 2))
            at -= QPointF(shift[0] / ratio, shift[1] / ratio)
        key = (width, filled, selected, palette.cacheKey(), palette.currentColorGroup(), ratio,
               shift)
        bar = self._bars.get(key)
        if bar is None:
            bar = self._render(width, filled, selected, palette, ratio, shift)
            if len(self._bars) >= _MAX_LOOKS:
                self._bars.clear()
            self._bars[key] = bar
        painter.drawPixmap(at, bar)
        # 6 pixels after the track's last column
        self._draw_text(painter, rect, rect.left() + width + 5, text, palette, selected)

    @staticmethod
    def _draw_text(painter: QPainter, rect: QRect, left: int, text: str, palette: QPalette,
                   selected: bool) -> None:
        painter.save()
        painter.setRenderHint(_ANTIALIASING)  # as the figure was always drawn
        painter.setPen(palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT))
        painter.drawText(QRect(left, rect.top(), rect.right() - left, rect.height()),
                         _LEFT, text)
        painter.restore()

    def _figure_room(self, option: QStyleOptionViewItem) -> int:
        """Room beside the bar for its widest figure in the window's language."""
        key = (option.font.key(), QCoreApplication.translate("Progress", "Not started"))
        room = self._rooms.get(key)
        if room is None:
            metrics = option.fontMetrics
            room = max(metrics.horizontalAdvance(t + " ") for t in (
                "100%", formats.percent(1.0), QCoreApplication.translate("Progress", "Done"),
                QCoreApplication.translate("Progress", "Not done"),
                QCoreApplication.translate("Progress", "Not started")))
            self._rooms[key] = room
        return room

    def _render(self, width: int, filled: int, selected: bool, palette: QPalette,
                ratio: float, shift: tuple[float, float]) -> QPixmap:
        """The track and its filled part on a transparent pixmap, the track at (1, 1) and
        `shift` device pixels further."""
        self.rendered += 1
        bar = QPixmap(math.ceil((width + 2 * _MARGIN) * ratio) + 1,
                      math.ceil((_HEIGHT + 2 * _MARGIN) * ratio) + 1)
        bar.setDevicePixelRatio(ratio)
        bar.fill(_TRANSPARENT)
        x, y = _MARGIN + shift[0] / ratio, _MARGIN + shift[1] / ratio
        painter = QPainter(bar)
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(palette.color(_MID))
        painter.setBrush(palette.color(_BASE))
        painter.drawRoundedRect(QRectF(x, y, width, _HEIGHT), 3, 3)
        if filled:
            painter.setPen(_NO_PEN)
            painter.setBrush(palette.color(_HIGHLIGHTED_TEXT if selected else _HIGHLIGHT))
            painter.drawRoundedRect(QRectF(x, y, filled, _HEIGHT), 3, 3)
        painter.end()
        return bar

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 180), hint.height())
