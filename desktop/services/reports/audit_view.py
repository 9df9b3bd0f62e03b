"""The audit log as a manager reads it: who did what, for whom, on which day, and why, in
words; the stored record (payload, before and after, hashes) stays behind it for whoever
checks, and every export keeps all of it.

An outbox write's rows (``clock_correction.sent`` and the like) are told the way the
shift handover tells the write, with its step; the console's own events (sign-ins, wrong
PINs, locks, imports, exports) by a sentence each.
"""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from desktop.services.outbox.kinds.clock import KIND as CLOCK_CORRECTION
from desktop.services.outbox.registry import kind_of_name
from desktop.services.reports.handover_writes import Namers, clock_day, describe
from desktop.store import AuditRow
from desktop.words import QT_TRANSLATE_NOOP, translate

STEPS = {
    "queued": QT_TRANSLATE_NOOP("AuditSteps", "saved"),
    "sent": QT_TRANSLATE_NOOP("AuditSteps", "sent"),
    "failed": QT_TRANSLATE_NOOP("AuditSteps", "refused by the service"),
    "verified": QT_TRANSLATE_NOOP("AuditSteps", "checked after a lost answer"),
    "cancelled": QT_TRANSLATE_NOOP("AuditSteps", "cancelled"),
    "sent_again": QT_TRANSLATE_NOOP("AuditSteps", "sent again"),
    "edited": QT_TRANSLATE_NOOP("AuditSteps", "changed after it failed"),
    "confirmed_landed": QT_TRANSLATE_NOOP("AuditSteps", "confirmed as landed by the manager"),
    "confirmed_not_landed": QT_TRANSLATE_NOOP(
        "AuditSteps", "confirmed as not landed by the manager"
    ),
    "needs_attention": QT_TRANSLATE_NOOP("AuditSteps", "left for a manager to check"),
}
EVENTS = {
    "session.signed_in": QT_TRANSLATE_NOOP("AuditEvents", "Signed in"),
    "session.pin_refused": QT_TRANSLATE_NOOP("AuditEvents", "A wrong PIN was typed"),
    "session.locked": QT_TRANSLATE_NOOP("AuditEvents", "Locked the console"),
    "session.discarded": QT_TRANSLATE_NOOP(
        "AuditEvents", "Closed another manager's open windows unsaved"
    ),
    "export.saved": QT_TRANSLATE_NOOP("AuditEvents", "Saved an export"),
    "worq.imported": QT_TRANSLATE_NOOP("AuditEvents", "Imported from WorQ"),
}


@dataclass(frozen=True, slots=True)
class AuditLine:
    what: str  # the change in words: "Clock-out 17:30, sent"
    whom: str  # the person (or account, location) and the day it is for


def in_words(row: AuditRow, names: Namers, zone: ZoneInfo) -> AuditLine:
    kind, _, step = row.action.rpartition(".")
    if kind and kind_of_name(kind) is not None:
        what, whom = describe(kind, row.payload, names, zone, with_day=False)
        day = clock_day(row.payload, zone) if kind == CLOCK_CORRECTION else ""
        when = f", {day}" if day else ""
        said = translate("AuditSteps", STEPS[step]) if step in STEPS else step.replace("_", " ")
        return AuditLine(f"{what}: {said}", f"{whom}{when}")
    sentence = (
        translate("AuditEvents", EVENTS[row.action])
        if row.action in EVENTS
        else row.action.replace("_", " ").replace(".", ": ")
    )
    return AuditLine(sentence, row.subject)
