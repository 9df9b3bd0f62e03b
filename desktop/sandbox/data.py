"""The sandbox's data set: built from a seed, queried by the service routes.

``Dataset.build`` makes one organization: departments, locations, locks,
people in all three services, and ``days`` days of lock events and clock
entries (or fewer, when ``max_events`` is reached first). In live mode the
whole of today is planned and each event becomes visible when the simulated
clock passes its upload time; later days are planned when the clock gets there.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from . import catalog
from .days import APP_SYNC_INTERVAL, DayBuilder, days_back
from .people import Population
from .records import ClockEntry, DayPlan, LockEvent
from .views import build_population


@dataclass(frozen=True, slots=True)
class DataParams:
    seed: int = 1
    employees: int = 120
    days: int = 30
    locks: int = 8
    max_events: int | None = None
    live: bool = False
    timezone: str = catalog.ORG_TIMEZONE


class Dataset:
    def __init__(self, params: DataParams, now: datetime) -> None:
        self.params = params
        self.zone = ZoneInfo(params.timezone)
        self.built_at = int(now.timestamp())
        self.today = now.astimezone(self.zone).date()
        pop: Population = build_population(
            params.seed, params.employees, params.locks, self.today, params.timezone
        )
        self.departments = pop.departments
        self.locations = pop.locations
        self.locks = pop.locks
        self.people = pop.people
        self.employees = pop.employees
        self.accounts = pop.accounts
        self.jobs = pop.jobs
        self.worq = pop.worq
        self.disagreements = pop.disagreements
        self.wt_id_by_number = pop.wt_id_by_number
        still = {d.number for d in pop.disagreements if d.kind == "leaver_still_active"}
        offline_since = days_back(self.today, 3)[-1]
        self._builder = DayBuilder(
            params.seed,
            self.people,
            pop.wt_id_by_number,
            self.locks,
            self.zone,
            still,
            offline_since,
        )
        self._events: dict[str, list[LockEvent]] = {lock.id: [] for lock in self.locks}
        self._event_keys: dict[str, list[int]] = {lock.id: [] for lock in self.locks}
        self.clocks: dict[tuple[str, date], list[ClockEntry]] = {}
        self.days_with_clocks: dict[date, list[str]] = {}
        # Lock-sourced clock entries by the instant the cloud learns of them, for webhooks;
        # sorted lazily (a build adds them day by day).
        self._lock_clocks: list[ClockEntry] = []
        self._lock_clock_keys: list[int] = []
        self._lock_clocks_sorted = True
        self._ahead: dict[date, DayPlan] = {}  # days built early to find the next upload
        self.planned_days: set[date] = set()
        self.method_by_employee = {
            pop.wt_id_by_number[p.number]: p.method
            for p in pop.people
            if p.number in pop.wt_id_by_number
        }
        self.event_count = 0
        self._build_history()

    # -- building --------------------------------------------------------------

    def _build_history(self) -> None:
        cutoff = None if self.params.live else self.built_at
        new_events: list[LockEvent] = []
        for day in days_back(self.today, max(1, self.params.days)):
            plan = self._builder.build(day)
            self.planned_days.add(day)
            events = [e for e in plan.events if cutoff is None or e.timestamp <= cutoff]
            clocks = [c for c in plan.clocks if cutoff is None or c.timestamp <= cutoff]
            new_events.extend(events)
            self._add_clocks(day, clocks)
            limit = self.params.max_events
            if limit is not None and len(new_events) >= limit:
                break
        self._add_events(new_events)

    def _add_events(self, events: list[LockEvent]) -> None:
        for event in events:
            self._events[event.lock_id].append(event)
        for lock_id, items in self._events.items():
            items.sort(key=lambda e: (e.timestamp, e.id), reverse=True)
            self._event_keys[lock_id] = [-e.timestamp for e in items]
        self.event_count = sum(len(items) for items in self._events.values())

    def _add_clocks(self, day: date, entries: list[ClockEntry]) -> None:
        for entry in entries:
            self.add_clock(day, entry)

    def add_clock(self, day: date, entry: ClockEntry) -> None:
        key = (entry.employee_id, day)
        bucket = self.clocks.get(key)
        if bucket is None:
            self.clocks[key] = [entry]
            ids = self.days_with_clocks.setdefault(day, [])
            bisect.insort(ids, entry.employee_id)
        else:
            bucket.append(entry)
        if entry.source == "lock":
            self._lock_clocks.append(entry)
            self._lock_clocks_sorted = False

    def plan_until(self, now_ts: float) -> None:
        """Live mode: plan every day up to the simulated today."""
        if not self.params.live:
            return
        today = datetime.fromtimestamp(now_ts, UTC).astimezone(self.zone).date()
        last = max(self.planned_days)
        if today <= last:
            return
        new_events: list[LockEvent] = []
        for offset in range(1, (today - last).days + 1):
            day = date.fromordinal(last.toordinal() + offset)
            plan = self._ahead.pop(day, None) or self._builder.build(day)
            self.planned_days.add(day)
            new_events.extend(plan.events)
            self._add_clocks(day, plan.clocks)
        self._add_events(new_events)

    # -- queries -----------------------------------------------------------------

    def local_date(self, ts: float) -> date:
        return datetime.fromtimestamp(ts, UTC).astimezone(self.zone).date()

    def day_start(self, day: date) -> int:
        """Epoch seconds of local midnight at the start of ``day``."""
        return int(datetime.combine(day, datetime.min.time(), self.zone).timestamp())

    def lock_events(
        self, lock_id: str, now_ts: float, start: date | None = None, end: date | None = None
    ) -> list[LockEvent]:
        """Events the cloud knows of by ``now_ts``, newest first, within the dates."""
        items = self._events.get(lock_id, [])
        keys = self._event_keys.get(lock_id, [])
        upper = (
            now_ts
            if end is None
            else min(now_ts, self.day_start(end.fromordinal(end.toordinal() + 1)) - 1)
        )
        first = bisect.bisect_left(keys, -int(upper))
        last = len(items) if start is None else bisect.bisect_right(keys, -self.day_start(start))
        return [e for e in items[first:last] if e.server_timestamp <= now_ts]

    def last_event_at(self, lock_id: str, now_ts: float) -> int | None:
        items = self._events.get(lock_id, [])
        first = bisect.bisect_left(self._event_keys.get(lock_id, []), -int(now_ts))
        for event in items[first : first + 500]:
            if event.server_timestamp <= now_ts:
                return event.timestamp
        return None

    def all_events(self) -> list[LockEvent]:
        return [e for items in self._events.values() for e in items]

    def events_uploaded_between(self, after: float, until: float) -> list[LockEvent]:
        """Events that reached the cloud in ``(after, until]``, oldest first."""
        found: list[LockEvent] = []
        for lock_id, items in self._events.items():
            keys = self._event_keys[lock_id]
            for event in items[bisect.bisect_left(keys, -int(until)) :]:
                if event.timestamp <= after - APP_SYNC_INTERVAL:
                    break
                if after < event.server_timestamp <= until:
                    found.append(event)
        found.sort(key=lambda e: (e.server_timestamp, e.id))
        return found

    def lock_clocks_visible_between(self, after: float, until: float) -> list[ClockEntry]:
        """Lock-sourced clock entries the cloud learned of in ``(after, until]``, oldest first."""
        keys = self._sorted_lock_clock_keys()
        first = bisect.bisect_right(keys, math.floor(after))  # visible_at is whole seconds
        last = bisect.bisect_right(keys, math.floor(until))
        return self._lock_clocks[first:last]

    def _sorted_lock_clock_keys(self) -> list[int]:
        if not self._lock_clocks_sorted:
            self._lock_clocks.sort(key=lambda c: (c.visible_at, c.id))
            self._lock_clock_keys = [c.visible_at for c in self._lock_clocks]
            self._lock_clocks_sorted = True
        return self._lock_clock_keys

    def next_upload_after(self, after: float) -> int | None:
        """The first instant after ``after`` at which a successful unlock or a lock clock
        reaches the cloud, among the days planned so far; None when there is none."""
        best: int | None = None
        keys = self._sorted_lock_clock_keys()
        index = bisect.bisect_right(keys, math.floor(after))
        if index < len(keys):
            best = keys[index]
        oldest = -(int(after) - APP_SYNC_INTERVAL)
        for lock_id, items in self._events.items():
            # Oldest first from the first event that could still be uploaded after ``after``;
            # an upload is never before its event, so past ``best`` nothing can beat it.
            stop = bisect.bisect_left(self._event_keys[lock_id], oldest)
            for position in range(stop - 1, -1, -1):
                event = items[position]
                if best is not None and event.timestamp >= best:
                    break
                if (
                    event.server_timestamp > after
                    and (best is None or event.server_timestamp < best)
                    and event.event == "unlock"
                    and event.success
                ):
                    best = event.server_timestamp
        return best

    def next_upload_ahead(self, after: float, days: int = 7) -> int | None:
        """``next_upload_after``, looking into days live mode has not planned yet (built
        now, kept, and used when the clock gets there)."""
        found = self.next_upload_after(after)
        if not self.params.live:
            return found
        last = max(self.planned_days)
        for offset in range(1, days + 1):
            day = date.fromordinal(last.toordinal() + offset)
            if found is not None and found < self.day_start(day):
                break  # nothing of that day reaches the cloud before it starts
            plan = self._ahead.get(day)
            if plan is None:
                plan = self._ahead[day] = self._builder.build(day)
            times = [e.server_timestamp for e in plan.events if e.event == "unlock" and e.success]
            times += [c.visible_at for c in plan.clocks]
            later = [t for t in times if t > after]
            if later and (found is None or min(later) < found):
                found = min(later)
        return found
