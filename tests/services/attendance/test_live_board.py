"""The live board's rules: who is in, late, early, absent; what a person's day calls out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop.services.attendance.board import build_board, person_day
from tests.helpers.board import DAY, NY, PEOPLE, at, event, record

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
        "Denied at 08:55 (Card).",
    ]
    clean = person_day("emp_1", DAY, NY, ATTENDANCE[0], events)
    assert clean.notes == []


def test_someone_clocked_in_but_not_active_is_still_on_the_board() -> None:
    stranger = record(9, at(8, 30), None)
    board = build_board(at(10, 0), NY, PEOPLE, [*ATTENDANCE, stranger], [])
    shown = next(p for p in board.people if p.employee_id == "emp_9")
    assert shown.status == "in"
    assert shown.department == ""  # the Department column is never a status line
    assert shown.active is False
