"""Attendance: a period's records with their problems highlighted, and a way through them.

"Problems only" is the pre-payroll view: every open problem of the period, one
row each; **Next problem** (F8) moves to the next one. **Load period** fetches
the period from WorkTime One when it is older than what the console keeps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QSignalBlocker,
    QSize,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attendance.review import PROBLEM_TEXT, Problem, ReviewRow
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.date_range import DateRange
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.frozen_column import FrozenColumnTable
from desktop.ui.widgets.plain import StatusLabel, plain_tip
from desktop.ui.widgets.table_models import Column, ListTableModel
from desktop.ui.widgets.tables import configure_table, on_enter
from desktop.words import QT_TRANSLATE_NOOP, translate

Review = Callable[[date, date], list[ReviewRow]]
ALL_DEPARTMENTS = QT_TRANSLATE_NOOP("AttendancePage", "All departments")
# The review's problems in words (the service's PROBLEM_TEXT, said in the console's language).
PROBLEM_WORDS: dict[Problem, str] = {
    "no_clock_out": QT_TRANSLATE_NOOP("AttendancePage", "No clock-out"),
    "absent": QT_TRANSLATE_NOOP("AttendancePage", "Absent"),
    "entered_without_clock_in": QT_TRANSLATE_NOOP(
        "AttendancePage", "Entered through a lock, never clocked in"
    ),
}


def problem_words(problem: Problem) -> str:
    return QCoreApplication.translate(
        "AttendancePage", PROBLEM_WORDS.get(problem, PROBLEM_TEXT[problem])
    )


def day_text(day: date) -> str:
    """A day with its weekday, as the locale writes them: "Fri 12/4/2026", "Fr. 04.12.2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd " + fmt.date_format())


def widest_days() -> tuple[str, ...]:
    """A week of two-digit days in December: what a column of ``day_text`` must hold."""
    return tuple(day_text(date(2026, 12, 21) + timedelta(days=i)) for i in range(7))


def fixed(row: ReviewRow, zone: ZoneInfo) -> str:
    """What the corrections on their way change, in short: "clock-out 17:30"."""
    fix, record = row.fix, row.record
    assert fix is not None
    parts = []
    for field, words in (
        ("clock_in", QT_TRANSLATE_NOOP("AttendancePage", "clock-in {time}")),
        ("clock_out", QT_TRANSLATE_NOOP("AttendancePage", "clock-out {time}")),
    ):
        value = getattr(fix, field)
        if value is not None and value != (getattr(record, field) if record else None):
            parts.append(
                QCoreApplication.translate("AttendancePage", words).format(
                    time=fmt.local_time(value, zone, with_date=False)
                )
            )
    return ", ".join(parts) or QCoreApplication.translate("AttendancePage", "on its way")


def review_columns(zone: ZoneInfo) -> list[Column[ReviewRow]]:
    def when(row: ReviewRow, which: str) -> str:
        record = row.record
        return fmt.local_time(getattr(record, which), zone, with_date=False) if record else ""

    def minutes(value: int | None) -> str:
        return (
            QCoreApplication.translate("AttendancePage", "{n} min").format(n=value) if value else ""
        )

    def problem_color(row: ReviewRow) -> theme.Role | None:
        return theme.DANGER if row.problem else theme.SUCCESS if row.fixing else None

    def problem_text(row: ReviewRow) -> str:
        if row.problem:
            return problem_words(row.problem)
        if row.fixing and row.fix is not None:
            return QCoreApplication.translate(
                "AttendancePage", "{problem}: fixed by a correction ({fixed})"
            ).format(problem=problem_words(row.fixing), fixed=fixed(row, zone))
        return ""

    times = fmt.widest_time(with_date=False)
    return [
        Column(
            QCoreApplication.translate("AttendancePage", "Date"),
            lambda r: day_text(r.day),
            width=110,
            fits=widest_days(),
        ),
        Column(QCoreApplication.translate("AttendancePage", "Person"), lambda r: r.name, width=160),
        Column(
            QCoreApplication.translate("AttendancePage", "Department"),
            lambda r: r.department,
            width=130,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Clock in"),
            lambda r: when(r, "clock_in"),
            width=80,
            fits=times,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Clock out"),
            lambda r: when(r, "clock_out"),
            width=80,
            fits=times,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Hours"),
            lambda r: QLocale().toString(r.record.work_hours, "f", 2) if r.record else "",
            width=60,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Late"),
            lambda r: minutes(r.record.late_minutes if r.record else 0),
            width=60,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Left early"),
            lambda r: minutes(r.record.early_departure_minutes if r.record else 0),
            width=80,
        ),
        Column(
            QCoreApplication.translate("AttendancePage", "Problem"),
            problem_text,
            foreground=problem_color,
            width=290,
        ),
    ]


