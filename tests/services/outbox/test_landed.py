"""What one person's day on WorkTime One says of a clock entry that may have landed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.api import AttendanceRecord
from desktop.services.attendance.corrections import row_json
from desktop.services.outbox.kinds.clock_landed import decide

DAY = date(2026, 11, 17)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 17, hour, minute, tzinfo=UTC)


def day(clock_in: datetime | None, clock_out: datetime | None) -> AttendanceRecord:
    return AttendanceRecord(
        id="att_1", employee_id="emp_1", date=DAY, clock_in=clock_in, clock_out=clock_out
    )


@pytest.mark.parametrize(
    ("kind", "entry", "record", "landed"),
    [
        ("clock_in", at(14), None, False),
        ("clock_in", at(14), day(None, at(22)), False),  # only a clock-out that day
        ("clock_in", at(14), day(at(14), None), True),
        ("clock_in", at(14), day(at(15), at(22)), False),  # it would have been the earliest
        ("clock_in", at(14), day(at(13), at(22)), None),  # an earlier one hides it
        ("clock_out", at(22), None, False),
        ("clock_out", at(22), day(at(14), None), False),
        ("clock_out", at(22), day(at(14), at(22)), True),
        ("clock_out", at(22), day(at(14), at(21)), False),  # it would have been the latest
        ("clock_out", at(22), day(at(14), at(23)), None),  # a later one hides it
        ("clock_out", at(22), day(at(22, 30), None), None),  # before the clock-in: not shown
        ("clock_out", at(22), day(None, at(22)), True),
    ],
)
def test_the_day_decides_what_it_can(
    kind: str, entry: datetime, record: AttendanceRecord | None, landed: bool | None
) -> None:
    verdict = decide(kind, entry, record)
    assert verdict.landed is landed
    assert verdict.why


def test_the_evidence_keeps_the_days_times_as_the_service_writes_them() -> None:
    found = row_json(day(at(14), None))
    assert found is not None
    assert found["clock_in"] == "2026-11-17T14:00:00Z"
    assert found["clock_out"] is None
    assert row_json(None) is None
