"""Sends the outbox's clock corrections to WorkTime One exactly once.

``POST /attendance/clock`` has no idempotency key, so a write whose outcome is
unknown is never sent again blindly. Each entry goes ``queued -> sending`` (on
disk) before its request leaves; then:

- 201: sent, with the service's id for the entry.
- 429: queued again until the window resets.
- no connection made (``NetworkError`` with ``maybe_sent`` False): queued again
  after a capped exponential backoff.
- 400, 403, 404: failed, with the service's words.
- 401: queued again, and nothing is sent until the key changes (``use_client``).
- anything else (a timeout or a connection lost after the request went out; a
  5xx, which a gateway can answer after the write landed; an unreadable
  answer): the outcome is unknown. The entry stays ``sending``; once ``settle``
  has passed since it went out (a slow request may still be landing), ``verify``
  reads the person's day and decides with ``landed.decide``: sent, queued
  again, or waiting for a manager with the evidence.

When that read fails, the entry stays ``sending`` and is checked again after a
backoff; the outbox sends nothing else meanwhile, so entries keep their order.
A crash leaves the same state, which ``recover`` decides at start-up. Every
outcome but a plain retry appends an audit row, in the same transaction as the
entry's move: a crash leaves both or neither.

A bug (any exception that is not an ``ApiError``) does not end ``run``: it is
logged with its traceback, the entry is left as it was on disk (``sending``
when its request may have gone out, so it is checked, never resent blindly),
and the sender backs off before going on. An entry that keeps hitting a bug
(``MAX_STRIKES`` times in a row) is handed to a manager with the error as its
evidence, so one bad entry cannot hold back every correction after it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from typing import Any, Protocol, TypeVar

from desktop.api import (
    ApiError,
    AttendanceRecord,
    AuthError,
    ClockEvent,
    NetworkError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationError,
    WorkTimeClient,
)
from desktop.store import AuditLog, Outbox, OutboxEntry, OutboxStateError

from .budget import Priority
from .corrections import KIND, iso_z, subject
from .landed import Verdict, decide, record_json

log = logging.getLogger("desktop.services.outbox")

T = TypeVar("T")
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=5)
SETTLE = timedelta(seconds=10)
MAX_WAIT = 300.0  # seconds: an idle sender looks at the outbox at least this often
MIN_WAIT = 0.05  # seconds: never spin
MAX_STRIKES = 3  # bugs in a row on one entry before a manager is asked to look at it
REFUSED = (ValidationError, PermissionDenied, NotFound)  # the write surely did not land


class Budget(Protocol):
    async def run(self, priority: Priority, call: Callable[[], Awaitable[T]]) -> T: ...


class OutboxSender:
    """``await sender.run()`` for the console's life; ``poke()`` after queueing."""

    def __init__(
        self,
        outbox: Outbox,
        audit: AuditLog,
        client: WorkTimeClient,
        *,
        budget: Budget | None = None,
        now: Callable[[], datetime],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        settle: timedelta = SETTLE,
        backoff: timedelta = BACKOFF_BASE,
    ) -> None:
        if outbox.db is not audit.db:
            raise ValueError("the outbox and the audit log must share one database")
        self.outbox, self.audit, self.client = outbox, audit, client
        self.budget, self.now, self.sleep, self.settle = budget, now, sleep, settle
        self.backoff = backoff  # the first wait after a failure; it doubles from there
        self.halted: str | None = None  # why sending stopped: the key was refused
        self._hold_until: datetime | None = None
        self._read_failures = 0
        self._current: int | None = None  # the entry being sent or checked
        self._strikes: dict[int, int] = {}  # entry id -> bugs in a row
        self._wake = asyncio.Event()

    # -- what the console tells the sender ----------------------------------------------

    def poke(self) -> None:
        """Something was queued, edited or resolved: look at the outbox now."""
        self._wake.set()

    def use_client(self, client: WorkTimeClient) -> None:
        """The key changed: send with this client, and start sending again."""
        self.client, self.halted, self._hold_until = client, None, None
        self.poke()

    def idle(self) -> bool:
        """Nothing queued, and no entry whose outcome is still open."""
        return not self.outbox.entries(["queued", "sending"], limit=1)

    # -- the loop -----------------------------------------------------------------------

    async def run(self, *, until_idle: bool = False) -> None:
        """Recover, then send what is ready and wait for more; cancel to stop.
        ``until_idle``: return once ``idle()``, or once a refused key stops sending."""
        await self._guarded(self.recover)
        while True:
            self._wake.clear()  # a poke from here on ends the next wait
            while await self._guarded(self.send_next) is not None:
                pass
            try:
                if until_idle and (self.idle() or self.halted):
                    return
                wait = self._seconds_to_next()
            except Exception:
                log.exception("outbox: could not read the outbox; backing off")
                wait = self.backoff.total_seconds()
            await self._wait(wait)

    async def _guarded(self, step: Callable[[], Awaitable[T]]) -> T | None:
        """``step()``; a bug in it is logged and backed off from, and ends nothing."""
        self._current = None
        try:
            result = await step()
        except Exception as exc:
            log.exception("outbox: unexpected error (entry %s); backing off", self._current)
            self._after_bug(f"{type(exc).__name__}: {exc}")
            return None
        if self._current is not None:
            self._strikes.pop(self._current, None)
        return result

    def _after_bug(self, error: str) -> None:
        """Hold off; an entry that keeps failing goes to a manager (from ``sending`` only:
        a queued entry's request has not gone out, so it is simply tried again)."""
        entry_id, self._current = self._current, None
        strikes = self._strikes.get(entry_id, 0) + 1 if entry_id is not None else 0
        self._hold_until = self.now() + _backoff(max(1, strikes), self.backoff)
        if entry_id is None:
            return
        self._strikes[entry_id] = strikes
        if strikes < MAX_STRIKES:
            return
        try:
            entry = self.outbox.get(entry_id)
            if entry.state == "sending":
                self._gave_up(entry, strikes, error)
                self._hold_until = None  # out of the way: the entries after it can go
            self._strikes.pop(entry_id, None)
        except Exception:
            log.exception("outbox entry %s: could not hand it to a manager", entry_id)

    def _gave_up(self, entry: OutboxEntry, strikes: int, error: str) -> None:
        why = (
            f"Front Desk hit an error {strikes} times in a row with this entry ({error}); "
            "whether it reached WorkTime One is not known."
        )
        evidence = {"why": why, "error": error, "checked_at": iso_z(self.now())}
        with self.outbox.db.transaction():
            done = self.outbox.mark_needs_attention(entry.id, evidence, why)
            self._audit(done, f"{entry.kind}.verified", "needs_attention", None, detail=why)
        log.error("outbox entry %s: handed to a manager: %s", entry.id, why)

    async def recover(self) -> list[OutboxEntry]:
        """Check every entry a crash left in ``sending`` (until one must wait)."""
        checked = []
        for entry in self.outbox.in_flight():
            self._current = entry.id
            checked.append(await self._check(entry))
            if self._holding():
                break
        return checked

    async def send_next(self) -> OutboxEntry | None:
        """One step: check an entry whose outcome is open, else send the oldest ready one.
        The entry as it is now, or None when nothing can be done yet."""
        if self.halted or self._holding():
            return None
        open_ = self.outbox.in_flight()
        if open_:
            self._current = open_[0].id
            return await self._check(open_[0])
        entry = self.outbox.next_ready()
        if entry is None:
            return None
        self._current = entry.id
        try:
            entry = self.outbox.mark_sending(entry.id)
        except OutboxStateError:  # cancelled between the read and the move
            return self.outbox.get(entry.id)
        return await self._send(entry)

    async def _send(self, entry: OutboxEntry) -> OutboxEntry:
        if entry.kind != KIND:
            return self._fail(entry, f"Front Desk cannot send an entry of kind {entry.kind!r}.")
        p = entry.payload
        try:
            event = await self._spend(
                lambda: self.client.clock(
                    p["employee_id"],
                    p["type"],
                    _instant(p["timestamp"]),
                    lock_id=p.get("lock_id"),
                    notes=p.get("notes"),
                )
            )
        except ApiError as exc:
            return await self._after_error(entry, exc)
        return self._sent(entry, event)

    async def _after_error(self, entry: OutboxEntry, exc: ApiError) -> OutboxEntry:
        log.info("outbox entry %s: %r", entry.id, exc)
        if isinstance(exc, RateLimited):
            return self.outbox.mark_retry(entry.id, exc.reset_at, exc.message)
        if isinstance(exc, NetworkError) and not exc.maybe_sent:
            return self.outbox.mark_retry(entry.id, self._backoff_from(entry), exc.message)
        if isinstance(exc, AuthError):
            self.halted = exc.message
            return self.outbox.mark_retry(entry.id, self.now(), exc.message)
        if isinstance(exc, REFUSED):
            return self._fail(entry, exc.message)
        return await self._check(entry)  # it may have landed

    # -- outcomes -----------------------------------------------------------------------

    def _sent(self, entry: OutboxEntry, event: ClockEvent) -> OutboxEntry:
        with self.outbox.db.transaction():
            done = self.outbox.mark_sent(entry.id, event.id)
            self._audit(done, "clock_correction.sent", "sent", entry.payload.get("preview"))
        log.info("outbox entry %s sent as %s", entry.id, event.id)
        return done

    def _fail(self, entry: OutboxEntry, error: str) -> OutboxEntry:
        with self.outbox.db.transaction():
            done = self.outbox.mark_failed(entry.id, error)
            self._audit(done, "clock_correction.failed", "failed", None, detail=error)
        return done

    # -- an outcome that is not known ----------------------------------------------------

    async def _check(self, entry: OutboxEntry) -> OutboxEntry:
        """``verify`` once ``settle`` has passed since the request went out; else wait."""
        ready_at = entry.updated_at + self.settle
        if self.now() < ready_at:
            self._hold_until = max(ready_at, self._hold_until or ready_at)
            return entry
        return await self.verify(entry)

    async def verify(self, entry: OutboxEntry) -> OutboxEntry:
        """Read the entry's day and decide whether its write landed. When the read fails,
        the entry stays ``sending`` and the sender holds off before checking again."""
        if entry.kind != KIND:
            why = f"Front Desk cannot check whether an entry of kind {entry.kind!r} landed."
            with self.outbox.db.transaction():
                done = self.outbox.mark_needs_attention(entry.id, {"why": why}, why)
                self._audit(done, f"{entry.kind}.verified", "needs_attention", None, detail=why)
            return done
        try:
            record = await self._read_day(entry)
        except ApiError as exc:
            self._read_failed(entry, exc)
            return entry
        self._read_failures = 0
        verdict = decide(entry.payload["type"], _instant(entry.payload["timestamp"]), record)
        return self._settle(entry, verdict, record)

    async def _read_day(self, entry: OutboxEntry) -> AttendanceRecord | None:
        employee_id, day = entry.payload["employee_id"], date.fromisoformat(entry.payload["day"])

        async def read() -> list[AttendanceRecord]:
            return [r async for r in self.client.iter_attendance(day, day, employee_id)]

        records = await self._spend(read)
        mine = [r for r in records if r.employee_id == employee_id and r.date == day]
        return mine[0] if mine else None

    def _read_failed(self, entry: OutboxEntry, exc: ApiError) -> None:
        self._read_failures += 1
        if isinstance(exc, AuthError):
            self.halted = exc.message
        wait = _backoff(self._read_failures, self.backoff)
        self._hold_until = exc.reset_at if isinstance(exc, RateLimited) else self.now() + wait
        log.warning("outbox entry %s: could not check its day (%r)", entry.id, exc)

    def _settle(
        self, entry: OutboxEntry, verdict: Verdict, record: AttendanceRecord | None
    ) -> OutboxEntry:
        seen = record_json(record)
        log.info("outbox entry %s: landed %s: %s", entry.id, verdict.landed, verdict.why)
        with self.outbox.db.transaction():
            if verdict.landed is True:
                done, outcome = self.outbox.mark_sent(entry.id, None), "landed"
            elif verdict.landed is False:
                done = self.outbox.mark_retry(entry.id, self._backoff_from(entry), verdict.why)
                outcome = "not_landed"
            else:
                done, outcome = self._needs_attention(entry, verdict, seen), "needs_attention"
            self._audit(done, "clock_correction.verified", outcome, seen, detail=verdict.why)
        return done

    def _needs_attention(
        self, entry: OutboxEntry, verdict: Verdict, seen: dict[str, Any] | None
    ) -> OutboxEntry:
        evidence = {
            "record": seen,
            "entry_type": entry.payload["type"],
            "entry_timestamp": entry.payload["timestamp"],
            "why": verdict.why,
            "checked_at": iso_z(self.now()),
        }
        return self.outbox.mark_needs_attention(entry.id, evidence, verdict.why)

    # -- plumbing -------------------------------------------------------------------------

    def _audit(
        self,
        entry: OutboxEntry,
        action: str,
        outcome: str,
        after: dict[str, Any] | None,
        *,
        detail: str | None = None,
    ) -> None:
        p = entry.payload
        payload = {
            "outbox_id": entry.id,
            "attempts": entry.attempts,
            "server_id": entry.server_id,
            **{k: p.get(k) for k in ("employee_id", "type", "timestamp", "lock_id", "notes")},
        }
        if detail is not None:
            payload["detail"] = detail
        self.audit.append(
            manager=entry.manager,
            action=action,
            subject=subject(str(p.get("employee_id")), str(p.get("day"))),
            payload=payload,
            reason=entry.reason,
            before=None,
            after=after,
            outcome=outcome,
        )

    async def _spend(self, call: Callable[[], Awaitable[T]]) -> T:
        if self.budget is None:
            return await call()
        return await self.budget.run(Priority.USER, call)

    def _backoff_from(self, entry: OutboxEntry) -> datetime:
        """When to try ``entry`` again: a backoff after its last attempt went out, not
        before now."""
        return max(self.now(), entry.updated_at + _backoff(entry.attempts, self.backoff))

    def _holding(self) -> bool:
        return self._hold_until is not None and self.now() < self._hold_until

    def _seconds_to_next(self) -> float:
        """How long nothing can happen: the hold, or the wait of the head of the queue."""
        if self.halted:
            return MAX_WAIT
        times = [self._hold_until] if self._hold_until is not None else []
        head = self.outbox.entries(["queued"], limit=1, order="ASC")
        if head:
            times.append(head[0].not_before or self.now())
        if not times:
            return MAX_WAIT
        wait = (max(times) - self.now()).total_seconds()
        return min(MAX_WAIT, max(MIN_WAIT, wait))

    async def _wait(self, seconds: float) -> None:
        """Sleep ``seconds``, or until ``poke()`` if sooner."""
        sleeper = asyncio.ensure_future(self.sleep(seconds))
        woken = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, woken):
                task.cancel()
            await asyncio.gather(sleeper, woken, return_exceptions=True)


def _backoff(attempt: int, base: timedelta = BACKOFF_BASE) -> timedelta:
    """``base`` (5 s), twice that, four times ... up to 5 minutes."""
    return min(BACKOFF_CAP, base * (1 << min(16, max(0, attempt - 1))))


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text)
