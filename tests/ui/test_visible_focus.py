"""Whoever works from the keyboard sees where they are (issue 21): every stop Tab
reaches on every page shows that it has the focus, a frame, a highlight or a caret
that is not there once the focus moves on."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.services.connections import Keys
from tests.helpers.accessibility import where
from tests.helpers.console import Harness
from tests.helpers.waiting import until

STOPS = 30  # per page: more than any page has before Tab comes round again
MARKED = 12  # pixels that must change: a focus frame is a few dozen
COMPARED = 20_000


def around(widget: QWidget) -> QImage:
    """The widget and a few pixels round it, as its window shows them (a focus ring sits
    outside the widget)."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(-4, -4, 4, 4)
    return window.grab(rect).toImage()


def changed_pixels(before: QImage, after: QImage) -> int:
    """How many pixels differ, on pictures brought down to about ``COMPARED`` pixels (a
    ring two pixels wide still shows; a table's every pixel read one by one is slow)."""
    if before.size() != after.size():
        return before.width() * before.height()
    scale = min(1.0, (COMPARED / max(1, before.width() * before.height())) ** 0.5)
    if scale < 1.0:
        size = before.size() * scale
        mode = Qt.TransformationMode.SmoothTransformation
        before = before.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, mode)
        after = after.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, mode)
    return sum(
        before.pixel(x, y) != after.pixel(x, y)
        for y in range(before.height())
        for x in range(before.width())
    )


async def settle() -> None:
    """A moment for the repaint, on the running loop (processEvents inside a coroutine
    re-enters qasync and can strand a task that another thread's result should wake)."""
    await asyncio.sleep(0.05)


def test_every_tab_stop_shows_its_focus(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    window = console.window
    QApplication.setCursorFlashTime(0)  # a caret that blinks may be caught while off

    async def scenario() -> None:
        harness.sign_in(qtbot)
        keys = Keys(worktime_key("readwrite", "enterprise"), WORKTAPS_KEY)  # type: ignore[arg-type]
        console.connect(sandbox_profile(sandbox, "Office"), keys)
        window.activateWindow()
        await until(lambda: QApplication.activeWindow() is window, what="the window active")
        unmarked: list[str] = []
        stops_seen: list[int] = []
        for index in range(window.pages.count()):
            window.show_page(index)
            await asyncio.sleep(0.5)
            # Back to the page's first stop by the keyboard: a focus given by a click or
            # a call draws no frame on a button, by design.
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
            seen: list[QWidget] = []
            for _ in range(STOPS):
                widget = QApplication.focusWidget()
                assert widget is not None
                if widget in seen:
                    break
                seen.append(widget)
                await settle()
                focused = around(widget)
                QTest.keyClick(widget, Qt.Key.Key_Tab)
                await settle()
                if QApplication.focusWidget() is widget:
                    break
                if changed_pixels(focused, around(widget)) < MARKED:
                    unmarked.append(where(widget))
            stops_seen.append(len(seen))
        assert sum(stops_seen) >= 40, stops_seen  # it walked the pages, not one button
        assert unmarked == []
        await harness.close()

    qloop.run_until_complete(scenario())
