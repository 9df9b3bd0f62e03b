"""The shift handover's test scene: the console's store filled by a real sync, then writes
left in the outbox the way they are in life (one refused by WorkTime One, one queued while
WorkTime One is unreachable, one for WorkTaps, which is not connected)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.services.accounts.draft import to_input
from desktop.services.attendance.corrections import Correction
from desktop.services.session import Session
from desktop.store import OutboxEntry
from tests.helpers.accounts import VALID
from tests.helpers.waiting import until

MANAGER = "Ana Ruiz"
NY = ZoneInfo("America/New_York")
YESTERDAY = date(2026, 11, 17)  # the sandbox fixture's today is Wednesday 18 November
REFUSAL = 400


@dataclass(frozen=True)
class Writes:
    failed: OutboxEntry  # WorkTime One refused it
    queued: OutboxEntry  # queued with WorkTime One out of reach
    account: OutboxEntry  # for WorkTaps, not connected


def client(sandbox: SandboxServer) -> WorkTimeClient:
    """A client of its own, to read what the sandbox holds independently of the console."""
    return WorkTimeClient(sandbox.url("worktime"), worktime_key("read", "enterprise"))


async def filled(session: Session, sandbox: SandboxServer) -> None:
    """Connect the session to the sandbox and wait for the first load (history too)."""
    session.sign_in(MANAGER)
    key = worktime_key("readwrite", "enterprise")
    session.use_worktime(WorkTimeClient(sandbox.url("worktime"), key))
    await until(lambda: (w := session.workday) is not None and w._task is not None,
                within=30, what="the first load")  # fmt: skip


async def stop(session: Session) -> None:
    """The session stopped, and the client it was given closed."""
    client = session.worktime
    await session.stop()
    if client is not None:
        await client.aclose()


def forgot_to_clock_out(employee_id: str, hhmm: time) -> Correction:
    return Correction(
        employee_id=employee_id,
        type="clock_out",
        timestamp=datetime.combine(YESTERDAY, hhmm, NY),
        reason="Forgot to clock out",
    )


async def leave_writes(session: Session, sandbox: SandboxServer, open_days: list[str]) -> Writes:
    """Leave three writes in the outbox (see the module); ``open_days``: employee ids with
    no clock-out yesterday. Stops the session (WorkTime One out of reach from then on)."""
    sandbox.controls.fault("status", service="worktime", path="/attendance/clock",
                           status=REFUSAL)  # fmt: skip
    (failed,) = session.corrections.queue([forgot_to_clock_out(open_days[0], time(18))], MANAGER)
    await until(lambda: session.outbox.get(failed.id).state == "failed", what="the refusal")
    await stop(session)
    (queued,) = session.corrections.queue([forgot_to_clock_out(open_days[1], time(18))], MANAGER)
    account = session.account_service.queue_create(to_input(VALID), MANAGER, "New dish washer")
    return Writes(session.outbox.get(failed.id), queued, account)
