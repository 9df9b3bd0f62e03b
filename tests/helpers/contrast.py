"""WCAG 2 contrast between two colours, as the guidelines define it (not the console's code)."""

from __future__ import annotations

from PySide6.QtGui import QColor

AA = 4.5  # normal text, WCAG 2.x level AA


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    r, g, b = (_channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(text: QColor, background: QColor) -> float:
    """From 1 (the same) to 21 (black on white); an opaque colour each."""
    high, low = sorted((luminance(text), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
