"""Clock corrections: what is refused and why, the day's preview, the note, and the queue."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop import api
from desktop.services.attendance.corrections import (
    MAX_SERVER_NOTE,
    REASONS,
    Correction,
    CorrectionRejected,
    CorrectionService,
    correction_from,
    payload_for,
    preview,
    server_note,
    validate,
)
from desktop.store import (
    AttendanceCache,
    AttendanceRow,
    AuditLog,
    Database,
    Outbox,
    PeopleCache,
)
from tests.helpers.killing import KILL, KILLED

ROOT = Path(__file__).resolve().parents[2]
NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wednesday 10:00 in New York
TUESDAY = date(2026, 11, 17)
HIRED = datetime(2024, 3, 4, 14, 0, tzinfo=UTC)


def local(day: date, hour: int, minute: int = 0, zone: ZoneInfo = NY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def fix(
    kind: str = "clock_out",
    at: datetime | None = None,
    reason: str = "Forgot to clock out",
    note: str = "",
    employee_id: str = "emp_1",
) -> Correction:
    when = at or local(TUESDAY, 17, 45)
    return Correction(
        employee_id=employee_id,
        type=kind,  # type: ignore[arg-type]
        timestamp=when,
        reason=reason,
        note=note,
    )


def row(
    day: date = TUESDAY,
    clock_in: datetime | None = None,
    clock_out: datetime | None = None,
    employee_id: str = "emp_1",
) -> AttendanceRow:
    return AttendanceRow(
        f"att_{day:%Y%m%d}_{employee_id}",
        employee_id,
        "Jo Park",
        day,
        clock_in,
        clock_out,
        0.0,
        0,
        0,
        None,
    )


def check(c: Correction, day: AttendanceRow | None = None, **kw: object) -> dict[str, str]:
    return validate(c, now=NOW, employee_created=HIRED, day=day, zone=NY, **kw)  # type: ignore[arg-type]


# -- validation ---------------------------------------------------------------------------


def test_a_plain_forgotten_clock_out_is_valid() -> None:
    assert check(fix(), row(clock_in=local(TUESDAY, 8, 55))) == {}


def test_a_time_in_the_future_is_refused_on_the_time() -> None:
    errors = check(fix("clock_in", NOW + timedelta(minutes=1), "Forgot to clock in"))
    assert errors == {"timestamp": "That time is in the future."}


def test_a_time_before_the_person_existed_is_refused() -> None:
    errors = check(fix("clock_in", HIRED - timedelta(days=1), "Forgot to clock in"))
    assert set(errors) == {"timestamp"}
    assert "before this person was added" in errors["timestamp"]
    assert "2024-03-04" in errors["timestamp"]


def test_a_clock_out_before_the_days_clock_in_is_refused() -> None:
    day = row(clock_in=local(TUESDAY, 9, 30))
    errors = check(fix(at=local(TUESDAY, 9, 10)), day)
    assert errors == {"timestamp": "A clock-out must come after the day's clock-in (09:30)."}


def test_a_clock_out_before_a_clock_in_entered_with_it_is_refused() -> None:
    clock_in = fix("clock_in", local(TUESDAY, 9, 30), "Forgot to clock in")
    errors = check(fix(at=local(TUESDAY, 9, 10)), None, others=[clock_in])
    assert set(errors) == {"timestamp"}


def test_a_clock_in_after_the_days_clock_out_is_refused() -> None:
    day = row(clock_out=local(TUESDAY, 17, 30))
    errors = check(fix("clock_in", local(TUESDAY, 18, 0), "Forgot to clock in"), day)
    assert errors == {"timestamp": "A clock-in must come before the day's clock-out (17:30)."}


def test_an_entry_the_day_already_has_is_refused() -> None:
    day = row(clock_in=local(TUESDAY, 8, 55), clock_out=local(TUESDAY, 17, 45))
    assert "already has this clock-out" in check(fix(), day)["timestamp"]


def test_a_later_clock_in_changes_nothing_and_is_refused_on_the_time() -> None:
    day = row(clock_in=local(TUESDAY, 8, 55), clock_out=local(TUESDAY, 17, 45))
    errors = check(fix("clock_in", local(TUESDAY, 9, 20), "Forgot to clock in"), day)
    assert errors == {"timestamp": "This changes nothing: the day keeps its clock-in at 08:55 "
                                   "(the earliest counts)."}  # fmt: skip


def test_an_earlier_clock_out_changes_nothing_and_is_refused_on_the_time() -> None:
    day = row(clock_in=local(TUESDAY, 8, 55), clock_out=local(TUESDAY, 17, 45))
    errors = check(fix(at=local(TUESDAY, 16, 0)), day)
    assert errors == {"timestamp": "This changes nothing: the day keeps its clock-out at 17:45 "
                                   "(the latest counts)."}  # fmt: skip


def test_a_later_clock_out_moves_the_day_and_is_taken() -> None:
    day = row(clock_in=local(TUESDAY, 8, 55), clock_out=local(TUESDAY, 17, 45))
    assert check(fix(at=local(TUESDAY, 18, 30)), day) == {}


def test_the_reason_comes_from_the_list() -> None:
    assert check(fix(reason="Because"))["reason"] == "Choose a reason from the list."
    assert all(check(fix(reason=reason, note="x")) == {} for reason in REASONS)


def test_other_needs_a_note() -> None:
    assert set(check(fix(reason="Other"))) == {"note"}
    assert set(check(fix(reason="Other", note="   "))) == {"note"}
    assert check(fix(reason="Other", note="Fire drill")) == {}


def test_a_note_is_at_most_200_characters() -> None:
    assert check(fix(note="x" * 200)) == {}
    assert check(fix(note="x" * 201))["note"] == "Keep the note to 200 characters (it has 201)."


def test_every_problem_is_reported_at_once() -> None:
    errors = check(fix(at=NOW + timedelta(hours=1), reason="Other", employee_id=" "))
    assert set(errors) == {"employee_id", "timestamp", "note"}


def test_a_naive_time_is_a_bug_not_a_guess() -> None:
    with pytest.raises(ValueError, match="time zone"):
        fix(at=datetime(2026, 11, 17, 17, 45))


def test_a_time_is_kept_to_the_second_in_utc() -> None:
    c = fix(at=local(TUESDAY, 17, 45).replace(second=7, microsecond=900_000))
    assert c.timestamp == datetime(2026, 11, 17, 22, 45, 7, tzinfo=UTC)
    assert c.day(NY) == TUESDAY


# -- the preview --------------------------------------------------------------------------


def test_a_forgotten_clock_out_at_1745_leaves_no_early_minutes() -> None:
    day = row(clock_in=local(TUESDAY, 8, 55))
    after = preview(day, [fix()], NY, NOW)
    assert after.clock_in == local(TUESDAY, 8, 55)
    assert after.clock_out == local(TUESDAY, 17, 45)
    assert (after.late_minutes, after.early_departure_minutes) == (0, 0)
    assert after.work_hours == 8.83  # 8 h 50 min


def test_a_clock_in_at_0912_is_12_minutes_late() -> None:
    after = preview(None, [fix("clock_in", local(TUESDAY, 9, 12), "Forgot to clock in")], NY, NOW)
    assert after.late_minutes == 12
    assert after.clock_out is None
    assert after.work_hours == 0.0  # an open past day counts nothing


def test_an_open_day_today_counts_the_hours_so_far() -> None:
    today = NOW.astimezone(NY).date()
    after = preview(None, [fix("clock_in", local(today, 8, 30), "Forgot to clock in")], NY, NOW)
    assert after.work_hours == 1.5


def test_a_clock_out_at_1700_is_30_minutes_early() -> None:
    day = row(clock_in=local(TUESDAY, 9, 0))
    after = preview(day, [fix(at=local(TUESDAY, 17, 0))], NY, NOW)
    assert after.early_departure_minutes == 30
    assert after.work_hours == 8.0


def test_the_earliest_in_and_the_latest_out_win() -> None:
    day = row(clock_in=local(TUESDAY, 8, 50), clock_out=local(TUESDAY, 18, 10))
    entries = [
        fix("clock_in", local(TUESDAY, 9, 20), "Forgot to clock in"),
        fix(at=local(TUESDAY, 17, 0)),
    ]
    after = preview(day, entries, NY, NOW)
    assert (after.clock_in, after.clock_out) == (day.clock_in, day.clock_out)


def test_the_spring_forward_day_counts_against_daylight_time() -> None:
    sunday = date(2026, 3, 8)  # clocks went from 02:00 EST to 03:00 EDT
    entries = [
        fix("clock_in", datetime(2026, 3, 8, 13, 10, tzinfo=UTC), "Forgot to clock in"),
        fix(at=datetime(2026, 3, 8, 21, 0, tzinfo=UTC)),
    ]
    after = preview(None, entries, NY, NOW)
    assert local(sunday, 9, 10) == entries[0].timestamp  # 13:10Z is 09:10 EDT
    assert (after.late_minutes, after.early_departure_minutes) == (10, 30)
    assert after.work_hours == 7.83


def test_the_fall_back_day_counts_against_standard_time() -> None:
    entries = [
        fix("clock_in", datetime(2026, 11, 1, 4, 30, tzinfo=UTC), "Forgot to clock in"),
        fix(at=datetime(2026, 11, 1, 22, 0, tzinfo=UTC)),
    ]
    after = preview(None, entries, NY, NOW)
    # 00:30 EDT to 17:00 EST: 17.5 hours on the wall clock's 16.5, and 30 minutes early
    assert after.work_hours == 17.5
    assert (after.late_minutes, after.early_departure_minutes) == (0, 30)


# -- the note ---------------------------------------------------------------------------


def test_the_note_names_the_reason_and_the_manager() -> None:
    c = fix(note="left at 18:00, said so at the desk")
    assert server_note(c, "Ana Ruiz") == (
        "Forgot to clock out: left at 18:00, said so at the desk (by Ana Ruiz via Front Desk)"
    )
    assert server_note(fix(), "Ana Ruiz") == "Forgot to clock out (by Ana Ruiz via Front Desk)"


def test_the_note_stays_short_whatever_it_is_given() -> None:
    note = server_note(fix(reason="Other", note="y" * 200), "Z" * 400)
    assert len(note) < MAX_SERVER_NOTE
    assert note.endswith("via Front Desk)")


def test_a_payload_gives_back_its_correction() -> None:
    c = fix(note="at the desk")
    payload = payload_for(c, "Ana Ruiz", NY, preview(None, [c], NY, NOW))
    assert payload["timestamp"] == "2026-11-17T22:45:00Z"
    assert payload["day"] == "2026-11-17"
    assert correction_from(payload) == c


# -- the queue --------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "frontdesk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> CorrectionService:
    people = PeopleCache(db)
    people.save_employees(
        [api.Employee(id=f"emp_{n}", name=f"Person {n}", created_at=HIRED) for n in (1, 2)], NOW
    )
    attendance = AttendanceCache(db)
    record = api.AttendanceRecord(
        id="att_1", employee_id="emp_1", date=TUESDAY, clock_in=local(TUESDAY, 8, 55)
    )
    attendance.save_attendance([record], NOW)
    return CorrectionService(
        Outbox(db, lambda: NOW), AuditLog(db, lambda: NOW), attendance, people, NY, lambda: NOW
    )


def test_queue_commits_each_correction_with_its_audit_row(service: CorrectionService) -> None:
    batch = [fix(note="said so at the desk"), fix(employee_id="emp_2", at=local(TUESDAY, 17, 0))]
    entries = service.queue(batch, "Ana Ruiz")
    assert [e.state for e in entries] == ["queued", "queued"]
    first = service.outbox.get(entries[0].id).payload
    assert first["notes"].endswith("(by Ana Ruiz via Front Desk)")
    assert first["preview"]["early_departure_minutes"] == 0
    assert first["preview"]["work_hours"] == 8.83
    rows = service.audit.rows()[::-1]
    assert [r.action for r in rows] == ["clock_correction.queued"] * 2
    assert rows[0].subject == "emp_1/2026-11-17"
    assert rows[0].before is not None
    assert rows[0].before["clock_out"] is None
    assert rows[0].after == first["preview"]
    assert rows[0].payload["outbox_id"] == entries[0].id
    assert rows[1].before is None  # emp_2 had no record that day
    assert service.audit.verify().ok


def test_one_invalid_correction_queues_none(service: CorrectionService) -> None:
    batch = [fix(), fix(employee_id="emp_2", at=NOW + timedelta(hours=2))]
    with pytest.raises(CorrectionRejected) as refused:
        service.queue(batch, "Ana Ruiz")
    assert refused.value.errors == {1: {"timestamp": "That time is in the future."}}
    assert service.outbox.entries() == []
    assert service.audit.rows() == []


def test_a_correction_before_the_person_was_added_is_refused(service: CorrectionService) -> None:
    early = fix("clock_in", HIRED - timedelta(hours=1), "Forgot to clock in")
    with pytest.raises(CorrectionRejected) as refused:
        service.queue([early], "Ana Ruiz")
    assert set(refused.value.errors[0]) == {"timestamp"}


def test_corrections_still_in_the_outbox_count(service: CorrectionService) -> None:
    service.queue(
        [fix("clock_in", local(TUESDAY, 7, 0), "Forgot to clock in", employee_id="emp_2")],
        "Ana Ruiz",
    )
    with pytest.raises(CorrectionRejected):
        service.queue([fix(employee_id="emp_2", at=local(TUESDAY, 6, 30))], "Ana Ruiz")
    entries = service.queue([fix(employee_id="emp_2", at=local(TUESDAY, 15, 0))], "Ana Ruiz")
    assert entries[0].payload["preview"]["work_hours"] == 8.0  # 07:00 (queued) to 15:00


def test_an_audit_row_that_cannot_be_written_queues_nothing(
    service: CorrectionService, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = service.audit.append
    calls = 0

    def second_fails(**row: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disk full")
        return written(**row)

    monkeypatch.setattr(service.audit, "append", second_fails)
    batch = [fix(), fix(employee_id="emp_2", at=local(TUESDAY, 17, 0))]
    with pytest.raises(OSError, match="disk full"):
        service.queue(batch, "Ana Ruiz")
    assert service.outbox.entries() == []
    assert service.audit.rows() == []
    assert not service.outbox.db.conn.in_transaction


# Queues one correction in a process that dies at once (``tests.helpers.killing``: SIGKILL,
# TerminateProcess on Windows) as it writes the audit row.
KILLED_WHILE_QUEUEING = """
import os, sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo
from desktop.services.attendance.corrections import Correction, CorrectionService
from desktop.store import AttendanceCache, AuditLog, Database, Outbox, PeopleCache

