"""No status text widens the window: a long export file name is cut with "…" on the
page, the whole text in its tooltip, and the window keeps its width."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

LONG = "Front-door-history-2026-11-23-to-2026-12-03-" + "with-a-very-long-name-" * 6


def test_a_long_export_name_does_not_widen_the_window(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        page = pages.locks.page
        page.resize(1280, 800)
        await until(lambda: page.width() == 1280, what="the window's width")
        page.locks_view.selectRow(0)
        await page.export_to(tmp_path / f"{LONG}.csv")
        await asyncio.sleep(0.05)
        assert page.count.text().startswith("Exported ")
        assert page.width() == 1280
        assert page.minimumSizeHint().width() <= 1280
        assert LONG in page.count.toolTip()
        await stop(pages)

    qloop.run_until_complete(scenario())
