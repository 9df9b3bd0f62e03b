"""Locked means locked: Ctrl+L and the idle lock hide every window of the console, the
outbox refuses writes while nobody is signed in, and only the manager who left a dialog
gets it back."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.store import ConsoleLocked
from tests.helpers.console import Harness
from tests.helpers.waiting import until

NOTE = "left at the desk"
CTRL = Qt.KeyboardModifier.ControlModifier


def console_windows_shown(harness: Harness) -> list[str]:
    return [
        w.windowTitle()
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
        and w is not harness.console.window
        and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]


def open_setup_with_note(harness: Harness, qtbot: QtBot) -> QDialog:
    """A dialog with something typed into it, not saved: the connection setup."""
    dialog = harness.console.open_setup()
    qtbot.addWidget(dialog)
    field = dialog.findChild(QLineEdit)
    assert field is not None
    field.clear()
    qtbot.keyClicks(field, NOTE)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


@pytest.mark.parametrize("how", ["Ctrl+L", "idle"])
def test_locking_hides_every_window_and_the_same_manager_gets_them_back(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    paths: AppPaths,
    how: str,
) -> None:
    harness = Harness(paths, qtbot)
    harness.managers.create("Ana", "2468")
    harness.console.signin.reload()
    window = harness.console.window

    async def scenario() -> None:
        harness.sign_in(qtbot)
        viewer = open_setup_with_note(harness, qtbot)
        assert console_windows_shown(harness) == [viewer.windowTitle()]
        if how == "Ctrl+L":  # pressed in the dialog, where the manager was typing
            qtbot.keyClick(viewer.findChild(QLineEdit), Qt.Key.Key_L, CTRL)
        else:
            harness.console.idle.set_minutes(0.005)  # 300 ms without input
            await until(lambda: window.locked, within=5, what="the idle lock")
        assert window.locked
        assert console_windows_shown(harness) == []
        with pytest.raises(ConsoleLocked, match="The console is locked"):
            harness.console.session.outbox.add("clock_correction", {}, "Ana", "while away")
        assert harness.console.session.outbox.entries() == []
        harness.console.idle.set_minutes(5)
        harness.sign_in(qtbot)
        assert not window.locked
        assert console_windows_shown(harness) == [viewer.windowTitle()]
        field = viewer.findChild(QLineEdit)
        assert field is not None
        assert field.text() == NOTE
        await harness.close()

    qloop.run_until_complete(scenario())


def test_another_manager_gets_a_clean_console_and_the_audit_log_says_so(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    paths: AppPaths,
) -> None:
    harness = Harness(paths, qtbot)
    harness.managers.create("Ana", "2468")
    harness.managers.create("Ben", "1357")
    harness.console.signin.reload()
    signin, window = harness.console.signin, harness.console.window

    async def scenario() -> None:
        signin.name.setCurrentText("Ana")
        harness.sign_in(qtbot)
        viewer = open_setup_with_note(harness, qtbot)
        title = viewer.windowTitle()
        qtbot.keyClick(viewer.findChild(QLineEdit), Qt.Key.Key_L, CTRL)
        assert window.locked
        signin.name.setCurrentText("Ben")
        harness.sign_in(qtbot, pin="1357")
        assert window.status.manager.text() == "Signed in: Ben"
        assert console_windows_shown(harness) == []
        with pytest.raises(ConsoleLocked, match="Ana is no longer signed in"):
            harness.console.session.outbox.add("clock_correction", {}, "Ana", "a stale dialog")
        (row,) = [
            r for r in harness.console.session.audit.rows() if r.action == "session.discarded"
        ]
        assert (row.manager, row.subject, row.payload) == ("Ben", "Ana", {"windows": [title]})
        assert row.reason == "Ben signed in while Ana had windows open"
        await harness.close()

    qloop.run_until_complete(scenario())
