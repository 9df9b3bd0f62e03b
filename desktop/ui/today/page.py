"""The live board: today's counts, everyone's state, the latest lock events, and freshness."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.attendance.board import (
    Board,
    PersonToday,
    Status,
    status_words,
)
from desktop.services.leavers import Leaver
from desktop.store import LockEventRow
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.frozen_column import FrozenColumnTable
from desktop.ui.widgets.plain import PlainLabel
from desktop.ui.widgets.table_models import Column, ListTableModel, Row
from desktop.ui.widgets.tables import configure_table, on_enter
from desktop.words import QT_TRANSLATE_NOOP

Leavers = Mapping[str, Leaver]  # by WorkTime One id
FILTERS = (
    ("all", QT_TRANSLATE_NOOP("LiveBoardPage", "Everyone")),
    ("in", QT_TRANSLATE_NOOP("LiveBoardPage", "In now")),
    ("not_arrived", QT_TRANSLATE_NOOP("LiveBoardPage", "Not arrived")),
    ("late", QT_TRANSLATE_NOOP("LiveBoardPage", "Late")),
    ("left_early", QT_TRANSLATE_NOOP("LiveBoardPage", "Left early")),
    ("absent", QT_TRANSLATE_NOOP("LiveBoardPage", "Absent")),
)


def person_column(
    title: str, leavers: Leavers, id_of: Callable[[Row], str], name_of: Callable[[Row], str],
    width: int, fits: tuple[str, ...] = (),
) -> Column[Row]:  # fmt: skip
    """A person's name, flagged in red with the whole story in its tooltip when WorQ says
    they have left (the board's Name, the feed's Person)."""

    def text(row: Row) -> str:
        leaver = leavers.get(id_of(row))
        return leaver.beside(name_of(row)) if leaver else name_of(row)

    def color(row: Row) -> theme.Role | None:
        return theme.DANGER if id_of(row) in leavers else None

    def tip(row: Row) -> str | None:
        leaver = leavers.get(id_of(row))
        return leaver.explain() if leaver else None

    return Column(title, text, foreground=color, tooltip=tip, width=width, fits=fits)


def person_columns(zone: ZoneInfo, leavers: Leavers) -> list[Column[PersonToday]]:
    def minutes(value: int) -> str:
        return QCoreApplication.translate("LiveBoardPage", "{n} min").format(n=value)

    def late(p: PersonToday) -> str:
        return minutes(p.late_minutes) if p.late_minutes else ""

    def early(p: PersonToday) -> str:
        return minutes(p.early_minutes) if p.early_minutes else ""

    def status(p: PersonToday) -> str:
        """A person not active in WorkTime One says so here, never in the Department."""
        return status_words(p.status, p.active)

    def color(p: PersonToday) -> theme.Role | None:
        if p.status == "absent":
            return theme.DANGER
        return theme.WARNING if p.late_minutes or p.early_minutes else None

    return [
        person_column(
            QCoreApplication.translate("LiveBoardPage", "Name"),
            leavers,
            lambda p: p.employee_id,
            lambda p: p.name,
            width=190,
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Department"),
            lambda p: p.department,
            width=125,
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Status"),
            status,
            foreground=color,
            width=150,
            tooltip=status,
        ),  # "· Not active…"
        Column(
            QCoreApplication.translate("LiveBoardPage", "In at"),
            lambda p: fmt.local_time(p.clock_in, zone, with_date=False),
            width=60,
            fits=fmt.widest_time(with_date=False),
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Late by"), late, foreground=color, width=62
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Out at"),
            lambda p: fmt.local_time(p.clock_out, zone, with_date=False),
            width=60,
            fits=fmt.widest_time(with_date=False),
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Left early by"),
            early,
            foreground=color,
            width=88,
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Hours"),
            lambda p: QLocale().toString(p.work_hours, "f", 2) if p.clock_in else "",
            width=55,
        ),
    ]


def feed_columns(
    zone: ZoneInfo, lock_names: dict[str, str], leavers: Leavers
) -> list[Column[LockEventRow]]:
    def alert(e: LockEventRow) -> theme.Role | None:
        return theme.DANGER if (not e.success or e.event != "unlock") else None

    def outcome(e: LockEventRow) -> str:
        if e.event != "unlock":
            return fmt.event(e.event)
        return (
            QCoreApplication.translate("LiveBoardPage", "Granted")
            if e.success
            else QCoreApplication.translate("LiveBoardPage", "Denied")
        )

    unknown = QCoreApplication.translate("LiveBoardPage", "Unknown card or code")
    return [
        Column(
            QCoreApplication.translate("LiveBoardPage", "Time"),
            lambda e: fmt.local_time(e.timestamp, zone, with_date=False),
            width=60,
            fits=fmt.widest_time(with_date=False),
        ),
        person_column(
            QCoreApplication.translate("LiveBoardPage", "Person"),
            leavers,
            lambda e: e.employee_id or "",
            lambda e: e.employee_name or unknown,
            width=150,
            fits=(unknown,),
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Lock"),
            lambda e: lock_names.get(e.lock_id, e.lock_id),
            width=110,
        ),
        Column(
            QCoreApplication.translate("LiveBoardPage", "Method"),
            lambda e: fmt.method(e.access_method),
            width=90,
        ),
        Column(QCoreApplication.translate("LiveBoardPage", "Result"), outcome, foreground=alert),
    ]


class LiveBoardPage(QWidget):
    person_opened = Signal(str)  # employee id
    refresh_requested = Signal()

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.board: Board | None = None
        self.lock_names: dict[str, str] = {}
        self.leavers: dict[str, Leaver] = {}  # the board's, flagged on their rows
        self.title = PlainLabel(self.tr("Today"))
        self.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.freshness = PlainLabel(self.tr("Not refreshed yet."))
        self.freshness.setObjectName("liveFreshness")
        self.refresh_button = QPushButton(self.tr("&Refresh now"))
        self.filters = QButtonGroup(self)
        self.filter_buttons: dict[str, QPushButton] = {}
        counts = QHBoxLayout()
        for key, label in FILTERS:
            button = QPushButton(self.tr(label))
            button.setCheckable(True)
            button.setMinimumHeight(44)
            # A larger font, not a style sheet: with one, the button drew no focus frame.
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
            self.filters.addButton(button)
            self.filter_buttons[key] = button
            counts.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        counts.addStretch(1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or department (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search, 240)
        self.search.setAccessibleName(self.tr("Search the board"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the people whose name or department holds these words")
        )
        counts.addWidget(self.search)
        self.people = ListTableModel(person_columns(zone, self.leavers))
        self.people_view = FrozenColumnTable()  # the Name stays in view sideways
        self.people_view.setModel(self.people)
        self.people_view.setAccessibleName(self.tr("People on the board"))
        configure_table(self.people_view, [c.width for c in self.people.columns])
        self.feed = ListTableModel(feed_columns(zone, self.lock_names, self.leavers))
        self.feed_view = QTableView()
        self.feed_view.setModel(self.feed)
        self.feed_view.setAccessibleName(self.tr("Latest lock events"))
        configure_table(self.feed_view, [c.width for c in self.feed.columns])
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.freshness)
        header.addWidget(self.refresh_button)
        feed_box = QWidget()
        feed_layout = QVBoxLayout(feed_box)
        feed_layout.setContentsMargins(0, 0, 0, 0)
        feed_layout.addWidget(PlainLabel(self.tr("Latest lock events")))
        feed_layout.addWidget(self.feed_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.people_view)
        split.addWidget(feed_box)
        # Every column of the board in view at 1280×800: the events pane gives way.
        people_width = sum(c.width or 100 for c in self.people.columns) + 24
        split.setSizes([people_width, 400])
        split.setStretchFactor(0, 0)  # the board keeps its width; the events pane takes the rest
        split.setStretchFactor(1, 1)
        self.people_view.setMinimumWidth(people_width)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(counts)
        layout.addWidget(split, 1)
        self.filters.buttonClicked.connect(lambda *_: self._show_people())
        self.search.textChanged.connect(lambda *_: self._show_people())
        self.search.returnPressed.connect(self._open_first)
        self.people_view.doubleClicked.connect(self._open_person)
        on_enter(self.people_view, lambda: self._open_person(self.people_view.currentIndex()))
        self.refresh_button.clicked.connect(self.refresh_requested)

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.people.columns = person_columns(zone, self.leavers)
        self.feed.columns = feed_columns(zone, self.lock_names, self.leavers)

    def current_filter(self) -> str:
        for key, button in self.filter_buttons.items():
            if button.isChecked():
                return key
        return "all"

    def show_board(self, board: Board, lock_names: dict[str, str]) -> None:
        self.board = board
        self.lock_names.clear()
        self.lock_names.update(lock_names)
        self.leavers.clear()
        self.leavers.update(board.leavers)
        today = QDate(board.day.year, board.day.month, board.day.day)
        # The pattern is the language's own (German "Freitag, 4. Dezember").
        day = QLocale().toString(today, self.tr("dddd d MMMM", "the board's date, as QDate"))
        self.title.setText(self.tr("Today, {day}").format(day=day))
        counts = board.counts()
        counts["all"] = len(board.people)
        for key, label in FILTERS:
            self.filter_buttons[key].setText(f"{self.tr(label)}  {counts[key]}")
        self._show_people()
        self.feed.set_rows(board.feed)

    def update_people(self, part: Board) -> None:
        """Some people's rows redone (a webhook told of them), the feed anew; the rest as
        drawn. The filters, the counts and the selection follow."""
        if self.board is None:
            return
        fresh = {p.employee_id: p for p in part.people}
        people = [fresh.pop(p.employee_id, p) for p in self.board.people]
        if fresh:  # someone new on the board today (a clock-in of one not yet listed)
            people = sorted([*people, *fresh.values()],
                            key=lambda p: (p.name.lower(), p.employee_id))  # fmt: skip
        merged = replace(self.board, people=people, feed=part.feed, now=part.now)
        self.show_board(merged, dict(self.lock_names))

    def show_freshness(
        self,
        updated: datetime | None,
        next_refresh: datetime | None,
        now: datetime | None = None,
        live: bool = False,
    ) -> None:
        """ "Updated 10:30 · next refresh in 15 s" ("about 10:45" when it is minutes away;
        with webhooks live, arrivals show as they happen and the refresh only reconciles)."""
        parts = [self.tr("Live: arrivals show as they happen")] if live else []
        if updated is not None:
            when = fmt.local_time(updated, self.zone, with_date=False)
            said = self.tr("Reconciled {time}") if live else self.tr("Updated {time}")
            parts.append(said.format(time=when))
        if next_refresh is not None:
            soon = now is not None and (next_refresh - now).total_seconds() < 60
            at = fmt.local_time(next_refresh, self.zone, with_date=False, seconds=soon)
            said = (
                self.tr("next refresh at {time}") if soon else self.tr("next refresh about {time}")
            )
            parts.append(said.format(time=at))
        self.freshness.setText(" · ".join(parts) or self.tr("Not refreshed yet."))

    def _show_people(self) -> None:
        if self.board is None:
            return
        key, board = self.current_filter(), self.board
        if key == "all":
            rows = board.people
        elif key == "late":
            rows = board.late
        elif key == "left_early":
            rows = board.left_early
        else:
            rows = board.with_status(cast(Status, key))
        needle = self.search.text().strip().casefold()
        if needle:
            rows = [
                p for p in rows if needle in p.name.casefold() or needle in p.department.casefold()
            ]
        chosen = self.selected_employee()
        self.people.set_rows(rows, key=lambda p: p.employee_id)
        if chosen is not None:  # a redraw keeps the row a manager picked
            at = next((i for i, p in enumerate(rows) if p.employee_id == chosen), None)
            if at is not None:
                self.people_view.selectRow(at)

    def _open_first(self) -> None:
        """Enter in the search: the one person found (or the first), their day."""
        if self.people.rowCount():
            self.people_view.selectRow(0)
            self._open_person(self.people.index(0, 0))

    def selected_employee(self) -> str | None:
        """The person whose row is selected on the board (None: no row is)."""
        rows = self.people_view.selectionModel().selectedRows()
        return self.people.row(rows[0].row()).employee_id if rows else None

    def _open_person(self, index: QModelIndex) -> None:
        if index.isValid():
            self.person_opened.emit(self.people.row(index.row()).employee_id)
