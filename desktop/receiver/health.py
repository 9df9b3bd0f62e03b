"""How WorkTime One's webhook deliveries are going: what the receiver took, refused and
why, and whether they are healthy enough for polling to slow to reconciliation.

Told from the receiver's thread and read from the session's, so every count is taken
under one lock. A refusal is logged the first time its cause is seen (and its count
kept here), never once per request: a flood of forged deliveries is one log line.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from desktop.words import QT_TRANSLATE_NOOP, number, translate

log = logging.getLogger("desktop.receiver")

QUIET_AFTER = timedelta(minutes=10)  # no delivery for this long: back to polling...
# ...unless a reconciliation found nothing missed: then trusted until just past the next.
TRUSTED_AFTER_CHECK = timedelta(minutes=35)
HOUR = timedelta(hours=1)
RECENT = 10_000  # delivery times kept for "in the last hour"

# Why a delivery was refused, in a manager's words (the keys are the log's causes).
CAUSES = {
    "signature": QT_TRANSLATE_NOOP("WebhookHealth", "a wrong or missing signature"),
    "too_large": QT_TRANSLATE_NOOP("WebhookHealth", "a body over 64 KB"),
    "content_type": QT_TRANSLATE_NOOP("WebhookHealth", "not JSON"),
    "malformed": QT_TRANSLATE_NOOP("WebhookHealth", "not a WorkTime One event"),
    "replayed": QT_TRANSLATE_NOOP("WebhookHealth", "older than 5 minutes (a replay?)"),
    "future": QT_TRANSLATE_NOOP("WebhookHealth", "dated more than 5 minutes ahead"),
    "no_secret": QT_TRANSLATE_NOOP("WebhookHealth", "no signing secret set here"),
}


@dataclass(frozen=True, slots=True)
class WebhookState:
    """What the Connections page and the status bar show."""

    listening: str | None  # the address the receiver serves, None when it is off
    last_event_at: datetime | None
    last_hour: int
    duplicates: int
    refused: dict[str, int]
    healthy: bool
    tested_at: datetime | None  # the last test event received

    def refused_text(self) -> str:
        if not self.refused:
            return translate("WebhookHealth", "none refused")
        each = translate("WebhookHealth", "{count} for {cause}")
        parts = [
            each.format(
                count=number(count),
                cause=translate("WebhookHealth", CAUSES[cause]) if cause in CAUSES else cause,
            )
            for cause, count in self.refused.items()
        ]
        return translate("WebhookHealth", "refused {causes}").format(causes="; ".join(parts))


@dataclass
class WebhookHealth:
    clock: Callable[[], datetime]
    listening: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _received: deque[datetime] = field(default_factory=lambda: deque(maxlen=RECENT))
    _refused: Counter[str] = field(default_factory=Counter)
    _duplicates: int = 0
    _tested_at: datetime | None = None
    # The last reconciliation that found nothing the deliveries had not told (they are
    # trusted through quiet hours), or one that found they had missed something.
    _verified_at: datetime | None = None
    _missed_at: datetime | None = None
    _listeners: list[Callable[[], None]] = field(default_factory=list)

    def subscribe(self, listener: Callable[[], None]) -> None:
        """Told after every change (from the receiver's thread too)."""
        self._listeners.append(listener)

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener()

    # -- what the receiver tells -------------------------------------------------------

    def serving(self, address: str | None) -> None:
        with self._lock:
            self.listening = address
        self._tell()

    def received(self, *, duplicate: bool = False, test: bool = False) -> None:
        now = self.clock()
        with self._lock:
            self._received.append(now)
            self._duplicates += duplicate
            if test:
                self._tested_at = now
        self._tell()

    def refused(self, cause: str, detail: str = "") -> None:
        with self._lock:
            first = self._refused[cause] == 0
            self._refused[cause] += 1
        if first:  # once per cause: the count says how many followed
            log.warning("webhook delivery refused: %s%s", CAUSES.get(cause, cause),
                        f" ({detail})" if detail else "")  # fmt: skip
        self._tell()

    # -- what the session reads --------------------------------------------------------

    def reconciled(self, missed: int) -> None:
        """A reconciliation pass compared what polling holds with what was delivered:
        nothing missed keeps the deliveries trusted through a quiet hour; anything
        missed stops trusting them until the next delivery."""
        now = self.clock()
        with self._lock:
            if missed:
                self._missed_at, self._verified_at = now, None
            else:
                self._verified_at = now
        if missed:
            log.warning("reconciliation found %d door openings no webhook told of: polling "
                        "again until deliveries arrive", missed)  # fmt: skip
        self._tell()

    def healthy_until(self) -> datetime | None:
        """Until when the deliveries are trusted to bring the changes: the last one +
        ``QUIET_AFTER``, or a clean reconciliation + ``TRUSTED_AFTER_CHECK``; None when
        the receiver is off, nothing has arrived, or a reconciliation found a miss since
        the last delivery."""
        with self._lock:
            if self.listening is None or not self._received:
                return None
            last = self._received[-1]
            if self._missed_at is not None and self._missed_at >= last:
                return None
            until = last + QUIET_AFTER
            if self._verified_at is not None:
                until = max(until, self._verified_at + TRUSTED_AFTER_CHECK)
            return until

    def healthy(self) -> bool:
        until = self.healthy_until()
        return until is not None and self.clock() < until

    def state(self) -> WebhookState:
        now = self.clock()
        with self._lock:
            last = self._received[-1] if self._received else None
            hour = sum(1 for at in self._received if at > now - HOUR)
            refused, duplicates = dict(self._refused), self._duplicates
            listening, tested = self.listening, self._tested_at
        until = self.healthy_until()
        healthy = until is not None and now < until
        return WebhookState(listening, last, hour, duplicates, refused, healthy, tested)

    def summary(self) -> None:
        """Log what was refused in all (at the receiver's stop)."""
        with self._lock:
            refused = dict(self._refused)
        for cause, count in refused.items():
            log.info("webhook deliveries refused for %s: %d", CAUSES.get(cause, cause), count)
