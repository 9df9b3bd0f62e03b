"""The outbox worker as its own process, killed (SIGKILL) mid-send and started again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.sandbox import SandboxServer
from tests.helpers.outbox import (
    WAIT,
    Desk,
    clock_out,
    kill,
    local,
    manual_entries,
    posted,
    start_worker,
    wait_for,
)

CLOCK = "/attendance/clock"
# Seed 1: people who clocked in and never out, by day.
FORGOT = {
    date(2026, 11, 16): ["emp_010020", "emp_010028", "emp_010035"],
    date(2026, 11, 17): ["emp_010001", "emp_010027", "emp_010038"],
}


@pytest.mark.slow
def test_killed_workers_leave_each_correction_landed_exactly_once(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    db, log = tmp_path / "frontdesk.sqlite3", tmp_path / "worker.log"
    desk = Desk.open(db)
    desk.load(sandbox, min(FORGOT), max(FORGOT))
    corrections = [clock_out(p, local(day, 17, 45)) for day, ids in FORGOT.items() for p in ids]
    entries = desk.queue(*corrections)
    # Two answers lost after their writes landed: one dropped, one too slow.
    sandbox.controls.fault("drop", service="worktime", path=CLOCK, method="POST", after=True)
    sandbox.controls.fault(
        "delay", service="worktime", path=CLOCK, method="POST", delay=1.0, after=True
    )

    for kill_after in (1, 3):  # killed right after its first, then its third, clock entry
        worker = start_worker(sandbox, db, log)
        try:
            wait_for(posted(sandbox, kill_after), f"{kill_after} clock entries")
        finally:
            kill(worker)
    worker = start_worker(sandbox, db, log)
    try:
        assert worker.wait(WAIT) == 0, log.read_text(encoding="utf-8")
    finally:
        kill(worker)

    assert [desk.entry(e.id).state for e in entries] == ["sent"] * len(entries)
    for c in corrections:
        landed = manual_entries(sandbox, c.employee_id, c.day(desk.corrections.zone))
        assert [e.timestamp for e in landed] == [int(c.timestamp.timestamp())], c
    assert desk.audit.verify().ok
    desk.db.close()