db = Database(sys.argv[1])
now = lambda: datetime(2026, 11, 18, 15, tzinfo=UTC)
audit = AuditLog(db, now)
audit.append = lambda **row: os.kill(os.getpid(), int(sys.argv[2]))
service = CorrectionService(
    Outbox(db, now), audit, AttendanceCache(db), PeopleCache(db), ZoneInfo("America/New_York"), now
)
at = datetime(2026, 11, 17, 22, 45, tzinfo=UTC)
fix = Correction(employee_id="emp_1", type="clock_out", timestamp=at, reason="Forgot to clock out")
service.queue([fix], "Ana Ruiz")
"""


def test_a_crash_between_an_entry_and_its_audit_row_leaves_neither(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    Database(path).close()
    child = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_QUEUEING, str(path), str(KILL)],
        cwd=ROOT,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == KILLED, child.stderr.decode()
    db = Database(path)
    try:
        assert Outbox(db).entries() == []
        assert AuditLog(db).rows() == []
    finally:
        db.close()


def test_the_outbox_and_the_audit_log_share_a_database(tmp_path: Path) -> None:
    one, other = Database(tmp_path / "one.sqlite3"), Database(tmp_path / "other.sqlite3")
    try:
        with pytest.raises(ValueError, match="one database"):
            CorrectionService(
                Outbox(one), AuditLog(other), AttendanceCache(one), PeopleCache(one), NY
            )
    finally:
        one.close()
        other.close()


def test_a_correction_needs_a_manager(service: CorrectionService) -> None:
    with pytest.raises(ValueError, match="manager"):
        service.queue([fix()], "  ")


def test_an_unknown_type_is_refused_on_the_type() -> None:
    errors = check(fix("clock_break"), row(clock_out=local(TUESDAY, 17, 45)))
    assert errors == {"type": "Choose clock in or clock out."}
