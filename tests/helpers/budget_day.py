"""A simulated working day on the sandbox's clock: the live board refreshing within the
request budget, and a manager's clicks, on each plan (the budget tests and benchmark)."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from desktop.api import WorkTimeClient
from desktop.receiver.health import WebhookHealth
from desktop.receiver.server import WebhookReceiver
from desktop.sandbox import SandboxServer, worktime_key
from desktop.sandbox.credentials import WEBHOOK_SECRET, Plan
from desktop.services.budget import Priority, RequestBudget
from desktop.services.polling.refresh_loop import LiveRefreshLoop
from desktop.services.webhooks.apply import apply_waiting
from desktop.store import Database, LockCache
from desktop.store.webhooks import WebhookInbox

TODAY = date(2026, 11, 18)


ZONE = ZoneInfo("America/New_York")


DAY_START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # 09:00 in New York


DAY_END = datetime(2026, 11, 18, 22, 0, tzinfo=UTC)  # 17:00


USER_ACTIONS = [datetime(2026, 11, 18, h, m, tzinfo=UTC) for h, m in ((16, 0), (19, 0), (21, 30))]


FRONT_DOOR = "lock_101"


BOARD_COST = 3


MIN_INTERVAL = timedelta(seconds=15)


LOCK_STATES_EVERY = timedelta(minutes=10)  # as the Workday reads them while reconciling


MAX_SLEEPS = 10_000  # a day at the fastest pace needs about 2,000


PLANS: tuple[Plan, ...] = ("free", "paid", "enterprise")


@dataclass(order=True)
class _Action:
    when: datetime
    seq: int
    run: Callable[[], Awaitable[None]] = field(compare=False)


@dataclass
class SimDay:
    """The day's one timeline: the scheduler's clock, the sandbox's, and the manager's clicks.

    ``sleep`` moves the day's clock; the sandbox's (frozen) clock is set to the same
    time through ``/_sandbox/time`` before each request reaches it (``SandboxTime``),
    so a sleep cut short never leaves the two apart."""

    controls: httpx.AsyncClient
    now: datetime = DAY_START
    on_end: Callable[[], None] = lambda: None
    sleeps: int = 0
    actions: list[_Action] = field(default_factory=list)
    started: list[asyncio.Task[None]] = field(default_factory=list)
    synced: datetime | None = None

    def __call__(self) -> datetime:
        return self.now

    def at(self, when: datetime, action: Callable[[], Awaitable[None]]) -> None:
        heapq.heappush(self.actions, _Action(when, len(self.actions), action))

    def sleep(self, seconds: float) -> Awaitable[None]:
        """Moves the clock to ``seconds`` after now; clicks due on the way happen."""
        self.sleeps += 1
        if self.sleeps > MAX_SLEEPS:
            raise AssertionError("the scheduler slept too often; is it spinning?")
        return self._until(self.now + timedelta(seconds=seconds))

    async def _until(self, when: datetime) -> None:
        while self.actions and self.actions[0].when <= when:
            action = heapq.heappop(self.actions)
            self.now = max(self.now, action.when)
            task = asyncio.ensure_future(action.run())
            self.started.append(task)
            await asyncio.shield(task)  # a click outlives a sleep cut short
        self.now = max(self.now, when)
        if self.now >= DAY_END:
            self.on_end()

    async def sync_sandbox(self) -> None:
        if self.synced != self.now:
            self.synced = self.now
            response = await self.controls.post("/time", json={"set": self.now.isoformat()})
            response.raise_for_status()


class SandboxTime(httpx.AsyncBaseTransport):
    """Real sockets to the sandbox, its clock set to the day's before each request."""

    def __init__(self, sim: SimDay) -> None:
        self._sim = sim
        self._sockets = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await self._sim.sync_sandbox()
        return await self._sockets.handle_async_request(request)

    async def aclose(self) -> None:
        await self._sockets.aclose()


