"""Does the history page stall the Qt thread with 200,000 lock events in the store?

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/history_stalls.py \
        [--events 200000] [--json out.json]

1. A temporary SQLite store is filled with the sandbox's data set (20,000 people,
   8 locks, the newest ``--events`` events), through ``LockCache.save_events``.
2. Baseline, same run: the responsiveness monitor while a plain ``QTableView``
   window (a trivial Python model of the same shape) idles and then scrolls page
   by page: what this machine's event loop does on its own.
3. A ``LocksPage`` on the store, shown offscreen at 1200x800, driven with ``QTest``
   the way a manager would, with the monitor running: open, pick another lock
   and then the busiest, widen the dates to cover everything, page down 200
   times, jump to the bottom until every event is loaded, type searches a key
   every 120 ms, toggle "Denied only", step through the methods, click column
   headers to sort.

For each phase: the longest stall and the 99th percentile of the monitor's
lateness, how many stalls went over 50 ms, and for filter changes the latency
from the action to the table updated (rows of the new query in the model; for a
search, counted from when the 150 ms debounce ends, since waiting for the person
to stop typing is on purpose) and to the count label shown. Figures are printed
as a table and written as JSON (``--json``). Numbers for the record, not
assertions; pytest does not collect this file.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import qasync
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QMessageLogContext,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView

from desktop import api
from desktop.messages import MessageBus
from desktop.sandbox.data import DataParams, Dataset
from desktop.sandbox.worktime_locks import event_json, lock_json
from desktop.store import Database, EventFilter, LockCache, LockEventRow
from desktop.tasks import TaskRunner
from desktop.ui.locks.page import SEARCH_DELAY_MS, LocksPage
from desktop.ui.responsiveness import STALL_THRESHOLD_MS, ResponsivenessMonitor

__test__ = False  # a script: pytest must never run it as a test module

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
WINDOW = (1200, 800)
KEY_PACE_S = 0.120  # between keystrokes, a quick typist
SCROLL_PACE_S = 0.030  # between PageDown presses, about keyboard auto-repeat
SETTLE_S = 0.300  # after each action, so its late paints land in its phase
AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


# -- the store -------------------------------------------------------------------------


@dataclass
class Store:
    db: Database
    cache: TimedLockCache
    zone: ZoneInfo
    busiest: str
    busiest_events: int
    first_day: date
    last_day: date
    names: list[str]
    employee_ids: list[str]
    figures: dict[str, Any]


class TimedLockCache(LockCache):
    """The real cache, timing each history query and noting which thread ran it."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.queries: list[tuple[str, float, bool]] = []  # what, ms, on the Qt thread
        self._depth = threading.local()

    def _timed(self, what: str, call: Callable[[], T]) -> T:
        """Runs ``call``, noting its time unless it runs inside another timed query."""
        depth = getattr(self._depth, "value", 0)
        self._depth.value = depth + 1
        start = time.perf_counter()
        try:
            return call()
        finally:
            self._depth.value = depth
            if depth == 0:
                ms = (time.perf_counter() - start) * 1000
                on_qt = threading.current_thread() is threading.main_thread()
                self.queries.append((what, ms, on_qt))

    def events(self, f: EventFilter, offset: int, limit: int) -> list[LockEventRow]:
        return self._timed("events", lambda: LockCache.events(self, f, offset, limit))

    def events_after(
        self, f: EventFilter, after: LockEventRow | None, limit: int
    ) -> list[LockEventRow]:
        return self._timed("events_after", lambda: LockCache.events_after(self, f, after, limit))

    def count_events(self, f: EventFilter) -> int:
        return self._timed("count", lambda: LockCache.count_events(self, f))

    def count_events_if_cheap(self, f: EventFilter, at_most: int) -> int | None:
        return self._timed(
            "count_if_cheap", lambda: LockCache.count_events_if_cheap(self, f, at_most)
        )

    def count_events_apart(self, f: EventFilter) -> int:
        return self._timed("count_apart", lambda: LockCache.count_events_apart(self, f))


