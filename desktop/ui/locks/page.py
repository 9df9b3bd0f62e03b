"""Locks: every lock's state, and the selected lock's access history with filters and export."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QModelIndex, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.export import about_path, export_table, exported_at
from desktop.store import EventFilter, LockCache, LockEventRow, LockRow, SortKey
from desktop.tasks import Op, TaskRunner
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.date_range import DateRange
from desktop.ui.widgets.fit import fit_placeholder
from desktop.ui.widgets.plain import PlainLabel, StatusLabel
from desktop.ui.widgets.save_dialog import ask_save_path, safe_name
from desktop.ui.widgets.table_models import Column, LazyTableModel, ListTableModel
from desktop.ui.widgets.tables import configure_table
from desktop.words import in_english, short_day, translate

SEARCH_DELAY_MS = 150
CHEAP_COUNT = 10_000  # events a count may read on the Qt thread (about 2 ms)


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def history_name(lock: str | None, first: date, last: date, kind: str) -> str:
    """The name a lock's history export is offered under (all locks': ``locks-…``)."""
    return f"{safe_name(lock or 'locks')}-history-{first}-to-{last}.{kind}"


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def lock_columns(zone: ZoneInfo) -> list[Column[LockRow]]:
    def battery_color(row: LockRow) -> theme.Role | None:
        low = row.battery_percent is not None and row.battery_percent <= fmt.LOW_BATTERY
        return theme.DANGER if low else None

    return [
        Column(translate("LocksPage", "Lock"), lambda r: r.name, width=160),
        Column(translate("LocksPage", "Location"), lambda r: r.location, width=140),
        Column(
            translate("LocksPage", "Battery"),
            lambda r: fmt.battery(r.battery_percent),
            foreground=battery_color,
        ),
        Column(
            translate("LocksPage", "Online"),
            lambda r: (
                translate("LocksPage", "Online") if r.online else translate("LocksPage", "Offline")
            ),
            foreground=lambda r: None if r.online else theme.DANGER,
        ),
        Column(
            translate("LocksPage", "Gateway"),
            lambda r: (
                translate("LocksPage", "Gateway")
                if r.has_gateway
                else translate("LocksPage", "No gateway")
            ),
            tooltip=lambda r: (
                None
                if r.has_gateway
                else translate("LocksPage", "Records upload only when a phone syncs")
            ),
        ),
        Column(
            translate("LocksPage", "Last event"),
            lambda r: fmt.local_time(r.last_event_at, zone),
            width=160,
            fits=fmt.widest_time(),
        ),
    ]


def event_columns(zone: ZoneInfo) -> list[Column[LockEventRow]]:
    def alert(row: LockEventRow) -> theme.Role | None:
        return theme.DANGER if (not row.success or row.event != "unlock") else None

    return [
        Column(
            translate("LocksPage", "Time"),
            lambda r: fmt.local_time(r.timestamp, zone),
            "timestamp",
            width=160,
            fits=fmt.widest_time(),
            export=lambda r: r.timestamp.astimezone(zone).replace(tzinfo=None),  # as shown
        ),
        Column(
            translate("LocksPage", "Person"),
            lambda r: r.employee_name or translate("LocksPage", "Unknown card or code"),
            "employee",
            width=190,
        ),
        Column(translate("LocksPage", "Method"), lambda r: fmt.method(r.access_method), "method"),
        Column(
            translate("LocksPage", "Result"),
            lambda r: (
                translate("LocksPage", "Granted") if r.success else translate("LocksPage", "Denied")
            ),
            "result",
            foreground=alert,
        ),
        Column(
            translate("LocksPage", "Event"), lambda r: fmt.event(r.event), None, foreground=alert
        ),
        Column(
            translate("LocksPage", "Uploaded"),
            lambda r: fmt.upload_gap(r.timestamp, r.server_timestamp),
        ),
    ]


class LocksPage(QWidget):
    load_older_requested = Signal(str)
    history_wanted = Signal(object, object)
    exported = Signal(
        object, int
    )  # the file, how many events it holds  # lock id (None: every lock), the first day
    refresh_requested = Signal()

    def __init__(
        self,
        cache: LockCache,
        zone: ZoneInfo,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        audit_head: Callable[[], str],
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(UTC))  # the console's clock
        self.today = today or (lambda: self.now().astimezone(zone).date())
        self.cache, self.zone, self.runner = cache, zone, runner
        self.audit_head = audit_head  # the audit log's head, printed on every export
        self.filter = EventFilter()
        self._counting = 0  # bumped by each count: a late answer to an older one is dropped
        self._counted: int | None = None  # what the count label shows, once known
        self.locks_model: ListTableModel[LockRow] = ListTableModel(lock_columns(zone))
        self.events_model: LazyTableModel[LockEventRow] = LazyTableModel(event_columns(zone))
        self.locks_view = QTableView()
        self.locks_view.setModel(self.locks_model)
        self.locks_view.setAccessibleName(self.tr("Locks"))
        configure_table(self.locks_view, [c.width for c in self.locks_model.columns])
        self.events_view = QTableView()
        self.events_view.setModel(self.events_model)
        self.events_view.setAccessibleName(self.tr("Access history of the selected lock"))
        configure_table(self.events_view, [c.width for c in self.events_model.columns])
        self.events_view.setSortingEnabled(True)
        self.events_view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self._build_filters()
        self._build_layout()
        self._wire()
        self.reload_locks()

    def _build_filters(self) -> None:
        self.dates = DateRange(self.today)
        day = self.today()
        self.dates.show_range(day - timedelta(days=6), day)
        self.date_from, self.date_to = self.dates.date_from, self.dates.date_to
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search person…"))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search, 170)
        self.search.setAccessibleName(self.tr("Search person"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the events of people whose name holds these words")
        )
        self.method = QComboBox()
        self.method.addItem(self.tr("Any method"), None)
        for key in fmt.METHODS:
            self.method.addItem(fmt.method(key), key)
        self.denied_only = QCheckBox(self.tr("Denied only"))
        self.alerts_only = QCheckBox(self.tr("Alerts only"))
        self.load_older = QPushButton(self.tr("Load &older"))
        self.export_csv = QPushButton(self.tr("Export CSV…"))
        self.export_xlsx = QPushButton(self.tr("Export Excel…"))
        self.count = StatusLabel()
        self.coverage = PlainLabel()  # what the store holds, when the dates ask for more
        self.coverage.setWordWrap(True)
        self.coverage.hide()
        # Set by the controller: the first day the store holds of a lock (None: every lock).
        self.covered_from: Callable[[str | None], date | None] = lambda _lock: None
        self.progress = QProgressBar()
        self.progress.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        widget: QWidget
        for widget in (
            self.dates, self.search,
            self.method, self.denied_only, self.alerts_only,
        ):  # fmt: skip
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for widget in (self.count, self.progress):
            actions.addWidget(widget)
        actions.addStretch(1)
        for widget in (self.load_older, self.export_csv, self.export_xlsx):
            actions.addWidget(widget)
        history = QWidget()
        column = QVBoxLayout(history)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(filters)
        column.addWidget(self.coverage)
        column.addWidget(self.events_view, 1)
        column.addLayout(actions)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.locks_view)
        split.addWidget(history)
        split.setSizes([220, 600])
        QVBoxLayout(self).addWidget(split)

    def _wire(self) -> None:
        self.locks_view.selectionModel().currentRowChanged.connect(lambda *_: self.apply())
        self.dates.changed.connect(lambda *_: self.apply())
        self.method.currentIndexChanged.connect(lambda *_: self.apply())
        self.denied_only.toggled.connect(lambda *_: self.apply())
        self.alerts_only.toggled.connect(lambda *_: self.apply())
        self.search.textChanged.connect(lambda *_: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply)
        self.events_model.sort_requested.connect(self._sort)
        self.load_older.clicked.connect(self._load_older)
        self.export_csv.clicked.connect(lambda: self.ask_export("csv"))
        self.export_xlsx.clicked.connect(lambda: self.ask_export("xlsx"))

    # -- what is shown -------------------------------------------------------------

    def selected_lock(self) -> LockRow | None:
        index = self.locks_view.currentIndex()
        return self.locks_model.row(index.row()) if index.isValid() else None

    def reload_locks(self) -> None:
        """Redraw the locks, keeping the selected one; the history follows the selection."""
        selected = self.selected_lock()
        rows = self.cache.locks()
        selection = self.locks_view.selectionModel()
        with QSignalBlocker(selection):
            self.locks_model.set_rows(rows)
            ids = [r.id for r in rows]
            if ids:
                keep = ids.index(selected.id) if selected and selected.id in ids else 0
                self.locks_view.selectRow(keep)
        if selected is None or selected.id not in ids:
            self.apply()

    def show_week_ending(self, day: date) -> None:
        """The default range: the organization's last seven days."""
        self.dates.show_range(day - timedelta(days=6), day)
        self.apply()

    def show_event(self, lock_id: str, event_id: str, day: date) -> bool:
        """That lock's history on that day, every filter cleared, the event selected (a
        leaver's door opening, from the directory). False when the store no longer has it."""
        ids = [row.id for row in self.locks_model.rows()]
        if lock_id not in ids:
            return False
        row = ids.index(lock_id)
        with QSignalBlocker(self.locks_view.selectionModel()):
            self.locks_view.selectRow(row)
        # The blocked selection model does not tell the view to scroll to its new row.
        self.locks_view.scrollTo(self.locks_model.index(row, 0))
        for box in (self.denied_only, self.alerts_only):
            with QSignalBlocker(box):
                box.setChecked(False)
        with QSignalBlocker(self.method):
            self.method.setCurrentIndex(0)
        with QSignalBlocker(self.search):
            self.search.clear()
        self.dates.show_range(day, day)
        self.apply()
        model = self.events_model
        while True:
            rows = model.rows()
            found = next((i for i, row in enumerate(rows) if row.id == event_id), None)
            if found is not None or not model.canFetchMore(QModelIndex()):
                break
            model.fetchMore(QModelIndex())
        if found is None:
            return False
        self.events_view.selectRow(found)
        self.events_view.scrollTo(model.index(found, 0))
        self.events_view.setFocus()
        return True

    def set_zone(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self.locks_model.columns = lock_columns(zone)
        self.events_model.columns = event_columns(zone)
        self.reload_locks()

    def refresh_from_cache(self) -> None:
        """New data arrived: redraw the locks; the history only if it is scrolled to the top."""
        self.reload_locks()
        if self.events_view.verticalScrollBar().value() == 0:
            self.apply()

    def _local_midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self.zone).astimezone(UTC)

    def current_filter(self) -> EventFilter:
        lock = self.selected_lock()
        start = _day(self.date_from.date())
        end = _day(self.date_to.date())
        method = self.method.currentData()
        return EventFilter(
            lock_id=lock.id if lock else "",
            start=self._local_midnight(start),
            end=self._local_midnight(end + timedelta(days=1)),
            methods=frozenset({method}) if method else frozenset(),
            denied_only=self.denied_only.isChecked(),
            alerts_only=self.alerts_only.isChecked(),
            search=self.search.text().strip(),
            sort=self.filter.sort,
            descending=self.filter.descending,
        )

    def apply(self) -> None:
        """Query again with what the filters say (a keystroke ends here too)."""
        self.filter = self.current_filter()
        self._load(self.filter)
        self._count_events(self.filter)
        self.show_coverage()

    def held_from(self) -> date | None:
        """The first day of the chosen dates the store holds, when it holds less than they
        ask (None: it holds them all, or nothing is known yet)."""
        lock = self.selected_lock()
        covered = self.covered_from(lock.id if lock else None)
        asked = _day(self.date_from.date())
        return covered if covered is not None and covered > asked else None

    def show_coverage(self, loading: bool = False) -> None:
        held = self.held_from()
        if held is None:
            self.coverage.hide()
            return
        asked = _day(self.date_from.date())
        first, last = short_day(asked), short_day(held - timedelta(days=1))
        start = short_day(held)
        if loading:
            text = self.tr("The history held starts {start}: loading {first} to {last}…")
        else:
            text = self.tr(
                "The history held starts {start}: {first} to {last} is not loaded, and this "
                "table and its exports start there. Connect to WorkTime One to load it."
            )
        text = text.format(start=start, first=first, last=last)
        self.coverage.setText(text)
        theme.text_color(self.coverage, None if loading else theme.DANGER)
        self.coverage.show()
        if loading is False:
            lock = self.selected_lock()
            self.history_wanted.emit(lock.id if lock else None, asked)

    def _sort(self, key: str, descending: bool) -> None:
        self.filter = replace(self.filter, sort=cast(SortKey, key), descending=descending)
        self._load(self.filter)

    def _load(self, query: EventFilter) -> None:
        self.events_model.load_after(
            lambda after, limit: self.cache.events_after(query, after, limit)
        )

    def _count_events(self, query: EventFilter) -> None:
        """Show how many events the filters select, without holding up the Qt thread.

        When the first batch is all there is, it is the count; when the lock and dates
        hold few events, counting them takes a millisecond; otherwise (a search over
        100,000 events reads every one, 20 ms) the count runs in a worker thread and
        lands when it is done, unless the filters changed in the meantime.
        """
        self._counted, self._counting = None, self._counting + 1
        model = self.events_model
        total = (
            model.rowCount()
            if not model.canFetchMore(QModelIndex())
            else self.cache.count_events_if_cheap(query, CHEAP_COUNT)
        )
        if total is None and not _loop_running():
            total = self.cache.count_events(query)
        if total is not None:
            self._show_count(self._counting, total)
            return
        self.count.setText(self.tr("Counting events…"))
        counting = self._counting
        op = Op(
            lambda: asyncio.to_thread(self.cache.count_events_apart, query),
            key=f"history-count-{id(self)}",  # a newer count cancels the older
            what=self.tr("counting the lock's history"),
        )
        op.success(lambda total: self._show_count(counting, total))
        op.failure(lambda _: self._show_count(counting, None)).run(self.runner)

    def _show_count(self, counting: int, total: int | None) -> None:
        if counting != self._counting:
            return  # the filters changed while it counted
        self._counted = total
        if total is None:
            self.count.setText(self.tr("Could not count the events"))
        else:
            self.count.setText(translate("LocksPage", "%Ln event(s)", None, total))

    def _load_older(self) -> None:
        lock = self.selected_lock()
        if lock is not None:
            self.load_older_requested.emit(lock.id)

    # -- export ----------------------------------------------------------------------

    def ask_export(self, kind: str) -> QFileDialog:
        lock = self.selected_lock()
        first, last = _day(self.date_from.date()), _day(self.date_to.date())
        name = history_name(lock.name if lock else None, first, last, kind)
        filters = [
            self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("Excel files (*.xlsx)")
        ]
        return ask_save_path(self, self.tr("Export the history as shown"), name, filters, kind,
                             self.export_to)  # fmt: skip

    def export_to(self, path: Path) -> asyncio.Task[int]:
        query = self.filter
        total = self._counted if self._counted is not None else self.cache.count_events(query)

        lock = self.selected_lock()
        asked, held = _day(self.date_from.date()), self.held_from()
        missing = f"{asked} to {held - timedelta(days=1)}" if held else ""
        short = [] if held is None else [
            ("Asked from", asked.isoformat()),
            ("Not in this file", f"{missing}: not loaded when exported"),
        ]  # fmt: skip
        about = [
            ("Lock", lock.name if lock else "All locks"),
            ("From", (held or asked).isoformat()),
            ("To", self.date_to.date().toString("yyyy-MM-dd")),
            *short,
            ("Filters", self._describe_filters()),
            ("Timezone", f"{self.zone} (every time in this file)"),
            ("Exported", exported_at(self.now(), self.zone)),
            ("Audit log", self.audit_head()),
        ]
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(0)
        self.progress.show()
        loop = asyncio.get_running_loop()

        def progress(done: int) -> None:
            loop.call_soon_threadsafe(self.progress.setValue, min(done, total))

        def write() -> int:
            with in_english():  # the file's headers and words, whatever the window speaks
                columns = event_columns(self.zone)

                def fetch(offset: int, limit: int) -> list[list[object]]:
                    events = self.cache.events(query, offset, limit)
                    return [[c.exported(r) for c in columns] for r in events]

                header = [c.title for c in columns]
                return export_table(path, header, fetch, about=about, progress=progress)

        async def work() -> int:
            return await asyncio.to_thread(write)

        def finished(exported: int) -> None:
            self.progress.hide()
            if path.suffix.lower() == ".xlsx":
                said = translate("LocksPage", "Exported %Ln event(s) to {file}", None, exported)
            else:
                said = translate(
                    "LocksPage",
                    "Exported %Ln event(s) to {file} (what it holds: {about})",
                    None,
                    exported,
                )
            self.count.setText(said.format(file=path.name, about=about_path(path).name))
            self.exported.emit(path, exported)
            if held is not None:
                self.runner.bus.warning(
                    self.tr(
                        "{file} starts on {held}, not {asked}: the history before that was not "
                        "loaded. The file says so in its header."
                    ).format(file=path.name, held=short_day(held), asked=short_day(asked))
                )

        return (
            Op(work, what=self.tr("exporting to {file}").format(file=path.name))
            .with_progress(self.tr("Exporting to {file}…").format(file=path.name))
            .success(finished)
            .failure(lambda exc: self._export_failed(path, exc))
            .run(self.runner)
        )

    def _export_failed(self, path: Path, exc: Exception) -> None:
        self.progress.hide()
        self.runner.bus.error(
            self.tr("Could not export to {file}: {why}").format(file=path.name, why=exc)
        )

    def _describe_filters(self) -> str:
        parts = []
        if self.search.text().strip():
            parts.append(f"person contains {self.search.text().strip()!r}")
        method = self.method.currentData()
        if method:
            parts.append(f"method {fmt.METHODS.get(method, method)}")  # English, as the file
        if self.denied_only.isChecked():
            parts.append("denied only")
        if self.alerts_only.isChecked():
            parts.append("alerts only")
        return ", ".join(parts) or "none"
