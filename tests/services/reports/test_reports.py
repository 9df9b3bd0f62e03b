"""Report periods, and the payroll and attendance reports against the sandbox.

Expected figures come from the sandbox's own answers read raw (``/employees``,
``/attendance`` and the reports' JSON over plain httpx), never from the code under test.
"""

from __future__ import annotations

import asyncio
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.services.reports.periods import Period, org_today, period_for
from desktop.services.reports.report import (
    Report,
    attendance_table,
    attendance_totals,
    daily_table,
    fetch_report,
    payroll_table,
    payroll_totals,
)
from tests.helpers.worktime_sandbox import FULL_KEY, client, data_of, walk

NY = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wednesday 10:00 in New York
TODAY = date(2026, 11, 18)


# -- periods --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "kind", "start", "end"),
    [
        (date(2026, 11, 18), "this_week", date(2026, 11, 16), date(2026, 11, 18)),
        (date(2026, 11, 16), "this_week", date(2026, 11, 16), date(2026, 11, 16)),  # a Monday
        (date(2026, 11, 22), "this_week", date(2026, 11, 16), date(2026, 11, 22)),  # a Sunday
        (date(2026, 11, 16), "last_week", date(2026, 11, 9), date(2026, 11, 15)),
        (date(2026, 11, 22), "last_week", date(2026, 11, 9), date(2026, 11, 15)),
        (date(2026, 12, 2), "last_week", date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 1, 1), "this_week", date(2025, 12, 29), date(2026, 1, 1)),  # over a year
        (date(2026, 1, 1), "last_week", date(2025, 12, 22), date(2025, 12, 28)),
        (date(2026, 11, 1), "this_month", date(2026, 11, 1), date(2026, 11, 1)),
        (date(2026, 11, 30), "this_month", date(2026, 11, 1), date(2026, 11, 30)),
        (date(2026, 11, 18), "last_month", date(2026, 10, 1), date(2026, 10, 31)),
        (date(2026, 3, 31), "last_month", date(2026, 2, 1), date(2026, 2, 28)),
        (date(2028, 3, 1), "last_month", date(2028, 2, 1), date(2028, 2, 29)),  # a leap year
        (date(2027, 1, 15), "last_month", date(2026, 12, 1), date(2026, 12, 31)),
    ],
)
def test_named_periods(today: date, kind: Any, start: date, end: date) -> None:
    period = period_for(kind, today)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert period.days()[0] == start
    assert period.days()[-1] == end


def test_a_custom_range_is_checked() -> None:
    period = period_for("custom", TODAY, start=date(2026, 10, 28), end=date(2026, 11, 3))
    assert (period.start, period.end) == (date(2026, 10, 28), date(2026, 11, 3))
    assert period.describe() == "28 Oct – 3 Nov 2026"
    assert len(period.days()) == 7
    with pytest.raises(ValueError, match="after the last"):
        period_for("custom", TODAY, start=date(2026, 11, 3), end=date(2026, 11, 2))
    with pytest.raises(ValueError, match="first and a last day"):
        period_for("custom", TODAY, start=date(2026, 11, 3))


def test_descriptions() -> None:
    assert period_for("this_week", TODAY).describe() == "This week, 16 – 18 Nov 2026"
    assert period_for("last_week", date(2026, 1, 1)).describe() == ("Last week, 22 – 28 Dec 2025")
    assert period_for("this_week", date(2026, 1, 1)).describe() == (
        "This week, 29 Dec 2025 – 1 Jan 2026"
    )
    assert period_for("this_month", date(2026, 11, 1)).describe() == "This month, 1 Nov 2026"


