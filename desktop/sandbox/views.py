"""Each service's view of the seeded people, with the deliberate disagreements."""

from __future__ import annotations

import random
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from . import catalog
from .people import (
    Population,
    _local_ts,
    _phone,
    build_locks,
    build_people,
    worq_phone_format,
    wt_employee_id,
)
from .records import (
    Department,
    Disagreement,
    Location,
    Person,
    TapsAccount,
    TapsJob,
    WorqEmployee,
    WtEmployee,
)

DISAGREEMENT_KINDS = (
    "missing_in_worktaps",
    "missing_in_worq",
    "phone_differs",
    "department_differs",
    "leaver_still_active",
    "status_differs",
    "email_differs",
    "phone_only",
)
CONSISTENT_LEAVER = "consistent_leaver"  # gone everywhere: no disagreement


def _departments() -> list[Department]:
    return [
        Department(f"dept_{i + 1:02d}", str(201 + i), name, slug)
        for i, (name, slug, _) in enumerate(catalog.DEPARTMENTS)
    ]


def _locations(tz: str) -> list[Location]:
    return [
        Location(
            lid,
            name,
            slug,
            street=street,
            city=city,
            state=state,
            postal=postal,
            areacode=area,
            timezone=tz,
            website=f"https://{slug}.{catalog.EMAIL_DOMAIN}",
            phone=_phone(900_000 + i),
            about=f"{name} of {catalog.ORG_NAME}",
        )
        for i, (lid, name, slug, street, city, state, postal, area) in enumerate(catalog.LOCATIONS)
    ]


def _pick_special(rng: random.Random, people: list[Person]) -> dict[int, str]:
    """Person index -> special kind, among plain employees."""
    candidates = [i for i, p in enumerate(people) if p.role == "EMPLOYEE"]
    kinds = (*DISAGREEMENT_KINDS, CONSISTENT_LEAVER)
    if len(candidates) < len(kinds) * 2:
        return {}
    chosen = rng.sample(candidates, len(kinds))
    return dict(zip(chosen, kinds, strict=True))


def build_population(seed: int, count: int, lock_count: int, today: date, tz: str) -> Population:
    rng = random.Random(f"people:{seed}")
    zone = ZoneInfo(tz)
    departments = _departments()
    locations = _locations(tz)
    people = build_people(rng, count, today)
    special = _pick_special(rng, people)
    pop = Population(departments, locations, build_locks(lock_count), people, {}, {}, [], [])
    for index, person in enumerate(people):
        kind = special.get(index)
        if kind == "leaver_still_active":
            person.exit_date = today - timedelta(days=10)
        elif kind == CONSISTENT_LEAVER:
            person.exit_date = today - timedelta(days=20)
        _add_worktime(pop, person, kind, zone)
        _add_worktaps(pop, person, kind, index, zone, tz)
        _add_worq(pop, person, kind, rng, zone, today)
        if kind in DISAGREEMENT_KINDS:
            pop.disagreements.append(_describe(kind, person, pop))
    managers = [a for a in pop.accounts.values() if a.role == "MANAGER"]
    for n, name in enumerate(catalog.OPEN_JOBS[: len(managers)]):
        pop.jobs.append(TapsJob(7001 + n, name, managers[n].id))
    if managers:
        pop.jobs.append(TapsJob(7001 + len(pop.jobs), "Last year's move", managers[0].id, False))
    return pop


def _add_worktime(pop: Population, person: Person, kind: str | None, zone: ZoneInfo) -> None:
    emp_id = wt_employee_id(person.number)
    pop.wt_id_by_number[person.number] = emp_id
    created = _local_ts(person.start_date, 0, 0, zone)
    status, deleted_at = "active", None
    if kind == "status_differs":
        status = "inactive"
    elif kind == CONSISTENT_LEAVER and person.exit_date:
        status, deleted_at = "deleted", _local_ts(person.exit_date, 18, 0, zone)
    pop.employees[emp_id] = WtEmployee(
        id=emp_id,
        name=person.name,
        email=person.email,
        department_id=pop.departments[person.department].worktime_id,
        position=person.job_title,
        salary=float(person.salary),
        status=status,
        created_at=created,
        start_date=person.start_date.isoformat(),
        updated_at=deleted_at or created,
        deleted_at=deleted_at,
        number=person.number,
    )


