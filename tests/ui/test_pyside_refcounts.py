"""PySide6 6.12.0 on Python 3.11 dropped a reference to None at every call of a method
that returns nothing, and to True at every emit of a bool: a console running a working
day aborted ("none_dealloc") after a few thousand. pyproject.toml keeps that release
out; this watches that the Qt we run does not do it again."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 2_000


class Flag(QObject):
    changed = Signal(bool)


def test_calls_and_signals_keep_none_and_true_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    flag = Flag()
    flag.changed.connect(lambda _on: None)
    nones, trues = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(CALLS):
        widget.setGeometry(0, 0, 10, 10)
        widget.setToolTip("")
        flag.changed.emit(True)
    # A few references may come and go around the loop; a leak loses one per call.
    assert sys.getrefcount(None) > nones - CALLS // 10
    assert sys.getrefcount(True) > trues - CALLS // 10