@pytest.mark.parametrize(
    ("instant", "zone", "this_week", "this_month"),
    [
        # 03:00 UTC on Tuesday 1 December is still Monday 30 November in New York...
        ("2026-12-01T03:00:00Z", NY, date(2026, 11, 30), date(2026, 11, 1)),
        # ...and already Tuesday afternoon in Tokyo
        ("2026-12-01T03:00:00Z", TOKYO, date(2026, 11, 30), date(2026, 12, 1)),
        # 02:00 UTC on Monday 16 November is Sunday evening in New York: last week still
        ("2026-11-16T02:00:00Z", NY, date(2026, 11, 9), date(2026, 11, 1)),
        ("2026-11-16T02:00:00Z", ZoneInfo("UTC"), date(2026, 11, 16), date(2026, 11, 1)),
        # New year's eve in New York, new year in Tokyo
        ("2027-01-01T04:30:00Z", NY, date(2026, 12, 28), date(2026, 12, 1)),
        ("2027-01-01T04:30:00Z", TOKYO, date(2026, 12, 28), date(2027, 1, 1)),
    ],
)
def test_periods_follow_the_organization_timezone(
    instant: str, zone: ZoneInfo, this_week: date, this_month: date
) -> None:
    now = datetime.fromisoformat(instant.replace("Z", "+00:00"))
    today = org_today(now, zone)
    assert period_for("this_week", today).start == this_week
    assert period_for("this_month", today).start == this_month
    assert period_for("this_week", today).end == today == now.astimezone(zone).date()
    last_month = period_for("last_month", today)
    assert last_month.end == this_month - timedelta(days=1)


# -- the reports against the sandbox -----------------------------------------------------------


@pytest.fixture
def raw(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox) as http:
        yield http


def fetch(sandbox: SandboxServer, period: Period, employee_id: str | None = None) -> Report:
    async def run() -> Report:
        async with WorkTimeClient(sandbox.url("worktime"), FULL_KEY) as api:
            return await fetch_report(api, period, NY, NOW, employee_id, "Someone")

    return asyncio.run(run())


def money(value: Any) -> Decimal:
    return Decimal(str(value))


def expected_gross(employee: dict[str, Any], records: list[dict[str, Any]]) -> Decimal:
    """The vendor's pay rules applied to the raw attendance records (see the sandbox docs)."""
    hourly = (employee["salary"] or 0) / 2080
    regular = round(sum(min(r["work_hours"], 8.5) for r in records), 2)
    overtime = round(sum(max(0.0, r["work_hours"] - 8.5) for r in records), 2)
    minutes = sum(r["late_minutes"] + r["early_departure_minutes"] for r in records)
    base, extra = round(regular * hourly, 2), round(overtime * hourly * 1.5, 2)
    return money(round(base + extra - round(minutes * hourly / 60, 2), 2))


def test_payroll_totals_match_the_sandbox(sandbox: SandboxServer, raw: httpx.Client) -> None:
    period = period_for("this_month", TODAY)
    report = fetch(sandbox, period)
    params = {"start_date": "2026-11-01", "end_date": "2026-11-18"}
    employees = {e["id"]: e for e in walk(raw, "/employees")}
    records: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in walk(raw, "/attendance", **params):
        records[record["employee_id"]].append(record)
    totals = payroll_totals(report.payroll)
    assert totals.people == len(employees) == len(report.payroll)
    assert totals.days_worked == sum(1 for rs in records.values() for r in rs if r["clock_in"])
    hours = sum(r["work_hours"] for rs in records.values() for r in rs)
    assert totals.regular_hours + totals.overtime_hours == pytest.approx(hours, abs=0.05)
    assert totals.late_minutes == sum(r["late_minutes"] for rs in records.values() for r in rs)
    gross = sum((expected_gross(employees[i], records[i]) for i in employees), Decimal(0))
    assert abs(totals.gross_pay - gross) <= Decimal("0.01") * len(employees)
    answer = data_of(raw.get("/reports/payroll", params=params))
    assert totals.gross_pay == sum((money(r["gross_pay"]) for r in answer), Decimal(0))
    assert totals.penalties == sum((money(r["penalties"]) for r in answer), Decimal(0))
    assert totals.currency == "USD"
    assert totals.gross_pay > 0
    assert totals.overtime_hours > 0


def test_the_payroll_table_ends_with_its_total(sandbox: SandboxServer) -> None:
    report = fetch(sandbox, period_for("last_week", TODAY))
    table = payroll_table(report.payroll)
    totals = payroll_totals(report.payroll)
    assert table.header()[-1] == "Gross pay (USD)"
    assert len(table.lines) == len(report.payroll) + 1
    total = table.lines[-1]
    assert total.total
    assert total.cells[0] == f"Total · {len(report.payroll)} people"
    assert total.cells[-1] == totals.gross_pay
    assert sum((line.cells[-1] for line in table.body()), Decimal(0)) == totals.gross_pay  # type: ignore[misc]
    ranked = table.sorted_by(10, descending=True)
    assert ranked.lines[-1].total
    pays = [line.cells[-1] for line in ranked.body()]
    assert pays == sorted(pays, reverse=True)  # type: ignore[type-var]


