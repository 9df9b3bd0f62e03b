"""Today at a glance: who is in, who has not arrived, who is late, who left early, who is absent.

Pure functions over what the cache holds, so the board can be rebuilt after
every refresh and tested without a window. "Today" is the organization's day
in its own timezone, whatever the PC's clock says.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from desktop.services.leavers import Leaver
from desktop.store import (
    AttendanceCache,
    AttendanceRow,
    EmployeeRow,
    LockCache,
    LockEventRow,
    PeopleCache,
)
from desktop.words import QT_TRANSLATE_NOOP, clock, translate

Status = Literal["in", "left", "not_arrived", "absent"]
WORKDAY_START = time(9, 0)
WORKDAY_END = time(17, 30)
ABSENT_AFTER = time(12, 0)  # no clock-in by noon: absent, not merely late
OFFICE_HOURS = (time(7, 0), time(20, 0))  # an unlock outside these is called out
NOT_ACTIVE = QT_TRANSLATE_NOOP("Board", "Not active in WorkTime One")
STATUS_TEXT: dict[Status, str] = {  # English, as the kept board stores them; say() shows them
    "in": QT_TRANSLATE_NOOP("Board", "In"),
    "left": QT_TRANSLATE_NOOP("Board", "Left"),
    "not_arrived": QT_TRANSLATE_NOOP("Board", "Not arrived"),
    "absent": QT_TRANSLATE_NOOP("Board", "Absent"),
}


def status_words(status: Status, active: bool = True) -> str:
    """A person's state on the board, in the console's language."""
    words = translate("Board", STATUS_TEXT[status])
    if active:
        return words
    return translate("Board", "{status} · Not active in WorkTime One").format(status=words)


FEED_SIZE = 50  # the newest lock events the board shows


@dataclass(frozen=True, slots=True)
class PersonToday:
    employee_id: str
    name: str
    department: str
    status: Status
    clock_in: datetime | None = None
    clock_out: datetime | None = None
    late_minutes: int = 0
    early_minutes: int = 0
    work_hours: float = 0.0
    last_seen: datetime | None = None  # the person's latest lock event today
    active: bool = True  # False: clocked in, yet not an active employee of WorkTime One


@dataclass(frozen=True, slots=True)
class Board:
    day: date
    now: datetime
    people: list[PersonToday]
    feed: list[LockEventRow] = field(default_factory=list)
    leavers: Mapping[str, Leaver] = field(default_factory=dict)  # by WorkTime One id

    def with_status(self, status: Status) -> list[PersonToday]:
        return [p for p in self.people if p.status == status]

    @property
    def late(self) -> list[PersonToday]:
        return [p for p in self.people if p.late_minutes > 0]

    @property
    def left_early(self) -> list[PersonToday]:
        return [p for p in self.people if p.early_minutes > 0]

    def counts(self) -> dict[str, int]:
        return {
            "in": len(self.with_status("in")),
            "not_arrived": len(self.with_status("not_arrived")),
            "late": len(self.late),
            "left_early": len(self.left_early),
            "absent": len(self.with_status("absent")),
        }


def org_today(now: datetime, zone: ZoneInfo) -> date:
    return now.astimezone(zone).date()


def _at(day: date, moment: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, moment, zone)


def build_board(
    now: datetime,
    zone: ZoneInfo,
    employees: Sequence[EmployeeRow],
    attendance: Iterable[AttendanceRow],
    events: Sequence[LockEventRow],
    feed_size: int = FEED_SIZE,
) -> Board:
    """The board for the organization's today, from cached rows."""
    day = org_today(now, zone)
    by_person = {row.employee_id: row for row in attendance if row.date == day}
    last_seen: dict[str, datetime] = {}
    for event in events:
        if event.employee_id and event.success:
            seen = last_seen.get(event.employee_id)
            last_seen[event.employee_id] = max(seen, event.timestamp) if seen else event.timestamp
    absent_from = _at(day, ABSENT_AFTER, zone)
    working_day = day.weekday() < 5
    people = []
    for employee in employees:
        if employee.start_date is not None and employee.start_date > day:
            continue
        record = by_person.get(employee.id)
        people.append(
            _person(employee, record, last_seen.get(employee.id), now >= absent_from, working_day)
        )
    listed = {employee.id for employee in employees}
    for record in by_person.values():
        if record.employee_id not in listed:  # clocked in, yet not an active employee
            stranger = EmployeeRow(
                record.employee_id, record.employee_name, None, None, None, "inactive", None
            )
            seen = last_seen.get(record.employee_id)
            people.append(replace(_person(stranger, record, seen, True, True), active=False))
    people.sort(key=lambda p: (p.name.lower(), p.employee_id))
    feed = sorted(events, key=lambda e: (e.timestamp, e.id), reverse=True)[:feed_size]
    return Board(day, now, people, feed)


