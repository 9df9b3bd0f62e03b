"""Clock corrections: what a manager may enter, what the day will look like, and the queue.

WorkTime One adds a clock entry with ``POST /attendance/clock`` and nothing
else: no edit, no delete, no idempotency key. A day's record keeps the
earliest clock-in and the latest clock-out after it, so a correction can only
add. ``validate`` refuses what the service would refuse (a time in the future,
before the person existed) and what would garble the day (a clock-out before
its clock-in); ``preview`` shows the day as the service will compute it;
``CorrectionService.queue`` commits valid corrections to the outbox, which
sends them (``outbox.sender``), and writes the audit log; ``edit`` queues a failed
one again, changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from desktop.services.outbox.kind import iso_z
from desktop.services.outbox.kinds.clock import KIND, row_json, subject
from desktop.services.outbox.queueing import queue_write
from desktop.store import AttendanceCache, AttendanceRow, PeopleCache
from desktop.store.audit import AuditLog
from desktop.store.outbox import Outbox, OutboxEntry, OutboxState
from desktop.words import QT_TRANSLATE_NOOP, clock, day, short_day, translate

ClockType = Literal["clock_in", "clock_out"]
CLOCK_TYPES: tuple[ClockType, ...] = ("clock_in", "clock_out")
# Stored and sent to WorkTime One in English (the entry's notes); marked, so a form shows
# them with ``translate("CorrectionReason", reason)`` and keeps the English as the value.
REASONS = (
    QT_TRANSLATE_NOOP("CorrectionReason", "Forgot to clock out"),
    QT_TRANSLATE_NOOP("CorrectionReason", "Forgot to clock in"),
    QT_TRANSLATE_NOOP("CorrectionReason", "Lock did not register"),
    QT_TRANSLATE_NOOP("CorrectionReason", "Worked off-site"),
    QT_TRANSLATE_NOOP("CorrectionReason", "Badge or phone problem"),
    QT_TRANSLATE_NOOP("CorrectionReason", "Other"),
)
OTHER = "Other"
MAX_NOTE = 200
MAX_SERVER_NOTE = 500  # the service's own limit is not documented; stay well inside
MAX_MANAGER = 100
PENDING: tuple[OutboxState, ...] = ("queued", "sending")  # not at the service yet
WORKDAY_START = time(9, 0)
WORKDAY_END = time(17, 30)


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """One clock entry to add. ``timestamp`` is aware; it is kept to the whole second, as
    the service stores it."""

    employee_id: str
    type: ClockType
    timestamp: datetime
    reason: str
    note: str = ""
    lock_id: str | None = None

    def __post_init__(self) -> None:
        if self.timestamp.tzinfo is None:
            raise ValueError("a correction's time needs a time zone (use an aware datetime)")
        exact = self.timestamp.astimezone(UTC).replace(microsecond=0)
        object.__setattr__(self, "timestamp", exact)

    def day(self, zone: ZoneInfo) -> date:
        """The organization's day this entry belongs to."""
        return self.timestamp.astimezone(zone).date()


@dataclass(frozen=True, slots=True)
class DayPreview:
    """A day as the service will compute it: earliest in, latest out after it."""

    clock_in: datetime | None
    clock_out: datetime | None
    work_hours: float
    late_minutes: int
    early_departure_minutes: int

    def as_json(self) -> dict[str, Any]:
        return {
            "clock_in": iso_z(self.clock_in),
            "clock_out": iso_z(self.clock_out),
            "work_hours": self.work_hours,
            "late_minutes": self.late_minutes,
            "early_departure_minutes": self.early_departure_minutes,
        }


class CorrectionRejected(ValueError):
    """Some corrections are not valid; nothing was queued. ``errors`` maps the index of each
    refused correction to its field -> message."""

    def __init__(self, errors: dict[int, dict[str, str]]) -> None:
        count = len(errors)
        super().__init__(translate("Correction", "%n correction(s) need changes", "", count))
        self.errors = errors


class CorrectionConflict(CorrectionRejected):
    """Someone else (another desk, or another window) queued a correction of the same
    person's same day while this one was being written: nothing was queued, and
    ``entry`` is theirs, to look at before adding this one."""

    def __init__(
        self, index: int, entry: OutboxEntry, theirs: Correction, zone: ZoneInfo, name: str
    ) -> None:
        self.entry = entry
        said = (
            translate(
                "Correction",
                "{manager} queued a clock-in at {time} for {name} on {when} while this was "
                "open (Outbox entry {id}). Nothing was queued here: look at theirs first.",
            )
            if theirs.type == "clock_in"
            else translate(
                "Correction",
                "{manager} queued a clock-out at {time} for {name} on {when} while this was "
                "open (Outbox entry {id}). Nothing was queued here: look at theirs first.",
            )
        )
        super().__init__({index: {"general": said.format(
            manager=entry.manager, time=_local(theirs.timestamp, zone), name=name,
            when=_local(entry.created_at, zone, with_day=True), id=entry.id,
        )}})  # fmt: skip


