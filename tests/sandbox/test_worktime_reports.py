"""WorkTime One reports (payroll, attendance, the .xlsx) and smart locks in the sandbox."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook

from desktop.sandbox import SandboxServer
from tests.helpers.worktime_sandbox import NOW, TODAY, client, data_of, error_of, local, parse, walk

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAYROLL_FIELDS = [
    "employee_id",
    "employee_name",
    "days_worked",
    "regular_hours",
    "overtime_hours",
    "late_minutes",
    "early_departure_minutes",
    "penalties",
    "base_pay",
    "overtime_pay",
    "gross_pay",
    "currency",
]
RANGE: dict[str, Any] = {"start_date": "2026-11-02", "end_date": "2026-11-18"}
LOCK_EVENT_FIELDS = {
    "id",
    "lock_id",
    "employee_id",
    "employee_name",
    "access_method",
    "timestamp",
    "success",
    "event",
    "server_timestamp",
}


@pytest.fixture
def wt(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox) as http:
        yield http


# -- payroll -----------------------------------------------------------------------------


def expected_payroll(employee: dict[str, Any], records: list[dict[str, Any]]) -> dict[str, Any]:
    hourly = (employee["salary"] or 0) / 2080
    regular = round(sum(min(r["work_hours"], 8.5) for r in records), 2)
    overtime = round(sum(max(0.0, r["work_hours"] - 8.5) for r in records), 2)
    late = sum(r["late_minutes"] for r in records)
    early = sum(r["early_departure_minutes"] for r in records)
    return {
        "days_worked": sum(1 for r in records if r["clock_in"]),
        "regular_hours": regular,
        "overtime_hours": overtime,
        "late_minutes": late,
        "early_departure_minutes": early,
        "penalties": round((late + early) * hourly / 60, 2),
        "base_pay": round(regular * hourly, 2),
        "overtime_pay": round(overtime * hourly * 1.5, 2),
    }


def test_payroll_agrees_with_the_attendance_records(wt: httpx.Client) -> None:
    rows = data_of(wt.get("/reports/payroll", params=RANGE))
    employees = {e["id"]: e for e in walk(wt, "/employees")}
    assert [r["employee_id"] for r in rows] == sorted(employees)  # every not-deleted employee
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in walk(wt, "/attendance", **RANGE):
        records[record["employee_id"]].append(record)
    for row in rows:
        assert list(row) == PAYROLL_FIELDS
        employee = employees[row["employee_id"]]
        assert row["employee_name"] == employee["name"]
        assert row["currency"] == "USD"
        expected = expected_payroll(employee, records[row["employee_id"]])
        for name in (
            "days_worked",
            "regular_hours",
            "overtime_hours",
            "late_minutes",
            "early_departure_minutes",
        ):
            assert row[name] == expected[name], (row, name)
        for name in ("penalties", "base_pay", "overtime_pay"):
            assert row[name] == pytest.approx(expected[name], abs=0.011), (row, name)
        gross = row["base_pay"] + row["overtime_pay"] - row["penalties"]
        assert row["gross_pay"] == pytest.approx(gross, abs=0.011)
    assert sum(r["days_worked"] for r in rows) > 1000
    assert any(r["overtime_hours"] > 0 for r in rows)
    assert any(r["penalties"] > 0 for r in rows)


def test_payroll_for_one_employee_and_zero_days(wt: httpx.Client) -> None:
    one = data_of(wt.get("/reports/payroll", params={**RANGE, "employee_id": "emp_010004"}))
    assert [r["employee_id"] for r in one] == ["emp_010004"]
    everyone = data_of(wt.get("/reports/payroll", params=RANGE))
    assert one[0] == next(r for r in everyone if r["employee_id"] == "emp_010004")
    new = data_of(
        wt.post(
            "/employees",
            json={
                "name": "Zero Days",
                "email": "zero@acme.example",
                "department_id": "dept_01",
                "salary": 52000,
            },
        ),
        201,
    )
    row = data_of(wt.get("/reports/payroll", params={**RANGE, "employee_id": new["id"]}))[0]
    assert row["days_worked"] == 0
    assert row["gross_pay"] == 0


def test_payroll_excel_opens_and_matches_json(wt: httpx.Client) -> None:
    rows = data_of(wt.get("/reports/payroll", params=RANGE))
    response = wt.get("/reports/payroll", params={**RANGE, "format": "excel"})
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert ".xlsx" in response.headers["content-disposition"]
    assert "X-RateLimit-Remaining" in response.headers
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    sheet = book.worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    assert table[0] == PAYROLL_FIELDS
    assert len(table) == len(rows) + 1
    for cells, row in zip(table[1:], rows, strict=True):
        assert cells == [row[name] for name in PAYROLL_FIELDS]


@pytest.mark.parametrize("path", ["/reports/payroll", "/reports/attendance"])
def test_reports_need_sane_dates_and_format(wt: httpx.Client, path: str) -> None:
    error_of(wt.get(path), 400, "start_date")
    error_of(wt.get(path, params={"start_date": "2026-11-01"}), 400, "end_date")
    error_of(
        wt.get(path, params={"start_date": "2026-11-18", "end_date": "2026-11-01"}),
        400,
        "start_date",
    )
    error_of(
        wt.get(path, params={"start_date": "Nov 1", "end_date": "2026-11-18"}), 400, "start_date"
    )
    error_of(wt.get(path, params={**RANGE, "format": "pdf"}), 400, "format")
    error_of(wt.get(path, params={**RANGE, "employee_id": "emp_999999"}), 400, "employee_id")


# -- attendance report --------------------------------------------------------------------


def test_attendance_report_lists_every_employee_every_weekday(wt: httpx.Client) -> None:
    params = {"start_date": "2026-11-13", "end_date": "2026-11-20"}  # Fri to next Fri
    rows = data_of(wt.get("/reports/attendance", params=params))
    employees = walk(wt, "/employees")
    weekdays = ["2026-11-13", "2026-11-16", "2026-11-17", "2026-11-18"]  # up to today
    expected = [
        (day, e["id"])
        for day in weekdays
        for e in sorted(employees, key=lambda e: e["id"])
        if e["start_date"] <= day
    ]
    assert [(r["date"], r["employee_id"]) for r in rows] == expected
    records = {
        (r["date"], r["employee_id"]): r
        for r in walk(wt, "/attendance", start_date="2026-11-13", end_date="2026-11-18")
    }
    for row in rows:
        assert set(row) == {
            "employee_id",
            "employee_name",
            "date",
            "clock_in",
            "clock_out",
            "work_hours",
            "late_minutes",
            "early_departure_minutes",
            "absent",
        }
        record = records.get((row["date"], row["employee_id"]))
        if record is None:
            assert (row["clock_in"], row["clock_out"], row["work_hours"]) == (None, None, 0.0)
        else:
            for name in (
                "clock_in",
                "clock_out",
                "work_hours",
                "late_minutes",
                "early_departure_minutes",
            ):
                assert row[name] == record[name]
        if row["date"] == TODAY.isoformat():
            assert row["absent"] is False  # 10:00: not absent until the day ends at 17:30
        else:
            assert row["absent"] is (row["clock_in"] is None)
    assert any(r["absent"] for r in rows)


def test_attendance_report_today_counts_absences_after_1730(
    wt: httpx.Client, sandbox: SandboxServer
) -> None:
    sandbox.controls.time(advance=8 * 3600)  # 18:00 in New York
    params = {"start_date": TODAY.isoformat(), "end_date": TODAY.isoformat()}
    rows = data_of(wt.get("/reports/attendance", params=params))
    assert rows
    assert all(r["absent"] is (r["clock_in"] is None) for r in rows)
    assert any(r["absent"] for r in rows)


def test_attendance_report_pages_when_asked(wt: httpx.Client) -> None:
    params = {"start_date": "2026-11-16", "end_date": "2026-11-18"}
    whole = data_of(wt.get("/reports/attendance", params=params))
    paged = walk(wt, "/reports/attendance", limit=100, **params)
    assert paged == whole
    error_of(wt.get("/reports/attendance", params={**params, "limit": 500}), 400, "limit")


# -- locks --------------------------------------------------------------------------------


def test_locks(wt: httpx.Client) -> None:
    locks = data_of(wt.get("/locks"))
    assert [lock["id"] for lock in locks] == [f"lock_{n}" for n in range(101, 109)]
    for lock in locks:
        assert set(lock) == {
            "id",
            "name",
            "location",
            "battery_percent",
            "online",
            "has_gateway",
            "last_event_at",
        }
        assert 0 <= lock["battery_percent"] <= 100
        if lock["last_event_at"] is not None:
            assert parse(lock["last_event_at"]).timestamp() <= NOW
    front = locks[0]
    assert (front["name"], front["location"], front["online"]) == (
        "Front door",
        "Headquarters",
        True,
    )
    newest = data_of(wt.get("/locks/lock_101/history", params={"limit": 1}))[0]
    assert front["last_event_at"] == newest["timestamp"]


def test_lock_history_is_newest_first_across_pages(wt: httpx.Client) -> None:
    events = walk(wt, "/locks/lock_101/history", start_date="2026-11-16")
    assert len(events) > 100
    stamps = [parse(e["timestamp"]) for e in events]
    assert stamps == sorted(stamps, reverse=True)
    assert len({e["id"] for e in events}) == len(events)
    for event in events:
        assert set(event) == LOCK_EVENT_FIELDS
        assert event["lock_id"] == "lock_101"
        assert event["access_method"] in (
            "fingerprint",
            "card",
            "passcode",
            "app",
            "key",
            "gateway",
            "face",
        )
        assert event["event"] in ("unlock", "forced", "tamper", "locked_out")
        assert parse(event["server_timestamp"]) >= parse(event["timestamp"])
        assert parse(event["server_timestamp"]).timestamp() <= NOW
        assert (event["employee_id"] is None) == (event["employee_name"] is None)
    assert local(events[-1]["timestamp"]).date() == date(2026, 11, 16)


def test_lock_history_date_filters(wt: httpx.Client) -> None:
    day = date(2026, 11, 16)
    events = walk(wt, "/locks/lock_101/history", start_date=day, end_date=day)
    assert events
    assert {local(e["timestamp"]).date() for e in events} == {day}
    week = walk(wt, "/locks/lock_101/history", start_date=day - timedelta(days=6), end_date=day)
    assert len(week) > len(events)
    assert {e["id"] for e in events} <= {e["id"] for e in week}
    everything = wt.get("/locks/lock_101/history").json()["pagination"]["total"]
    assert everything > len(week)
    error_of(wt.get("/locks/lock_101/history", params={"start_date": "x"}), 400, "start_date")
    error_of(
        wt.get(
            "/locks/lock_101/history", params={"start_date": "2026-11-18", "end_date": "2026-11-01"}
        ),
        400,
        "start_date",
    )


def test_legacy_firmware_lock_omits_optional_fields(wt: httpx.Client) -> None:
    legacy = walk(wt, "/locks/lock_108/history", start_date="2026-11-09")
    assert legacy
    for event in legacy:
        assert set(event) == LOCK_EVENT_FIELDS - {"event", "server_timestamp"}


def test_unknown_lock_is_404(wt: httpx.Client) -> None:
    error_of(wt.get("/locks/lock_999/history"), 404)