def _add_worktaps(
    pop: Population, person: Person, kind: str | None, index: int, zone: ZoneInfo, tz: str
) -> None:
    if kind == "missing_in_worktaps":
        return
    email: str | None = person.email
    phone: str | None = person.phone
    employee_id: str | None = str(person.number)
    department = pop.departments[person.department].worktaps_id
    if kind == "phone_differs":
        phone = _phone(500_000 + index)
    elif kind == "department_differs":
        department = pop.departments[(person.department + 1) % len(pop.departments)].worktaps_id
    elif kind == "email_differs":
        email = f"{person.first_name}.{person.last_name}@mail.example".lower()
    elif kind == "phone_only":
        email, employee_id = None, None
    account_id = 5001 + index
    pop.accounts[account_id] = TapsAccount(
        id=account_id,
        created=_local_ts(person.start_date, 8, 0, zone),
        first_name=person.first_name,
        last_name=person.last_name,
        email=email,
        phone=phone,
        city=person.city,
        state=person.state,
        street=person.street,
        postal=person.postal,
        birth_date=person.birth_date.isoformat(),
        employee_id=employee_id,
        timezone=tz,
        role=person.role,
        department_id=department,
        location_ids=list(person.location_ids),
        meta={"jobTitle": person.job_title, "startDate": person.start_date.isoformat()},
        removed=kind == CONSISTENT_LEAVER,
        term_date=person.exit_date.strftime("%m/%d/%Y")
        if kind == CONSISTENT_LEAVER and person.exit_date
        else None,
    )


def _add_worq(
    pop: Population,
    person: Person,
    kind: str | None,
    rng: random.Random,
    zone: ZoneInfo,
    today: date,
) -> None:
    if kind == "missing_in_worq":
        return
    exited = kind in ("leaver_still_active", CONSISTENT_LEAVER) and person.exit_date
    if exited and person.exit_date:
        updated_day = person.exit_date
    else:
        tenure = max(1, (today - person.start_date).days)
        updated_day = person.start_date + timedelta(days=rng.randrange(tenure))
    location = next(loc.name for loc in pop.locations if loc.id == person.location_ids[0])
    pop.worq.append(
        WorqEmployee(
            employee_id=str(person.number),
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            phone=worq_phone_format(person.phone),
            department=pop.departments[person.department].name,
            designation=person.job_title,
            location=location,
            date_of_joining=person.start_date.isoformat(),
            date_of_exit=person.exit_date.isoformat() if exited and person.exit_date else None,
            status="exited" if exited else "active",
            updated_at=_local_ts(updated_day, 11, 0, zone),
        )
    )


def _describe(kind: str, person: Person, pop: Population) -> Disagreement:
    details = {
        "missing_in_worktaps": "in WorkTime One and WorQ, no WorkTaps account",
        "missing_in_worq": "in WorkTime One and WorkTaps, not in WorQ (new hire not in HR yet)",
        "phone_differs": "WorkTaps phone differs from WorQ's",
        "department_differs": "WorkTaps department differs from WorQ's and WorkTime One's",
        "leaver_still_active": "exited in WorQ, still active in WorkTime One and WorkTaps, "
        "still opening doors",
        "status_differs": "inactive in WorkTime One, active in WorQ and WorkTaps",
        "email_differs": "WorkTaps has a personal email; matched by employee id",
        "phone_only": "WorkTaps account has no email and no employee id; matched by phone",
    }
    return Disagreement(kind, person.number, person.email, details[kind])
