"""WorkTime One attendance in the sandbox: records, filters, manual clock events, live mode."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import httpx
import pytest

from desktop.sandbox import SandboxServer
from tests.helpers.webhooks import Listener
from tests.helpers.worktime_sandbox import (
    NOW,
    NY,
    TODAY,
    client,
    data_of,
    error_of,
    local,
    parse,
    utc_iso,
    walk,
)

RECORD_FIELDS = {
    "id",
    "employee_id",
    "employee_name",
    "clock_in",
    "clock_out",
    "work_hours",
    "late_minutes",
    "early_departure_minutes",
    "lock_id",
    "date",
}
SATURDAY_EDT = date(2026, 10, 24)  # no seeded clock entries on weekends
SATURDAY_EST = date(2026, 11, 14)


@pytest.fixture
def wt(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox) as http:
        yield http


def expected_late_early(record: dict[str, Any]) -> tuple[int, int]:
    day = date.fromisoformat(record["date"])
    start = datetime.combine(day, time(9, 0), NY)
    end = datetime.combine(day, time(17, 30), NY)
    late = early = 0
    if record["clock_in"]:
        late = max(0, int((local(record["clock_in"]) - start).total_seconds()) // 60)
    if record["clock_out"]:
        early = max(0, int((end - local(record["clock_out"])).total_seconds()) // 60)
    return late, early


def hours(first: str, last: str) -> float:
    return round((parse(last) - parse(first)).total_seconds() / 3600, 2)


def one_record(wt: httpx.Client, emp_id: str, day: date) -> dict[str, Any]:
    found = walk(wt, "/attendance", employee_id=emp_id, start_date=day, end_date=day)
    assert len(found) == 1
    return found[0]


def clock(wt: httpx.Client, **body: Any) -> httpx.Response:
    return wt.post("/attendance/clock", json=body)


# -- GET /attendance ------------------------------------------------------------------


def test_default_range_is_the_last_30_days_in_order(wt: httpx.Client) -> None:
    records = walk(wt, "/attendance")
    assert len(records) > 2000
    dates = {r["date"] for r in records}
    assert min(dates) == (TODAY - timedelta(days=29)).isoformat()
    assert max(dates) == TODAY.isoformat()
    keys = [(r["date"], r["employee_id"]) for r in records]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert set(record) == RECORD_FIELDS
        assert local(record["clock_in"]).date().isoformat() == record["date"]
        assert record["lock_id"].startswith("lock_")


def test_late_and_early_minutes_and_hours_follow_the_local_workday(wt: httpx.Client) -> None:
    records = walk(wt, "/attendance")
    for record in records:
        assert (record["late_minutes"], record["early_departure_minutes"]) == (
            expected_late_early(record)
        )
        if record["clock_out"]:
            assert record["work_hours"] == hours(record["clock_in"], record["clock_out"])
        elif record["date"] < TODAY.isoformat():
            assert record["work_hours"] == 0.0  # forgot to clock out
    late = [r for r in records if r["late_minutes"] > 0]
    # Late arrivals both before (EDT) and after (EST) the clocks went back on 1 November.
    assert any(r["date"] < "2026-11-01" for r in late)
    assert any(r["date"] > "2026-11-01" for r in late)
    assert any(r["early_departure_minutes"] > 0 for r in records)
    assert any(r["clock_out"] is None and r["date"] < TODAY.isoformat() for r in records)


def test_todays_records_are_open_with_hours_so_far(wt: httpx.Client) -> None:
    today = walk(wt, "/attendance", start_date=TODAY, end_date=TODAY)
    assert len(today) > 50
    for record in today:
        assert record["clock_out"] is None
        arrived = parse(record["clock_in"]).timestamp()
        assert arrived <= NOW
        assert record["work_hours"] == round((NOW - arrived) / 3600, 2)


def test_attendance_filters(wt: httpx.Client) -> None:
    mine = walk(wt, "/attendance", employee_id="emp_010004")
    assert mine
    assert {r["employee_id"] for r in mine} == {"emp_010004"}
    assert [r["date"] for r in mine] == sorted(r["date"] for r in mine)
    front = walk(wt, "/attendance", lock_id="lock_102")
    assert front
    assert {r["lock_id"] for r in front} == {"lock_102"}
    week = walk(wt, "/attendance", start_date="2026-11-09", end_date="2026-11-13")
    assert {r["date"] for r in week} == {f"2026-11-{d:02d}" for d in range(9, 14)}
    since = walk(wt, "/attendance", start_date="2026-11-16")
    assert {r["date"] for r in since} == {"2026-11-16", "2026-11-17", "2026-11-18"}
    assert walk(wt, "/attendance", employee_id="emp_999999") == []
    assert walk(wt, "/attendance", lock_id="lock_103") == []  # not a clocking lock


def test_attendance_rejects_bad_dates_and_paging(wt: httpx.Client) -> None:
    for params, field in (
        ({"start_date": "18/11/2026"}, "start_date"),
        ({"end_date": "2026-02-30"}, "end_date"),
        ({"start_date": "2026-11-18", "end_date": "2026-11-01"}, "start_date"),
        ({"limit": 101}, "limit"),
        ({"page": -1}, "page"),
    ):
        error_of(wt.get("/attendance", params=params), 400, field)


# -- POST /attendance/clock -------------------------------------------------------------


def test_manual_clock_in_and_out_make_a_record(wt: httpx.Client) -> None:
    assert (
        walk(
            wt,
            "/attendance",
            employee_id="emp_010005",
            start_date=SATURDAY_EST,
            end_date=SATURDAY_EST,
        )
        == []
    )
    stamp = utc_iso(SATURDAY_EST, 9, 17, 30)
    entry = data_of(
        clock(
            wt,
            employee_id="emp_010005",
            type="clock_in",
            timestamp=stamp,
            lock_id="lock_101",
            notes="Manual entry",
        ),
        201,
    )
    assert set(entry) == {
        "id",
        "employee_id",
        "type",
        "timestamp",
        "lock_id",
        "notes",
        "source",
        "created_at",
    }
    assert entry["employee_id"] == "emp_010005"
    assert entry["type"] == "clock_in"
    assert entry["timestamp"] == stamp
    assert entry["lock_id"] == "lock_101"
    assert entry["notes"] == "Manual entry"
    assert entry["source"] == "manual"
    assert entry["created_at"] == "2026-11-18T15:00:00Z"
    record = one_record(wt, "emp_010005", SATURDAY_EST)
    assert record["clock_in"] == stamp
    assert record["clock_out"] is None
    assert record["work_hours"] == 0.0
    assert record["late_minutes"] == 17
    assert record["lock_id"] == "lock_101"

    out = utc_iso(SATURDAY_EST, 17, 12)
    data_of(clock(wt, employee_id="emp_010005", type="clock_out", timestamp=out), 201)
    record = one_record(wt, "emp_010005", SATURDAY_EST)
    assert record["clock_out"] == out
    assert record["work_hours"] == 7.91
    assert record["early_departure_minutes"] == 18

    # Earliest clock in and latest clock out win; later ins and earlier outs change nothing.
    data_of(
        clock(
            wt, employee_id="emp_010005", type="clock_in", timestamp=utc_iso(SATURDAY_EST, 12, 0)
        ),
        201,
    )
    data_of(
        clock(
            wt, employee_id="emp_010005", type="clock_out", timestamp=utc_iso(SATURDAY_EST, 16, 0)
        ),
        201,
    )
    assert one_record(wt, "emp_010005", SATURDAY_EST) == record


def test_late_minutes_use_daylight_saving_time(wt: httpx.Client) -> None:
    stamp = "2026-10-24T13:05:00Z"  # 09:05 EDT; it would be 08:05 in EST
    data_of(clock(wt, employee_id="emp_010005", type="clock_in", timestamp=stamp), 201)
    assert one_record(wt, "emp_010005", SATURDAY_EDT)["late_minutes"] == 5
    offset = "2026-11-14T09:30:00-05:00"
    entry = data_of(clock(wt, employee_id="emp_010006", type="clock_in", timestamp=offset), 201)
    assert entry["timestamp"] == "2026-11-14T14:30:00Z"
    assert one_record(wt, "emp_010006", SATURDAY_EST)["late_minutes"] == 30


def test_manual_clock_out_fixes_an_open_past_day(wt: httpx.Client) -> None:
    records = walk(wt, "/attendance", end_date=TODAY - timedelta(days=1))
    forgot = next(r for r in records if r["clock_out"] is None)
    day = date.fromisoformat(forgot["date"])
    out = utc_iso(day, 17, 45)
    data_of(clock(wt, employee_id=forgot["employee_id"], type="clock_out", timestamp=out), 201)
    fixed = one_record(wt, forgot["employee_id"], day)
    assert fixed["id"] == forgot["id"]
    assert fixed["clock_in"] == forgot["clock_in"]
    assert fixed["clock_out"] == out
    assert fixed["work_hours"] == hours(forgot["clock_in"], out)
    assert fixed["work_hours"] > 0
    assert fixed["early_departure_minutes"] == 0


def test_posting_twice_adds_twice(wt: httpx.Client) -> None:
    body = {
        "employee_id": "emp_010007",
        "type": "clock_in",
        "timestamp": utc_iso(SATURDAY_EST, 8, 55),
    }
    first = data_of(clock(wt, **body), 201)
    second = data_of(clock(wt, **body), 201)
    assert first["id"] != second["id"]
    assert one_record(wt, "emp_010007", SATURDAY_EST)["clock_in"] == body["timestamp"]


def test_clock_rejects_bad_bodies(wt: httpx.Client) -> None:
    emp = data_of(
        wt.post(
            "/employees",
            json={"name": "New Hire", "email": "new@acme.example", "department_id": "dept_01"},
        ),
        201,
    )
    deleted = walk(wt, "/employees", status="deleted")[0]["id"]
    good = {"employee_id": "emp_010005", "type": "clock_in", "timestamp": "2026-11-18T14:00:00Z"}
    cases: list[tuple[dict[str, Any], str]] = [
        ({**good, "timestamp": "2026-11-18T15:00:01Z"}, "timestamp"),  # one second ahead
        ({**good, "employee_id": emp["id"], "timestamp": "2026-11-17T14:00:00Z"}, "timestamp"),
        ({**good, "timestamp": "2026-11-18T09:00:00"}, "timestamp"),  # no zone
        ({**good, "timestamp": "yesterday"}, "timestamp"),
        ({k: v for k, v in good.items() if k != "timestamp"}, "timestamp"),
        ({k: v for k, v in good.items() if k != "employee_id"}, "employee_id"),
        ({**good, "employee_id": "emp_999999"}, "employee_id"),
        ({**good, "employee_id": deleted}, "employee_id"),
        ({**good, "type": "lunch"}, "type"),
        ({**good, "lock_id": "lock_999"}, "lock_id"),
        ({**good, "notes": 5}, "notes"),
    ]
    for body, field in cases:
        error_of(clock(wt, **body), 400, field)
    data_of(
        clock(wt, **{**good, "employee_id": emp["id"], "timestamp": "2026-11-18T15:00:00Z"}), 201
    )


# -- webhooks ------------------------------------------------------------------------


def test_webhooks_for_employees_clocks_and_penalties(
    wt: httpx.Client, sandbox: SandboxServer, listener: Listener
) -> None:
    sandbox.controls.webhooks(listener.url)
    emp = data_of(
        wt.post(
            "/employees",
            json={"name": "Hook Test", "email": "hook@acme.example", "department_id": "dept_02"},
        ),
        201,
    )
    data_of(
        clock(wt, employee_id=emp["id"], type="clock_in", timestamp="2026-11-18T15:00:00Z"), 201
    )
    events = listener.wait(3)
    by_name = {e["event"]: e for e in events}
    assert set(by_name) == {"employee.created", "attendance.clock_in", "penalty.created"}
    assert by_name["employee.created"]["data"]["id"] == emp["id"]
    clock_in = by_name["attendance.clock_in"]["data"]
    assert clock_in["employee_id"] == emp["id"]
    assert clock_in["timestamp"] == "2026-11-18T15:00:00Z"
    penalty = by_name["penalty.created"]["data"]
    assert penalty["type"] == "late_arrival"
    assert penalty["minutes"] == 60  # 10:00 in New York


# -- live mode -------------------------------------------------------------------------


def test_live_mode_fills_in_as_the_clock_moves(sandbox: SandboxServer) -> None:
    sandbox.controls.reset(seed=1, live=True, now=utc_iso(TODAY, 6, 0))
    with client(sandbox) as wt:
        before_events = wt.get("/locks/lock_101/history", params={"start_date": TODAY.isoformat()})
        before_records = wt.get("/attendance", params={"start_date": TODAY.isoformat()})
        events_early = before_events.json()["pagination"]["total"]
        records_early = before_records.json()["pagination"]["total"]
        sandbox.controls.time(advance=4 * 3600)  # 10:00 in New York
        after_events = walk(wt, "/locks/lock_101/history", start_date=TODAY)
        after_records = walk(wt, "/attendance", start_date=TODAY)
    assert records_early == 0
    assert len(after_events) > events_early + 30
    assert len(after_records) > 50
    for event in after_events:
        assert parse(event["server_timestamp"]).timestamp() <= NOW
    for record in after_records:
        assert record["clock_out"] is None
        assert parse(record["clock_in"]).timestamp() <= NOW
