"""A team's free-plan day: the requests three desks make over one desk's (team_bench part 3).

Three ``Session``s over one PostgreSQL store, each with a WorkTimeClient of its own (the
organization's one free-plan key) to the sandbox, live through 09:00-17:00 in New York on
a compressed clock; then one desk alone lives through the same day on a store of its own.
The sandbox is reset to ``tests/helpers/budget_day.py``'s live data set before each, its
clock frozen and set to the desks' before each request (as ``SandboxTime`` does there).

Each desk is used as the console uses it: the syncer's workday (first load, then the live
board's refresh loop within the budget); every desk's Today page redrawn from its store
whenever its session says the board changed (one draw at a time, as ``TodayController``
draws); and the day's three clicks of a manager (``USER_ACTIONS``: an employee opened,
one request each), at a following desk when there are three. The sandbox's request log
counts what the organization spent. Numbers for the record: nothing here asserts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import httpx

__test__ = False

ZONE = "America/New_York"
FINISH_S = 30.0  # real seconds a day may overrun before it is ended anyway


class DayClock:
    """The day's time: ``DAY_START`` at ``start()``, then ``speed`` times real time."""

    def __init__(self, start: datetime, speed: float) -> None:
        self.start, self.speed = start, speed
        self._t0 = time.monotonic()

    def begin(self) -> None:
        self._t0 = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=(time.monotonic() - self._t0) * self.speed)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.speed)


class SetsSandboxTime(httpx.AsyncBaseTransport):
    """Real sockets to the sandbox, its frozen clock set to the day's before each request;
    counts the requests this desk sent."""

    def __init__(self, clock: DayClock, controls: httpx.AsyncClient) -> None:
        self.clock, self.controls, self.sent = clock, controls, 0
        self._sockets = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        set_to = {"set": self.clock().isoformat()}
        (await self.controls.post("/time", json=set_to)).raise_for_status()
        return await self._sockets.handle_async_request(request)

    async def aclose(self) -> None:
        await self._sockets.aclose()


def _draws_its_board(session: Any) -> Callable[[], int]:
    """Redraw ``session``'s board from its store whenever it says the board changed, one
    draw at a time (a change during a draw asks for one more), as the Today page does;
    answers how many draws were made."""
    from desktop.services.changes import Change

    draws = [0]
    state = {"drawing": False, "again": False}

    async def draw() -> None:
        while True:
            state["again"] = False
            await session.board()
            draws[0] += 1
            if not state["again"]:
                break
        state["drawing"] = False

    def changed(_change: Change) -> None:
        if state["drawing"]:
            state["again"] = True
            return
        state["drawing"] = True
        asyncio.get_running_loop().create_task(draw())

    session.changes.subscribe(changed, Change.BOARD, Change.PUSHED, Change.EMPLOYEES)
    return lambda: draws[0]


def _paced_by(session: Any, clock: DayClock) -> None:
    """The syncer's budget sleeps on the day's clock (the budget's injected ``sleep``, as
    the budget day gives it), whenever this desk starts a workday."""
    from desktop.services.changes import Change

    def connected(_change: Change) -> None:
        workday = session.workday
        if workday is not None:
            workday.budget.sleep = clock.sleep

    session.changes.subscribe(connected, Change.CONNECTED)


async def one_day(store: str, sandbox_url: str, worktime_url: str, desks: int,
                  day_seconds: float) -> dict[str, Any]:  # fmt: skip
    from desktop.api import WorkTimeClient
    from desktop.messages import MessageBus
    from desktop.sandbox.credentials import worktime_key
    from desktop.services.session import Session
    from desktop.store import open_store
    from desktop.tasks import TaskRunner
    from tests.helpers.budget_day import DAY_END, DAY_START, USER_ACTIONS

    speed = (DAY_END - DAY_START).total_seconds() / day_seconds
    clock = DayClock(DAY_START, speed)
    key = worktime_key("read", "free")
    sessions: list[Any] = []
    transports: list[SetsSandboxTime] = []
    clients: list[Any] = []
    draws: list[Callable[[], int]] = []
    async with httpx.AsyncClient(base_url=sandbox_url) as controls:
        try:
            for _ in range(desks):
                session = Session(open_store(store), TaskRunner(MessageBus()), now=clock)
                session.set_zone(ZONE)
                session.sign_in("Ana Ruiz")
                _paced_by(session, clock)
                draws.append(_draws_its_board(session))
                transport = SetsSandboxTime(clock, controls)
                sessions.append(session)
                transports.append(transport)
                clients.append(
                    WorkTimeClient(
                        worktime_url, key, transport=transport, now=clock, sleep=clock.sleep
                    )
                )
            clock.begin()
            for session, client in zip(sessions, clients, strict=True):
                session.use_worktime(client)
            clicker = sessions[-1]  # a following desk, when there are several
            clicks: list[str] = []
            ended = time.monotonic() + day_seconds + FINISH_S
            while clock() < DAY_END and time.monotonic() < ended:
                due = [at for at in USER_ACTIONS if at <= clock() and at.isoformat() not in clicks]
                for at in due:
                    clicks.append(at.isoformat())
                    board = clicker.board_from()
                    person = board.people[0].employee_id if board.people else None
                    if person is not None:
                        await clicker.employee(person)
                await asyncio.sleep(0.02)
            syncers = [i for i, s in enumerate(sessions) if s.workday is not None]
            refreshed = [len(s.workday.loop.refreshed) for s in sessions if s.workday is not None]
        finally:
            for session in sessions:
                await session.stop()
            for client in clients:
                await client.aclose()
            for session in sessions:
                session.db.close()
        logged = await controls.get("/requests", params={"service": "worktime"})
    # The day's requests: the loop's last turn may run past 17:00 by a moment of real time
    # (minutes of the day's), and what it sends then belongs to no day.
    every = logged.json()["requests"]
    sent = [r for r in every if datetime.fromisoformat(r["at"]) <= DAY_END]
    return {
        "desks": desks,
        "requests": len(sent),
        "after_17": len(every) - len(sent),
        "429s": sum(1 for r in every if r["status"] == 429),
        "by_desk": [t.sent for t in transports],
        "syncers": syncers,
        "refreshes": refreshed,
        "board_draws": [d() for d in draws],
        "clicks": len(clicks),
        "day_seconds": day_seconds,
        "sim_end": clock().isoformat(),
    }
