"""The shift handover: what the manager leaving the desk tells the one taking it over.

Gathered from the local store for a moment ``now`` (so it works offline, from
what was last fetched), in the organization's timezone:

- who is in now (the live board's rule: clocked in today, not out), since when
  and through which lock;
- lock events of the shift: forced entry and other alarms, denied unlocks, and
  unlocks after office hours (the board's ``after_hours`` rule);
- locks whose battery is at or below ``LOW_BATTERY_PERCENT``;
- open attendance problems on the days the shift touches (the review's rules),
  with the outbox correction already queued for one, if any;
- writes still in the outbox, and failed ones (``handover_writes``);
- who printed it.

The shift is the last ``SHIFT_HOURS`` hours unless ``since`` says otherwise: a
fixed window rather than "since midnight", so a handover at 07:00 still shows
the night, and one at 19:00 the whole day shift. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.services.attendance.board import Board, after_hours, build_board, org_today
from desktop.services.attendance.review import PROBLEM_TEXT, ReviewRow, local_day_bounds, review
from desktop.services.outbox.kinds.clock import KIND as CLOCK_CORRECTION
from desktop.services.reports.handover_writes import (
    OPEN_STATES,
    PendingWrite,
    namers,
    pending_writes,
)
from desktop.store import (
    LOW_BATTERY_PERCENT,
    AccountCache,
    AttendanceCache,
    AttendanceRow,
    AuditLog,
    Database,
    LockCache,
    LockEventRow,
    LockRow,
    Outbox,
    OutboxEntry,
    PeopleCache,
    SyncState,
)
from desktop.words import translate

SHIFT_HOURS = 12
ALARMS = ("forced", "tamper", "locked_out")  # events other than an unlock, worst first


@dataclass(frozen=True, slots=True)
class PersonIn:
    employee_id: str
    name: str
    department: str
    since: datetime  # the clock-in
    lock: str  # where they clocked in ("" when not through a lock)
    location: str
    last_seen: datetime | None  # their latest unlock today


@dataclass(frozen=True, slots=True)
class DoorEvent:
    id: str
    at: datetime
    lock: str
    location: str
    person: str  # "" for an unknown card, passcode or a forced door
    method: str
    event: str  # unlock, forced, tamper, locked_out
    success: bool


@dataclass(frozen=True, slots=True)
class OpenProblem:
    day: date
    employee_id: str
    name: str
    department: str
    problem: str  # in words
    correction: OutboxEntry | None  # an open outbox correction of that day, if any


@dataclass(frozen=True, slots=True)
class Handover:
    now: datetime
    since: datetime
    zone: ZoneInfo
    manager: str
    refreshed: datetime | None  # when today's attendance was last fetched
    people_in: list[PersonIn]
    alarms: list[DoorEvent]  # forced entry, tamper, locked out
    denied: list[DoorEvent]  # plain unlocks that were refused
    after_hours: list[DoorEvent]
    low_batteries: list[LockRow]
    problems: list[OpenProblem]
    writes: list[PendingWrite]
    audit_head: str = ""  # the audit log's head in short: the paper trail of its length


def gather(
    db: Database,
    zone: ZoneInfo,
    now: datetime,
    manager: str,
    since: datetime | None = None,
) -> Handover:
    """The handover from what the store holds at ``now`` (see the module)."""
    start = now - timedelta(hours=SHIFT_HOURS) if since is None else since
    first, today = org_today(start, zone), org_today(now, zone)
    locks, people = LockCache(db), PeopleCache(db)
    # Each table read once: the events from the shift's first day on hold the shift's,
    # today's (the board) and the review's; every employee names the writes.
    events = locks.events_between(local_day_bounds(first, zone)[0], now)
    employees = people.employees(active_only=False)
    active = [p for p in employees if p.status == "active"]
    records = AttendanceCache(db).for_range(first, today)
    by_id = {lock.id: lock for lock in locks.locks()}
    shift = sorted(_from(events, start), key=lambda e: (e.timestamp, e.id))
    doors = [_door(event, by_id) for event in shift]
    entries = Outbox(db).entries(OPEN_STATES, order="ASC")
    queued = entries_for_days(entries)
    todays = _from(events, local_day_bounds(today, zone)[0])
    return Handover(
        now=now,
        since=start,
        zone=zone,
        manager=manager,
        audit_head=AuditLog(db).head_line(),
        refreshed=SyncState(db).synced_at("attendance"),
        people_in=_people_in(build_board(now, zone, active, records, todays), records, by_id),
        alarms=sorted(
            (d for d in doors if d.event in ALARMS), key=lambda d: (ALARMS.index(d.event), d.at)
        ),
        denied=[d for d in doors if d.event not in ALARMS and not d.success],
        after_hours=[d for d in doors if d.success and after_hours(d.at, zone)],
        low_batteries=low_batteries(by_id.values()),
        problems=_problems(review(first, today, today, active, records, events, zone), queued),
        writes=pending_writes(entries, namers(employees, AccountCache(db)), zone),
    )


def _from(events: list[LockEventRow], moment: datetime) -> list[LockEventRow]:
    """The events at or after ``moment``, as ``events_between`` would read them (whole
    seconds)."""
    cut = moment.replace(microsecond=0)
    return [event for event in events if event.timestamp >= cut]


def low_batteries(locks: Iterable[LockRow]) -> list[LockRow]:
    """Locks at or below ``LOW_BATTERY_PERCENT``, emptiest first."""
    low = [(lock.battery_percent, lock) for lock in locks if lock.battery_percent is not None]
    chosen = [(percent, lock) for percent, lock in low if percent <= LOW_BATTERY_PERCENT]
    return [lock for _, lock in sorted(chosen, key=lambda pair: (pair[0], pair[1].name.lower()))]


def _door(event: LockEventRow, locks: dict[str, LockRow]) -> DoorEvent:
    lock = locks.get(event.lock_id)
    return DoorEvent(
        event.id,
        event.timestamp,
        lock.name if lock else event.lock_id,
        lock.location if lock else "",
        event.employee_name or event.employee_id or "",
        event.access_method,
        event.event,
        event.success,
    )


def _people_in(
    board: Board, records: list[AttendanceRow], by_id: dict[str, LockRow]
) -> list[PersonIn]:
    lock_of = {r.employee_id: r.lock_id for r in records if r.date == board.day}
    rows = []
    for person in board.with_status("in"):
        lock = by_id.get(lock_of.get(person.employee_id) or "")
        rows.append(
            PersonIn(
                person.employee_id,
                person.name,
                person.department,
                person.clock_in or board.now,  # "in" means clocked in: never None
                lock.name if lock else "",
                lock.location if lock else "",
                person.last_seen,
            )
        )
    return rows


def entries_for_days(entries: Iterable[OutboxEntry]) -> dict[tuple[str, str], OutboxEntry]:
    """The open clock corrections by (employee id, day): the latest queued for each."""
    found: dict[tuple[str, str], OutboxEntry] = {}
    for entry in sorted(entries, key=lambda e: e.id):
        if entry.kind == CLOCK_CORRECTION:
            found[(str(entry.payload.get("employee_id")), str(entry.payload.get("day")))] = entry
    return found


def _problems(
    rows: list[ReviewRow], queued: dict[tuple[str, str], OutboxEntry]
) -> list[OpenProblem]:
    """The review's problems, each with the correction queued for that day, if any."""
    return [
        OpenProblem(
            r.day,
            r.employee_id,
            r.name,
            r.department,
            translate("ReviewProblem", PROBLEM_TEXT[r.problem]),
            queued.get((r.employee_id, r.day.isoformat())),
        )
        for r in rows
        if r.problem is not None
    ]