def test_attendance_totals_and_series_match_the_sandbox(
    sandbox: SandboxServer, raw: httpx.Client
) -> None:
    period = period_for("last_week", TODAY)  # 9 to 15 November, all settled
    report = fetch(sandbox, period)
    params = {"start_date": "2026-11-09", "end_date": "2026-11-15"}
    answer = data_of(raw.get("/reports/attendance", params=params))
    records = walk(raw, "/attendance", **params)
    totals = attendance_totals(report.attendance)
    assert totals.person_days == len(answer)
    assert totals.absent == sum(1 for r in answer if r["absent"]) > 0
    assert totals.present == len(records) == sum(1 for r in answer if r["clock_in"])
    assert totals.late_arrivals == sum(1 for r in records if r["late_minutes"] > 0) > 0
    assert totals.work_hours == pytest.approx(sum(r["work_hours"] for r in records), abs=0.01)

    series = report.series()
    hours: dict[str, float] = defaultdict(float)
    late: Counter[str] = Counter()
    for record in records:
        hours[record["date"]] += record["work_hours"]
        late[record["date"]] += record["late_minutes"] > 0
    weekdays = [f"2026-11-{day:02d}" for day in range(9, 14)]
    assert [d.isoformat() for d, _ in series.hours_per_day] == weekdays  # no weekend
    assert [h for _, h in series.hours_per_day] == pytest.approx(
        [hours[d] for d in weekdays], abs=0.01
    )
    assert [n for _, n in series.late_per_day] == [late[d] for d in weekdays]

    late_people: Counter[str] = Counter()
    for r in records:
        late_people[r["employee_id"]] += r["late_minutes"]
    late_people = +late_people  # only those who were late
    most = max(late_people.values())
    names = {r["employee_id"]: r["employee_name"] for r in records}
    top = {names[i] for i, n in late_people.items() if n == most}
    assert series.late_most[0].late_minutes == most  # minutes late, the payroll's measure
    assert series.late_most[0].name in top
    minutes = [p.late_minutes for p in series.late_most]
    assert minutes == sorted(minutes, reverse=True)
    assert len(series.late_most) == min(10, len(late_people))

    payroll = data_of(raw.get("/reports/payroll", params=params))
    overtime = sorted(
        (r["overtime_hours"] for r in payroll if r["overtime_hours"] > 0), reverse=True
    )
    assert [h for _, h in series.overtime] == overtime[:10]


def test_one_person(sandbox: SandboxServer, raw: httpx.Client) -> None:
    period = period_for("this_month", TODAY)
    report = fetch(sandbox, period, "emp_010004")
    assert [r.employee_id for r in report.payroll] == ["emp_010004"]
    assert {r.employee_id for r in report.attendance} == {"emp_010004"}
    records = walk(raw, "/attendance", start_date="2026-11-01", end_date="2026-11-18",
                   employee_id="emp_010004")  # fmt: skip
    table = attendance_table(report.attendance, NY)
    assert table.lines[-1].cells[4] == pytest.approx(sum(r["work_hours"] for r in records))
    first = next(r for r in records if r["clock_in"])
    line = next(x for x in table.body() if x.cells[0] == date.fromisoformat(first["date"]))
    clock_in = datetime.fromisoformat(first["clock_in"].replace("Z", "+00:00")).astimezone(NY)
    assert line.cells[2] == clock_in.strftime("%H:%M")  # in the organization's time
    days = daily_table(report.attendance)
    assert [line.cells[1] for line in days.body()] == [
        1 if any(r["date"] == x.cells[0].isoformat() for r in records) else 0  # type: ignore[union-attr]
        for x in days.body()
    ]
    assert report.about()[4] == ("Person", "Someone (emp_010004)")
    assert ("Timezone", "America/New_York") in report.about()


def test_a_refusal_is_the_api_error(sandbox: SandboxServer) -> None:
    from desktop.api.errors import ValidationError

    with pytest.raises(ValidationError):
        fetch(sandbox, period_for("this_week", TODAY), "emp_999999")
