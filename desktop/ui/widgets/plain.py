"""Text from a server is shown as text: never rendered as markup.

Qt renders a label, a tooltip or a message box as rich text when its text merely looks
like HTML (``Qt.AutoText``): a WorkTaps first name of ``<span style="color:red">SESSION
EXPIRED</span>`` became a red alert, and ``<img src="//host/share/x.png">`` made Qt open
a network path. Every label the console makes is a ``PlainLabel``; the few that carry
our own markup (``rich_label``) escape every value put in it with ``html.escape``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QSizePolicy


class PlainLabel(QLabel):
    """A label whose text is always shown as it is."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)


def rich_label(text: str = "") -> QLabel:
    """A label for our own markup; every value in ``text`` must be ``html.escape``d."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def plain_tip(text: str) -> str:
    """A tooltip showing ``text`` as it is (Qt takes anything that looks like markup as
    rich text, and tooltips have no text format of their own)."""
    return QtGui.convertFromPlainText(text) if QtGui.mightBeRichText(text) else text


class StatusLabel(PlainLabel):
    """A one-line status that never widens its window: cut with "…" to the room it is
    given, the whole text in its tooltip. A plain label asks for its whole text's width
    as its minimum, and a long file name in "Exported … to …" made the window wider
    than the screen. ``text()`` is the whole text."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(1, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
        self.setToolTip(plain_tip(self._full) if shown != self._full else "")
