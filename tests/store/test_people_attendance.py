"""The employee and attendance caches, and the sync state."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from desktop import api
from desktop.store import (
    AttendanceCache,
    AttendanceRow,
    Database,
    EmployeeRow,
    PeopleCache,
    SyncState,
)

FETCHED = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
DAY = date(2026, 11, 18)


def employee(emp_id: str, name: str, status: str = "active", **fields: object) -> api.Employee:
    return api.Employee.model_validate({"id": emp_id, "name": name, "status": status, **fields})


def test_employees_round_trip_without_salary(db: Database) -> None:
    people = PeopleCache(db)
    people.save_employees(
        [
            employee(
                "emp_2",
                "bob Brown",
                email="bob@example.com",
                department="Kitchen",
                department_id="dep_3",
                position="Chef",
                salary=Decimal(52000),
                start_date="2024-03-01",
                created_at="2024-02-20T10:00:00Z",
            ),
            employee("emp_1", "Alice Ames", status="inactive"),
            employee("emp_3", "Carl Cole"),
        ],
        FETCHED,
    )
    assert people.employees() == [
        EmployeeRow(
            "emp_2", "bob Brown", "bob@example.com", "Kitchen", "Chef", "active", date(2024, 3, 1)
        ),
        EmployeeRow("emp_3", "Carl Cole", None, None, None, "active", None),
    ]
    assert [e.id for e in people.employees(active_only=False)] == ["emp_1", "emp_2", "emp_3"]
    assert (people.count(), people.count(active_only=True)) == (3, 2)
    found = db.conn.execute("SELECT * FROM employee LIMIT 0")
    columns = {column[0] for column in found.description}
    assert "salary" not in columns
    assert "52000" not in str(db.conn.execute("SELECT * FROM employee").fetchall())


def test_one_name_and_the_emails_taken_are_read_without_reading_everyone(db: Database) -> None:
    people = PeopleCache(db)
    people.save_employees([employee("emp_1", "Alice Ames", status="deleted", email="A@x.example"),
                           employee("emp_2", "Bob Brown", email="bob@x.example"),
                           employee("emp_3", "Carl Cole", email="")], FETCHED)  # fmt: skip
    assert (people.name("emp_1"), people.name("emp_2"), people.name("emp_9")) == (
        "Alice Ames", "Bob Brown", None)  # fmt: skip
    assert people.taken_emails() == {"a@x.example", "bob@x.example"}
    assert people.taken_emails("emp_2") == {"a@x.example"}  # the one being edited is free


def test_saving_employees_replaces_the_set(db: Database) -> None:
    people = PeopleCache(db)
    people.save_employees([employee("emp_1", "A"), employee("emp_2", "B")], FETCHED)
    people.save_employees([employee("emp_2", "B renamed"), employee("emp_3", "C")], FETCHED)
    assert [(e.id, e.name) for e in people.employees()] == [("emp_2", "B renamed"), ("emp_3", "C")]


def test_a_walk_upserts_page_by_page_then_retains_what_it_saw(db: Database) -> None:
    people = PeopleCache(db)
    people.save_employees([employee("emp_1", "A"), employee("emp_2", "B")], FETCHED)
    people.upsert_employees([employee("emp_2", "B2")], FETCHED)
    people.upsert_employees([employee("emp_3", "C")], FETCHED)
    assert len(people.employees()) == 3
    assert people.retain_employees({"emp_2", "emp_3"}) == 1
    assert [(e.id, e.name) for e in people.employees()] == [("emp_2", "B2"), ("emp_3", "C")]


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    # 14:00 UTC is 09:00 in New York in November; the store only sees UTC.
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def record(
    emp_id: str, day: date, clock_in: datetime | None, clock_out: datetime | None, **fields: object
) -> api.AttendanceRecord:
    return api.AttendanceRecord.model_validate(
        {
            "id": f"att_{day:%Y%m%d}_{emp_id}",
            "employee_id": emp_id,
            "employee_name": f"Name {emp_id}",
            "date": day.isoformat(),
            "clock_in": clock_in,
            "clock_out": clock_out,
            **fields,
        }
    )


@pytest.fixture
def attendance(db: Database) -> AttendanceCache:
    cache = AttendanceCache(db)
    yesterday = DAY - timedelta(days=1)
    cache.save_attendance(
        [
            record("e2", DAY, at(14, 5), None, work_hours=1.0, late_minutes=5, lock_id="lock_101"),
            record("e1", DAY, at(13, 50), at(20), work_hours=6.17, early_departure_minutes=90),
            record("e1", yesterday, at(13, 55, yesterday), None),
            record("e3", yesterday, at(13, 40, yesterday), at(22, 40, yesterday)),
            record("e3", DAY - timedelta(days=5), None, at(22, 0, DAY - timedelta(days=5))),
            record("e4", DAY - timedelta(days=9), at(14, 0, DAY - timedelta(days=9)), None),
        ],
        FETCHED,
    )
    return cache


def test_attendance_round_trip(attendance: AttendanceCache) -> None:
    assert attendance.for_day(DAY) == [
        AttendanceRow(
            "att_20261118_e1", "e1", "Name e1", DAY, at(13, 50), at(20), 6.17, 0, 90, None
        ),
        AttendanceRow(
            "att_20261118_e2", "e2", "Name e2", DAY, at(14, 5), None, 1.0, 5, 0, "lock_101"
        ),
    ]
    assert attendance.for_day(date(2026, 1, 1)) == []


def test_attendance_upserts_by_employee_and_day(attendance: AttendanceCache) -> None:
    closed = record("e2", DAY, at(14, 5), at(22, 30), work_hours=8.42, late_minutes=5)
    attendance.save_attendance([closed, closed], FETCHED)
    rows = attendance.for_day(DAY)
    assert len(rows) == 2
    assert rows[1].clock_out == at(22, 30)
    assert rows[1].work_hours == 8.42
    renumbered = closed.model_copy(update={"id": "att_other"})
    attendance.save_attendance([renumbered], FETCHED)
    assert [r.id for r in attendance.for_day(DAY)] == ["att_20261118_e1", "att_other"]


def test_a_range_is_inclusive_and_can_be_one_person(attendance: AttendanceCache) -> None:
    yesterday = DAY - timedelta(days=1)
    rows = attendance.for_range(DAY - timedelta(days=5), DAY)
    assert [(r.date, r.employee_id) for r in rows] == [
        (DAY - timedelta(days=5), "e3"),
        (yesterday, "e1"),
        (yesterday, "e3"),
        (DAY, "e1"),
        (DAY, "e2"),
    ]
    assert [(r.date, r.employee_id) for r in attendance.for_range(yesterday, DAY, "e1")] == [
        (yesterday, "e1"),
        (DAY, "e1"),
    ]


def test_open_days_are_days_with_someone_clocked_in_and_not_out(
    attendance: AttendanceCache,
) -> None:
    assert attendance.open_days(DAY - timedelta(days=7)) == [DAY - timedelta(days=1), DAY]
    assert attendance.open_days(DAY - timedelta(days=30)) == [
        DAY - timedelta(days=9),
        DAY - timedelta(days=1),
        DAY,
    ]
    assert attendance.day_counts(DAY - timedelta(days=7), DAY) == {
        DAY - timedelta(days=5): 1,
        DAY - timedelta(days=1): 2,
        DAY: 2,
    }


def test_sync_state_marks_and_answers(db: Database) -> None:
    state = SyncState(db)
    assert state.synced_at("locks") is None
    assert state.detail("locks") is None
    state.mark("locks", FETCHED, "8 locks")
    later = datetime(2026, 11, 18, 11, 0, tzinfo=UTC) + timedelta(hours=5)
    state.mark("employees", later.astimezone(), "")
    assert state.synced_at("locks") == FETCHED
    assert state.detail("locks") == "8 locks"
    assert state.synced_at("employees") == later
    assert state.synced_at("employees").tzinfo is not None  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="time zone"):
        state.mark("locks", datetime(2026, 11, 18))
