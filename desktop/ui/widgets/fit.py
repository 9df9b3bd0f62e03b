"""Room measured from the words a widget holds and the font it has, not fixed pixels: a
200 % screen or a larger system font keeps every word whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

BASE_LINE = 14  # the line height, in pixels, of the text the console's sizes were set at


def font_scale(widget: QWidget) -> float:
    """How much larger than that ``widget``'s text is (a larger system font; never below
    1: smaller text keeps the room it had)."""
    return max(1.0, widget.fontMetrics().height() / BASE_LINE)


def scaled(widget: QWidget, pixels: int) -> int:
    """``pixels`` chosen at a 14 px line, for ``widget``'s font."""
    return round(pixels * font_scale(widget))


def fit_placeholder(edit: QLineEdit, at_least: int = 0) -> None:
    """``edit`` at least as wide as its placeholder (and ``at_least``, scaled)."""
    metrics = edit.fontMetrics()
    # What QLineEdit's size hint adds to its 17 x-widths: frame, margins, side buttons.
    extra = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    words = metrics.horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(max(words + extra, scaled(edit, at_least)))
