"""The report charts (QtCharts bar charts) and their pictures for the PDF.

Each chart is built from a ``ReportSeries`` alone, so the screen and the PDF
draw the same thing (the screen in its scheme's colours, the PDF on white paper); a
chart with nothing to show says so in its title.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QGraphicsScene, QSplitter, QTabWidget, QWidget

from desktop.services.reports.series import LatePerson, ReportSeries
from desktop.ui import theme
from desktop.words import QT_TRANSLATE_NOOP, translate

MAX_LABELLED_BARS = 12
BAR_ROW_PX = 18  # a horizontal bar and its name
CHART_KEYS = ("hours", "late", "late_most", "overtime")
CHART_TITLES = {
    "hours": QT_TRANSLATE_NOOP("ReportCharts", "Hours worked per day"),
    "late": QT_TRANSLATE_NOOP("ReportCharts", "Late arrivals per day"),
    "late_most": QT_TRANSLATE_NOOP("ReportCharts", "Who is late most (minutes late in all)"),
    "overtime": QT_TRANSLATE_NOOP("ReportCharts", "Overtime by person (hours)"),
}
TAB_TITLES = {
    "hours": QT_TRANSLATE_NOOP("ReportCharts", "Hours per day"),
    "late": QT_TRANSLATE_NOOP("ReportCharts", "Late per day"),
    "late_most": QT_TRANSLATE_NOOP("ReportCharts", "Late most"),
    "overtime": QT_TRANSLATE_NOOP("ReportCharts", "Overtime"),
}
EMPTY_TEXT = {
    "hours": QT_TRANSLATE_NOOP("ReportCharts", "no hours recorded"),
    "late": QT_TRANSLATE_NOOP("ReportCharts", "no late arrivals"),
    "late_most": QT_TRANSLATE_NOOP("ReportCharts", "nobody was late"),
    "overtime": QT_TRANSLATE_NOOP("ReportCharts", "no overtime"),
}


def _day_labels(days: Sequence[date]) -> list[str]:
    """``Mon 16`` for a week or so (``Mo. 16`` in German); the day of the month alone for
    longer periods."""
    if len(days) > 10:
        return [str(day.day) for day in days]
    locale = QLocale()
    return [locale.toString(QDate(day.year, day.month, day.day), "ddd dd") for day in days]


def _label_digits(values: Sequence[float]) -> int:
    """Significant digits for the bars' labels: whole numbers from 100 up (``1035``),
    one decimal below (``9.5``)."""
    peak = max([*values, 0.0])
    whole = max(1, len(str(int(peak))))
    return whole if peak >= 100 else whole + 1


def _plain_chart(title: str, dark: bool) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight)
    chart.legend().hide()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setTitle(html.escape(title, quote=False))  # Qt Charts renders titles as HTML
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() + 1)
    chart.setTitleFont(font)
    chart.setLocale(QLocale())  # "207,4" in German: the bars' values and the axes'
    chart.setLocalizeNumbers(True)
    return chart


def _bar_series(
    values: Sequence[float], set_name: str, color: QColor, label: QColor, horizontal: bool
) -> QAbstractBarSeries:
    bars = QBarSet(set_name)
    bars.setColor(color)
    bars.setBorderColor(color)
    bars.setLabelColor(label)
    bars.append([float(v) for v in values])
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.setName(set_name)
    series.append(bars)
    series.setBarWidth(0.7)
    series.setLabelsVisible(len(values) <= MAX_LABELLED_BARS)
    series.setLabelsPrecision(_label_digits(values))
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    return series


def bar_chart(
    key: str,
    labels: Sequence[str],
    values: Sequence[float],
    set_name: str,
    color: theme.Role,
    *,
    horizontal: bool = False,
    paper: bool = False,
) -> QChart:
    """One set of bars; horizontal charts list the first label at the top. On the screen
    in the scheme in force; on ``paper`` black on white."""
    dark = not paper and theme.is_dark()
    if horizontal:
        labels, values = list(reversed(labels)), list(reversed(values))
    title = translate("ReportCharts", CHART_TITLES[key])
    if not labels:
        title += " — " + translate("ReportCharts", EMPTY_TEXT[key])
    chart = _plain_chart(title, dark)
    label = theme.in_scheme(theme.CHART_LABEL, dark)
    series = _bar_series(values, set_name, theme.in_scheme(color, dark), label, horizontal)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    # Axis labels are HTML to Qt Charts too: a person named "<b>x</b>" stays those letters.
    categories.append([html.escape(label, quote=False) for label in labels])
    categories.setTruncateLabels(False)
    amounts = value_axis(max([*values, 0.0]))
    left, bottom = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
    chart.addAxis(categories, left if horizontal else bottom)
    chart.addAxis(amounts, bottom if horizontal else left)
    series.attachAxis(categories)
    series.attachAxis(amounts)
    if not paper:
        _dress(chart, QGuiApplication.palette())
    return chart


def _dress(chart: QChart, palette: QPalette) -> None:
    """The chart on the palette's own colours (Qt Charts' themes have their own)."""
    text, grid = palette.text(), palette.color(QPalette.ColorRole.Mid)
    chart.setBackgroundBrush(palette.base())
    chart.setTitleBrush(text)
    for axis in chart.axes():
        axis.setLabelsBrush(text)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)


def nice_step(peak: float) -> float:
    """A round tick interval (1, 2 or 5 times a power of ten, at least 1) giving about
    five ticks up to a little above ``peak``."""
    rough = max(peak * 1.15, 1.0) / 5
    magnitude: float = 10.0 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    return max(step, 1.0)


def value_axis(peak: float) -> QValueAxis:
    """From zero to a round number above ``peak`` (room for the bars' labels)."""
    step = nice_step(peak)
    axis = QValueAxis()
    axis.setRange(0, math.ceil(max(peak * 1.15, 1.0) / step) * step)
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")  # "%d" gives no label at all once numbers are localized
    return axis


def report_charts(series: ReportSeries, paper: bool = False) -> dict[str, QChart]:
    """The four charts, by key (``CHART_KEYS``); ``paper`` as ``bar_chart``'s."""
    hours = series.hours_per_day
    late = series.late_per_day
    return {
        "hours": bar_chart(
            "hours", _day_labels([d for d, _ in hours]), [h for _, h in hours],
            translate("ReportCharts", "Hours worked"),
            theme.CHART_HOURS, paper=paper,
        ),
        "late": bar_chart(
            "late", _day_labels([d for d, _ in late]), [n for _, n in late],
            translate("ReportCharts", "Late arrivals"),
            theme.CHART_LATE, paper=paper,
        ),
        "late_most": bar_chart(
            "late_most", [late_label(p) for p in series.late_most],
            [p.late_minutes for p in series.late_most], translate("ReportCharts", "Minutes late"),
            theme.CHART_LATE_PEOPLE,
            horizontal=True, paper=paper,
        ),
        "overtime": bar_chart(
            "overtime", [name for name, _ in series.overtime], [h for _, h in series.overtime],
            translate("ReportCharts", "Overtime hours"), theme.CHART_OVERTIME, horizontal=True,
            paper=paper,
        ),
    }  # fmt: skip


def late_label(person: LatePerson) -> str:
    """A bar's name: the person, and how many times late (the bar is the minutes)."""
    if person.late_arrivals == 1:
        times = translate("ReportCharts", "once")
    else:
        times = translate("ReportCharts", "{count}×").format(count=person.late_arrivals)
    return f"{person.name} ({times})"


def rows_height(chart: QChart) -> int:
    """The height that shows every bar's name of a horizontal chart (Qt Charts drops
    category labels that do not fit)."""
    sets = [s.barSets()[0] for s in chart.series() if s.barSets()]  # type: ignore[attr-defined]
    bars = max((one.count() for one in sets), default=0)
    return max(180, 90 + BAR_ROW_PX * bars)


def chart_view(chart: QChart | None = None) -> QChartView:
    view = QChartView(chart) if chart is not None else QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    # Nothing in a chart answers a key, and its numbers are in the report's table: Tab
    # went through it and showed no focus.
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view


def chart_image(chart: QChart, width: int = 620, height: int = 320, scale: float = 3.0) -> QImage:
    """A picture of ``chart`` (width × height logical pixels, drawn ``scale`` times finer)."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(QSizeF(width, height))
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.PRINT_PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image


class ReportCharts(QSplitter):
    """Two tabbed chart panes side by side: the days, and the people."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.views = {key: chart_view() for key in CHART_KEYS}
        self.tabs: list[QTabWidget] = []
        for keys in (("hours", "late"), ("late_most", "overtime")):
            tabs = QTabWidget()
            tabs.setDocumentMode(True)
            for key in keys:
                title = translate("ReportCharts", TAB_TITLES[key])
                tabs.addTab(self.views[key], title)
                self.views[key].setAccessibleName(self.tr("Chart: %s") % title)
                self.views[key].setAccessibleDescription(
                    self.tr("A picture of the report's numbers; the tables above hold them")
                )
            tabs.setAccessibleName(
                self.tr("Charts by day") if "hours" in keys else self.tr("Charts by person")
            )
            self.addWidget(tabs)
            self.tabs.append(tabs)
        self.series: ReportSeries | None = None
        theme.scheme().changed.connect(self._redraw)

    def _redraw(self) -> None:
        if self.series is not None:  # drawn again in the new scheme's colours
            self.show_series(self.series)

    def show_series(self, series: ReportSeries) -> None:
        self.series = series
        for key, chart in report_charts(series).items():
            old = self.views[key].chart()
            self.views[key].setChart(chart)
            if key in ("late_most", "overtime"):  # every name shown: the pane grows for it
                self.views[key].setMinimumHeight(rows_height(chart))
            if old is not None:
                old.deleteLater()

    def chart(self, key: str) -> QChart:
        return self.views[key].chart()