class AttendancePage(QWidget):
    load_requested = Signal(object, object)  # start date, end date
    correction_requested = Signal(list)  # the selected ReviewRows

    def __init__(
        self,
        review: Review,
        zone: ZoneInfo,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.review, self.zone = review, zone
        self.all_rows: list[ReviewRow] = []
        self._stale = False  # new data arrived while the page was hidden
        self.model: ListTableModel[ReviewRow] = ListTableModel(review_columns(zone))
        self.view = FrozenColumnTable(columns=2)  # the Date and Person stay in view sideways
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attendance of the period"))
        configure_table(self.view, [c.width for c in self.model.columns])
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.dates = DateRange(today or (lambda: datetime.now(zone).date()))
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search person…"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search, 170)
        self.search.setAccessibleName(self.tr("Search person"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the days of people whose name holds these words")
        )
        self.department = QComboBox()
        # Its names arrive after it is first shown, and a crowded row squeezed it to
        # "All departm": it keeps room for "All departments" (the list shows longer names).
        self.department.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.department.setIconSize(QSize(0, 0))  # no icons: no room kept for one
        x = max(1, self.department.fontMetrics().horizontalAdvance("x"))
        words = self.department.fontMetrics().horizontalAdvance(self.tr(ALL_DEPARTMENTS))
        self.department.setMinimumContentsLength(-(-words // x))  # whole x-widths, rounded up
        self.lock = QComboBox()
        self.lock.addItem(self.tr("Any lock"), None)
        self.problems_only = QCheckBox(self.tr("Problems only"))
        self.problems_only.setToolTip(
            self.tr("The pre-payroll view: every open problem of the period")
        )
        self.load_button = QPushButton(self.tr("&Load period"))
        self.next_button = QPushButton(self.tr("&Next problem"))
        self.correct_button = QPushButton(self.tr("&Correct…"))
        self.summary = StatusLabel()
        self._layout()
        self._wire()

    def _layout(self) -> None:
        # Two rows: the period and its loading, then what narrows it. On one row they
        # asked for more than a 1280 px window leaves a page once in German or Spanish.
        period = QHBoxLayout()
        period.addWidget(self.dates)
        period.addWidget(self.load_button)
        period.addStretch(1)
        filters = QHBoxLayout()
        widget: QWidget
        for widget in (self.search, self.department, self.lock, self.problems_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary)
        actions.addStretch(1)
        actions.addWidget(self.next_button)
        actions.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

    def _wire(self) -> None:
        self.dates.changed.connect(lambda *_: self.reload())
        self.search.textChanged.connect(lambda *_: self.show_rows())
        self.department.currentIndexChanged.connect(lambda *_: self.show_rows())
        self.lock.currentIndexChanged.connect(lambda *_: self.show_rows())
        self.problems_only.toggled.connect(lambda *_: self.show_rows())
        self.load_button.clicked.connect(lambda: self.load_requested.emit(*self.period()))
        self.next_button.clicked.connect(self.next_problem)
        QShortcut(QKeySequence("F8"), self, self.next_problem).setWhatsThis(self.tr("Next problem"))
        self.correct_button.clicked.connect(self._correct)
        self.view.doubleClicked.connect(lambda *_: self._correct())
        on_enter(self.view, self._correct)

    def set_locks(self, names: dict[str, str]) -> None:
        """The locks people clock in through, to filter by."""
        current = self.lock.currentData()
        with QSignalBlocker(self.lock):
            self.lock.clear()
            self.lock.addItem(self.tr("Any lock"), None)
            for lock_id, name in sorted(names.items(), key=lambda item: item[1]):
                self.lock.addItem(name, lock_id)
            self.lock.setCurrentIndex(max(0, self.lock.findData(current)))

    def set_writable(self, reason: str | None) -> None:
        """Corrections on or off (a read-only key), with the reason on the button."""
        self.correct_button.setEnabled(reason is None)
        self.correct_button.setToolTip(
            plain_tip(reason or self.tr("Correct the selected rows (Ctrl+K: a new one)"))
        )

    def period(self) -> tuple[date, date]:
        def day(value: QDate) -> date:
            return date(value.year(), value.month(), value.day())

        return day(self.date_from.date()), day(self.date_to.date())

    def show_week_ending(self, day: date) -> None:
        self.dates.show_range(day - timedelta(days=6), day)
        self.refresh_from_cache()

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.model.columns = review_columns(zone)
        self.refresh_from_cache()

    def refresh_from_cache(self) -> None:
        """New data arrived: re-read now if shown, else when the page is next shown (the
        review reads a week of records and lock events on the Qt thread)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the period from the cache again (new data, or other dates)."""
        self._stale = False
        start, end = self.period()
        self.all_rows = self.review(start, end) if start <= end else []
        departments = sorted({r.department for r in self.all_rows if r.department})
        current = self.department.currentData()
        with QSignalBlocker(self.department):
            self.department.clear()
            self.department.addItem(self.tr(ALL_DEPARTMENTS), None)
            for name in departments:
                self.department.addItem(name, name)
            if current in departments:
                self.department.setCurrentIndex(departments.index(current) + 1)
        self.show_rows()

    def show_rows(self) -> None:
        needle = self.search.text().strip().lower()
        department, lock = self.department.currentData(), self.lock.currentData()
        rows = [
            r
            for r in self.all_rows
            if (not needle or needle in r.name.lower())
            and (department is None or r.department == department)
            and (lock is None or (r.record is not None and r.record.lock_id == lock))
            and (r.problem is not None or not self.problems_only.isChecked())
        ]
        self.model.set_rows(rows)
        shown, problems = len(rows), sum(1 for r in rows if r.problem)
        self.summary.setText(
            translate("AttendancePage", "%Ln row(s)", None, shown)
            + " · "
            + translate("AttendancePage", "%Ln problem(s)", None, problems)
        )

    def next_problem(self) -> None:
        rows = self.model.rows()
        start = self.view.currentIndex().row() + 1
        for offset in range(len(rows)):
            index = (start + offset) % max(1, len(rows))
            if rows[index].problem:
                self.view.selectRow(index)
                self.view.scrollTo(self.model.index(index, 0))
                return

    def selected(self) -> list[ReviewRow]:
        picked = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row(i) for i in picked]

    def _correct(self) -> None:
        rows = self.selected()
        if rows:
            self.correction_requested.emit(rows)
