"""Webhook delivery on demand: one watermark for the live ticker and explicit deliveries,
lock openings and lock clocks each announced once, penalties, next_at, the test event."""

from __future__ import annotations

import logging
import socket
import time as real_time
from collections import Counter
from datetime import UTC, date, datetime, time
from typing import Any

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.data import Dataset
from desktop.sandbox.records import iso
from tests.helpers.sandbox_receiver import receiving
from tests.helpers.worktime_sandbox import NY, TODAY, client, data_of


def at(hour: int, minute: int = 0, day: date = TODAY) -> datetime:
    return datetime.combine(day, time(hour, minute), NY).astimezone(UTC)


def live_at(sandbox: SandboxServer, when: datetime) -> None:
    sandbox.controls.reset(seed=1, live=True, now=when.isoformat())
    sandbox.controls.time(frozen=True)


def set_time(sandbox: SandboxServer, when: datetime | float) -> None:
    moment = when if isinstance(when, datetime) else datetime.fromtimestamp(when, UTC)
    sandbox.controls.time(set=moment.isoformat())


def expected(data: Dataset, after: float, until: float) -> Counter[tuple[str, ...]]:
    """What the vendor would announce for ``(after, until]``, straight from the data set."""
    found: Counter[tuple[str, ...]] = Counter()
    for event in data.all_events():
        if event.event == "unlock" and event.success and after < event.server_timestamp <= until:
            found[("lock.opened", str(event.employee_id), str(iso(event.timestamp)))] += 1
    for entries in data.clocks.values():
        for entry in entries:
            if entry.source == "lock" and after < entry.visible_at <= until:
                found[
                    (f"attendance.{entry.type}", entry.employee_id, str(iso(entry.timestamp)))
                ] += 1
    return found


def announced(payloads: list[dict[str, Any]]) -> Counter[tuple[str, ...]]:
    return Counter(
        (p["event"], str(p["data"]["employee_id"]), p["data"]["timestamp"])
        for p in payloads
        if p["event"] != "penalty.created"
    )


def ts(value: str) -> float:
    return datetime.fromisoformat(value).timestamp()


def test_each_upload_in_the_window_is_announced_once(sandbox: SandboxServer) -> None:
    live_at(sandbox, at(7, 50))
    with receiving() as receiver:
        sandbox.controls.webhooks(receiver.url)
        start = at(7, 50).timestamp()
        set_time(sandbox, at(8, 30))
        answer = sandbox.controls.deliver_webhooks()
        want = expected(sandbox.state.data, start, at(8, 30).timestamp())
        payloads = receiver.payloads()
        assert announced(payloads) == want
        assert {e for e, *_ in want} == {"lock.opened", "attendance.clock_in"}
        assert answer["emitted"] == len(payloads) == sum(want.values())
        again = sandbox.controls.deliver_webhooks()
        assert again["emitted"] == 0
        assert len(receiver.payloads()) == len(payloads)
    opened = next(p for p in payloads if p["event"] == "lock.opened")
    assert set(opened) == {"event", "timestamp", "data"}
    assert set(opened["data"]) == {"lock_id", "employee_id", "employee_name", "timestamp", "method"}
    clock_in = next(p for p in payloads if p["event"] == "attendance.clock_in")
    assert set(clock_in["data"]) == {
        "employee_id",
        "employee_name",
        "lock_id",
        "timestamp",
        "method",
    }
    # The clock-in came through the entrance: its lock opening says how.
    door = next(
        p
        for p in payloads
        if p["event"] == "lock.opened"
        and p["data"]["employee_id"] == clock_in["data"]["employee_id"]
        and p["data"]["timestamp"] == clock_in["data"]["timestamp"]
    )
    assert clock_in["data"]["method"] == door["data"]["method"]
    assert clock_in["data"]["lock_id"] == door["data"]["lock_id"]
    assert ts(clock_in["timestamp"]) > ts(clock_in["data"]["timestamp"])  # when it was uploaded


