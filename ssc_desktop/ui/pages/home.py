"""The Home page: what needs the chair now, ranked, each line opening the filtered page,
and the group's make-up (regions beside the SSC's shares, gender and age, countries)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMargins, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QStyle, QTableWidgetItem, QWidget

from ... import formats
from ...domain import privacy
from .. import vocabulary
from ..context import AppContext
from ..forms.ui_home_page import Ui_HomePage
from ..operations import EVERYTHING

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart

    from ...services import home

CHART_COUNTRIES = 8  # the chart shows the largest countries; the rest are "Other"
LinkRole = Qt.ItemDataRole.UserRole


class HomePage(QWidget):
    title = "Home"
    icon = QStyle.StandardPixmap.SP_DirHomeIcon
    shows = EVERYTHING  # the agenda counts invitations, letters, targets and the roster

    statusText = Signal(str)
    linkActivated = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.ui.agenda.itemActivated.connect(self._activated)
        self.ui.agenda.itemClicked.connect(self._activated)
        table = self.ui.regionTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Statutory region"), self.tr("Members"),
                                         self.tr("Share"), self.tr("SSC-wide (2020)")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._chart: QChart | None = None  # made with the first figures (Qt Charts loads then)
        # Filled by refresh(), which the window calls when the page is first shown (at
        # start-up just after the first paint); until then "…", never a figure.
        self.ui.heading.setText((self._heading() if context.group else "") + "<p>…</p>")
        self.ui.agendaBox.setVisible(False)
        self.ui.makeUpBox.setVisible(False)

    @property
    def chart(self) -> QChart:
        if self._chart is None:
            from PySide6.QtCharts import QChart, QChartView

            self._chart = QChart()
            self._chart.legend().setVisible(False)
            self.chart_view = QChartView(self._chart, self.ui.chartFrame)
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.ui.chartFrame.layout().addWidget(self.chart_view)
        return self._chart

    def _heading(self) -> str:
        ctx = self.context
        group = ctx.group
        term = ctx.quadrennium.code if ctx.quadrennium else ""
        return (f"<h2>{escape(group.name if group else '')}</h2>"
                + escape(self.tr("Quadrennium %1").replace("%1", term)))

    # ---- loading

    def refresh(self) -> None:
        from ...services import home  # after the first paint: not a start-up import

        ctx = self.context
        if ctx.group_id is None or ctx.quadrennium_id is None:
            # Nothing to count: say what to do instead of "nothing needs you".
            self.ui.heading.setText(self.tr(
                "No group yet. Create your group with File ▸ New group…, or open the demo "
                "group (File ▸ Open the demo group) to try the app first.")
                if ctx.group_id is None else self.tr(
                "Choose one quadrennium above (not All quadrennia) to see what needs you "
                "in it."))
            self.ui.agendaBox.setVisible(False)
            self.ui.makeUpBox.setVisible(False)
            return
        self.ui.agendaBox.setVisible(True)
        self.ui.makeUpBox.setVisible(True)
        self.ui.heading.setText(self._heading())
        self._fill_agenda(home.agenda(ctx.db, ctx.group_id, ctx.quadrennium_id, self.today))
        self._fill_make_up(home.make_up(ctx.db, ctx.group_id, ctx.quadrennium_id))

    def _fill_agenda(self, lines: list[home.AgendaLine]) -> None:
        agenda = self.ui.agenda
        agenda.clear()
        for line in lines:
            item = QListWidgetItem("→  " + line.text, agenda)
            item.setData(LinkRole, line.link)
            item.setToolTip(self.tr("Open the page showing them"))
        agenda.setVisible(bool(lines))
        self.ui.agendaEmpty.setVisible(not lines)

    def _fill_make_up(self, m: home.MakeUp) -> None:
        # No validated member yet: a sentence saying how to get some, not a table of zeros.
        self.ui.regionTable.setVisible(bool(m.members))
        self.ui.chartFrame.setVisible(bool(m.members))
        if not m.members:
            term = self.context.quadrennium.code if self.context.quadrennium else ""
            self.ui.balance.setText(escape(self.tr(
                "No validated members in %1 yet. Add members on the Roster page (Ctrl+N) or "
                "import your list with File ▸ Import roster… (Ctrl+I); invite and validate "
                "them on the Invitations page.").replace("%1", term)))
            return
        table = self.ui.regionTable
        table.setRowCount(len(m.regions))
        for row, r in enumerate(m.regions):
            for column, text in enumerate((vocabulary.name(r.name), formats.number(r.members),
                                           formats.percent(r.share),
                                           formats.percent(r.ssc_share))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        self.ui.balance.setText(self._balance_text(m))
        self._fill_chart(m.countries)

    def _balance_text(self, m: home.MakeUp) -> str:
        parts = [self.tr("<b>%1</b> validated members").replace("%1", formats.number(m.members))]
        for title, b in ((self.tr("Gender"), m.gender), (self.tr("Age"), m.age)):
            if b.withheld:
                parts.append(f"<b>{escape(title)}</b>: {escape(privacy.withheld_sentence(b))}")
                continue
            shown = ", ".join(f"{escape(r.label)} {r.count if r.count is not None else '–'}"
                              for r in b.rows)
            parts.append(f"<b>{escape(title)}</b>: {shown}")
            if privacy.withheld_sentence(b):
                parts.append(f"<small>{escape(privacy.withheld_sentence(b))}</small>")
        return "<br>".join(parts)

    def _fill_chart(self, countries: tuple[tuple[str, int], ...]) -> None:
        from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QHorizontalBarSeries, QValueAxis

        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        top = list(countries[:CHART_COUNTRIES])
        rest = sum(n for _name, n in countries[CHART_COUNTRIES:])
        if rest:
            top.append((self.tr("Other"), rest))
        top.reverse()  # the largest at the top of a horizontal chart
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setTitleBrush(text)
        chart.setTitle(self.tr("Members per country"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        bars = QBarSet(self.tr("Members"))
        bars.setColor(palette.color(QPalette.ColorRole.Highlight))
        bars.append([float(n) for _name, n in top])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([name for name, _n in top])
        names.setLabelsBrush(text)
        small = names.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        names.setLabelsFont(small)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsBrush(text)
        values.setRange(0, max([n for _name, n in top], default=1))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(values)

    # ---- links

    def _activated(self, item: QListWidgetItem) -> None:
        self.linkActivated.emit(item.data(LinkRole))

    def lines(self) -> list[tuple[str, str]]:
        """(text, link) of every agenda line, in order."""
        agenda = self.ui.agenda
        return [(agenda.item(i).text(), agenda.item(i).data(LinkRole))
                for i in range(agenda.count())]


    def focus_search(self) -> bool:
        return False  # nothing to search here: Ctrl+F goes to the roster

    def save_state(self) -> QByteArray:
        return QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        pass


def apply_link(page: QWidget, link: str) -> None:
    """Filter a page to the records a Home line counts (the page is already shown)."""
    from ...services import home

    _page, _sep, what = link.partition(":")
    ui = page.ui  # type: ignore[attr-defined]
    if link in (home.OVERDUE_INVITATIONS, home.AWAITING_VALIDATION):
        from .invitations import STAGE_TABS

        ui.stages.setCurrentIndex(STAGE_TABS.index(what))
    elif link == home.LETTERS_DUE:
        page.clear_filters()  # type: ignore[attr-defined]
        ui.overdueOnly.setChecked(True)
    elif link == home.TARGETS_NOT_UPDATED:
        ui.staleOnly.setChecked(True)
    elif link in (home.FOCAL_POINTS, home.ONBOARDING):
        from ..roster_filter import FOCAL_POINT, ONBOARDING

        combo = ui.attentionFilter
        combo.setCurrentIndex(combo.findData(FOCAL_POINT if what == "focal_point"
                                             else ONBOARDING))