def sandbox_records(count: int) -> tuple[list[api.Lock], list[api.LockEvent], ZoneInfo]:
    """The sandbox's people and locks, and its newest ``count`` events, as the API gives them."""
    people = min(20_000, max(500, count // 10))
    data = Dataset(DataParams(employees=people, days=365, max_events=count), NOW)
    newest = sorted(data.all_events(), key=lambda e: (e.timestamp, e.id), reverse=True)[:count]
    events = [api.LockEvent.model_validate(event_json(e, legacy=False)) for e in newest]
    last: dict[str, int] = {}
    for event in newest:
        last.setdefault(event.lock_id, event.timestamp)
    locks = [api.Lock.model_validate(lock_json(lock, last.get(lock.id))) for lock in data.locks]
    return locks, events, ZoneInfo(data.params.timezone)


def build_store(path: Path, count: int) -> Store:
    start = time.perf_counter()
    locks, events, zone = sandbox_records(count)
    generated = time.perf_counter() - start
    db = Database(path)
    cache = TimedLockCache(db)
    cache.save_locks(locks, NOW)
    start = time.perf_counter()
    saved = cache.save_events(events, NOW)
    inserted = time.perf_counter() - start
    per_lock = Counter(e.lock_id for e in events)
    busiest, busiest_events = per_lock.most_common(1)[0]
    mine = [e for e in events if e.lock_id == busiest]
    names = Counter(e.employee_name for e in mine if e.employee_name)
    days = [e.timestamp.astimezone(zone).date() for e in (events[-1], events[0])]
    return Store(
        db=db,
        cache=cache,
        zone=zone,
        busiest=str(busiest),
        busiest_events=busiest_events,
        first_day=days[0],
        last_day=days[1],
        names=[name for name, _ in names.most_common()],
        employee_ids=[e.employee_id for e in mine if e.employee_id],
        figures={
            "events": saved,
            "locks": len(locks),
            "busiest_lock_events": busiest_events,
            "generate_s": round(generated, 2),
            "insert_s": round(inserted, 2),
            "insert_events_per_s": round(saved / inserted) if inserted else None,
            "db_mb": round(path.stat().st_size / 1e6, 1),
        },
    )


# -- measuring -------------------------------------------------------------------------


def percentile(values: Sequence[float], fraction: float) -> float:
    """The same nearest-rank percentile as ``ResponsivenessMonitor.percentile_ms``."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@dataclass
class Phase:
    name: str
    seconds: float
    lateness_ms: list[float] = field(repr=False)
    latency_ms: list[float] = field(default_factory=list)  # action to rows shown
    count_ms: list[float] = field(default_factory=list)  # action to the count shown
    qt_query_max_ms: float = 0.0  # the longest history query run on the Qt thread

    @property
    def max_stall_ms(self) -> float:
        return max(self.lateness_ms, default=0.0)

    @property
    def p99_stall_ms(self) -> float:
        return percentile(self.lateness_ms, 0.99)

    @property
    def stalls(self) -> int:
        return sum(1 for ms in self.lateness_ms if ms > STALL_THRESHOLD_MS)

    def figures(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 2),
            "max_stall_ms": round(self.max_stall_ms, 1),
            "p99_stall_ms": round(self.p99_stall_ms, 1),
            "stalls_over_50ms": self.stalls,
            "latency_p95_ms": _rounded(percentile(self.latency_ms, 0.95), self.latency_ms),
            "latency_max_ms": _rounded(max(self.latency_ms, default=0.0), self.latency_ms),
            "count_p95_ms": _rounded(percentile(self.count_ms, 0.95), self.count_ms),
            "samples": len(self.latency_ms),
            "qt_query_max_ms": round(self.qt_query_max_ms, 1),
            "latencies_ms": [round(ms, 1) for ms in self.latency_ms],
            "counts_ms": [round(ms, 1) for ms in self.count_ms],
        }


def _rounded(value: float, samples: Sequence[float]) -> float | None:
    return round(value, 1) if samples else None


class Bench:
    """The monitor, one phase at a time, and when the history table last changed."""

    def __init__(self, cache: TimedLockCache | None = None, profile: Path | None = None) -> None:
        self.monitor = ResponsivenessMonitor()
        self.cache = cache
        self.profile = profile  # a folder for a pyinstrument profile of each phase
        self.phases: list[Phase] = []
        self.resets: list[float] = []
        self.inserts: list[float] = []
        self.counts: list[float] = []
        self._latency: list[float] = []
        self._count: list[float] = []

    def watch(self, page: LocksPage) -> None:
        model = page.events_model
        model.modelReset.connect(lambda: self.resets.append(time.perf_counter()))
        model.rowsInserted.connect(lambda *_: self.inserts.append(time.perf_counter()))
        set_text = page.count.setText

        def counted(text: str) -> None:
            set_text(text)
            self.counts.append(time.perf_counter())

        page.count.setText = counted  # type: ignore[method-assign]

    async def phase(self, name: str, body: Callable[[], Awaitable[None]]) -> Phase:
        self._latency, self._count = [], []
        queries = len(self.cache.queries) if self.cache else 0
        profiler = self._profiler()
        self.monitor.reset()
        start = time.perf_counter()
        await body()
        await asyncio.sleep(SETTLE_S)
        seconds = time.perf_counter() - start
        if profiler is not None:
            profiler.stop()
            assert self.profile is not None
            slug = "".join(c if c.isalnum() else "-" for c in name).strip("-")
            (self.profile / f"{len(self.phases):02d}-{slug}.txt").write_text(
                profiler.output_text(show_all=False), encoding="utf-8"
            )
        on_qt = [ms for _, ms, qt in (self.cache.queries[queries:] if self.cache else []) if qt]
        phase = Phase(
            name,
            seconds,
            list(self.monitor.lateness_ms),
            self._latency,
            self._count,
            max(on_qt, default=0.0),
        )
        self.phases.append(phase)
        print(f"  {name:<26} {_row(phase)}", flush=True)
        return phase

    def _profiler(self) -> Any:
        """A started pyinstrument profiler (``--profile``; it slows the phase down)."""
        if self.profile is None:
            return None
        pyinstrument = importlib.import_module("pyinstrument")  # by hand: not a dependency
        profiler = pyinstrument.Profiler(interval=0.0005, async_mode="disabled")
        profiler.start()
        return profiler

    async def updated(
        self, model: QAbstractTableModel, since: float, from_: float, counted: bool = True
    ) -> None:
        """Wait until the table shows a query run after ``since``; note the latency from
        ``from_`` (the action, or the end of the search debounce)."""

        def rows_at() -> float | None:
            reset = next((t for t in reversed(self.resets) if t >= since), None)
            if reset is None:
                return None
            inserted = next((t for t in self.inserts if t >= reset), None)
            if inserted is not None:
                return inserted
            empty = model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
            return reset if empty else None

        shown = await wait_for(rows_at, what="the table to update")
        self._latency.append((shown - from_) * 1000)
        if counted:
            count = await wait_for(
                lambda: next((t for t in self.counts if t >= since), None), what="the count"
            )
            self._count.append((count - from_) * 1000)


async def wait_for(
    probe: Callable[[], float | None], within: float = 60.0, what: str = ""
) -> float:
    deadline = time.monotonic() + within
    while (value := probe()) is None:
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.002)
    return value


# -- a manager's hands on the history page, each action timed by the bench -----------------


async def act(
    bench: Bench, page: LocksPage, action: Callable[[], None], counted: bool = True
) -> None:
    """Do ``action`` and wait until the table (and, if ``counted``, the count) shows it."""
    since = time.perf_counter()
    action()
    await bench.updated(page.events_model, since, since, counted)
    await asyncio.sleep(SETTLE_S)


def click_lock(page: LocksPage, lock_id: str) -> None:
    model = page.locks_model
    row = next(n for n in range(model.rowCount()) if model.row(n).id == lock_id)
    rect = page.locks_view.visualRect(model.index(row, 0))
    QTest.mouseClick(page.locks_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def type_searches(bench: Bench, page: LocksPage, terms: Iterable[str]) -> None:
    """Type each term a key at a time, then select it all and delete it; the latency counts
    from the end of the search's debounce (waiting for the typist to stop is on purpose)."""
    model = page.events_model
    for term in terms:
        page.search.setFocus()
        for n, char in enumerate(term):
            if n:
                await asyncio.sleep(KEY_PACE_S)
            since = time.perf_counter()
            QTest.keyClicks(page.search, char)
        await bench.updated(model, since, since + SEARCH_DELAY_MS / 1000)
        await asyncio.sleep(SETTLE_S)
        since = time.perf_counter()
        QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(page.search, Qt.Key.Key_Backspace)
        await bench.updated(model, since, since + SEARCH_DELAY_MS / 1000)
        await asyncio.sleep(SETTLE_S)


async def toggle_denied(bench: Bench, page: LocksPage, times: int) -> None:
    """Click "Denied only" on and off ``times`` times."""
    for _ in range(times):
        for _ in range(2):
            await act(
                bench, page, lambda: QTest.mouseClick(page.denied_only, Qt.MouseButton.LeftButton)
            )


async def step_methods(bench: Bench, page: LocksPage) -> None:
    """Step the method box down through each method with the keyboard, then back to all."""
    page.method.setFocus()
    for _ in range(page.method.count() - 1):
        await act(bench, page, lambda: QTest.keyClick(page.method, Qt.Key.Key_Down))
    await act(bench, page, lambda: QTest.keyClick(page.method, Qt.Key.Key_Home))


def _row(phase: Phase) -> str:
    f = phase.figures()

    def cell(value: object) -> str:
        return "-" if value is None else f"{value}"

    return (
        f"{f['seconds']:>7} {f['max_stall_ms']:>9} {f['p99_stall_ms']:>8} "
        f"{f['stalls_over_50ms']:>7} {cell(f['latency_p95_ms']):>9} "
        f"{cell(f['latency_max_ms']):>9} {cell(f['count_p95_ms']):>9} "
        f"{f['qt_query_max_ms']:>9}"
    )


HEADER = (
    f"  {'phase':<26} {'seconds':>7} {'max ms':>9} {'p99 ms':>8} {'>50 ms':>7} "
    f"{'upd p95':>9} {'upd max':>9} {'count p95':>9} {'qt query':>9}"
)


# -- the baseline: a plain table -------------------------------------------------------


class PlainModel(QAbstractTableModel):
    """Six columns of short text from Python, like the history, and nothing else."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self._rows = rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"row {index.row()} column {index.column()}"
        return None


async def baseline(bench: Bench, steps: int) -> list[Phase]:
    view = QTableView()
    view.setModel(PlainModel(10_000))
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(*WINDOW)
    view.show()
    await asyncio.sleep(0.5)
    idle = await bench.phase("baseline: idle", lambda: asyncio.sleep(2.0))

    async def scroll() -> None:
        view.setFocus()
        for _ in range(steps):
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            await asyncio.sleep(SCROLL_PACE_S)

    scrolled = await bench.phase("baseline: page down", scroll)
    view.close()
    view.deleteLater()
    await asyncio.sleep(0.1)
    return [idle, scrolled]


# -- the history page --------------------------------------------------------------------


async def drive_page(bench: Bench, store: Store, steps: int, max_bottom_steps: int) -> None:
    opened: list[LocksPage] = []

    async def open_page() -> None:
        page = LocksPage(store.cache, store.zone, TaskRunner(MessageBus()), audit_head=lambda: "")
        opened.append(page)
        bench.watch(page)
        page.resize(*WINDOW)
        page.show_week_ending(store.last_day)  # as the Locks page opens: the last seven days
        page.show()
        await asyncio.sleep(0.5)

    await bench.phase("open", open_page)
    page = opened[0]
    view, model = page.events_view, page.events_model
    lock_ids = [page.locks_model.row(n).id for n in range(page.locks_model.rowCount())]

    async def select() -> None:
        other = next(i for i in lock_ids if i != store.busiest)
        await act(bench, page, lambda: click_lock(page, other))
        await act(bench, page, lambda: click_lock(page, store.busiest))

    await bench.phase("select busiest lock", select)

    async def dates() -> None:
        start, end = store.first_day - timedelta(days=1), store.last_day
        await act(
            bench, page, lambda: page.date_from.setDate(QDate(start.year, start.month, start.day))
        )
        if page.date_to.date() != QDate(end.year, end.month, end.day):
            await act(
                bench, page, lambda: page.date_to.setDate(QDate(end.year, end.month, end.day))
            )

    await bench.phase("dates: everything", dates)
    print(f"  ({page.count.text()} of lock {store.busiest} shown)", flush=True)

    async def page_down() -> None:
        view.setFocus()
        for _ in range(steps):
            QTest.keyClick(view, Qt.Key.Key_PageDown)
            await asyncio.sleep(SCROLL_PACE_S)

    await bench.phase(f"page down x{steps}", page_down)

    async def to_bottom() -> None:
        bar = view.verticalScrollBar()
        for _ in range(max_bottom_steps):
            QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
            await asyncio.sleep(SCROLL_PACE_S)
            if not model.canFetchMore(QModelIndex()) and bar.value() == bar.maximum():
                break

    bottom = await bench.phase("ctrl+end to the bottom", to_bottom)
    print(
        f"  ({model.rowCount():,} rows loaded, {len(bottom.lateness_ms)} ticks, "
        f"all loaded: {not model.canFetchMore(QModelIndex())})",
        flush=True,
    )

    await bench.phase("search, typed", lambda: type_searches(bench, page, search_terms(store)))
    await bench.phase("denied only on/off", lambda: toggle_denied(bench, page, 3))
    await bench.phase("method, each", lambda: step_methods(bench, page))

    def click_header(section: int) -> None:
        header = view.horizontalHeader()
        x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
        QTest.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
        )

    async def sort() -> None:
        titles = [c.title for c in model.columns]
        for title in ("Person", "Person", "Method", "Result", "Result", "Time", "Time"):
            section = titles.index(title)
            await act(bench, page, lambda section=section: click_header(section), counted=False)  # type: ignore[misc]

    await bench.phase("sort by header", sort)

    async def sorted_to_bottom() -> None:
        person = [c.title for c in model.columns].index("Person")
        await act(bench, page, lambda: click_header(person), counted=False)
        await to_bottom()

    by_person = await bench.phase("by person, to the bottom", sorted_to_bottom)
    print(
        f"  ({model.rowCount():,} rows loaded, {len(by_person.lateness_ms)} ticks, "
        f"all loaded: {not model.canFetchMore(QModelIndex())})",
        flush=True,
    )
    page.close()
    page.deleteLater()


def search_terms(store: Store) -> list[str]:
    """What a manager types: a common first name, a full name, a surname, an employee
    number, and a name nobody has (the search that reads every row)."""
    names = store.names
    first = Counter(n.split()[0] for n in names).most_common(1)[0][0]
    rare = names[-1]
    surname = names[len(names) // 2].split()[-1]
    emp = store.employee_ids[len(store.employee_ids) // 3]
    return [first, rare, surname.lower(), emp[-5:], "zyxw"]


# -- the run -------------------------------------------------------------------------------


async def run(args: argparse.Namespace, store: Store) -> dict[str, Any]:
    bench = Bench()
    bench.monitor.start()
    print(HEADER, flush=True)
    base = await baseline(bench, args.steps)
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    page_bench = Bench(store.cache, args.profile)
    page_bench.monitor = bench.monitor
    await drive_page(page_bench, store, args.steps, args.max_bottom_steps)
    bench.monitor.stop()
    return summary(base, page_bench.phases, store)


def summary(base: list[Phase], phases: list[Phase], store: Store) -> dict[str, Any]:
    late = [ms for p in phases for ms in p.lateness_ms]
    base_late = [ms for p in base for ms in p.lateness_ms]
    filters = [ms for p in phases if p.name.startswith(("search", "denied", "method", "dates"))
               for ms in p.latency_ms]  # fmt: skip
    sorts = [ms for p in phases if p.name.startswith("sort") for ms in p.latency_ms]
    base_p99 = percentile(base_late, 0.99)
    return {
        "store": store.figures,
        "max_stall_ms": round(max(late, default=0.0), 1),
        "p99_stall_ms": round(percentile(late, 0.99), 1),
        "stalls_over_50ms": sum(1 for ms in late if ms > STALL_THRESHOLD_MS),
        "filter_p95_ms": round(percentile(filters, 0.95), 1),
        "filter_max_ms": round(max(filters, default=0.0), 1),
        "sort_p95_ms": round(percentile(sorts, 0.95), 1),
        "baseline_max_stall_ms": round(max(base_late, default=0.0), 1),
        "baseline_p99_stall_ms": round(base_p99, 1),
        "baseline_stalls_over_50ms": sum(1 for ms in base_late if ms > STALL_THRESHOLD_MS),
        "p99_over_baseline": round(percentile(late, 0.99) / base_p99, 2) if base_p99 else None,
        "phases": {p.name: p.figures() for p in [*base, *phases]},
    }


LEGEND = """
  max ms / p99 ms: the monitor's lateness (a 10 ms timer run late: the Qt thread was busy);
  >50 ms: stalls over 50 ms; upd: from the action (a search: the end of its 150 ms debounce)
  to the new query's rows in the table; count: to the count label; qt query: the longest
  history query run on the Qt thread."""


def print_summary(result: dict[str, Any]) -> None:
    keys = [k for k in result if k not in ("phases", "store")]
    width = max(len(k) for k in keys)
    print(LEGEND)
    print()
    for key in keys:
        print(f"  {key:<{width}}  {result[key]}")


def quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages, less the offscreen platform's note about size hints on every show."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def offscreen_loop() -> qasync.QEventLoop:
    """An offscreen Qt application (its size-hint notes quieted) and a qasync loop over
    it, set as this thread's: what a benchmark process showing real pages runs on."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the app is made
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)  # a page's window may close before the next opens
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    return loop


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--steps", type=int, default=200, help="PageDown presses")
    parser.add_argument("--max-bottom-steps", type=int, default=2_000)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="write a pyinstrument profile of each page phase here (pip install pyinstrument)",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    loop = offscreen_loop()  # the baseline's window closes before the page opens
    with tempfile.TemporaryDirectory() as folder:
        print(f"Building a store of {args.events:,} events...", flush=True)
        store = build_store(Path(folder) / "history.sqlite3", args.events)
        for key, value in store.figures.items():
            print(f"  {key}: {value}")
        try:
            result = loop.run_until_complete(run(args, store))
        finally:
            loop.close()
            store.db.close()
    result["store"]["busiest_lock"] = store.busiest
    print_summary(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"\nWrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
