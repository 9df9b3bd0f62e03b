"""One simulated day of lock events and clock entries, built from the seed.

Each day has its own random stream (seed and date), so live mode can build
tomorrow when the simulated clock gets there and get the same day a full
build would have made.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .records import ClockEntry, DayPlan, Lock, LockEvent, Person

GATEWAY_UPLOAD_DELAY = 3  # seconds from the lock to the cloud through a gateway
APP_SYNC_INTERVAL = 4 * 3600  # a lock without a gateway uploads when a phone syncs it


class DayBuilder:
    def __init__(
        self,
        seed: int,
        people: Sequence[Person],
        wt_ids: dict[int, str],
        locks: Sequence[Lock],
        zone: ZoneInfo,
        still_coming: set[int],
        offline_since: date,
    ) -> None:
        self.seed = seed
        self.people = people
        self.wt_ids = wt_ids
        self.locks = locks
        self.zone = zone
        self.still_coming = still_coming
        self.offline_since = offline_since
        attendance = [lock for lock in locks if lock.attendance] or list(locks[:1])
        self.entrances: dict[str, list[Lock]] = {}
        for lock in attendance:
            self.entrances.setdefault(lock.location, []).append(lock)
        self.all_entrances = attendance
        self.interior = [lock for lock in locks if not lock.attendance] or attendance

    def build(self, day: date) -> DayPlan:
        plan = DayPlan(day)
        rng = random.Random(f"day:{self.seed}:{day.isoformat()}")
        base = self._day_base(day)
        self._seq = 0
        if day.weekday() < 5:
            for person in self.people:
                if self._works(person, day):
                    self._person_day(plan, rng, base, person)
        self._extras(plan, rng, base, weekend=day.weekday() >= 5)
        return plan

    def _day_base(self, day: date) -> int:
        """Epoch seconds of local midnight, with the offset in force at noon."""
        noon = datetime.combine(day, time(12, 0), self.zone)
        return int(noon.timestamp()) - 12 * 3600

    def _works(self, person: Person, day: date) -> bool:
        if person.start_date > day:
            return False
        return (
            person.exit_date is None
            or day <= person.exit_date
            or (person.number in self.still_coming)
        )

    def _entrance(self, rng: random.Random, person: Person) -> Lock:
        location_name = {"301": "Headquarters", "302": "Warehouse", "303": "Downtown Store"}.get(
            person.location_ids[0], "Headquarters"
        )
        choices = self.entrances.get(location_name) or self.all_entrances
        return choices[0] if len(choices) == 1 or rng.random() < 0.7 else rng.choice(choices)

    def _person_day(self, plan: DayPlan, rng: random.Random, base: int, person: Person) -> None:
        if rng.random() < 0.04:
            return  # absent
        emp_id = self.wt_ids[person.number]
        lock = self._entrance(rng, person)
        if rng.random() < person.punctual:
            arrive = base + rng.randint(8 * 3600 + 600, 8 * 3600 + 59 * 60)
        else:
            arrive = base + rng.randint(9 * 3600 + 60, 9 * 3600 + 55 * 60)
        if rng.random() < 0.06:
            leave = base + rng.randint(15 * 3600, 17 * 3600 + 25 * 60)
        else:
            leave = base + rng.randint(17 * 3600 + 30 * 60, 18 * 3600 + 40 * 60)
        if rng.random() < 0.012:
            # Came in through a side door and never clocked in.
            side = rng.choice(self.interior)
            self._event(plan, side, arrive, person, emp_id, person.method, True)
            return
        if rng.random() < 0.03:
            self._event(
                plan, lock, arrive - rng.randint(5, 40), person, emp_id, person.method, False
            )
        self._event(plan, lock, arrive, person, emp_id, person.method, True)
        self._clock(plan, emp_id, "clock_in", arrive, lock)
        if rng.random() < 0.35:
            back = base + rng.randint(12 * 3600, 13 * 3600 + 30 * 60)
            self._event(plan, lock, back, person, emp_id, person.method, True)
        if rng.random() < 0.15:
            inside = rng.choice(self.interior)
            at = rng.randint(arrive + 600, max(arrive + 601, leave - 600))
            self._event(plan, inside, at, person, emp_id, person.method, True)
        if rng.random() < 0.03:
            return  # forgot to clock out
        self._event(plan, lock, leave, person, emp_id, person.method, True)
        self._clock(plan, emp_id, "clock_out", leave, lock)

    def _extras(self, plan: DayPlan, rng: random.Random, base: int, *, weekend: bool) -> None:
        staff = [p for p in self.people if self._works(p, plan.day)] or list(self.people)
        for _ in range(rng.randint(0, 1 if weekend else 3)):
            lock = rng.choice(self.all_entrances)
            method = rng.choice(("card", "passcode"))
            at = base + rng.randint(7 * 3600, 19 * 3600)
            self._event(plan, lock, at, None, None, method, False)
        if rng.random() < 0.15 and self.people:
            lock = rng.choice(self.all_entrances)
            at = base + rng.randint(7 * 3600, 19 * 3600)
            for n in range(5):
                self._event(plan, lock, at + n * 9, None, None, "passcode", False)
            self._event(plan, lock, at + 50, None, None, "passcode", False, "locked_out")
        if rng.random() < 0.12:
            lock = rng.choice(list(self.locks))
            at = base + rng.randint(0, 5 * 3600)
            self._event(plan, lock, at, None, None, "gateway", False, "forced")
        if rng.random() < 0.05:
            lock = rng.choice(list(self.locks))
            self._event(
                plan, lock, base + rng.randint(0, 86_000), None, None, "gateway", False, "tamper"
            )
        if staff and rng.random() < (0.2 if weekend else 0.35):
            person = rng.choice(staff)
            lock = rng.choice(self.all_entrances)
            hour = rng.choice((22, 23, 5))
            at = base + hour * 3600 + rng.randint(0, 3000)
            self._event(plan, lock, at, person, self.wt_ids[person.number], person.method, True)

    def _event(
        self,
        plan: DayPlan,
        lock: Lock,
        at: int,
        person: Person | None,
        emp_id: str | None,
        method: str,
        success: bool,
        event: str = "unlock",
    ) -> None:
        if not lock.online and plan.day >= self.offline_since:
            return
        if lock.has_gateway:
            uploaded = at + GATEWAY_UPLOAD_DELAY
        else:
            uploaded = (at // APP_SYNC_INTERVAL + 1) * APP_SYNC_INTERVAL
        self._seq += 1
        plan.events.append(
            LockEvent(
                id=f"event_{plan.day:%Y%m%d}{self._seq:06d}",
                lock_id=lock.id,
                employee_id=emp_id,
                employee_name=person.name if person else None,
                access_method=method,
                timestamp=at,
                server_timestamp=uploaded,
                success=success,
                event=event,
            )
        )

    def _clock(self, plan: DayPlan, emp_id: str, kind: str, at: int, lock: Lock) -> None:
        self._seq += 1
        plan.clocks.append(
            ClockEntry(
                id=f"clk_{plan.day:%Y%m%d}{self._seq:06d}",
                employee_id=emp_id,
                type=kind,
                timestamp=at,
                visible_at=at + GATEWAY_UPLOAD_DELAY,
                lock_id=lock.id,
                notes=None,
                source="lock",
                created_at=at + GATEWAY_UPLOAD_DELAY,
            )
        )


def days_back(today: date, count: int) -> list[date]:
    """``count`` days ending with ``today``, newest first."""
    return [today - timedelta(days=n) for n in range(count)]