@dataclass
class DayResult:
    plan: Plan
    requests: int
    refused: int
    refreshes: int
    failures: int
    interval: timedelta
    staleness: list[timedelta]
    user_waits: list[timedelta]

    @property
    def median(self) -> timedelta:
        return timedelta(seconds=statistics.median(s.total_seconds() for s in self.staleness))

    @property
    def worst(self) -> timedelta:
        return max(self.staleness)

    def row(self) -> str:
        waits = ", ".join(f"{w.total_seconds():.1f}" for w in self.user_waits)
        return (
            f"{self.plan:<11}{self.requests:>9}{self.refused:>6}{self.refreshes:>11}"
            f"{_s(self.interval):>10}{_s(self.median):>9}{_s(self.worst):>9}   [{waits}]"
        )


def _s(delta: timedelta) -> str:
    return f"{delta.total_seconds():.0f}s"


async def live_day(sandbox: SandboxServer, plan: Plan) -> DayResult:
    async with httpx.AsyncClient(base_url=sandbox.url("sandbox")) as controls:
        sim = SimDay(controls)
        key = worktime_key("read", plan)
        options: dict[str, Any] = {"transport": SandboxTime(sim), "now": sim, "sleep": _no_wait}
        async with WorkTimeClient(sandbox.url("worktime"), key, **options) as client:
            loop, waits = await board_day(sim, client)
    return day_result(sandbox, plan, loop, waits)


def day_result(
    sandbox: SandboxServer, plan: Plan, loop: LiveRefreshLoop, waits: list[timedelta]
) -> DayResult:
    """What the day spent (the sandbox's count of its requests) and how fresh it kept the
    board (the time between two refreshes)."""
    times = list(loop.refreshed)
    sent = sandbox.controls.requests("worktime")
    return DayResult(
        plan=plan,
        requests=len(sent),
        refused=sum(1 for r in sent if r["status"] == 429),
        refreshes=len(times),
        failures=loop.failures,
        interval=loop.interval(),
        staleness=[b - a for a, b in itertools.pairwise(times)],
        user_waits=waits,
    )


async def board_day(
    sim: SimDay,
    client: WorkTimeClient,
    pushed_until: Callable[[], datetime | None] = lambda: None,
    reconciled: Callable[[dict[str, Any]], None] = lambda _board: None,
) -> tuple[LiveRefreshLoop, list[timedelta]]:
    """Run the board's refresh loop until the day ends, with the manager's clicks.
    ``pushed_until``: while webhooks bring the changes (the loop reconciles), the locks'
    states are read every ``LOCK_STATES_EVERY`` as the Workday does, and ``reconciled``
    is given what each reconciling refresh read (as ``Workday.refresh`` tells)."""
    budget = RequestBudget("worktime", clock=sim, sleep=sim.sleep, rate=lambda: client.rate_limit)
    board: dict[str, Any] = {}

    async def refresh_board() -> None:
        reconciling = loop.reconciling()
        board["attendance"] = [r async for r in client.iter_attendance(TODAY, TODAY)]
        board["front_door"] = await client.list_lock_history(FRONT_DOOR, page=1, limit=100)
        if reconciling:
            reconciled(board)

    loop = LiveRefreshLoop(
        budget, refresh_board, cost=BOARD_COST, min_interval=MIN_INTERVAL, pushed_until=pushed_until
    )
    sim.on_end = loop.stop
    waits = schedule_clicks(sim, budget, client, board)

    async def lock_states() -> None:
        if loop.reconciling():
            await budget.run(Priority.BACKGROUND, client.list_locks)
        if sim.now + LOCK_STATES_EVERY < DAY_END:
            sim.at(sim.now + LOCK_STATES_EVERY, lock_states)

    sim.at(DAY_START + LOCK_STATES_EVERY, lock_states)
    await loop.run()
    await asyncio.gather(*sim.started)
    return loop, waits


def schedule_clicks(
    sim: SimDay, budget: RequestBudget, client: WorkTimeClient, board: dict[str, Any]
) -> list[timedelta]:
    """A manager opens someone's day at each of USER_ACTIONS; returns how long each waited."""
    waits: list[timedelta] = []

    def click(asked: datetime) -> Callable[[], Awaitable[None]]:
        async def open_day() -> None:
            person = board["attendance"][0].employee_id

            async def fetch() -> object:
                waits.append(sim() - asked)
                return await client.list_attendance(TODAY, TODAY, employee_id=person)

            await budget.run(Priority.USER, fetch)

        return open_day

    for when in USER_ACTIONS:
        sim.at(when, click(when))
    return waits


