"""The seeded data set: deterministic, realistic, and big when asked."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import phonenumbers

from desktop.sandbox.data import DataParams, Dataset
from desktop.sandbox.views import DISAGREEMENT_KINDS

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def _fingerprint(data: Dataset) -> tuple[object, ...]:
    events = sorted((e.id, e.lock_id, e.employee_id, e.timestamp, e.success, e.event)
                    for e in data.all_events())  # fmt: skip
    people = [(p.number, p.email, p.phone, p.department, p.start_date) for p in data.people]
    return tuple(events), tuple(people), tuple(sorted(data.accounts)), len(data.worq)


def test_same_seed_same_data_and_another_seed_differs() -> None:
    first = Dataset(DataParams(seed=7), NOW)
    again = Dataset(DataParams(seed=7), NOW)
    other = Dataset(DataParams(seed=8), NOW)
    assert _fingerprint(first) == _fingerprint(again)
    assert _fingerprint(first) != _fingerprint(other)


def test_default_organization_shape() -> None:
    data = Dataset(DataParams(), NOW)
    assert len(data.people) == 120
    assert len(data.locks) == 8
    assert {d.kind for d in data.disagreements} == set(DISAGREEMENT_KINDS)
    methods = Counter(e.access_method for e in data.all_events())
    assert {"fingerprint", "card", "passcode", "app", "face", "gateway"} <= set(methods)
    kinds = Counter(e.event for e in data.all_events())
    assert kinds["forced"] > 0
    assert kinds["locked_out"] > 0
    assert sum(1 for e in data.all_events() if not e.success) > 20
    assert any(e.employee_id is None for e in data.all_events())
    assert all(phonenumbers.is_valid_number(phonenumbers.parse(p.phone)) for p in data.people)
    roles = Counter(a.role for a in data.accounts.values())
    assert roles["OWNER"] == 1
    assert roles["MANAGER"] >= 5
    assert any(job.open for job in data.jobs)


def test_history_stops_at_now_when_not_live() -> None:
    data = Dataset(DataParams(), NOW)
    newest = max(e.timestamp for e in data.all_events())
    assert newest <= NOW.timestamp()
    assert data.today.isoformat() == "2026-11-18"


def test_attendance_has_late_early_forgotten_and_absent_days() -> None:
    data = Dataset(DataParams(), NOW)
    in_times: list[int] = []
    forgot = 0
    for (_emp, day), entries in data.clocks.items():
        kinds = {c.type for c in entries}
        if day < data.today and kinds == {"clock_in"}:
            forgot += 1
        in_times += [c.timestamp - data.day_start(day) for c in entries if c.type == "clock_in"]
    assert forgot > 0
    assert any(t > 9 * 3600 for t in in_times)  # someone was late
    assert any(t < 9 * 3600 for t in in_times)
    workdays = [
        d for d in (data.today - timedelta(days=n) for n in range(1, 29)) if d.weekday() < 5
    ]
    present = Counter(day for (_emp, day) in data.clocks)
    assert all(present[d] < len(data.people) for d in workdays)  # absences every day


def test_big_data_set_for_benchmarks() -> None:
    data = Dataset(DataParams(employees=20_000, max_events=200_000), NOW)
    assert len(data.employees) == 20_000
    assert len({p.email for p in data.people}) == 20_000
    assert len({p.phone for p in data.people}) == 20_000
    assert data.event_count >= 200_000


def test_live_mode_plans_today_and_reveals_it_as_time_passes() -> None:
    six_am = datetime(2026, 11, 18, 11, 0, tzinfo=UTC)  # 06:00 in New York
    data = Dataset(DataParams(live=True), six_am)
    front_door_early = data.lock_events("lock_101", six_am.timestamp())
    later = (six_am + timedelta(hours=4)).timestamp()
    front_door_later = data.lock_events("lock_101", later)
    assert len(front_door_later) > len(front_door_early) + 20
    data.plan_until((six_am + timedelta(days=2)).timestamp())
    assert max(data.planned_days).isoformat() == "2026-11-20"


def test_a_lock_without_gateway_uploads_late() -> None:
    data = Dataset(DataParams(), NOW)
    storage = [e for e in data.all_events() if e.lock_id == "lock_104"]
    assert storage
    assert max(e.server_timestamp - e.timestamp for e in storage) > 3600
