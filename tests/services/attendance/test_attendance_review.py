"""The pre-payroll review: which days are problems, and which are not."""

from __future__ import annotations

from datetime import date

from desktop.services.attendance.review import review
from tests.helpers.board import NY, PEOPLE, at, event, record

MONDAY, TUESDAY, WEDNESDAY = date(2026, 11, 16), date(2026, 11, 17), date(2026, 11, 18)


def test_problems_of_a_period() -> None:
    monday = record(1, at(8, 50, MONDAY), None)._replace(date=MONDAY)  # never clocked out
    tuesday = record(1, at(8, 50, TUESDAY), at(17, 40, TUESDAY))._replace(date=TUESDAY)
    came_in = event(2, at(8, 30, TUESDAY))  # Ben came in on Tuesday, never clocked in
    rows = review(MONDAY, WEDNESDAY, WEDNESDAY, PEOPLE, [monday, tuesday], [came_in], NY)
    problems = {(r.day, r.name): r.problem for r in rows if r.problem}
    assert problems[(MONDAY, "Ana")] == "no_clock_out"
    assert problems[(TUESDAY, "Ben")] == "entered_without_clock_in"
    assert problems[(MONDAY, "Ben")] == "absent"
    assert (TUESDAY, "Ana") not in problems  # a complete day
    assert all(day != WEDNESDAY for day, _ in problems)  # today is not judged yet
    assert all(name != "Ed" for _, name in problems)  # Ed starts in December


def test_weekends_are_not_absences_and_open_today_is_not_a_problem() -> None:
    saturday, sunday = date(2026, 11, 21), date(2026, 11, 22)
    assert review(saturday, sunday, date(2026, 11, 23), PEOPLE, [], [], NY) == []
    today = record(1, at(8, 50), None)
    rows = review(WEDNESDAY, WEDNESDAY, WEDNESDAY, PEOPLE, [today], [], NY)
    assert [(r.name, r.problem) for r in rows] == [("Ana", None)]
