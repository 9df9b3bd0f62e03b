"""The WorQ cache: upserts that count new, updated and changed; runs that end one way."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop import api
from desktop.store import Database, WorqCache, WorqPerson

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def _employee(number: int, **change: object) -> api.WorqEmployee:
    fields: dict[str, object] = {
        "employee_id": str(number),
        "first_name": f"First{number}",
        "last_name": f"Last{number}",
        "email": f"p{number}@example.com",
        "phone": "(212) 234-5678",
        "department": "Sales",
        "designation": "Clerk",
        "location": "Main",
        "date_of_joining": "2024-03-01",
        "date_of_exit": None,
        "status": "active",
        "updated_at": "2026-11-01T16:00:00Z",
    }
    fields.update(change)
    return api.WorqEmployee.model_validate(fields)


def test_upsert_counts_new_then_updated_and_changed(db: Database) -> None:
    cache = WorqCache(db)
    first = cache.upsert_many([_employee(1), _employee(2)], NOW)
    assert (first.new, first.updated, first.changed) == (2, 0, 0)
    later = NOW + timedelta(days=1)
    second = cache.upsert_many([_employee(1), _employee(2, phone="212 999 0000")], later)
    assert (second.new, second.updated, second.changed) == (0, 2, 1)
    people = {p.employee_id: p for p in cache.all()}
    assert people["2"].phone == "212 999 0000"
    assert people["2"].first_seen == NOW
    assert people["2"].fetched_at == later
    assert cache.get("2") == _employee(2, phone="212 999 0000")


def test_all_gives_every_field_the_directory_needs(db: Database) -> None:
    cache = WorqCache(db)
    leaver = _employee(7, status="exited", date_of_exit="2026-10-31", last_name="Adams")
    cache.upsert_many([_employee(3), leaver], NOW)
    first, second = cache.all()
    assert first == WorqPerson(
        employee_id="7",
        first_name="First7",
        last_name="Adams",
        email="p7@example.com",
        phone="(212) 234-5678",
        department="Sales",
        designation="Clerk",
        location="Main",
        start_date=date(2024, 3, 1),
        end_date=date(2026, 10, 31),
        status="exited",
        updated_at=datetime(2026, 11, 1, 16, 0, tzinfo=UTC),
        first_seen=NOW,
        fetched_at=NOW,
    )
    assert first.is_leaver
    assert first.name == "First7 Adams"
    assert not second.is_leaver
    assert second.employee_id == "3"


def test_a_run_counts_its_pages_and_ends_once(db: Database) -> None:
    cache = WorqCache(db)
    run_id = cache.begin_run(date(2026, 10, 1), date(2026, 11, 18), NOW)
    cache.set_total(run_id, 3)
    cache.upsert_many([_employee(1), _employee(2)], NOW, run_id=run_id)
    cache.upsert_many([_employee(2)], NOW, run_id=run_id)
    run = cache.finish_run(run_id, "done", NOW + timedelta(seconds=5))
    assert (run.pages, run.total, run.new, run.updated, run.kept) == (2, 3, 2, 1, 3)
    assert run.outcome == "done"
    assert run.finished_at == NOW + timedelta(seconds=5)
    assert cache.last_run("done") == run == cache.runs()[0]
    with pytest.raises(ValueError, match="not 'running'"):
        cache.finish_run(run_id, "running", NOW)


def test_a_run_left_running_is_marked_failed_by_the_next(db: Database) -> None:
    cache = WorqCache(db)
    stale = cache.begin_run(date(2026, 11, 1), date(2026, 11, 18), NOW)
    fresh = cache.begin_run(date(2026, 11, 1), date(2026, 11, 18), NOW)
    old = cache.run(stale)
    assert old is not None
    assert old.outcome == "failed"
    assert old.error
    assert cache.last_run() == cache.run(fresh)
    assert cache.last_run("done") is None
