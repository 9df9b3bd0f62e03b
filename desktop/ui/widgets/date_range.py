"""The dates a page shows: a period preset (today, yesterday, this week, last week, this
month, last month) or any range typed or picked, From never after To.

``DateRange(today)``; ``changed(start, end)`` is emitted for every valid range chosen;
a range whose From is after its To is refused on the field, in words, and not emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from desktop.services.reports.periods import PERIOD_TITLES, PeriodKind, period_for
from desktop.ui import theme
from desktop.ui.widgets.date_box import DateBox, day_of, qdate
from desktop.ui.widgets.plain import PlainLabel
from desktop.words import QT_TRANSLATE_NOOP, translate

BACKWARDS = QT_TRANSLATE_NOOP("DateRange", "From is after To: choose a From on or before it.")


class DateRange(QWidget):
    changed = Signal(object, object)  # start, end (dates), From on or before To

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.period = QComboBox()
        for kind, title in PERIOD_TITLES.items():
            self.period.addItem(translate("Period", title), kind)
        self.date_from, self.date_to = DateBox(today()), DateBox(today())
        self.error = PlainLabel()
        theme.text_color(self.error, theme.DANGER)
        self.error.hide()
        self.period.setAccessibleName(self.tr("Period"))
        since, until = PlainLabel(self.tr("From")), PlainLabel(self.tr("to"))
        since.setBuddy(self.date_from)
        until.setBuddy(self.date_to)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period, since, self.date_from, until,
                       self.date_to, self.error):  # fmt: skip
            row.addWidget(widget)
        self.period.currentIndexChanged.connect(lambda *_: self._preset())
        for box in (self.date_from, self.date_to):
            box.dateChanged.connect(lambda *_: self._typed())

    def range(self) -> tuple[date, date]:
        return day_of(self.date_from.date()), day_of(self.date_to.date())

    def show_range(self, start: date, end: date) -> None:
        """These dates, as a custom range (no ``changed``: the caller knows)."""
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_from.setDate(qdate(start))
            self.date_to.setDate(qdate(end))
        with QSignalBlocker(self.period):
            self.period.setCurrentIndex(self.period.findData("custom"))
        self.error.hide()

    def choose(self, kind: PeriodKind) -> None:
        self.period.setCurrentIndex(self.period.findData(kind))

    def _preset(self) -> None:
        kind = self.period.currentData()
        if kind == "custom":
            return
        chosen = period_for(kind, self.today())
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_from.setDate(qdate(chosen.start))
            self.date_to.setDate(qdate(chosen.end))
        self._emit()

    def _typed(self) -> None:
        with QSignalBlocker(self.period):
            self.period.setCurrentIndex(self.period.findData("custom"))
        self._emit()

    def _emit(self) -> None:
        start, end = self.range()
        self.error.setText(translate("DateRange", BACKWARDS))
        self.error.setVisible(start > end)
        if start <= end:
            self.changed.emit(start, end)
