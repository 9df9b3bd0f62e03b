"""Sends the outbox's entries exactly once: one sender per service, each with its kinds.

The clock sender (the default) takes ``clock_correction`` entries to WorkTime One;
``OutboxSender(..., kinds=WORKTAPS_KINDS)`` takes account and location writes to
WorkTaps. Each has its own client and budget and keeps its own queue order
(``Outbox.claim_next(kinds)``); how an entry is sent and checked is its kind's
(``outbox_kinds``). Neither service has an idempotency key, so a write whose
outcome is unknown is never sent again blindly. Each entry goes
``queued -> sending`` (on disk) before its request leaves; then:

- success: sent, with the service's id for what it wrote (and, for kinds that keep
  answers, the record it answered).
- 429: queued again until the window resets.
- no connection made (``NetworkError`` with ``maybe_sent`` False): queued again
  after a capped exponential backoff.
- 400, 403, 404: failed, with the service's words (and, for kinds that keep
  answers, the field and code the service named).
- 401: queued again, and nothing is sent until the key changes (``use_client``).
- anything else (a timeout or a connection lost after the request went out; a
  5xx, which a gateway can answer after the write landed; an unreadable
  answer): the outcome is unknown. The entry stays ``sending``; once ``settle``
  has passed since it went out (a slow request may still be landing), ``verify``
  asks the kind to read the service (a person's day; an account by its email)
  and decides: sent, queued again, or waiting for a manager with the evidence.

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
evidence, so one bad entry cannot hold back every entry after it.

``send_entry`` sends one entry now (after those queued before it), for a dialog
that shows the service's answer; steps never overlap, whoever asks for them.
Listeners (``subscribe``) hear of every entry a step changed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any, Generic, cast

from typing_extensions import TypeVar

from desktop.api import (
    ApiError,
    AuthError,
    NetworkError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationError,
    WorkTimeClient,
)
from desktop.services.budget import Budget, Priority, Unmetered, sleep_or_wake
from desktop.services.outbox.kind import Kind, Registry, Sent, iso_z
from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.services.outbox.registry import CLOCK_KINDS
from desktop.store import AuditLog, Outbox, OutboxEntry
from desktop.store.outbox import LEASE
from desktop.words import translate

log = logging.getLogger("desktop.services.outbox")

T = TypeVar("T")
C = TypeVar("C", default=WorkTimeClient)  # the client the sender's kinds send with
Listener = Callable[[OutboxEntry], None]
BACKOFF_BASE = timedelta(seconds=5)
BACKOFF_CAP = timedelta(minutes=5)
SETTLE = timedelta(seconds=10)
MAX_WAIT = 300.0  # seconds: an idle sender looks at the outbox at least this often
MIN_WAIT = 0.05  # seconds: never spin
MAX_STRIKES = 3  # bugs in a row on one entry before a manager is asked to look at it
REFUSED = (ValidationError, PermissionDenied, NotFound)  # the write surely did not land


class OutboxSender(Generic[C]):
    """``await sender.run()`` for the console's life; ``poke()`` after queueing.
    ``kinds``: the entries this sender takes (default: clock corrections)."""

    def __init__(
        self,
        outbox: Outbox,
        audit: AuditLog,
        client: C,
        *,
        kinds: Registry[C] | None = None,
        budget: Budget | None = None,
        now: Callable[[], datetime],
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        settle: timedelta = SETTLE,
        backoff: timedelta = BACKOFF_BASE,
    ) -> None:
        if outbox.db is not audit.db:
            raise ValueError("the outbox and the audit log must share one database")
        self.outbox, self.audit, self.client = outbox, audit, client
        self.kinds: Registry[C] = kinds if kinds is not None else cast("Registry[C]", CLOCK_KINDS)
        self._names = tuple(self.kinds)
        self.budget: Budget = budget or Unmetered()
        self.now, self.sleep, self.settle = now, sleep, settle
        self.backoff = backoff  # the first wait after a failure; it doubles from there
        self.halted: str | None = None  # why sending stopped: the key was refused
        # Told when the vendor refuses a write with a 403: the key may only read.
        self.key_refused: Callable[[ApiError], None] = lambda _exc: None
        self._hold_until: datetime | None = None
        self._read_failures = 0
        self._current: int | None = None  # the entry being sent or checked
        self._strikes: dict[int, int] = {}  # entry id -> bugs in a row
        self._wake = asyncio.Event()
        self._step = asyncio.Lock()  # one step at a time: the loop's or ``send_entry``'s
        self._listeners: list[Listener] = []

    # -- what the console tells the sender ----------------------------------------------

    def poke(self) -> None:
        """Something was queued, edited or resolved: look at the outbox now."""
        self._wake.set()

    def use_client(self, client: C) -> None:
        """The key changed: send with this client, and start sending again."""
        self.client, self.halted, self._hold_until = client, None, None
        self.poke()

    def subscribe(self, listener: Listener) -> None:
        """``listener(entry)`` after each step that changed an entry (its state then)."""
        self._listeners.append(listener)

    def idle(self) -> bool:
        """Nothing queued, and no entry whose outcome is still open."""
        return not self.outbox.entries(["queued", "sending"], limit=1, kinds=self._names)

    async def send_entry(self, entry_id: int) -> OutboxEntry:
        """Send ``entry_id`` now, after the entries queued before it, as far as that can go
        without waiting; the entry as it then is (``sent``, ``failed``, ``queued`` to be
        tried later, ``sending`` while its outcome is checked, or ``needs_attention``)."""
        entry = self.outbox.get(entry_id)
        if entry.kind not in self.kinds:
            raise ValueError(f"this sender does not send entries of kind {entry.kind!r}")
        while entry.state in ("queued", "sending"):
            if await self._guarded(self.send_next) is None:
                break
            entry = self.outbox.get(entry_id)
        self.poke()  # the loop's waits may have changed
        return self.outbox.get(entry_id)

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
        kind = self.kinds.get(entry.kind)
        why = (
            translate(
                "OutboxSender",
                "Front Desk hit an error {times} times in a row with this entry ({error}); "
                "whether it reached {service} is not known.",
            ).format(times=strikes, error=error, service=kind.service)
            if kind is not None
            else translate(
                "OutboxSender",
                "Front Desk hit an error {times} times in a row with this entry ({error}); "
                "whether it reached the service is not known.",
            ).format(times=strikes, error=error)
        )
        evidence = {"why": why, "error": error, "checked_at": iso_z(self.now())}
        with self.outbox.db.transaction():
            done = self.outbox.mark_needs_attention(entry.id, evidence, why)
            self._audit(done, f"{entry.kind}.verified", "needs_attention", None, detail=why)
        log.error("outbox entry %s: handed to a manager: %s", entry.id, why)

    async def recover(self) -> list[OutboxEntry]:
        """Check every entry a crash left in ``sending`` (until one must wait)."""
        checked = []
        async with self._step:
            for entry in self.outbox.orphans(self._names):
                if not self.outbox.take_over(entry.id):
                    continue  # another console is sending it, or just took it
                self._current = entry.id
                checked.append(await self._check(entry))
                if self._holding():
                    break
        for entry in checked:
            self._tell(entry)
        return checked

    async def send_next(self) -> OutboxEntry | None:
        """One step: check an entry whose outcome is open, else send the oldest ready one.
        The entry as it is now, or None when nothing can be done yet."""
        async with self._step:
            entry = await self._next()
        if entry is not None:
            self._tell(entry)
        return entry

    async def _next(self) -> OutboxEntry | None:
        if self.halted or self._holding():
            return None
        open_ = [e for e in self.outbox.orphans(self._names) if self.outbox.take_over(e.id)]
        if open_:
            self._current = open_[0].id
            return await self._check(open_[0])
        entry = self.outbox.claim_next(self._names)
        if entry is None:
            return None
        self._current = entry.id
        return await self._send(entry)

    async def _send(self, entry: OutboxEntry) -> OutboxEntry:
        kind = self.kinds.get(entry.kind)
        if kind is None:
            why = translate("OutboxSender", "Front Desk cannot send an entry of kind {kind}.")
            return self._fail(entry, why.format(kind=repr(entry.kind)))
        try:
            sent = await self._holding_claim(entry.id, kind.send(self._call, entry.payload))
        except ApiError as exc:
            return await self._after_error(entry, exc)
        return self._sent(entry, kind, sent)

    async def _holding_claim(self, entry_id: int, sending: Awaitable[T]) -> T:
        """Await ``sending`` while renewing this console's claim on the entry, so another
        console sharing the file never takes a slow send for an interrupted one."""

        async def renew() -> None:
            while True:
                await asyncio.sleep(LEASE.total_seconds() / 3)  # wall time, not the sandbox's
                if not self.outbox.renew(entry_id):
                    log.error("outbox entry %s: the claim on it was lost mid-send", entry_id)
                    return

        renewing = asyncio.create_task(renew())
        try:
            return await sending
        finally:
            renewing.cancel()

    async def _after_error(self, entry: OutboxEntry, exc: ApiError) -> OutboxEntry:
        log.info("outbox entry %s: %r", entry.id, exc)
        if isinstance(exc, RateLimited):
            return self.outbox.mark_retry(entry.id, exc.reset_at, exc.message)
        if isinstance(exc, NetworkError) and not exc.maybe_sent:
            return self.outbox.mark_retry(entry.id, self._backoff_from(entry), exc.message)
        if isinstance(exc, AuthError):
            self.halted = exc.message
            return self.outbox.mark_retry(entry.id, self.now(), exc.message)
        if isinstance(exc, PermissionDenied):
            self.key_refused(exc)
        if isinstance(exc, REFUSED):
            kind = self.kinds.get(entry.kind)
            keep = kind is not None and kind.keeps_answers
            return self._fail(entry, exc.message, _refusal(exc) if keep else None)
        return await self._check(entry)  # it may have landed

    # -- outcomes -----------------------------------------------------------------------

    def _sent(self, entry: OutboxEntry, kind: Kind[C], sent: Sent) -> OutboxEntry:
        kept = {"result": sent.result} if kind.keeps_answers and sent.result is not None else None
        after = kind.sent_after(entry.payload, sent)
        with self.outbox.db.transaction():
            done = self.outbox.mark_sent(entry.id, sent.server_id, kept)
            self._audit(done, f"{entry.kind}.sent", "sent", after)
        log.info("outbox entry %s sent as %s", entry.id, sent.server_id)
        return done

    def _fail(
        self, entry: OutboxEntry, error: str, evidence: dict[str, Any] | None = None
    ) -> OutboxEntry:
        with self.outbox.db.transaction():
            done = self.outbox.mark_failed(entry.id, error, evidence)
            self._audit(done, f"{entry.kind}.failed", "failed", evidence, detail=error)
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
        """Ask the entry's kind whether its write landed (it reads the service). When the
        read fails, the entry stays ``sending`` and the sender holds off before checking
        again."""
        kind = self.kinds.get(entry.kind)
        if kind is None:
            why = translate(
                "OutboxSender", "Front Desk cannot check whether an entry of kind {kind} landed."
            ).format(kind=repr(entry.kind))
            with self.outbox.db.transaction():
                done = self.outbox.mark_needs_attention(entry.id, {"why": why}, why)
                self._audit(done, f"{entry.kind}.verified", "needs_attention", None, detail=why)
            return done
        try:
            verdict = await kind.verify(self._call, entry.payload, entry)
        except ApiError as exc:
            self._read_failed(entry, exc)
            return entry
        self._read_failures = 0
        return self._settle(entry, kind, verdict)

    def _read_failed(self, entry: OutboxEntry, exc: ApiError) -> None:
        self._read_failures += 1
        if isinstance(exc, AuthError):
            self.halted = exc.message
        wait = _backoff(self._read_failures, self.backoff)
        self._hold_until = exc.reset_at if isinstance(exc, RateLimited) else self.now() + wait
        log.warning("outbox entry %s: could not check whether it landed (%r)", entry.id, exc)

    def _settle(self, entry: OutboxEntry, kind: Kind[C], verdict: Verdict) -> OutboxEntry:
        seen = verdict.evidence
        log.info("outbox entry %s: landed %s: %s", entry.id, verdict.landed, verdict.why)
        with self.outbox.db.transaction():
            if verdict.landed is True:
                kept = seen if kind.keeps_answers else None
                done = self.outbox.mark_sent(entry.id, verdict.server_id, kept)
                outcome = "landed"
            elif verdict.landed is False:
                done = self.outbox.mark_retry(entry.id, self._backoff_from(entry), verdict.why)
                outcome = "not_landed"
            else:
                done = self._needs_attention(entry, kind, verdict)
                outcome = "needs_attention"
            self._audit(done, f"{entry.kind}.verified", outcome, seen, detail=verdict.why)
        return done

    def _needs_attention(self, entry: OutboxEntry, kind: Kind[C], verdict: Verdict) -> OutboxEntry:
        evidence = {
            **kind.attention(entry.payload, verdict),
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
        p, kind = entry.payload, self.kinds.get(entry.kind)
        payload = {
            "outbox_id": entry.id,
            "attempts": entry.attempts,
            "server_id": entry.server_id,
            **{k: p.get(k) for k in (kind.audit_fields if kind else ())},
        }
        if detail is not None:
            payload["detail"] = detail
        self.audit.append(
            manager=entry.manager,
            action=action,
            subject=kind.subject(p) if kind else f"{entry.kind}/{entry.id}",
            payload=payload,
            reason=entry.reason,
            before=None,
            after=after,
            outcome=outcome,
        )

    async def _call(self, request: Callable[[C], Awaitable[T]]) -> T:
        """One request of a kind's, with the current client, through the budget."""
        client = self.client
        return await self._spend(lambda: request(client))

    def _tell(self, entry: OutboxEntry) -> None:
        for listener in self._listeners:
            try:
                listener(entry)
            except Exception:
                log.exception("outbox: a listener failed on entry %s", entry.id)

    async def _spend(self, call: Callable[[], Awaitable[T]]) -> T:
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
        head = self.outbox.entries(["queued"], limit=1, order="ASC", kinds=self._names)
        if head:
            times.append(head[0].not_before or self.now())
        if not times:
            return MAX_WAIT
        wait = (max(times) - self.now()).total_seconds()
        return min(MAX_WAIT, max(MIN_WAIT, wait))

    async def _wait(self, seconds: float) -> None:
        """Sleep ``seconds``, or until ``poke()`` if sooner."""
        await sleep_or_wake(self.sleep, seconds, self._wake)


def _backoff(attempt: int, base: timedelta = BACKOFF_BASE) -> timedelta:
    """``base`` (5 s), twice that, four times ... up to 5 minutes."""
    return min(BACKOFF_CAP, base * (1 << min(16, max(0, attempt - 1))))


def _refusal(exc: ApiError) -> dict[str, Any]:
    """What a refused write's form needs: the field the service named, its code, the
    console's words and the service's own."""
    return {
        "field": exc.field if isinstance(exc, ValidationError) else None,
        "code": exc.code,
        "status": exc.status,
        "message": exc.message,
        "server_message": exc.detail,
    }
