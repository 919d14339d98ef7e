"""The Targets page does only the work a change asks for: counted, never timed.

A reload that keeps the tree's shape changes rows in place (no model reset, the chair's
folds and selection stay); painting again makes no row's cells and no progress bar again;
a cached progress bar paints the pixels drawing it directly would, at 100, 150 and 200 %.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from ssc_desktop.domain.targets import TargetFields, UpdateFields
from ssc_desktop.services import roster
from ssc_desktop.services import targets as svc
from ssc_desktop.ui.context import AppContext
from ssc_desktop.ui.pages.targets import TargetsPage
from ssc_desktop.ui.targets_model import DISPLAY, PROGRESS_COLUMN, ProgressTextRole
from tests.conftest import TODAY

ROOT = QModelIndex()
TARGETS = (  # KSR, title, goal, value recorded in 2025-Q1
    (6, "Assess all 13 otter species", 13.0, 9.0),
    (6, "Assess 5 more otter populations", 5.0, 1.0),
    (2, "Recruit 10 early-career members", 10.0, 5.0),
    (13, "Reach 10000 people on World Otter Day", 10000.0, 2500.0),
)


@pytest.fixture
def ids(db, group, term, add_member):
    nicole = roster.member_detail(db, add_member("Nicole", "Duplaix")).person_id
    out = {}
    for ksr, title, goal, value in TARGETS:
        out[title] = svc.create_target(db, group.id, term.id, TargetFields(
            ksr, title, baseline=0.0, target_value=goal, focal_point_id=nicole),
            today=TODAY).subject_id
        svc.record_update(db, out[title], UpdateFields("2025-Q1", value), today=TODAY)
    return out


@pytest.fixture
def page(db, group, term, ids, qtbot):
    context = AppContext(db)
    context.set_group(group.id, term.id)
    p = TargetsPage(context, today=TODAY)
    qtbot.addWidget(p)
    p.resize(1200, 1400)  # every row in view
    p.show()
    _paint(p)
    return p


def _paint(page: TargetsPage) -> None:
    page.ui.tree.viewport().repaint()


def _ksr(page: TargetsPage, number: int) -> QModelIndex:
    proxy = page.proxy
    return next(proxy.index(k, 0, proxy.index(o, 0)) for o in range(proxy.rowCount())
                for k in range(proxy.rowCount(proxy.index(o, 0)))
                if proxy.index(k, 0, proxy.index(o, 0)).data().startswith(f"KSR {number}:"))


def _status(page: TargetsPage, target_id: str) -> str:
    return page.model.index_of(target_id).siblingAtColumn(2).data()


def test_a_reload_of_the_same_shape_changes_rows_in_place(page, db, ids):
    model, tree = page.model, page.ui.tree
    assert model.rows_painted == len(TARGETS)
    resets = model.resets
    tree.collapse(_ksr(page, 13))  # the chair folds a KSR and selects a target
    recruit = ids["Recruit 10 early-career members"]
    tree.setCurrentIndex(page.proxy.mapFromSource(model.index_of(recruit)))
    changed = ids["Assess all 13 otter species"]
    svc.record_update(db, changed, UpdateFields("2025-Q1", 3.0, status="off_track"),
                      today=TODAY)
    page.refresh()
    _paint(page)
    assert model.resets == resets  # no model reset: the fold and the selection stay
    assert not tree.isExpanded(_ksr(page, 13)) and tree.isExpanded(_ksr(page, 6))
    assert page.selected().id == recruit
    assert _status(page, changed) == "✖ Off track"
    # Only the changed row was made into cells again; the others were painted from C++.
    assert model.rows_painted == len(TARGETS) + 1


def test_a_reload_under_a_filter_hides_a_row_that_stopped_passing(page, db, ids):
    model = page.model
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("on_track"))
    assert model.shown == len(TARGETS)
    resets = model.resets
    svc.record_update(db, ids["Recruit 10 early-career members"],
                      UpdateFields("2025-Q1", 5.0, status="at_risk"), today=TODAY)
    page.refresh()
    assert model.resets == resets
    assert model.shown == len(TARGETS) - 1
    with pytest.raises(StopIteration):  # its KSR has nothing left to show
        _ksr(page, 2)
    assert _ksr(page, 6).data().endswith("(2 targets)")


def test_a_new_target_rebuilds_the_tree(page, db, group, term):
    resets = page.model.resets
    svc.create_target(db, group.id, term.id, TargetFields(
        6, "Assess the giant otter", baseline=0.0, target_value=1.0), today=TODAY)
    page.refresh()
    assert page.model.resets == resets + 1
    assert "Assess the giant otter" in [r.title for r in page.model.rows]
    assert _ksr(page, 6).data().endswith("(3 targets)")


def test_painting_again_makes_no_cells_and_no_bars(page, qtbot):
    model = page.model
    delegate = page.ui.tree.itemDelegateForColumn(PROGRESS_COLUMN)
    made, bars = model.rows_painted, delegate.rendered
    assert bars >= 1
    for text in ("o", "ot", "otter", "", "recruit", ""):
        page.ui.search.setText(text)
        _paint(page)
    for status in range(page.ui.statusFilter.count()):
        page.ui.statusFilter.setCurrentIndex(status)
        _paint(page)
    page.ui.statusFilter.setCurrentIndex(0)
    _paint(page)
    assert (model.rows_painted, delegate.rendered) == (made, bars)
    # Group rows are painted from their own cell, made again only when the count changes.
    for o in range(page.proxy.rowCount()):
        for index in (page.proxy.index(o, 0), *(page.proxy.index(k, 0, page.proxy.index(o, 0))
                                                for k in range(page.proxy.rowCount(
                                                    page.proxy.index(o, 0))))):
            cell = model.painted_cell(page.proxy.mapToSource(index))
            assert cell.data(DISPLAY) == index.data()


def _direct_bar(painter: QPainter, option: QStyleOptionViewItem, fraction: float | None,
                text: str) -> None:
    """The progress cell as the delegate drew it before bars were cached."""
    style = option.widget.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
    rect = option.rect.adjusted(6, 0, -6, 0)
    text_width = option.fontMetrics.horizontalAdvance("Not started ")
    track = QRect(rect.left(), rect.center().y() - 3, max(20, rect.width() - text_width), 7)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    palette = option.palette
    roles = QPalette.ColorRole
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(palette.color(roles.Mid))
    painter.setBrush(palette.color(roles.Base))
    painter.drawRoundedRect(track, 3, 3)
    if fraction:
        filled = QRect(track)
        filled.setWidth(max(3, round(track.width() * fraction)))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(roles.HighlightedText if selected else roles.Highlight))
        painter.drawRoundedRect(filled, 3, 3)
    painter.setPen(palette.color(roles.HighlightedText if selected else roles.Text))
    label = QRect(track.right() + 6, rect.top(), rect.right() - track.right() - 6,
                  rect.height())
    painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    painter.restore()


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("selected", [False, True])
def test_a_cached_bar_paints_what_drawing_it_directly_did(page, ratio, selected):
    tree, proxy = page.ui.tree, page.proxy
    delegate = tree.itemDelegateForColumn(PROGRESS_COLUMN)
    index = proxy.index(0, PROGRESS_COLUMN, _ksr(page, 6))
    fraction = proxy.data(index, Qt.ItemDataRole.UserRole + 1)
    assert 0 < fraction < 1

    def draw(paint, dx: float) -> QImage:
        option = QStyleOptionViewItem()
        option.initFrom(tree.viewport())
        option.widget = tree
        option.rect = QRect(3, 2, 190, 20)
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        image = QImage(round(200 * ratio), round(24 * ratio),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(dx, 0)  # at 150 %, a cell may start half-way into a pixel
        paint(painter, option)
        painter.end()
        return image

    for dx in (0.0, 1.0):
        rendered = delegate.rendered
        cached = draw(lambda p, o: delegate.paint(p, o, index), dx)
        direct = draw(lambda p, o: _direct_bar(p, o, fraction,
                                               proxy.data(index, ProgressTextRole)), dx)
        assert delegate.rendered <= rendered + 1  # one look at most, kept for the next
        assert cached.devicePixelRatio() == ratio
        worst = max(abs(a - b) for a, b in zip(cached.constBits(), direct.constBits(),
                                               strict=True))
        assert worst <= 2  # compositing a pixmap rounds by a level at most
    rendered = delegate.rendered
    for dx in (0.0, 1.0):
        draw(lambda p, o: delegate.paint(p, o, index), dx)
    assert delegate.rendered == rendered  # painted again: no new bar


def test_a_target_s_figures_are_written_as_the_reader_writes_numbers():
    from ssc_desktop import i18n
    from ssc_desktop.ui.target_cells import shown_number

    assert shown_number(5000) == "5,000" and shown_number(2.5) == "2.5"
    assert shown_number(None) == ""
    with i18n.using_language("fr"):
        assert shown_number(5000).replace("\u202f", " ").replace("\u00a0", " ") == "5 000"
        assert shown_number(2.5) == "2,5"
    with i18n.using_language("es"):
        assert shown_number(12000) == "12.000"
