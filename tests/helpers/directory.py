"""Fill a store from the sandbox the way the console does: WorkTime One's employees and
lock history, WorkTaps' accounts and departments, and a WorQ import; and hand-made
stand-ins for the store's WorkTime One and WorQ records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from desktop.api import WorkTapsClient, WorkTimeClient, WorqClient
from desktop.sandbox import (
    WORKTAPS_KEY,
    WORQ_CUSTOMER_CODE,
    WORQ_PARTNER_KEY,
    WORQ_PARTNER_NAME,
    SandboxServer,
    worktime_key,
)
from desktop.services.sync.accounts import AccountSync
from desktop.services.sync.worktime import SyncService
from desktop.store import (
    AccountCache,
    AttendanceCache,
    Database,
    LockCache,
    PeopleCache,
    SyncState,
    WorqCache,
)

ZONE = ZoneInfo("America/New_York")
HR_SINCE = date(2000, 1, 1)


@dataclass(frozen=True)
class Wt:
    id: str
    name: str
    email: str | None
    department: str | None = "Sales"
    status: str = "active"


@dataclass(frozen=True)
class Hr:
    employee_id: str
    first_name: str
    last_name: str
    email: str | None
    phone: str | None = "(212) 234-5678"
    department: str | None = "Sales"
    status: str | None = "active"
    end_date: date | None = None


async def import_worq(db: Database, sandbox: SandboxServer, today: date) -> int:
    now = sandbox.state.clock.now
    worq = WorqCache(db)
    async with WorqClient(
        sandbox.url("worq"), WORQ_PARTNER_NAME, WORQ_PARTNER_KEY, WORQ_CUSTOMER_CODE
    ) as client:
        records = [r async for r in client.iter_employee_data(HR_SINCE, today)]
    worq.upsert_many(records, now())
    return len(records)


async def fill_store(db: Database, sandbox: SandboxServer, today: date) -> None:
    """Everything the directory reads, synced from the sandbox."""
    now = sandbox.state.clock.now
    async with WorkTimeClient(sandbox.url("worktime"), worktime_key("read", "enterprise")) as wt:
        sync = SyncService(
            wt, LockCache(db), PeopleCache(db), AttendanceCache(db), SyncState(db),
            zone=ZONE, now=now,
        )  # fmt: skip
        await sync.sync_employees()
        locks = await sync.sync_locks()
        await sync.sync_all_history([lock.id for lock in locks])
    async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as taps:
        await AccountSync(taps, AccountCache(db), SyncState(db), now).sync_all()
    await import_worq(db, sandbox, today)
