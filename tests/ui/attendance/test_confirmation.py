"""After a write the manager is told what happened, in their words, with a way to the
entry: "Clock-out 17:30 for … on …: saved, sending now.", then "…: sent at once." (or "sent
3 seconds after it was saved."), and Show in Outbox selects it. The dialog's button
says Save and send."""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from tests.helpers.console import Harness
from tests.helpers.waiting import until

# Under a second is "at once" (it said "sent 0 seconds after it was saved").
SENT = re.compile(r": sent (at once|([1-9]\d*) seconds? after it was saved)\.")


def test_a_saved_correction_is_confirmed_then_its_sending_and_it_can_be_found(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    banner = console.window.banner

    async def scenario() -> None:
        page = await harness.on_attendance(qtbot, sandbox)
        row, dialog = harness.correct_a_forgotten_clock_out(qtbot, page)
        assert dialog.queue_button.text() == "Save and send"
        dialog.time.setTime(QTime(17, 30))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        said = f"Clock-out 17:30 for {row.name} on {row.day:%a %d %b}"
        assert banner.isVisible()
        assert banner.text.text().startswith(said)
        await until(lambda: ": sent " in banner.text.text(), within=30,
                    what="the sent confirmation")  # fmt: skip
        assert SENT.fullmatch(banner.text.text().removeprefix(said)), banner.text.text()
        assert banner.retry_button.text() == "Show in Outbox"
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        outbox = console.outbox.page
        assert console.window.pages.currentWidget() is outbox
        entry = outbox.current()
        assert entry is not None
        assert entry.payload["employee_id"] == row.employee_id
        assert entry.state == "sent"
        await harness.close()

    qloop.run_until_complete(scenario())
