"""A time-zone box a person can type into: "new york" finds "America/New York".

The zone names have no spaces, so they are shown with the underscores as spaces and
``zone()`` gives the name back as the services know it.
"""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget


@cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(shown(zone) for zone in zoneinfo.available_timezones()))


def shown(zone: str) -> str:
    return zone.replace("_", " ")


class ZoneBox(QComboBox):
    def __init__(self, zone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(_zones()))
        finder = QCompleter(list(_zones()), self)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(finder)
        self.set_zone(zone)

    def editor(self) -> QLineEdit:
        """Where the zone is typed."""
        typed = self.lineEdit()
        assert typed is not None  # the box is editable
        return typed

    def set_zone(self, zone: str) -> None:
        self.setCurrentText(shown(zone))

    def zone(self) -> str:
        """The zone as typed, with its underscores back: "America/New_York". What names one
        zone only ("new york") is that zone; anything else is sent to be refused as typed."""
        typed = self.currentText().strip()
        folded = typed.casefold()
        matches = [zone for zone in _zones() if folded and folded in zone.casefold()]
        exact = [zone for zone in matches if zone.casefold() == folded]
        found = exact or (matches if len(matches) == 1 else [typed])
        return found[0].replace(" ", "_")
