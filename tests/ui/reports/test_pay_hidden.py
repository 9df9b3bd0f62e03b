"""Money on a screen visitors can see: Reports shows pay masked until the signed-in manager
types their PIN, refuses to export it while hidden, hides it again on request; and a
tile's figure is never clipped, even at 1024×700."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from desktop.messages import Message
from desktop.sandbox import SandboxServer
from desktop.ui.reports.controller import PAY_HIDDEN, ReportsController
from desktop.ui.reports.table_model import MASK
from tests.helpers.reports import reporting, reveal_pay


def gross_column(composer: ReportsController) -> int:
    table = composer.page.tables["payroll"].model
    return next(i for i, c in enumerate(table.columns) if c.title.lower().startswith("gross"))


def test_pay_is_hidden_until_the_managers_pin(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    reports: ReportsController,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    page = reports.page
    told: list[Message] = []
    reports.runner.bus.subscribe(told.append)
    page.mask_pay()  # as after a sign-in: the fixture revealed it for the other tests

    async def scenario() -> None:
        async with reporting(reports, sandbox):
            await checks()

    async def checks() -> None:
        model, column = page.tables["payroll"].model, gross_column(reports)
        shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        assert shown
        assert set(shown) == {MASK}
        gross = page.tiles.tiles["gross"].value
        assert MASK in gross.full
        assert not any(ch.isdigit() for ch in gross.full)
        # Exports of pay wait for the PIN; the attendance table is no secret.
        assert reports.export("xlsx", tmp_path / "payroll.xlsx") is None
        assert reports.export("pdf", tmp_path / "report.pdf") is None
        assert [m.text for m in told][-1] == PAY_HIDDEN
        assert not (tmp_path / "payroll.xlsx").exists()
        page.table_tabs.setCurrentIndex(1)
        task = reports.export("csv", tmp_path / "attendance.csv")
        assert task is not None
        await task
        page.table_tabs.setCurrentIndex(0)
        # A wrong PIN says so and shows nothing; the right one shows the figures.
        reveal_pay(qtbot, page, "0000")
        assert page.pin_error.text() == "That PIN is not right."
        assert not page.pay_shown
        assert model.data(model.index(0, column)) == MASK
        qtbot.keyClicks(page.pin, "2468")
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        assert page.pay_shown
        assert model.data(model.index(0, column)) != MASK
        assert any(ch.isdigit() for ch in gross.full)
        assert reports.export("xlsx", tmp_path / "payroll.xlsx") is not None
        # Hidden again (the console does this when it locks).
        page.mask_pay()
        assert model.data(model.index(0, column)) == MASK

    qloop.run_until_complete(scenario())


def test_a_tile_figure_is_never_clipped(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    reports: ReportsController,
    sandbox: SandboxServer,
) -> None:
    page = reports.page
    page.resize(1024 - 215, 700 - 60)  # the page's share of a 1024×700 window

    async def scenario() -> None:
        async with reporting(reports, sandbox):
            await checks()

    async def checks() -> None:
        for tile in page.tiles.tiles.values():
            label = tile.value
            room = label.contentsRect().width()
            needed = QFontMetrics(label.font()).horizontalAdvance(label.text())
            assert needed <= room, (label.full, needed, room)
            assert label.text() == label.full or label.toolTip() == label.full
        gross = page.tiles.tiles["gross"].value
        assert gross.text() == gross.full  # shrunk to fit, not cut
        assert gross.full.startswith("USD ")

    qloop.run_until_complete(scenario())
