"""Telling a screen reader what just happened (a correction sent, a refusal), which it
would not read by itself: the banner's words change without taking the focus.

Refusals and errors interrupt what is being read (assertive); the rest waits for a pause
(polite). Qt passes the event to the platform's accessibility bridge, when one is on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, text: str, *, urgent: bool) -> None:
    """Say ``text`` on behalf of ``source`` (the widget that shows it)."""
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
