"""Reports: payroll and attendance for a period and optionally one person, as tables with a
total line, headline figures and charts, with exports of what is shown.

The page only shows and asks: choosing a period or a person (or F5) emits
``load_requested``; an export button asks for a file and emits ``export_requested``.
The composer (``desktop.ui.reports.controller``) does the work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reports.periods import PERIOD_TITLES, Period, PeriodKind, period_for
from desktop.services.reports.report import Report, attendance_table, payroll_table
from desktop.services.reports.tables import Table
from desktop.ui import theme
from desktop.ui.reports.charts import ReportCharts
from desktop.ui.reports.table_view import ReportTableView
from desktop.ui.reports.tiles import ReportTiles
from desktop.ui.widgets.date_box import DateBox
from desktop.ui.widgets.person_picker import PersonPicker
from desktop.ui.widgets.plain import PlainLabel, StatusLabel
from desktop.ui.widgets.save_dialog import ask_save_path, safe_name
from desktop.words import QT_TRANSLATE_NOOP, clock, translate

RELOAD_DELAY_MS = 400  # a burst of date edits asks once
SPLIT_TABLES, SPLIT_CHARTS = 340, 330  # the charts need the height to name ten people
EXPORT_FILTERS = {
    "server": QT_TRANSLATE_NOOP("ReportsPage", "Excel workbooks (*.xlsx)"),
    "csv": QT_TRANSLATE_NOOP("ReportsPage", "CSV files (*.csv)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Excel workbooks (*.xlsx)"),
    "pdf": QT_TRANSLATE_NOOP("ReportsPage", "PDF documents (*.pdf)"),
}
EXPORT_TITLES = {
    "server": QT_TRANSLATE_NOOP("ReportsPage", "Save WorkTime One's own Excel report"),
    "csv": QT_TRANSLATE_NOOP("ReportsPage", "Export the table as shown (CSV)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Export the table as shown (Excel)"),
    "pdf": QT_TRANSLATE_NOOP("ReportsPage", "Save a printable report (PDF)"),
}


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def export_name(kind: str, table: str, period: Period, who: str | None) -> str:
    """The name an export of ``kind`` is offered under: what, which dates, whose (the
    vendor's employee id, made safe for a file name)."""
    span = f"{period.start.isoformat()}_{period.end.isoformat()}"
    if who:
        span += f"_{safe_name(who, 40)}"
    if kind == "server":
        return f"payroll_{span}_worktime.xlsx"
    if kind == "pdf":
        return f"report_{span}.pdf"
    return f"{table}_{span}.{kind}"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportsPage(QWidget):
    load_requested = Signal(object, object)  # Period, employee id or None
    export_requested = Signal(str, object)  # "server", "csv", "xlsx" or "pdf"; the Path
    shown = Signal()

    def __init__(
        self, zone: ZoneInfo, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.zone, self.today = zone, today
        self.report: Report | None = None
        self.tables = {"payroll": ReportTableView(), "attendance": ReportTableView()}
        self.tiles = ReportTiles()
        self.charts = ReportCharts()
        self._build_controls()
        self._build_layout()
        self._wire()
        self.show_period(self.current_period())
        self._set_exportable(False)

    # -- building -----------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.period = QComboBox()
        for kind, title in PERIOD_TITLES.items():
            self.period.addItem(translate("Period", title), kind)
        self.period.setCurrentIndex(self.period.findData("this_week"))  # a payroll's unit
        self.date_from, self.date_to = DateBox(), DateBox()
        self.person = PersonPicker()
        self.refresh = QPushButton(self.tr("&Refresh"))
        self.refresh.setToolTip(self.tr("Fetch the reports again (F5)"))
        self.heading = StatusLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.status = StatusLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.server_excel = QPushButton(self.tr("Server's Excel report…"))
        self.server_excel.setToolTip(
            self.tr("WorkTime One's payroll workbook, saved exactly as sent")
        )
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_xlsx = QPushButton(self.tr("Export &Excel…"))
        self.export_xlsx.setToolTip(self.tr("The table on screen, as an Excel workbook (Ctrl+E)"))
        self.export_pdf = QPushButton(self.tr("&PDF…"))
        self.export_pdf.setToolTip(self.tr("A printable report with the charts (Ctrl+P)"))
        self.reveal_button = QPushButton(self.tr("Reveal pay…"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            self.tr("Pay is hidden from a screen visitors can see; your PIN shows it")
        )
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("Your PIN, then Enter"))
        self.pin.setMaximumWidth(170)
        self.pin.setAccessibleName(self.tr("Your PIN"))
        self.pin.setAccessibleDescription(self.tr("Type your PIN, then Enter, to show pay"))
        self.pin.hide()
        self.pin_error = PlainLabel()
        theme.text_color(self.pin_error, theme.DANGER)
        self.pin_error.hide()
        # Set by the controller: the signed-in manager's PIN -> why it is refused (None: ok).
        self.reveal: Callable[[str], str | None] | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        widget: QWidget
        labels = [
            PlainLabel(text)
            for text in (self.tr("Period"), self.tr("From"), self.tr("to"), self.tr("Person"))
        ]
        for label, field in zip(labels, (self.period, self.date_from, self.date_to, self.person),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
        for widget in (labels[0], self.period, labels[1], self.date_from,
                       labels[2], self.date_to, labels[3], self.person,
                       self.refresh):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        self.table_tabs = QTabWidget()
        self.table_tabs.addTab(self.tables["payroll"], self.tr("Payroll"))
        self.table_tabs.addTab(self.tables["attendance"], self.tr("Attendance"))
        self.table_tabs.setAccessibleName(self.tr("Report tables"))
        self.tables["payroll"].view.setAccessibleName(self.tr("Payroll"))
        self.tables["attendance"].view.setAccessibleName(self.tr("Attendance"))
        for table in self.tables.values():
            table.footer.setAccessibleName(self.tr("Totals"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table_tabs)
        split.addWidget(self.charts)
        split.setSizes([SPLIT_TABLES, SPLIT_CHARTS])
        actions = QHBoxLayout()
        for widget in (self.status, self.progress):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.server_excel, self.export_csv, self.export_xlsx, self.export_pdf):
            actions.addWidget(widget)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        for widget in (self.pin_error, self.pin, self.reveal_button):
            heading.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(heading)
        layout.addWidget(self.tiles)
        layout.addWidget(split, 1)
        layout.addLayout(actions)

    def _wire(self) -> None:
        self.period.currentIndexChanged.connect(lambda *_: self._period_chosen())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda *_: self._reload_timer.start())
        self.person.chosen.connect(self.request_load)
        self._reload_timer.timeout.connect(self.request_load)
        self.refresh.clicked.connect(self.request_load)
        self.server_excel.clicked.connect(lambda: self.ask_export("server"))
        self.export_csv.clicked.connect(lambda: self.ask_export("csv"))
        self.export_xlsx.clicked.connect(lambda: self.ask_export("xlsx"))
        self.export_pdf.clicked.connect(lambda: self.ask_export("pdf"))
        self.reveal_button.toggled.connect(self._reveal_toggled)
        self.pin.returnPressed.connect(self._pin_entered)
        for keys, slot, does in (
            ("F5", self.request_load, self.tr("Fetch the reports again")),
            ("Ctrl+E", self._export_shortcut, self.tr("Export the table to Excel")),
            ("Ctrl+P", lambda: self._export_shortcut("pdf"), self.tr("Printable PDF")),
        ):
            QShortcut(QKeySequence(keys), self, slot).setWhatsThis(does)

    # -- the period and the person ----------------------------------------------------------

    def period_kind(self) -> PeriodKind:
        return cast(PeriodKind, self.period.currentData())

    def current_period(self) -> Period:
        kind = self.period_kind()
        if kind != "custom":
            return period_for(kind, self.today())
        start, end = _day(self.date_from.date()), _day(self.date_to.date())
        return period_for("custom", self.today(), start=min(start, end), end=max(start, end))

    def show_period(self, period: Period) -> None:
        """The dates of a named period in the date boxes, editable only for a custom range."""
        custom = period.kind == "custom"
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_from.setDate(_qdate(period.start))
            self.date_to.setDate(_qdate(period.end))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(custom)

    def _period_chosen(self) -> None:
        self.show_period(self.current_period())
        self._reload_timer.start()

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        if self.period_kind() != "custom":
            self.show_period(self.current_period())

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        self.person.set_people(people)

    def hold(self) -> None:
        """Forget a reload that is still waiting for its delay (shutting down)."""
        self._reload_timer.stop()

    def request_load(self) -> None:
        self._reload_timer.stop()
        self.load_requested.emit(self.current_period(), self.person.employee_id())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()

    # -- what is shown ----------------------------------------------------------------------

    def set_busy(self, label: str | None) -> None:
        if label is None:
            self.progress.hide()
            return
        self.status.setText(label)
        self.progress.setRange(0, 0)
        self.progress.show()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))
        self.progress.show()

    def show_report(self, report: Report) -> None:
        self.report = report
        self.set_busy(None)
        self.tables["payroll"].set_table(payroll_table(report.payroll, report.leavers))
        self.tables["attendance"].set_table(
            attendance_table(report.attendance, report.zone, report.leavers)
        )
        self.tiles.show_report(report)
        self.charts.show_series(report.series())
        person = self.tr("Everyone") if report.employee_id is None else report.person
        self.heading.setText(
            self.tr("{period}  ·  {person}  ·  times in {zone}").format(
                period=report.period.describe(), person=person, zone=report.zone
            )
        )
        people, days = len(report.payroll), len(report.attendance)
        self.status.setText(
            " · ".join(
                (
                    translate("ReportsPage", "%Ln (person|people)", None, people),
                    translate("ReportsPage", "%Ln person-day(s)", None, days),
                    self.tr("fetched at {time}").format(
                        time=clock(report.fetched_at.astimezone(report.zone))
                    ),
                )
            )
        )
        self._set_exportable(True)

    # -- pay: hidden until the manager's PIN ------------------------------------------------

    @property
    def pay_shown(self) -> bool:
        return not self.tiles.masked

    def _reveal_toggled(self, on: bool) -> None:
        if on and not self.pay_shown:
            self.pin.clear()
            self.pin.show()
            self.pin.setFocus()
        elif not on:
            self.mask_pay()

    def _pin_entered(self) -> None:
        problem = self.reveal(self.pin.text()) if self.reveal else self.tr("Sign in to reveal pay.")
        self.pin.clear()
        if problem:
            self.pin_error.setText(problem)
            self.pin_error.show()
            return
        self.pin.hide()
        self.pin_error.hide()
        self._set_masked(False)
        self.reveal_button.setText(self.tr("Hide pay"))

    def mask_pay(self) -> None:
        """Pay off the screen again (the console locks, or the manager hides it)."""
        self.pin.hide()
        self.pin_error.hide()
        self._set_masked(True)
        self.reveal_button.setText(self.tr("Reveal pay…"))
        with QSignalBlocker(self.reveal_button):  # already hidden: no second pass
            self.reveal_button.setChecked(False)

    def _set_masked(self, masked: bool) -> None:
        self.tiles.set_masked(masked)
        for table in self.tables.values():
            table.set_masked(masked)

    def attendance_in_front(self) -> bool:
        return self.table_tabs.currentIndex() == 1

    def current_table(self) -> Table:
        """The table in the front tab, in the order it is sorted on screen."""
        return self.tables["attendance" if self.attendance_in_front() else "payroll"].table

    def _set_exportable(self, exportable: bool) -> None:
        for button in (self.export_csv, self.export_xlsx, self.export_pdf):
            button.setEnabled(exportable)

    # -- export -----------------------------------------------------------------------------

    def _export_shortcut(self, kind: str = "xlsx") -> None:
        if self.report is not None:
            self.ask_export(kind)

    def default_name(self, kind: str) -> str:
        period = self.current_period() if self.report is None else self.report.period
        who = self.person.employee_id() if self.report is None else self.report.employee_id
        table = "attendance" if self.attendance_in_front() else "payroll"  # English, as the file
        return export_name(kind, table, period, who)

    def ask_export(self, kind: str) -> QFileDialog:
        def chosen(path: Path) -> None:
            self.export_requested.emit(kind, path)

        suffix = "xlsx" if kind == "server" else kind
        title, kinds = self.tr(EXPORT_TITLES[kind]), [self.tr(EXPORT_FILTERS[kind])]
        return ask_save_path(self, title, self.default_name(kind), kinds, suffix, chosen)
