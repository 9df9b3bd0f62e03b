"""The directory in tests: the console's parts around it, started on the sandbox."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from desktop.api import Employee, WorkTapsClient, WorkTimeClient
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.services.directory.people import Person
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.directory.controller import DirectoryController
from tests.helpers.directory import import_worq
from tests.helpers.store_pages import StorePages
from tests.helpers.store_pages import start as start_data
from tests.helpers.store_pages import stop as stop_data
from tests.helpers.waiting import until

TODAY = date(2026, 11, 18)
MANAGER = "Ana Ruiz"
PIN = "2468"
ZONE = ZoneInfo("America/New_York")


@dataclass
class Desk:
    data: StorePages
    taps: AccountsController
    directory: DirectoryController
    worktime: WorkTimeClient
    worktaps: WorkTapsClient

    async def employee_by_email(self, email: str) -> Employee | None:
        found = [e async for e in self.worktime.iter_employees(status=None)]
        deleted = [e async for e in self.worktime.iter_employees(status="deleted")]
        return next((e for e in [*found, *deleted] if e.email == email), None)

    def person(self, email: str) -> Person:
        found = self.directory.page.person_with(email)
        assert found is not None, email
        return found


def check_pin(manager: str, pin: str) -> str | None:
    return None if (manager, pin) == (MANAGER, PIN) else "That PIN is not right."


async def open_desk(
    data: StorePages,
    taps: AccountsController,
    directory: DirectoryController,
    sandbox: SandboxServer,
) -> Desk:
    """WorkTime One (full key), WorkTaps and a WorQ import, as the console would have them."""
    await start_data(data, sandbox, "enterprise", "full")
    worktaps = WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY)
    data.session.use_worktaps(worktaps)
    await until(lambda: taps.cache.count("") > 100, what="the accounts")
    await import_worq(directory.people.db, sandbox, TODAY)
    # The test's own look at WorkTime One (what it holds after a write).
    worktime = WorkTimeClient(sandbox.url("worktime"), worktime_key("full", "enterprise"))
    data.session.sign_in(MANAGER)
    directory.check_pin = check_pin
    assert data.session.zone == ZONE
    await until(lambda: directory.deleted, what="the deleted employees")
    await directory.reload()  # the last redraw: everything above is in it
    assert len(directory.page.people) >= 120
    return Desk(data, taps, directory, worktime, worktaps)


async def close_desk(desk: Desk) -> None:
    await stop_data(desk.data)
    await desk.worktime.aclose()
    await desk.worktaps.aclose()
