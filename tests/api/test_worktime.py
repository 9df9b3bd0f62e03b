"""WorkTimeClient against the sandbox: every method, over a real socket."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import openpyxl
import pytest

from desktop.api import NotFound, ValidationError, WorkTimeClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.sandbox.server import SandboxControls
from tests.helpers.api import TEST_NOW, drain, fast, use

TODAY = date(2026, 11, 18)
WEEK_AGO = TODAY - timedelta(days=7)
LEGACY_LOCK = "lock_108"  # old firmware: no "event", no "server_timestamp"


def wt(sandbox: SandboxServer, key: str | None = None) -> WorkTimeClient:
    return WorkTimeClient(sandbox.url("worktime"), key or worktime_key(), **fast())


def sent(controls: SandboxControls) -> list[tuple[str, str, int | None]]:
    return [(r["method"], r["path"], r["status"]) for r in controls.requests("worktime")]


def test_organization(sandbox: SandboxServer) -> None:
    org = use(wt(sandbox), lambda c: c.organization())
    assert (org.id, org.name, org.timezone) == (
        "org_123456",
        "Acme Corporation",
        "America/New_York",
    )
    assert org.created_at is not None
    assert org.created_at.tzinfo is UTC


def test_iter_employees_takes_ceil_n_over_100_requests(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    employees = drain(wt(sandbox), lambda c: c.iter_employees())
    total = len(employees)
    assert total == len({e.id for e in employees}) > 100
    assert sent(controls) == [("GET", "/employees", 200)] * -(-total // 100)
    assert all("limit=100" in r["query"] for r in controls.requests("worktime"))


def test_list_employees_pages_and_filters(sandbox: SandboxServer) -> None:
    async def scenario(client: WorkTimeClient) -> None:
        first = await client.list_employees()
        assert (first.page, first.limit, len(first.items)) == (1, 50, 50)
        assert first.has_more
        third = await client.list_employees(3, 50)
        assert not third.has_more
        dept = await client.list_employees(limit=100, department="dept_01")
        assert dept.items
        assert {e.department_id for e in dept.items} == {"dept_01"}
        inactive = await client.list_employees(status="inactive")
        assert {e.status for e in inactive.items} == {"inactive"}

    use(wt(sandbox), scenario)


def test_employee_lifecycle(sandbox: SandboxServer) -> None:
    async def scenario(client: WorkTimeClient) -> None:
        made = await client.create_employee(
            "Jane Smith",
            "jane.smith@example.com",
            "dept_03",
            position="Marketing Manager",
            salary=Decimal(65000),
            start_date=date(2024, 2, 1),
        )
        assert (made.name, made.department_id) == ("Jane Smith", "dept_03")
        assert made.salary == Decimal(65000)
        assert made.start_date == date(2024, 2, 1)
        assert await client.get_employee(made.id) == made
        changed = await client.update_employee(made.id, position="Head of Marketing")
        assert (changed.position, changed.name) == ("Head of Marketing", "Jane Smith")
        gone = await client.delete_employee(made.id)
        assert (gone.id, gone.status) == (made.id, "deleted")
        assert gone.deleted_at is not None
        assert made.id not in [e.id async for e in client.iter_employees()]
        assert made.id in [e.id async for e in client.iter_employees(status="deleted")]
        back = await client.restore_employee(made.id)
        assert back.status == "active"

    use(wt(sandbox), scenario)


def test_validation_errors_name_the_field(sandbox: SandboxServer) -> None:
    taken = drain(wt(sandbox), lambda c: c.iter_employees())[0].email
    assert taken is not None
    with pytest.raises(ValidationError) as caught:
        use(wt(sandbox), lambda c: c.create_employee("Twin", taken, "dept_01"))
    assert caught.value.field == "email"
    assert caught.value.code == "invalid_request"
    assert caught.value.message.startswith("Check the email address: ")
    with pytest.raises(ValidationError) as caught:
        use(wt(sandbox), lambda c: c.create_employee("X", "x@example.com", "dept_99"))
    assert caught.value.field == "department_id"
    with pytest.raises(ValidationError) as caught:
        use(wt(sandbox), lambda c: c.list_employees(limit=101))
    assert caught.value.field == "limit"


def test_unknown_employee_is_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(NotFound) as caught:
        use(wt(sandbox), lambda c: c.get_employee("emp_999999"))
    assert caught.value.status == 404


def test_attendance(sandbox: SandboxServer) -> None:
    records = drain(wt(sandbox), lambda c: c.iter_attendance(WEEK_AGO, TODAY))
    assert records
    assert all(WEEK_AGO <= r.date <= TODAY for r in records)
    assert len({r.id for r in records}) == len(records)
    someone = records[0].employee_id
    theirs = drain(wt(sandbox), lambda c: c.iter_attendance(WEEK_AGO, TODAY, someone))
    assert {r.employee_id for r in theirs} == {someone}
    lock = next(r.lock_id for r in records if r.lock_id)
    at_lock = drain(wt(sandbox), lambda c: c.iter_attendance(WEEK_AGO, TODAY, lock_id=lock))
    assert at_lock
    page = use(wt(sandbox), lambda c: c.list_attendance(WEEK_AGO, TODAY, limit=10))
    assert (page.limit, len(page.items)) == (10, 10)
    assert page.total == len(records)


def test_clock_in_and_out(sandbox: SandboxServer) -> None:
    someone = drain(wt(sandbox), lambda c: c.iter_employees())[0].id
    moment = TEST_NOW - timedelta(minutes=5)
    event = use(
        wt(sandbox), lambda c: c.clock(someone, "clock_in", moment, "lock_101", "Manual entry")
    )
    assert (event.employee_id, event.type, event.timestamp) == (someone, "clock_in", moment)
    assert (event.lock_id, event.notes, event.source) == ("lock_101", "Manual entry", "manual")
    with pytest.raises(ValidationError) as caught:
        use(wt(sandbox), lambda c: c.clock(someone, "clock_out", TEST_NOW + timedelta(hours=1)))
    assert caught.value.field == "timestamp"
    with pytest.raises(ValueError, match="time zone"):
        use(wt(sandbox), lambda c: c.clock(someone, "clock_in", datetime(2026, 11, 18, 9)))


def test_reports(sandbox: SandboxServer) -> None:
    payroll = use(wt(sandbox), lambda c: c.payroll_report(WEEK_AGO, TODAY))
    assert payroll
    assert payroll[0].currency == "USD"
    assert isinstance(payroll[0].gross_pay, Decimal)
    one = use(wt(sandbox), lambda c: c.payroll_report(WEEK_AGO, TODAY, payroll[0].employee_id))
    assert one == [payroll[0]]
    rows = use(wt(sandbox), lambda c: c.attendance_report(WEEK_AGO, TODAY))
    assert rows
    assert all(WEEK_AGO <= r.date <= TODAY for r in rows)
    assert any(r.absent for r in rows) or all(r.clock_in for r in rows)
    with pytest.raises(ValidationError) as caught:
        use(wt(sandbox), lambda c: c.payroll_report(TODAY, WEEK_AGO))
    assert caught.value.field == "start_date"


def test_payroll_excel_is_a_workbook(sandbox: SandboxServer) -> None:
    data = use(wt(sandbox), lambda c: c.payroll_report_excel(WEEK_AGO, TODAY))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    assert sheet.max_row > 1


def test_locks_and_their_history(sandbox: SandboxServer, controls: SandboxControls) -> None:
    locks = use(wt(sandbox), lambda c: c.list_locks())
    assert [lock.id for lock in locks][:2] == ["lock_101", "lock_102"]
    assert locks[0].battery_percent is not None
    page = use(wt(sandbox), lambda c: c.list_lock_history("lock_101", 1, 20))
    assert len(page.items) == 20
    stamps = [e.timestamp for e in page.items]
    assert stamps == sorted(stamps, reverse=True)
    controls.clear_requests()
    week = drain(wt(sandbox), lambda c: c.iter_lock_history("lock_101", WEEK_AGO, TODAY))
    assert len(week) == len({e.id for e in week})
    assert len(sent(controls)) == max(1, -(-len(week) // 100))
    assert all(e.timestamp.date() >= WEEK_AGO for e in week)


def test_old_firmware_events_default_to_unlock(sandbox: SandboxServer) -> None:
    page = use(wt(sandbox), lambda c: c.list_lock_history(LEGACY_LOCK, 1, 20))
    assert page.items
    assert {e.event for e in page.items} == {"unlock"}
    assert {e.server_timestamp for e in page.items} == {None}


def test_unknown_lock_is_not_found(sandbox: SandboxServer) -> None:
    with pytest.raises(NotFound):
        drain(wt(sandbox), lambda c: c.iter_lock_history("lock_999"))