async def _no_wait(seconds: float) -> None:
    """The client's retry backoff: nothing is retried in this day, and nothing waits."""


@dataclass
class WebhookDayResult:
    """The same day with WorkTime One's webhooks delivered to a real receiver."""

    day: DayResult
    events: int  # deliveries kept
    deliveries: int  # times the sandbox was asked to deliver (each upload time)
    staleness: list[timedelta]  # per event: the day's time the store had it - its upload
    apply_ms: list[float]  # real time from a delivery kept to it applied in the store

    @property
    def median(self) -> timedelta:
        seconds = statistics.median(s.total_seconds() for s in self.staleness or [timedelta()])
        return timedelta(seconds=seconds)


async def webhook_day(sandbox: SandboxServer, plan: Plan, store: Path) -> WebhookDayResult:
    """``live_day`` with a real ``WebhookReceiver`` (its health on the day's clock) keeping
    into ``store``, registered with the sandbox; at each upload time the sandbox is asked
    to deliver up to now, and what was kept is applied. The board's loop reconciles while
    the deliveries flow. The sandbox must be reset (live, frozen) at ``DAY_START``."""
    db = Database(store)
    async with httpx.AsyncClient(base_url=sandbox.url("sandbox")) as controls:
        sim = SimDay(controls)
        health = WebhookHealth(clock=sim)
        kept_at: list[float] = []  # perf_counter of the first delivery kept since the last apply

        def kept() -> None:  # on the receiver's thread
            if not kept_at:
                kept_at.append(time.perf_counter())

        receiver = WebhookReceiver(store, health, WEBHOOK_SECRET, sim, kept)
        url = receiver.start("127.0.0.1", 0)
        apply_ms: list[float] = []
        asked = 0
        try:
            (await controls.post("/webhooks", json={"url": url})).raise_for_status()

            async def deliver() -> None:
                nonlocal asked
                asked += 1
                await sim.sync_sandbox()
                response = await controls.post(
                    "/webhooks/deliver", json={"until": sim.now.isoformat()}
                )
                response.raise_for_status()
                while apply_waiting(db, ZONE, sim.now).more:
                    pass
                if kept_at:
                    apply_ms.append((time.perf_counter() - kept_at.pop()) * 1000)
                next_at = response.json().get("next_at")
                if next_at is not None:
                    when = max(datetime.fromisoformat(next_at), sim.now + timedelta(seconds=1))
                    if when < DAY_END:
                        sim.at(when, deliver)

            sim.at(DAY_START, deliver)
            key = worktime_key("read", plan)
            options: dict[str, Any] = {"transport": SandboxTime(sim), "now": sim, "sleep": _no_wait}
            async with WorkTimeClient(sandbox.url("worktime"), key, **options) as client:
                checked = [DAY_START]  # deliveries checked up to then

                def reconciled(board: dict[str, Any]) -> None:
                    """As the session does: the history read, kept, compared with what
                    was delivered, up to two minutes ago (a delivery may be on its way)."""
                    LockCache(db).save_events(board["front_door"].items, sim.now)
                    until = sim.now - timedelta(minutes=2)
                    if until > checked[0]:
                        inbox = WebhookInbox(db)
                        health.reconciled(inbox.missed_openings([FRONT_DOOR], checked[0], until))
                        checked[0] = until

                loop, waits = await board_day(
                    sim, client, pushed_until=health.healthy_until, reconciled=reconciled
                )
        finally:
            await asyncio.to_thread(receiver.stop)
        rows = db.conn.execute("SELECT received_at - occurred_at FROM webhook_event").fetchall()
    db.close()
    result = day_result(sandbox, plan, loop, waits)
    staleness = [timedelta(seconds=float(seconds)) for (seconds,) in rows]
    return WebhookDayResult(result, len(rows), asked, staleness, apply_ms)
