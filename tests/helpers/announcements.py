"""What the console announces to a screen reader, as Qt hands it on.

PySide6 exposes no accessibility update handler to install, so the one static every
announcement goes through, ``QAccessible.updateAccessibility``, is wrapped: each event is
noted, then handed on to Qt unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent


@dataclass(frozen=True)
class Said:
    text: str
    urgent: bool
    source: QObject


def heard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Said]]:
    said: list[Said] = []
    update = QAccessible.updateAccessibility

    def noting(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = QAccessible.AnnouncementPoliteness.Assertive
            said.append(Said(event.message(), event.politeness() == assertive, event.object()))
        update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(noting))
    yield said
