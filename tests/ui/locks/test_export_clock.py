"""An export's "Exported" line is the console's clock in the organization's zone, the
same moment the audit log records for it (it was the PC's own clock, in UTC)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from tests.helpers.exports import csv_about
from tests.helpers.store_pages import StorePages, start, stop


def test_the_export_and_the_audit_log_tell_one_time(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        session = pages.session
        pages.locks.page.locks_view.selectRow(0)
        for page, path in (
            (pages.locks.page, tmp_path / "history.csv"),
            (pages.audit.page, tmp_path / "audit.csv"),
        ):
            await page.export_to(path)
            exported = datetime.fromisoformat(csv_about(path)["Exported"])
            assert exported.utcoffset() == session.now().astimezone(session.zone).utcoffset()
            row = session.audit.rows(action="export.saved", limit=1)[0]
            assert row.payload.get("table") or row.subject == path.name
            assert abs(exported - row.at) < timedelta(minutes=1), (exported, row.at)
        await stop(pages)

    qloop.run_until_complete(scenario())
