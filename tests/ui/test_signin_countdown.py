"""After too many wrong PINs the lock screen counts the wait down, second by second, and
says when the manager may try again; the message is never cut."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.managers import ManagerDirectory
from desktop.ui.signin import SignInPanel

SECONDS = re.compile(r"Try again in (\d+) seconds?\.")


def left(panel: SignInPanel) -> int:
    found = SECONDS.search(panel.message.text())
    assert found is not None, panel.message.text()
    return int(found.group(1))


def test_the_lock_out_counts_down(qtbot: QtBot, tmp_path: Path) -> None:
    clock = [1_000_000.0]
    managers = ManagerDirectory(tmp_path / "managers.json", lambda: b"pepper", now=lambda: clock[0])
    managers.create("Ana", "2468")
    for _ in range(4):  # three free tries, then a 2 s wait: each let pass on the clock
        managers.verify("Ana", "0000")
        clock[0] += 60
    panel = SignInPanel(managers)
    qtbot.addWidget(panel)
    panel.resize(640, 480)
    panel.show()
    qtbot.keyClicks(panel.pin, "1111")
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    assert not panel.sign_in_button.isEnabled()
    first = left(panel)
    assert first >= 2
    qtbot.waitUntil(lambda: left(panel) < first, timeout=2_500)  # it ticks
    assert panel.message.width() >= panel.message.sizeHint().width()  # never cut
    qtbot.waitUntil(lambda: panel.sign_in_button.isEnabled(), timeout=20_000)
    assert panel.message.text() == "You can try again now."