# -- validation --------------------------------------------------------------------------


def validate(
    c: Correction,
    *,
    now: datetime,
    employee_created: datetime | None,
    day: AttendanceRow | None,
    zone: ZoneInfo,
    others: Sequence[Correction] = (),
) -> dict[str, str]:
    """Field -> what is wrong, in plain words; empty when ``c`` may be queued.

    ``day`` is the cached record of ``c``'s day; ``others`` are the same person's other
    entries for that day still on their way (earlier in the batch, or in the outbox)."""
    errors: dict[str, str] = {}
    if not c.employee_id.strip():
        errors["employee_id"] = translate("Correction", "Choose a person.")
    if c.type not in CLOCK_TYPES:
        errors["type"] = translate("Correction", "Choose clock in or clock out.")
    problem = _time_problem(c, now, employee_created, day, zone, others) or _changes_nothing(
        c, day, zone, now, others
    )
    if problem:
        errors["timestamp"] = problem
    errors.update(_reason_problems(c))
    return errors


def _time_problem(
    c: Correction,
    now: datetime,
    created: datetime | None,
    day: AttendanceRow | None,
    zone: ZoneInfo,
    others: Sequence[Correction],
) -> str | None:
    if c.timestamp > now:
        return translate("Correction", "That time is in the future.")
    if created is not None and c.timestamp < created:
        return translate(
            "Correction", "That is before this person was added to WorkTime One ({when})."
        ).format(when=_local(created, zone, with_day=True))
    if c.type not in CLOCK_TYPES:
        return None  # no order to check
    ins = _times(day, others, "clock_in")
    outs = _times(day, others, "clock_out")
    if c.timestamp in (ins if c.type == "clock_in" else outs):
        said = (
            translate("Correction", "The day already has this clock-in ({time}).")
            if c.type == "clock_in"
            else translate("Correction", "The day already has this clock-out ({time}).")
        )
        return said.format(time=_local(c.timestamp, zone))
    if c.type == "clock_out" and ins and c.timestamp <= min(ins):
        return translate(
            "Correction", "A clock-out must come after the day's clock-in ({time})."
        ).format(time=_local(min(ins), zone))
    if c.type == "clock_in" and outs and c.timestamp >= max(outs):
        return translate(
            "Correction", "A clock-in must come before the day's clock-out ({time})."
        ).format(time=_local(max(outs), zone))
    return None


def _changes_nothing(
    c: Correction,
    day: AttendanceRow | None,
    zone: ZoneInfo,
    now: datetime,
    others: Sequence[Correction],
) -> str | None:
    """Why ``c`` would leave the day as it is (the service keeps the earliest clock-in and
    the latest clock-out after it), or None when it changes the day."""
    if c.type not in CLOCK_TYPES:
        return None
    same = [o for o in others if o.employee_id == c.employee_id]
    before = preview(day, same, zone, now)
    after = preview(day, [*same, c], zone, now)
    if (before.clock_in, before.clock_out) != (after.clock_in, after.clock_out):
        return None
    if c.type == "clock_in" and before.clock_in is not None:
        kept = _local(before.clock_in, zone)
        return translate(
            "Correction",
            "This changes nothing: the day keeps its clock-in at {time} (the earliest counts).",
        ).format(time=kept)
    if c.type == "clock_out" and before.clock_out is not None:
        kept = _local(before.clock_out, zone)
        return translate(
            "Correction",
            "This changes nothing: the day keeps its clock-out at {time} (the latest counts).",
        ).format(time=kept)
    return translate(
        "Correction", "This changes nothing: a clock-out before the day's clock-in does not count."
    )


def _times(
    day: AttendanceRow | None, others: Iterable[Correction], kind: ClockType
) -> list[datetime]:
    known = None if day is None else day.clock_in if kind == "clock_in" else day.clock_out
    found = [o.timestamp for o in others if o.type == kind]
    return [*found, known] if known is not None else found


def _reason_problems(c: Correction) -> dict[str, str]:
    errors: dict[str, str] = {}
    if c.reason not in REASONS:
        errors["reason"] = translate("Correction", "Choose a reason from the list.")
    if c.reason == OTHER and not c.note.strip():
        errors["note"] = translate(
            "Correction", "Say what happened: a note is needed when the reason is Other."
        )
    elif len(c.note) > MAX_NOTE:
        errors["note"] = translate(
            "Correction", "Keep the note to {limit} characters (it has {length})."
        ).format(limit=MAX_NOTE, length=len(c.note))
    return errors