def test_the_live_ticker_and_deliveries_never_announce_twice(sandbox: SandboxServer) -> None:
    live_at(sandbox, at(8, 20))
    with receiving() as receiver:
        sandbox.controls.webhooks(receiver.url)
        start = at(8, 20).timestamp()
        sandbox.controls.time(speed=1800, frozen=False)  # half an hour a second
        deadline = real_time.monotonic() + 0.8  # the ticker announces too, every 0.5 s
        for _ in range(500):
            sandbox.controls.deliver_webhooks()
            if real_time.monotonic() > deadline:
                break
        end = ts(sandbox.controls.time(frozen=True)["now"])
        sandbox.controls.deliver_webhooks()
        want = expected(sandbox.state.data, start, end)
        got = announced(receiver.payloads())
    assert sum(want.values()) > 10
    assert got == want


def test_a_late_lock_clock_in_brings_its_penalty(sandbox: SandboxServer) -> None:
    live_at(sandbox, at(9, 0))
    with receiving() as receiver:
        sandbox.controls.webhooks(receiver.url)
        set_time(sandbox, at(10, 0))
        sandbox.controls.deliver_webhooks()
        payloads = receiver.payloads()
    nine = at(9, 0).timestamp()
    clock_ins = {
        p["data"]["employee_id"]: p for p in payloads if p["event"] == "attendance.clock_in"
    }
    late = {emp: int(ts(p["data"]["timestamp"]) - nine) // 60 for emp, p in clock_ins.items()}
    penalties = [p for p in payloads if p["event"] == "penalty.created"]
    assert {p["data"]["employee_id"]: p["data"]["minutes"] for p in penalties} == {
        emp: minutes for emp, minutes in late.items() if minutes > 0
    }
    assert len(penalties) == len({p["data"]["employee_id"] for p in penalties}) > 0
    penalty = penalties[0]
    clock_in = clock_ins[penalty["data"]["employee_id"]]
    assert penalty["timestamp"] == clock_in["timestamp"]
    assert penalty["data"]["type"] == "late_arrival"
    assert penalty["data"]["date"] == TODAY.isoformat()
    assert penalty["data"]["timestamp"] == clock_in["data"]["timestamp"]
    assert penalty["data"]["attendance_id"].startswith("att_20261118_")


def next_upload(data: Dataset, after: float) -> float:
    times = [
        e.server_timestamp
        for e in data.all_events()
        if e.event == "unlock" and e.success and e.server_timestamp > after
    ]
    times += [
        c.visible_at
        for entries in data.clocks.values()
        for c in entries
        if c.source == "lock" and c.visible_at > after
    ]
    return min(times)


@pytest.mark.parametrize("start", [at(12, 0), at(23, 59)], ids=["midday", "before midnight"])
def test_next_at_is_the_next_upload(sandbox: SandboxServer, start: datetime) -> None:
    live_at(sandbox, start)
    with receiving() as receiver:
        sandbox.controls.webhooks(receiver.url)
        answer = sandbox.controls.deliver_webhooks()
        assert answer["emitted"] == 0
        next_at = ts(answer["next_at"])
        set_time(sandbox, next_at)  # plans the next day when the clock gets there
        assert next_at == next_upload(sandbox.state.data, start.timestamp())
        assert sandbox.controls.deliver_webhooks(until=iso(next_at - 1))["emitted"] == 0
        # Announced at next_at, by this call or by the live ticker (every 0.5 s) if it came
        # first since the clock was set: then its deliveries may still be on their way.
        sandbox.controls.deliver_webhooks()
        deadline = real_time.monotonic() + 10
        while not receiver.payloads() and real_time.monotonic() < deadline:
            real_time.sleep(0.05)
        payloads = receiver.payloads()
    assert payloads
    assert {p["timestamp"] for p in payloads} == {iso(next_at)}


def test_a_new_listener_hears_only_what_happens_after_it_registers(
    sandbox: SandboxServer,
) -> None:
    live_at(sandbox, at(8, 0))
    set_time(sandbox, at(9, 0))  # an hour of arrivals nobody listened to
    with receiving() as receiver:
        assert sandbox.controls.webhooks(receiver.url)["announced_until"] == iso(
            at(9, 0).timestamp()
        )
        assert sandbox.controls.deliver_webhooks()["emitted"] == 0
        httpx.delete(sandbox.url("sandbox") + "/webhooks").raise_for_status()
        set_time(sandbox, at(9, 10))
        sandbox.controls.webhooks(receiver.url)  # the watermark starts again, here
        assert sandbox.controls.deliver_webhooks()["emitted"] == 0
        set_time(sandbox, at(9, 20))
        answer = sandbox.controls.deliver_webhooks()
        want = expected(sandbox.state.data, at(9, 10).timestamp(), at(9, 20).timestamp())
        got = announced(receiver.payloads())
    assert sum(want.values()) > 0
    assert got == want
    assert answer["emitted"] >= sum(want.values())


def test_delivery_works_with_live_mode_off_and_the_clock_frozen(sandbox: SandboxServer) -> None:
    # 14:59 in New York: locks without a gateway upload when a phone syncs them, at 15:00.
    sandbox.controls.reset(seed=1, now="2026-11-18T19:59:00Z")
    now = ts(sandbox.controls.info()["now"])
    with receiving() as receiver:
        sandbox.controls.webhooks(receiver.url)
        sandbox.controls.time(advance=3600)
        answer = sandbox.controls.deliver_webhooks()
        got = announced(receiver.payloads())
    want = expected(sandbox.state.data, now, now + 3600)
    assert sum(want.values()) == answer["emitted"] == 3
    assert got == want
    assert answer["next_at"] is None  # nothing else will reach the cloud: the day is built


def test_a_manual_clock_is_announced_once(sandbox: SandboxServer) -> None:
    live_at(sandbox, at(11, 0))
    with receiving() as receiver, client(sandbox) as wt:
        sandbox.controls.webhooks(receiver.url)
        emp = data_of(wt.get("/employees", params={"limit": 1}))[0]
        body = {
            "employee_id": emp["id"],
            "type": "clock_out",
            "timestamp": iso(at(10, 0).timestamp()),
        }
        assert wt.post("/attendance/clock", json=body).status_code == 201
        set_time(sandbox, at(11, 5))
        sandbox.controls.deliver_webhooks()
        manual = [
            p
            for p in receiver.payloads()
            if p["event"] == "attendance.clock_out" and p["data"]["employee_id"] == emp["id"]
        ]
    assert len(manual) == 1
    assert manual[0]["data"]["method"] == "manual"


def test_the_test_event_reaches_every_url_and_failures_are_logged_once(
    sandbox: SandboxServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="desktop.sandbox.webhooks")
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{closed.getsockname()[1]}/hook"
    with receiving() as good, receiving(status=500) as refusing:
        for url in (good.url, refusing.url, down):
            sandbox.controls.webhooks(url)
        first = sandbox.controls.test_webhook()
        second = sandbox.controls.test_webhook()
        payloads = good.payloads()
        refused = refusing.payloads()
    by_url = {d["url"]: d for d in first["deliveries"]}
    assert by_url[good.url] == {
        "url": good.url,
        "event": "webhook.test",
        "status": 204,
        "error": None,
    }
    assert by_url[refusing.url]["status"] == 500
    assert by_url[down]["status"] is None
    assert by_url[down]["error"]
    assert len(second["deliveries"]) == 3
    assert len(refused) == 2
    assert payloads[0] == {
        "event": "webhook.test",
        "timestamp": sandbox.controls.info()["now"],
        "data": {"message": "Test event from the WorkTime One sandbox"},
    }
    warnings = [r for r in caplog.records if r.name == "desktop.sandbox.webhooks"]
    assert len(warnings) == 2  # one per URL and cause, not one per delivery
    recorded = sandbox.controls.webhooks()["deliveries"]
    assert Counter(d["status"] for d in recorded) == Counter({204: 2, 500: 2, None: 2})
