"""A front desk whose WorkTaps writes go through the outbox to the sandbox over real sockets."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from desktop.api import Account, AccountInput, Location, LocationInput, Meta, WorkTapsClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY, WORKTAPS_READONLY_KEY
from desktop.sandbox.records import TapsAccount
from desktop.sandbox.requestlog import key_fingerprint
from desktop.services.accounts.service import AccountService
from desktop.services.outbox.registry import WORKTAPS_KINDS
from desktop.services.outbox.sender import OutboxSender
from desktop.store import AuditLog, Database, Outbox, OutboxEntry
from tests.helpers.outbox import Clock, Sleeps

T = TypeVar("T")
DESK_KEY = key_fingerprint(f"Bearer {WORKTAPS_KEY}")  # as the sandbox logs it
MANAGER = "Ana Ruiz"
EMPLOYEE_ID = 5010  # an employee of seed 1, with an email
OWNER_EMAIL = "jack.mendoza@acme.example"  # taken (40029)
TERM_DAY = date(2026, 11, 17)
NEW = AccountInput(
    first_name="Ada",
    last_name="Lovelace",
    email="ada.lovelace@example.com",
    phone="+12022345678",
    state="DC",
    postal="20001",
    timezone="America/New_York",
    role="EMPLOYEE",
    department="209",
    locations=["301", "303"],
    meta=Meta(job_title="Dish Washer", start_date=date(2026, 11, 1), badge="B-17"),
)
NEW_LOCATION = LocationInput(name="Harbor Kitchen", city="Boston", state="MA", postal="02110")


@dataclass
class TapsDesk:
    db: Database
    clock: Clock
    outbox: Outbox
    audit: AuditLog
    accounts: AccountService
    cached: list[Account] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    places: list[Location] = field(default_factory=list)

    @classmethod
    def open(cls, path: Path) -> TapsDesk:
        db, clock = Database(path), Clock()
        outbox, audit = Outbox(db, clock), AuditLog(db, clock)
        desk = cls(db, clock, outbox, audit, AccountService(outbox, audit))
        desk.accounts.cache_sink = desk.cached.append
        desk.accounts.cache_remove = desk.removed.append
        desk.accounts.location_sink = desk.places.append
        return desk

    def entry(self, entry_id: int) -> OutboxEntry:
        return self.outbox.get(entry_id)

    def actions(self) -> list[tuple[str, str]]:
        return [(row.action, row.outcome) for row in reversed(self.audit.rows())]


def taps_sender(desk: TapsDesk, client: WorkTapsClient, settle: float = 0.0) -> OutboxSender[Any]:
    return OutboxSender(
        desk.outbox,
        desk.audit,
        client,
        kinds=WORKTAPS_KINDS,
        now=desk.clock,
        sleep=Sleeps(desk.clock),
        settle=timedelta(seconds=settle),
    )


def with_taps(
    sandbox: SandboxServer,
    job: Callable[[WorkTapsClient], Awaitable[T]],
    *,
    key: str = WORKTAPS_KEY,
    timeout: float = 30.0,
    base_url: str | None = None,
) -> T:
    async def main() -> T:
        url = base_url or sandbox.url("worktaps")
        async with WorkTapsClient(url, key, timeout=timeout, sleep=_no_wait) as client:
            return await job(client)

    return asyncio.run(main())


async def _no_wait(seconds: float) -> None:
    await asyncio.sleep(0)


def send_now(
    sandbox: SandboxServer, desk: TapsDesk, entry: OutboxEntry, **options: Any
) -> OutboxEntry:
    """``AccountService.send_now`` through a fresh WorkTaps sender, as a dialog would."""

    async def job(client: WorkTapsClient) -> OutboxEntry:
        return await desk.accounts.send_now(entry.id, taps_sender(desk, client))

    return with_taps(sandbox, job, **options)


def run_sender(sandbox: SandboxServer, desk: TapsDesk, settle: float = 0.0) -> None:
    async def job(client: WorkTapsClient) -> None:
        await taps_sender(desk, client, settle).run(until_idle=True)

    with_taps(sandbox, job)


def read(sandbox: SandboxServer, job: Callable[[WorkTapsClient], Awaitable[T]]) -> T:
    """A look at the sandbox with another (read-only) key, which ``calls`` leaves out."""
    return with_taps(sandbox, job, key=WORKTAPS_READONLY_KEY)


def elsewhere(sandbox: SandboxServer, job: Callable[[WorkTapsClient], Awaitable[T]]) -> T:
    """Someone else's write, before the desk's: forgotten from the requests."""
    done = with_taps(sandbox, job)
    sandbox.controls.clear_requests()
    return done


def account(sandbox: SandboxServer, account_id: int) -> Account:
    return read(sandbox, lambda client: client.get_account(account_id))


def stored(sandbox: SandboxServer, email: str) -> list[TapsAccount]:
    """The live accounts the sandbox holds with this email."""
    return [
        a
        for a in sandbox.state.data.accounts.values()
        if not a.removed and (a.email or "").casefold() == email.casefold()
    ]


def calls(sandbox: SandboxServer, method: str, path: str) -> list[dict[str, Any]]:
    """The desk's requests (its key's) to ``method`` ``path``."""
    return [
        r
        for r in sandbox.controls.requests("worktaps")
        if r["method"] == method and r["path"] == path and r["key"] == DESK_KEY
    ]