# -- the day after the corrections --------------------------------------------------------


def preview(
    day: AttendanceRow | None, corrections: Sequence[Correction], zone: ZoneInfo, now: datetime
) -> DayPreview:
    """The day of ``day`` (or of the corrections, when there is no record yet) as the
    service will compute it once ``corrections`` (one person's, that day's) have landed."""
    ins = _times(day, corrections, "clock_in")
    clock_in = min(ins) if ins else None
    outs = [t for t in _times(day, corrections, "clock_out") if clock_in is None or t > clock_in]
    clock_out = max(outs) if outs else None
    which = day.date if day is not None else _first_day(corrections, zone, now)
    start = datetime.combine(which, WORKDAY_START, zone)
    end = datetime.combine(which, WORKDAY_END, zone)
    late = _minutes(clock_in - start) if clock_in is not None else 0
    early = _minutes(end - clock_out) if clock_out is not None else 0
    today = now.astimezone(zone).date()
    hours = _hours(clock_in, clock_out, now if which == today else None)
    return DayPreview(clock_in, clock_out, hours, late, early)


def _first_day(corrections: Sequence[Correction], zone: ZoneInfo, now: datetime) -> date:
    return corrections[0].day(zone) if corrections else now.astimezone(zone).date()


def _minutes(gap: timedelta) -> int:
    """Whole minutes of a positive gap, as the service counts them; 0 when not positive."""
    return max(0, int(gap.total_seconds()) // 60)


def _hours(clock_in: datetime | None, clock_out: datetime | None, now: datetime | None) -> float:
    """Worked hours; an open day counts until now when it is today, else not at all."""
    if clock_in is None:
        return 0.0
    if clock_out is not None:
        return round((clock_out - clock_in).total_seconds() / 3600, 2)
    if now is not None:
        return round(max(0.0, (now - clock_in).total_seconds()) / 3600, 2)
    return 0.0


# -- what the service is told ------------------------------------------------------------


def server_note(c: Correction, manager: str) -> str:
    """The entry's ``notes`` on the service: the reason, the manager's note, and who."""
    who = _clip(" ".join(manager.split()) or "a manager", MAX_MANAGER)
    tail = f" (by {who} via Front Desk)"
    return _clip(_why(c), MAX_SERVER_NOTE - len(tail)) + tail


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def payload_for(c: Correction, manager: str, zone: ZoneInfo, after: DayPreview) -> dict[str, Any]:
    """What the outbox keeps for ``c``: the request's fields, and what it is meant to do."""
    return {
        "employee_id": c.employee_id,
        "type": c.type,
        "timestamp": iso_z(c.timestamp),
        "lock_id": c.lock_id,
        "notes": server_note(c, manager),
        "day": c.day(zone).isoformat(),
        "reason": c.reason,
        "note": c.note,
        "preview": after.as_json(),
    }


def correction_from(payload: dict[str, Any]) -> Correction:
    """The correction an outbox payload was made from (to edit a failed one)."""
    return Correction(
        employee_id=str(payload["employee_id"]),
        type=payload["type"],
        timestamp=datetime.fromisoformat(str(payload["timestamp"])),
        reason=str(payload.get("reason", OTHER)),
        note=str(payload.get("note", "")),
        lock_id=payload.get("lock_id"),
    )


def _local(value: datetime, zone: ZoneInfo, *, with_day: bool = False) -> str:
    local = value.astimezone(zone)
    return f"{day(local.date())}, {clock(local)}" if with_day else clock(local)


def in_words(c: Correction, name: str, zone: ZoneInfo) -> str:
    """A correction as a manager says it: "Clock-out 17:30 for Olivia Nelson on Tue 01 Dec"."""
    said = (
        translate("Correction", "Clock-in {time} for {name} on {day}")
        if c.type == "clock_in"
        else translate("Correction", "Clock-out {time} for {name} on {day}")
    )
    return said.format(time=_local(c.timestamp, zone), name=name, day=short_day(c.day(zone)))


# -- the queue --------------------------------------------------------------------------


@dataclass
class CorrectionService:
    """Validates corrections against the cache, then commits them to the outbox."""

    outbox: Outbox
    audit: AuditLog
    attendance: AttendanceCache
    people: PeopleCache
    zone: ZoneInfo
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    def __post_init__(self) -> None:
        if self.outbox.db is not self.audit.db:
            raise ValueError("the outbox and the audit log must share one database")

    def day(self, employee_id: str, day: date) -> AttendanceRow | None:
        rows = self.attendance.for_range(day, day, employee_id)
        return rows[0] if rows else None

    def check(self, corrections: Sequence[Correction]) -> dict[int, dict[str, str]]:
        """Index -> field -> message for every correction that may not be queued."""
        now, errors = self.now(), {}
        pending = self._pending()
        for index, c in enumerate(corrections):
            others = [*_same_day(pending, c, self.zone), *_same_day(corrections, c, self.zone)]
            found = validate(
                c,
                now=now,
                employee_created=self.people.created_at(c.employee_id),
                day=self.day(c.employee_id, c.day(self.zone)),
                zone=self.zone,
                others=[o for o in others if o is not c],
            )
            if found:
                errors[index] = found
        return errors

    def basis(self) -> int:
        """What the outbox held when a manager began a correction (its newest entry's
        id): ``queue`` refuses one whose day another desk corrected since."""
        newest = self.outbox.entries(limit=1)
        return newest[0].id if newest else 0

    def queue(
        self, corrections: Sequence[Correction], manager: str, basis: int | None = None
    ) -> list[OutboxEntry]:
        """Commits every correction to the outbox with an audit row, or none of them
        (``CorrectionRejected``) when any is not valid; all in one transaction, so
        no entry is ever on disk without its audit row. With ``basis``: none of them
        either (``CorrectionConflict``) when a correction of the same person's same day
        entered the outbox after it, from this desk or another (the shared store's
        write lock makes the look and the write one step)."""
        if not manager.strip():
            raise ValueError("a correction needs the signed-in manager's name")
        errors = self.check(corrections)
        if errors:
            raise CorrectionRejected(errors)
        entries = []
        # One commit for the whole batch: a crash (or a failing write) leaves either
        # every entry with its audit row, or nothing at all.
        with self.outbox.db.transaction():
            if basis is not None:
                self._refuse_conflicts(corrections, basis)
            pending = self._pending()
            for c in corrections:
                entries.append(self._queue_one(c, manager, pending))
                pending.append(c)
        return entries

    def edit(self, manager: str, entry: OutboxEntry, corrected: Correction) -> OutboxEntry:
        """A failed entry, changed and queued again, with its audit row
        (``CorrectionRejected`` when the change is not valid)."""
        errors = self.check([corrected])
        if errors:
            raise CorrectionRejected(errors)
        day = self.day(corrected.employee_id, corrected.day(self.zone))
        after = preview(day, [corrected], self.zone, self.now())
        payload = payload_for(corrected, manager, self.zone, after)
        with self.outbox.db.transaction():
            updated = self.outbox.edit(entry.id, payload)
            self.audit.append(
                manager=manager,
                action=f"{KIND}.edited",
                subject=subject(corrected.employee_id, payload["day"]),
                payload={"outbox_id": entry.id, **payload},
                reason=f"Edited after it failed: {entry.last_error or 'no reason given'}",
                before=entry.payload,
                after=payload,
                outcome=updated.state,
            )
        return updated

    def _queue_one(self, c: Correction, manager: str, pending: list[Correction]) -> OutboxEntry:
        day = self.day(c.employee_id, c.day(self.zone))
        after = preview(day, [*_same_day(pending, c, self.zone), c], self.zone, self.now())
        payload = payload_for(c, manager, self.zone, after)
        return queue_write(
            self.outbox, self.audit, kind=KIND, payload=payload, manager=manager,
            reason=_why(c), subject=subject(c.employee_id, payload["day"]),
            before=row_json(day), after=after.as_json(),
        )  # fmt: skip

    def _refuse_conflicts(self, corrections: Sequence[Correction], basis: int) -> None:
        since = [
            (e, correction_from(e.payload))
            for e in self.outbox.entries_after(basis, kinds=[KIND])
            if e.state not in ("cancelled", "failed")
        ]
        for index, c in enumerate(corrections):
            for entry, theirs in since:
                if _same_day([theirs], c, self.zone):
                    name = self.people.name(c.employee_id) or c.employee_id
                    raise CorrectionConflict(index, entry, theirs, self.zone, name)

    def _pending(self) -> list[Correction]:
        """Corrections in the outbox that have not reached the service yet."""
        entries = self.outbox.entries(PENDING)
        return [correction_from(e.payload) for e in entries if e.kind == KIND]


def _same_day(items: Iterable[Correction], c: Correction, zone: ZoneInfo) -> list[Correction]:
    return [o for o in items if o.employee_id == c.employee_id and o.day(zone) == c.day(zone)]


def _why(c: Correction) -> str:
    note = " ".join(c.note.split())
    return f"{c.reason}: {note}" if note else c.reason
