"""Did a clock entry land? What a person's day on WorkTime One can tell, and what it cannot.

The service keeps one record per person per day: the earliest clock-in, and the
latest clock-out after it. An entry at T therefore shows as exactly T when it
made a difference, and leaves no trace when the day already had an earlier
clock-in (or a later clock-out). So: the day shows T, it landed; the day shows
nothing T would have changed, it did not; otherwise the record cannot tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.api import AttendanceRecord
from desktop.words import translate


@dataclass(frozen=True, slots=True)
class Verdict:
    """True: the entry landed; False: it did not; None: the record cannot tell.

    ``evidence``: what the service showed (for the audit log and a manager);
    ``server_id``: the service's id for what landed, when the check found it."""

    landed: bool | None
    why: str
    evidence: dict[str, Any] | None = None
    server_id: str | None = None


def decide(kind: str, at: datetime, record: AttendanceRecord | None) -> Verdict:
    """Whether a clock entry of ``kind`` at ``at`` is in ``record`` (that person's day)."""
    if kind == "clock_in":
        return _clock_in(at, record.clock_in if record else None)
    return _clock_out(at, record)


def _clock_in(at: datetime, first_in: datetime | None) -> Verdict:
    if first_in is None:
        return Verdict(
            False, translate("OutboxCheck", "The day has no clock-in, so the entry is not there.")
        )
    if first_in == at:
        return Verdict(True, translate("OutboxCheck", "The day's clock-in is this entry's time."))
    if first_in > at:
        return Verdict(
            False,
            translate(
                "OutboxCheck", "The day's clock-in is later than this entry, so it is not there."
            ),
        )
    return Verdict(
        None,
        translate(
            "OutboxCheck",
            "The day already has an earlier clock-in: "
            "the record cannot show whether this entry was recorded.",
        ),
    )


def _clock_out(at: datetime, record: AttendanceRecord | None) -> Verdict:
    if record is None:
        return Verdict(
            False, translate("OutboxCheck", "The day has no record, so the entry is not there.")
        )
    if record.clock_in is not None and record.clock_in >= at:
        # The service shows no clock-out from before the day's clock-in.
        return Verdict(
            None,
            translate(
                "OutboxCheck",
                "The day's clock-in is at or after this clock-out: "
                "the record cannot show whether this entry was recorded.",
            ),
        )
    if record.clock_out == at:
        return Verdict(True, translate("OutboxCheck", "The day's clock-out is this entry's time."))
    if record.clock_out is None or record.clock_out < at:
        return Verdict(
            False,
            translate(
                "OutboxCheck", "The day's clock-out is missing or earlier, so it is not there."
            ),
        )
    return Verdict(
        None,
        translate(
            "OutboxCheck",
            "The day already has a later clock-out: "
            "the record cannot show whether this entry was recorded.",
        ),
    )
