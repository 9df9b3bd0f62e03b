"""What changed in a session, told to whoever listens: plain callbacks, no Qt.

The session says ``changes.tell(Change.OUTBOX)`` when its store or its workers moved
something; the window adapts these to Qt signals in one place (``ui/session_signals``),
a headless run prints them, a test waits on them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from desktop.words import translate

log = logging.getLogger("desktop.services.changes")


class Change(StrEnum):
    BOARD = "board"  # locks, people or attendance in the store (a sync, a refresh)
    PUSHED = "pushed"  # webhook events applied: the people in Session.take_pushed_people()
    OUTBOX = "outbox"  # an entry queued, sent, retried, failed, cancelled or resolved
    AUDIT = "audit"  # a row appended to the audit log
    ACCOUNTS = "accounts"  # WorkTaps accounts, departments or locations in the store
    EMPLOYEES = "employees"  # WorkTime One employees read for the directory, or written
    WORQ = "worq"  # a WorQ import kept people
    ZONE = "zone"  # the organization's timezone
    CONNECTED = "connected"  # clients replaced (a new connection, or offline)


# What another desk's commit to a table means for this desk's pages (team mode),
# beside what its own commits to the outbox and the audit log tell (``Session._stored``).
HEARD: dict[str, tuple[Change, ...]] = {
    "lock": (Change.BOARD,),
    "lock_event": (Change.BOARD,),
    "attendance": (Change.BOARD,),
    "sync_state": (Change.BOARD,),
    "employee": (Change.BOARD, Change.EMPLOYEES),
    "taps_account": (Change.ACCOUNTS,),
    "taps_department": (Change.ACCOUNTS,),
    "taps_location": (Change.ACCOUNTS,),
    "worq": (Change.WORQ,),
}

Listener = Callable[[Change], None]


class Changes:
    def __init__(self, on_error: Callable[[str], None] | None = None) -> None:
        self._listeners: list[tuple[frozenset[Change] | None, Listener]] = []
        self.on_error = on_error  # told, in plain words, when a listener failed

    def subscribe(self, listener: Listener, *only: Change) -> Callable[[], None]:
        """``listener(change)`` for every change (or only those named); answers a function
        that unsubscribes."""
        entry = (frozenset(only) or None, listener)
        self._listeners.append(entry)
        return lambda: self._listeners.remove(entry)

    def tell(self, change: Change) -> None:
        for only, listener in list(self._listeners):
            if only is None or change in only:
                try:
                    listener(change)
                except Exception:  # a broken listener must not undo the write that told it
                    log.exception("a listener of %s failed", change)
                    if self.on_error is not None:
                        self.on_error(
                            translate(
                                "Changes",
                                "Showing a change ({change}) went wrong. It has been logged.",
                            ).format(change=change)
                        )
