"""Who WorQ says has left, yet is still an employee of WorkTime One: flagged wherever they
show up (the board, its door feed, the reports), since they may still open doors.

The directory finds them (``directory.people.leavers_among``); the session keeps the
answer until WorQ or the employees change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.words import QT_TRANSLATE_NOOP, day, short_day, translate

REVOKE_WHERE = QT_TRANSLATE_NOOP(
    "Leaver",
    "WorkTime One cannot take a TTLock eKey, card or fingerprint away: revoke them in the "
    "TTLock app (or the TTLock web admin) under that lock's users.",
)


@dataclass(frozen=True, slots=True)
class Leaver:
    name: str
    left: date | None  # WorQ's date of exit (None: WorQ says exited, with no date)

    def flag(self) -> str:
        """A few words beside the name: "left Thu 12 Nov"."""
        if self.left:
            return translate("Leaver", "left {day}").format(day=short_day(self.left))
        return translate("Leaver", "left")

    def beside(self, name: str) -> str:
        """The name as shown wherever they appear: "Laura Richardson ⚠ left Mon 23 Nov"."""
        return f"{name} ⚠ {self.flag()}"

    def explain(self) -> str:
        """The whole story, for a tooltip."""
        revoke = translate("Leaver", REVOKE_WHERE)
        if self.left:
            return translate(
                "Leaver",
                "WorQ says {name} left on {day}, yet they are still in WorkTime One. {revoke}",
            ).format(name=self.name, day=day(self.left), revoke=revoke)
        return translate(
            "Leaver", "WorQ says {name} left, yet they are still in WorkTime One. {revoke}"
        ).format(name=self.name, revoke=revoke)
