"""Seeded people, and how WorkTime One, WorkTaps and WorQ each see them.

The three views agree by default; a handful of deliberate disagreements give
reconciliation (the directory) real work and are listed in ``Disagreement``s.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from . import catalog
from .records import (
    Department,
    Disagreement,
    Location,
    Lock,
    Person,
    TapsAccount,
    TapsJob,
    WorqEmployee,
    WtEmployee,
)

FIRST_NUMBER = 10001


@dataclass(slots=True)
class Population:
    departments: list[Department]
    locations: list[Location]
    locks: list[Lock]
    people: list[Person]
    employees: dict[str, WtEmployee]
    accounts: dict[int, TapsAccount]
    jobs: list[TapsJob]
    worq: list[WorqEmployee]
    disagreements: list[Disagreement] = field(default_factory=list)
    wt_id_by_number: dict[int, str] = field(default_factory=dict)


def wt_employee_id(number: int) -> str:
    return f"emp_{number:06d}"


def _local_ts(day: date, hour: int, minute: int, tz: ZoneInfo) -> int:
    return int(datetime.combine(day, time(hour, minute), tz).timestamp())


def _phone(index: int) -> str:
    area = catalog.AREA_CODES[index % len(catalog.AREA_CODES)]
    rest = index // len(catalog.AREA_CODES)
    exchange = 230 + rest // 10_000 % 700  # 230..929: never N11 nor 555
    return f"+1{area}{exchange}{rest % 10_000:04d}"


def worq_phone_format(e164: str) -> str:
    """WorQ keeps the phone as HR typed it: ``(212) 234-5678``."""
    digits = e164[2:]
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def build_locks(count: int) -> list[Lock]:
    locks = [Lock(*row) for row in catalog.LOCKS[:count]]
    for n in range(len(locks), count):
        name = catalog.EXTRA_LOCK_NAMES[n % len(catalog.EXTRA_LOCK_NAMES)]
        locks.append(
            Lock(
                f"lock_{101 + n}",
                f"{name} {n}",
                "Headquarters",
                30 + n * 7 % 70,
                True,
                n % 3 != 0,
                False,
            )
        )
    return locks


def _make_person(rng: random.Random, index: int, today: date, used_emails: set[str]) -> Person:
    first = rng.choice(catalog.FIRST_NAMES)
    last = rng.choice(catalog.LAST_NAMES)
    email = f"{first}.{last}@{catalog.EMAIL_DOMAIN}".lower()
    if email in used_emails:
        email = f"{first}.{last}{index}@{catalog.EMAIL_DOMAIN}".lower()
    used_emails.add(email)
    dept = rng.randrange(len(catalog.DEPARTMENTS))
    position, salary = rng.choice(catalog.DEPARTMENTS[dept][2])
    city, state, postal = rng.choice(catalog.CITIES)
    start = today - timedelta(days=rng.randrange(60, 8 * 365))
    location = "302" if dept == 3 else ("303" if dept in (1, 8) else "301")
    return Person(
        number=FIRST_NUMBER + index,
        first_name=first,
        last_name=last,
        email=email,
        phone=_phone(index),
        department=dept,
        location_ids=[location],
        job_title=position,
        role="EMPLOYEE",
        start_date=start,
        birth_date=date(1960 + rng.randrange(42), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        street=f"{rng.randrange(1, 999)} {rng.choice(catalog.STREETS)}",
        city=city,
        state=state,
        postal=postal,
        salary=salary + rng.randrange(-4, 5) * 1000,
        method=rng.choice(catalog.PERSONAL_METHODS),
        punctual=rng.choice((0.97, 0.93, 0.9, 0.85, 0.7)),
    )


def build_people(rng: random.Random, count: int, today: date) -> list[Person]:
    used: set[str] = set()
    people = [_make_person(rng, i, today, used) for i in range(count)]
    if people:
        people[0].role = "OWNER"
    seen_departments: set[int] = set()
    for person in people[1:]:
        if person.department not in seen_departments:
            seen_departments.add(person.department)
            person.role = "MANAGER"
    return people
