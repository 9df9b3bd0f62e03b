"""Helpers for tests of the cache-fed pages: start them on the sandbox, stop them."""

from __future__ import annotations

from datetime import date

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.ui.store_pages import DataPages
from tests.helpers.waiting import until

TODAY = date(2026, 11, 18)


async def start(
    data: DataPages, sandbox: SandboxServer, plan: str = "enterprise", scope: str = "read"
) -> None:
    key = worktime_key(scope, plan)  # type: ignore[arg-type]
    client = WorkTimeClient(sandbox.url("worktime"), key)
    data.session.use_worktime(client)
    await until(lambda: data.live.board is not None and data.live.board.people, what="board")
    await until(lambda: data.locks_page.locks_model.rowCount() == 8, what="the locks")
    data._test_client = client  # type: ignore[attr-defined]


async def stop(data: DataPages) -> None:
    await data.stop()
    await data.session.stop()
    await data._test_client.aclose()  # type: ignore[attr-defined]
