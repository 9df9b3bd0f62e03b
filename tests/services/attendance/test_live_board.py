"""The live board's rules: who is in, late, early, absent; what a person's day calls out."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.services.attendance.board import build_board, person_day
from desktop.store import AttendanceRow, EmployeeRow, LockEventRow

NY = ZoneInfo("America/New_York")
DAY = date(2026, 11, 18)  # a Wednesday


def at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NY).astimezone(UTC)


def employee(n: int, name: str, start: date | None = None) -> EmployeeRow:
    return EmployeeRow(f"emp_{n}", name, f"{n}@x.example", "Sales", "Agent", "active", start)


def record(n: int, clock_in: datetime | None, clock_out: datetime | None, late: int = 0,
           early: int = 0) -> AttendanceRow:  # fmt: skip
    hours = ((clock_out - clock_in).total_seconds() / 3600) if clock_in and clock_out else 0.0
    return AttendanceRow(f"att_{n}", f"emp_{n}", f"P{n}", DAY, clock_in, clock_out, hours, late,
                         early, "lock_101")  # fmt: skip


def event(n: int | None, when: datetime, success: bool = True, kind: str = "unlock",
          lock: str = "lock_101") -> LockEventRow:  # fmt: skip
    who = f"emp_{n}" if n is not None else None
    return LockEventRow(f"ev_{when.timestamp()}_{n}", lock, who, f"P{n}" if n else None,
                        "card", when, when + timedelta(seconds=3), success, kind)  # fmt: skip


PEOPLE = [employee(1, "Ana"), employee(2, "Ben"), employee(3, "Cy"), employee(4, "Di"),
          employee(5, "Ed", start=date(2026, 12, 1))]  # fmt: skip
ATTENDANCE = [
    record(1, at(8, 50), None),
    record(2, at(9, 25), None, late=25),
    record(3, at(8, 40), at(15, 10), early=140),
]


def test_morning_board_counts_and_states() -> None:
    board = build_board(at(10, 0), NY, PEOPLE, ATTENDANCE, [])
    assert board.day == DAY
    states = {p.name: p.status for p in board.people}
    assert states == {"Ana": "in", "Ben": "in", "Cy": "left", "Di": "not_arrived"}  # Ed not yet
    assert board.counts() == {"in": 2, "not_arrived": 1, "late": 1, "left_early": 1, "absent": 0}
    assert [p.late_minutes for p in board.late] == [25]


def test_no_clock_in_by_noon_is_absent_but_not_on_a_weekend() -> None:
    assert build_board(at(12, 1), NY, PEOPLE, ATTENDANCE, []).counts()["absent"] == 1
    saturday = date(2026, 11, 21)
    board = build_board(at(13, 0, saturday), NY, PEOPLE, [], [])
    assert board.counts()["absent"] == 0


def test_today_is_the_organizations_day_not_the_pcs() -> None:
    # 03:30 UTC on the 19th is still the 18th in New York.
    late_evening = datetime(2026, 11, 19, 3, 30, tzinfo=UTC)
    assert build_board(late_evening, NY, PEOPLE, ATTENDANCE, []).day == DAY


def test_feed_is_newest_first_and_bounded() -> None:
    events = [event(1, at(8, m)) for m in range(0, 59)]
    board = build_board(at(10, 0), NY, PEOPLE, ATTENDANCE, events, feed_size=10)
    assert len(board.feed) == 10
    assert board.feed[0].timestamp == at(8, 58)
    assert next(p for p in board.people if p.name == "Ana").last_seen == at(8, 58)


def test_person_day_calls_out_no_clock_in_after_hours_and_denials() -> None:
    events = [event(4, at(8, 55), success=False), event(4, at(8, 56)), event(4, at(22, 15)),
              event(1, at(8, 50))]  # fmt: skip
    day = person_day("emp_4", DAY, NY, None, events)
    assert [e.timestamp for e in day.events] == [at(8, 55), at(8, 56), at(22, 15)]
    assert day.notes == [
        "Entered through a lock at 08:56 but did not clock in.",
        "Unlocked after hours at 22:15.",
        "Denied at 08:55 (card).",
    ]
    clean = person_day("emp_1", DAY, NY, ATTENDANCE[0], events)
    assert clean.notes == []


def test_someone_clocked_in_but_not_active_is_still_on_the_board() -> None:
    stranger = record(9, at(8, 30), None)
    board = build_board(at(10, 0), NY, PEOPLE, [*ATTENDANCE, stranger], [])
    shown = next(p for p in board.people if p.employee_id == "emp_9")
    assert shown.status == "in"
    assert shown.department == "Not active in WorkTime One"
