"""Saving an export through the Reports page's file dialog, and a transport that records
every answer's body (to compare what the page shows with what the API sent)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.ui.reports.controller import ReportsController
from desktop.ui.reports.page import ReportsPage
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY


class Recording(httpx.AsyncBaseTransport):
    """A real transport that keeps the body of every answer, as received."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.bodies: list[tuple[str, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        body = await response.aread()
        self.bodies.append((str(request.url), body))
        return httpx.Response(response.status_code, headers=response.headers, content=body)

    async def aclose(self) -> None:
        await self.inner.aclose()


async def save(composer: ReportsController, dialog: QFileDialog, path: Path) -> None:
    dialog.selectFile(str(path))
    dialog.accept()
    await until(lambda: composer.page.status.text() == f"Saved {path.name}", what=path.name)


MANAGER, PIN = "Ana Ruiz", "2468"


def reveal_pay(qtbot: QtBot, page: ReportsPage, pin: str = PIN) -> None:
    """Reveal pay… then the PIN and Enter, as a manager does."""
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)


@asynccontextmanager
async def reporting(reports: ReportsController, sandbox: SandboxServer) -> AsyncIterator[None]:
    """The Reports page on the sandbox with its first report loaded; stopped after."""
    api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
    reports.session.use_worktime(api)
    try:
        await until(lambda: reports.page.report is not None, what="the first report")
        yield
    finally:
        await reports.stop()
        await reports.session.stop()
        await api.aclose()
