"""A session's working day with no window, run in a fresh interpreter by
``tests/services/test_headless.py``: everything below ``ui/`` imported first (no PySide6
may load), then the session against a sandbox of its own: locks and history synced, a
forgotten clock-out corrected, sent, in the audit log, and a clean stop. Prints ``ok``."""

from __future__ import annotations

import asyncio
import importlib
import pkgutil
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import desktop

SHELL = ("desktop.app", "desktop.startup", "desktop.__main__")
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)  # Wednesday, 10:00 in New York


def import_everything_below_the_window() -> None:
    for found in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if found.name.startswith("desktop.ui") or found.name in SHELL:
            continue
        importlib.import_module(found.name)
        if "PySide6" in sys.modules:
            sys.exit(f"{found.name} loads PySide6")


async def working_day(folder: Path) -> None:
    from desktop.demo import sandbox_profile
    from desktop.messages import MessageBus
    from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
    from desktop.services.attendance.corrections import Correction
    from desktop.services.connections import Keys
    from desktop.services.session import Session
    from desktop.store import Database, EventFilter
    from desktop.tasks import TaskRunner

    sandbox = SandboxServer(now=NOW).start()
    db = Database(folder / "frontdesk.sqlite3")
    told: list[str] = []
    bus = MessageBus()
    bus.subscribe(lambda message: told.append(f"{message.level}: {message.text}"))
    session = Session(db, TaskRunner(bus), now=sandbox.state.clock.now)
    try:
        keys = Keys(worktime_key("readwrite", "enterprise"), WORKTAPS_KEY)
        session.connect(sandbox_profile(sandbox), keys)
        results = await session.start()
        assert results["worktime"].ok, results
        assert results["worktaps"].ok, results
        await session.loaded()
        assert len(session.locks.locks()) == 8, "the locks"
        assert session.locks.count_events(EventFilter()) > 100, "the locks' history"
        assert session.accounts.count() > 100, "the WorkTaps accounts"
        yesterday = session.today() - timedelta(days=1)
        forgot = [r for r in session.review(yesterday, yesterday) if r.problem == "no_clock_out"]
        assert forgot, "nobody forgot to clock out yesterday"
        session.sign_in("Ana Ruiz")
        (entry,) = session.corrections.queue(
            [
                Correction(
                    employee_id=forgot[0].employee_id,
                    type="clock_out",
                    timestamp=datetime.combine(yesterday, time(18), session.zone),
                    reason="Forgot to clock out",
                )
            ],
            "Ana Ruiz",
        )
        await session.loaded()  # the sender was poked by the store's commit
        assert session.outbox.get(entry.id).state == "sent", session.outbox.get(entry.id)
        actions = [row.action for row in session.audit.rows()]
        assert any(action.endswith(".sent") for action in actions), actions
        assert session.audit.verify().ok
        await session.stop()
        assert session.worktime is None
        assert session.workday is None
        assert not [t for t in asyncio.all_tasks() if t is not asyncio.current_task()], (
            "tasks left running after stop"
        )
        assert not [line for line in told if line.startswith("error")], told
    finally:
        db.close()
        sandbox.stop()


def main() -> None:
    import_everything_below_the_window()
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(working_day(Path(folder)))
    if "PySide6" in sys.modules:
        sys.exit("the session loaded PySide6")
    print("ok")


if __name__ == "__main__":
    main()
