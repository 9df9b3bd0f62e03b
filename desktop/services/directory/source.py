"""The directory over the local store: what each system last told the console.

WorkTime One's employees come from the people cache (active and inactive; no
salary), plus the deleted ones the directory fetched itself (the sync forgets
those, but a manager may want to restore one); WorkTaps' accounts and
departments from the accounts cache; WorQ's people from the last imports; door
openings from the cached lock events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from desktop.services.directory.people import (
    DoorLookup,
    Opening,
    Person,
    WorkTimeRecord,
    build,
)
from desktop.store import (
    AccountCache,
    Database,
    EventFilter,
    LockCache,
    PeopleCache,
    WorqCache,
)

SCAN = 50  # a leaver's newest events looked at for a granted opening


def door_lookup(locks: LockCache, zone: tzinfo, scan: int = SCAN) -> DoorLookup:
    """The newest granted opening from the day after the date of exit (the organization's
    days) on, among the person's ``scan`` newest events since then, in ``zone``."""

    names = {lock.id: lock.name for lock in locks.locks()}

    def last_opening(employee_id: str, left: date) -> Opening | None:
        start = datetime.combine(left + timedelta(days=1), time(0, 0), zone)
        found = locks.events(EventFilter(employee_id=employee_id, start=start), 0, scan)
        opened = next((event for event in found if event.success), None)
        if opened is None:
            return None
        at = opened.timestamp.astimezone(zone)
        return Opening(at, names.get(opened.lock_id, ""), opened.lock_id, opened.id)

    return last_opening


@dataclass
class DirectorySource:
    people: PeopleCache
    accounts: AccountCache
    worq: WorqCache
    locks: LockCache

    @classmethod
    def over(cls, db: Database) -> DirectorySource:
        return cls(PeopleCache(db), AccountCache(db), WorqCache(db), LockCache(db))

    def directory(
        self, today: date, zone: tzinfo, deleted: Sequence[WorkTimeRecord] = ()
    ) -> list[Person]:
        """Every person as the store has them; ``deleted``: WorkTime One's deleted
        employees, when fetched (a cached employee wins over a fetched one)."""
        cached: list[WorkTimeRecord] = list(self.people.employees(active_only=False))
        known = {employee.id for employee in cached}
        worktime = [*cached, *(d for d in deleted if d.id not in known)]
        accounts = self.accounts.accounts(limit=self.accounts.count() + 1)
        names = {d.id: d.name or d.id for d in self.accounts.departments()}
        return build(
            worktime,
            accounts,
            self.worq.all(),
            today=today,
            taps_departments=names,
            doors=door_lookup(self.locks, zone),
        )