def _person(
    employee: EmployeeRow,
    record: AttendanceRow | None,
    seen: datetime | None,
    past_noon: bool,
    working_day: bool,
) -> PersonToday:
    who = (employee.id, employee.name, employee.department or "")
    if record is None or record.clock_in is None:
        status: Status = "absent" if past_noon and working_day else "not_arrived"
        return PersonToday(*who, status, last_seen=seen)
    return PersonToday(
        *who,
        "left" if record.clock_out else "in",
        clock_in=record.clock_in,
        clock_out=record.clock_out,
        late_minutes=record.late_minutes,
        early_minutes=record.early_departure_minutes if record.clock_out else 0,
        work_hours=record.work_hours,
        last_seen=seen,
    )


@dataclass(frozen=True, slots=True)
class PersonDay:
    """One person's day: lock events and attendance side by side, and what stands out."""

    employee_id: str
    day: date
    events: list[LockEventRow]
    attendance: AttendanceRow | None
    notes: list[str]


def after_hours(moment: datetime, zone: ZoneInfo) -> bool:
    """Outside ``OFFICE_HOURS`` in the organization's own time: an unlock then is called out."""
    opens, closes = OFFICE_HOURS
    return not opens <= moment.astimezone(zone).time() < closes


def person_day(
    employee_id: str,
    day: date,
    zone: ZoneInfo,
    attendance: AttendanceRow | None,
    events: Iterable[LockEventRow],
) -> PersonDay:
    mine = sorted((e for e in events if e.employee_id == employee_id), key=lambda e: e.timestamp)
    notes: list[str] = []
    entered = [e for e in mine if e.success]
    if entered and (attendance is None or attendance.clock_in is None):
        first = clock(entered[0].timestamp.astimezone(zone))
        notes.append(
            translate("PersonDay", "Entered through a lock at {time} but did not clock in.")
            .format(time=first)
        )  # fmt: skip
    for event in entered:
        if after_hours(event.timestamp, zone):
            local = clock(event.timestamp.astimezone(zone))
            notes.append(
                translate("PersonDay", "Unlocked after hours at {time}.").format(time=local)
            )
    for event in mine:
        if not event.success:
            when = clock(event.timestamp.astimezone(zone))
            # The Locks page's word for it (desktop/ui/widgets/format.py marks them).
            method = translate("Format", event.access_method.replace("_", " ").capitalize())
            notes.append(
                translate("PersonDay", "Denied at {time} ({method}).").format(
                    time=when, method=method
                )
            )
    return PersonDay(employee_id, day, mine, attendance, notes)


def _day_start(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), zone).astimezone(UTC)


def board_from(
    locks: LockCache,
    people: PeopleCache,
    attendance: AttendanceCache,
    zone: ZoneInfo,
    now: datetime,
) -> Board:
    """The board from what the cache holds (online or not)."""
    today = org_today(now, zone)
    events = locks.events_between(_day_start(today, zone), now)
    return build_board(now, zone, people.employees(), attendance.for_day(today), events)


def people_today_from(
    locks: LockCache,
    people: PeopleCache,
    attendance: AttendanceCache,
    zone: ZoneInfo,
    now: datetime,
    ids: Collection[str],
    feed_size: int = FEED_SIZE,
) -> Board:
    """The board's rows of only these people (and the newest events for its feed), as
    ``board_from`` would draw them: what a webhook changed, without the day's every row."""
    today = org_today(now, zone)
    start = _day_start(today, zone)
    records = attendance.for_people(today, ids)
    events = locks.events_of(start, now, ids)
    board = build_board(now, zone, people.employees_with(ids), records, events)
    return replace(board, feed=locks.events_between(start, now, limit=feed_size))


def person_day_from(
    locks: LockCache,
    attendance: AttendanceCache,
    zone: ZoneInfo,
    now: datetime,
    employee_id: str,
) -> PersonDay:
    today = org_today(now, zone)
    # Only this person's rows: the day's every record and event took 95-135 ms at 20,000.
    record = next(iter(attendance.for_range(today, today, employee_id)), None)
    events = locks.events_between(_day_start(today, zone), now, employee_id)
    return person_day(employee_id, today, zone, record, events)
