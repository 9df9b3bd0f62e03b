"""After too many wrong PINs the lock screen counts the wait down, second by second, and
says when the manager may try again; the message is never cut."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
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


def red_pixels(widget: QWidget) -> int:
    image = widget.grab().toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).red() > 150 and c.green() < 90 and c.blue() < 90
    )


def ink_centre(panel: SignInPanel) -> float:
    """Where the message's text sits across the panel: the middle of its dark pixels."""
    image = panel.grab().toImage()
    top = panel.message.mapTo(panel, QPoint(0, 0)).y()
    columns = [
        x
        for x in range(image.width())
        for y in range(top, top + panel.message.height())
        if image.pixelColor(x, y).lightness() < 160
    ]
    assert columns, "no text drawn"
    return (min(columns) + max(columns)) / 2


def test_the_wait_answers_enter_and_ends_when_a_pin_is_checked_again(
    qtbot: QtBot, tmp_path: Path
) -> None:
    offset = [0.0]
    managers = ManagerDirectory(
        tmp_path / "managers.json", lambda: b"pepper", now=lambda: time.time() + offset[0]
    )
    managers.create("Ana", "2468")
    for _ in range(3):  # the free tries, each let pass; the next wrong PIN waits 2 s
        managers.verify("Ana", "0000")
        offset[0] += 60
    panel = SignInPanel(managers)
    signed: list[str] = []
    panel.signed_in.connect(signed.append)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    qtbot.keyClicks(panel.pin, "1111")
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    assert left(panel) == 2
    form = panel.forms.geometry().center().x()
    assert abs(ink_centre(panel) - form) <= 12, "the message sits off the form's centre"

    qtbot.keyClicks(panel.pin, "2468")  # the right PIN, during the wait
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    assert panel.message.text().startswith("That PIN was not checked.")
    assert left(panel) >= 1
    assert panel.pin.text() == ""
    assert signed == []

    qtbot.waitUntil(lambda: panel.sign_in_button.isEnabled(), timeout=5_000)
    assert panel.message.text() == "You can try again now."
    assert red_pixels(panel.message) == 0, "an all-clear in alarm red"
    qtbot.keyClicks(panel.pin, "2468")  # at once: the wait is over for the directory too
    qtbot.keyClick(panel.pin, Qt.Key.Key_Return)
    assert signed == ["Ana"], panel.message.text()
