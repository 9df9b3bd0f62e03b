"""Two desks correcting the same person's same day at once, over one store (a shared
PostgreSQL database, or one SQLite file two consoles open): the second gets a clear
conflict naming the first one's entry, and nothing of its own is queued."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop import api
from desktop.services.attendance.corrections import (
    Correction,
    CorrectionConflict,
    CorrectionService,
)
from desktop.store import AttendanceCache, AuditLog, Database, Outbox, PeopleCache, open_store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
TUESDAY = date(2026, 11, 17)
HIRED = datetime(2024, 3, 4, 14, 0, tzinfo=UTC)


def at(hour: int, minute: int = 0, day: date = TUESDAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=NY)


def clock_out(when: datetime, employee_id: str = "emp_1") -> Correction:
    return Correction(
        employee_id=employee_id, type="clock_out", timestamp=when, reason="Forgot to clock out"
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "shared.sqlite3")
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def desks(store: str) -> Iterator[tuple[CorrectionService, CorrectionService]]:
    opened = [open_store(store), open_store(store)]
    people = PeopleCache(opened[0])
    people.save_employees(
        [api.Employee(id=f"emp_{n}", name=f"Person {n}", created_at=HIRED) for n in (1, 2)], NOW
    )
    record = api.AttendanceRecord(id="att_1", employee_id="emp_1", date=TUESDAY,
                                  clock_in=at(8, 55))  # fmt: skip
    AttendanceCache(opened[0]).save_attendance([record], NOW)
    yield service(opened[0]), service(opened[1])
    for db in opened:
        db.close()


def service(db: Database) -> CorrectionService:
    return CorrectionService(Outbox(db, lambda: NOW), AuditLog(db, lambda: NOW),
                             AttendanceCache(db), PeopleCache(db), NY, lambda: NOW)  # fmt: skip


def test_the_second_desk_gets_a_conflict_naming_the_first_ones_entry(
    desks: tuple[CorrectionService, CorrectionService],
) -> None:
    front, night = desks
    # Both managers open the correction for Person 1's Tuesday ...
    front_basis, night_basis = front.basis(), night.basis()
    # ... the front desk saves first, the night desk a moment later, another time.
    (first,) = front.queue([clock_out(at(17, 45))], "Ana Ruiz", front_basis)
    with pytest.raises(CorrectionConflict) as refused:
        night.queue([clock_out(at(17, 50))], "Ben Ode", night_basis)
    assert refused.value.entry.id == first.id
    message = refused.value.errors[0]["general"]
    assert message.startswith("Ana Ruiz queued a clock-out at 17:45 for Person 1 on ")
    assert f"(Outbox entry {first.id})" in message
    outbox = night.outbox.entries()
    assert [(e.id, e.manager) for e in outbox] == [(first.id, "Ana Ruiz")]  # nothing of Ben's
    assert [r.manager for r in night.audit.rows()] == ["Ana Ruiz"]


def test_another_person_or_another_day_is_no_conflict(
    desks: tuple[CorrectionService, CorrectionService],
) -> None:
    front, night = desks
    front_basis, night_basis = front.basis(), night.basis()
    front.queue([clock_out(at(17, 45))], "Ana Ruiz", front_basis)
    queued = night.queue(
        [clock_out(at(17, 50), "emp_2"), clock_out(at(17, 30, date(2026, 11, 16)))],
        "Ben Ode",
        night_basis,
    )
    assert len(queued) == 2


def test_a_desk_that_looks_again_after_the_first_may_add_to_the_day(
    desks: tuple[CorrectionService, CorrectionService],
) -> None:
    front, night = desks
    front.queue([clock_out(at(17, 45))], "Ana Ruiz", front.basis())
    # Opened after the first was queued: the night desk saw it (and the later clock-out
    # is the one that counts), so it is not refused.
    (later,) = night.queue([clock_out(at(18, 10))], "Ben Ode", night.basis())
    assert later.manager == "Ben Ode"
