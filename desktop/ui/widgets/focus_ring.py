"""A ring in the highlight colour around the table, list, text view or label that has the
keyboard focus.

Buttons, boxes and fields draw their own focus; these do not, or not always: an empty
table, or one with no current row, shows nothing; a read-only text shows no caret; a
label whose link is reached with Tab shows nothing until it has a link. Someone working
from the keyboard lost their place on them. One ring (Qt's ``QFocusFrame``, which sits
around its widget in the parent's room) follows the focus across every window.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFocusFrame, QLabel, QWidget

RINGED = (QAbstractScrollArea, QLabel)
WIDTH = 2


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))


_ring: FocusRing | None = None


def _follow(old: QWidget | None, new: QWidget | None) -> None:
    global _ring
    if _ring is None or not shiboken6.isValid(_ring):  # gone with a closed dialog
        _ring = FocusRing()
        _ring.setObjectName("focusRing")
    _ring.setWidget(new if isinstance(new, RINGED) else None)  # type: ignore[arg-type]  # None: no widget, as in C++


def follow_the_focus(app: QApplication) -> None:
    """Put the ring around whatever of ``RINGED`` has the focus, in every window (once)."""
    if app.property("focusRing") is None:
        app.setProperty("focusRing", True)
        app.focusChanged.connect(_follow)
