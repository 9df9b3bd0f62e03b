"""Text from a server is shown as text: never rendered as markup.

Qt renders a label, a tooltip or a message box as rich text when its text merely looks
like HTML (``Qt.AutoText``): a WorkTaps first name of ``<span style="color:red">SESSION
EXPIRED</span>`` became a red alert, and ``<img src="//host/share/x.png">`` made Qt open
a network path. Every label the console makes is a ``PlainLabel``; the few that carry
our own markup (``rich_label``) escape every value put in it with ``html.escape``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel


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
