"""Who WorQ says has left, yet is still an employee of WorkTime One: flagged wherever they
show up (the board, its door feed, the reports), since they may still open doors.

The directory finds them (``directory.people.leavers_among``); the session keeps the
answer until WorQ or the employees change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REVOKE_WHERE = (
    "WorkTime One cannot take a TTLock eKey, card or fingerprint away: revoke them in the "
    "TTLock app (or the TTLock web admin) under that lock's users."
)


@dataclass(frozen=True, slots=True)
class Leaver:
    name: str
    left: date | None  # WorQ's date of exit (None: WorQ says exited, with no date)

    def flag(self) -> str:
        """A few words beside the name: "left 12 Nov"."""
        return f"left {self.left:%d %b}" if self.left else "left"

    def beside(self, name: str) -> str:
        """The name as shown wherever they appear: "Laura Richardson ⚠ left 23 Nov"."""
        return f"{name} ⚠ {self.flag()}"

    def explain(self) -> str:
        """The whole story, for a tooltip."""
        when = f"on {self.left:%d %b %Y}" if self.left else ""
        said = " ".join(part for part in ("WorQ says", self.name, "left", when) if part)
        return f"{said}, yet they are still in WorkTime One. {REVOKE_WHERE}"
