"""A team's desk's own store, kept a copy of the shared one (``store.mirror``): the people,
the locks and the last days' attendance and lock events, copied from a real PostgreSQL
store into a SQLite one."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop import api
from desktop.store import (
    AccountCache,
    AttendanceCache,
    Database,
    LockCache,
    PeopleCache,
    SyncState,
)
from desktop.store.mirror import copy_current
from desktop.store.postgres import PostgresDatabase
from tests.helpers.accounts import account

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def day(person: str, on: date, hour: int) -> api.AttendanceRecord:
    at = datetime(on.year, on.month, on.day, hour, tzinfo=UTC)
    return api.AttendanceRecord(id=f"att_{person}_{on}", employee_id=person, date=on, clock_in=at)


def event(number: int, at: datetime, person: str) -> api.LockEvent:
    return api.LockEvent(id=f"ev_{number}", lock_id="lock_1", timestamp=at, employee_id=person,
                         employee_name=person, success=True, event="unlock")  # fmt: skip


def test_the_copy_holds_what_the_pages_read_and_leaves_older_days_as_they_were(
    postgres_url: str, tmp_path: Path
) -> None:
    shared, own = PostgresDatabase(postgres_url), Database(tmp_path / "own.sqlite")
    today, long_ago = NOW.date(), NOW.date() - timedelta(days=30)
    try:
        # The desk's own store, as it was before it joined: someone who left since, a
        # day long ago, and a day of this week the team's store has another way.
        PeopleCache(own).save_employees([api.Employee(id="emp_gone", name="Gone")], NOW)
        AttendanceCache(own).save_attendance(
            [day("emp_gone", long_ago, 9), day("emp_1", today, 7)], NOW
        )
        PeopleCache(shared).save_employees(
            [api.Employee(id="emp_1", name="Ana Ruiz"), api.Employee(id="emp_2", name="Bo Li")],
            NOW,
        )
        LockCache(shared).save_locks([api.Lock(id="lock_1", name="Front door")], NOW)
        AttendanceCache(shared).save_attendance(
            [day("emp_1", today, 8), day("emp_2", today - timedelta(days=1), 9),
             day("emp_2", long_ago, 10)],
            NOW,
        )  # fmt: skip
        LockCache(shared).save_events(
            [
                event(1, NOW - timedelta(hours=2), "emp_1"),
                event(2, NOW - timedelta(days=20), "emp_2"),
            ],
            NOW,
        )
        SyncState(shared).mark("attendance", NOW, "today")
        AccountCache(shared).save_accounts([account(7, "Ana", "Ruiz")], NOW)

        copied = copy_current(shared, own, NOW - timedelta(days=8))

        assert copied == 2 + 1 + 1 + 2 + 1 + 2  # people, lock, refresh, days, event, account
        (ana_account,) = AccountCache(own).accounts(location_id="301")  # with its location
        assert ana_account.first_name == "Ana"
        assert [e.id for e in PeopleCache(own).employees()] == ["emp_1", "emp_2"]
        assert [lock.name for lock in LockCache(own).locks()] == ["Front door"]
        mine = AttendanceCache(own)
        (ana,) = mine.for_day(today)
        assert ana.clock_in == datetime(2026, 11, 18, 8, tzinfo=UTC)  # the team's, not 07:00
        assert [r.employee_id for r in mine.for_day(today - timedelta(days=1))] == ["emp_2"]
        assert [r.employee_id for r in mine.for_day(long_ago)] == ["emp_gone"]  # left as it was
        events = LockCache(own).events_between(NOW - timedelta(days=30), NOW)
        assert [e.id for e in events] == ["ev_1"]  # the last eight days'
        assert SyncState(own).synced_at("attendance") == NOW

        # Copied again: only what was stored there since, each row in place of its own.
        later = NOW + timedelta(minutes=5)
        yesterday = today - timedelta(days=1)
        AttendanceCache(shared).save_attendance(
            [day("emp_1", today, 6),
             api.AttendanceRecord(id="att_new", employee_id="emp_2", date=yesterday,
                                  clock_in=NOW - timedelta(days=1, hours=7))],
            later,
        )  # fmt: skip
        again = copy_current(shared, own, NOW - timedelta(days=8), changed_since=later)
        assert again == 1 + 1 + 2 + 2  # the lock, the refresh time, the account: whole; 2 days
        (ana,) = mine.for_day(today)
        assert ana.clock_in == datetime(2026, 11, 18, 6, tzinfo=UTC)
        assert [(r.id, r.employee_id) for r in mine.for_day(yesterday)] == [("att_new", "emp_2")]
        assert [e.id for e in PeopleCache(own).employees()] == ["emp_1", "emp_2"]
    finally:
        shared.close()
        own.close()
