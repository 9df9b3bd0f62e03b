"""The outbox: every write a manager makes, committed here before it is sent.

An entry moves only as this table allows; any other move is an
``OutboxStateError`` and changes nothing::

    from                      method                   to
    (new)                     add                      queued
    queued                    mark_sending             sending (attempts + 1)
    queued (the next ready)   claim_next               sending (attempts + 1)
    sending                   mark_sent                sent
    sending                   mark_retry               queued (waits for not_before)
    sending                   mark_failed              failed
    sending                   mark_needs_attention     needs_attention
    queued, failed            cancel                   cancelled
    failed, needs_attention   edit                     queued (at once)
    needs_attention           resolve(landed=True)     sent
    needs_attention           resolve(landed=False)    queued (at once)

``mark_sending`` is committed before the request goes out, so an entry found in
``sending`` after a crash is one whose outcome is unknown: look at the server
before sending it again. Each method is one short transaction and the database
runs with ``synchronous=FULL``: when a method returns, its change is on disk.

Two consoles may share one file (the lock file that keeps them apart deleted by
hand, or two processes started at once). ``mark_sending`` is therefore a claim:
the entry is ``sending`` for one owner (this process: host/pid/token) until its
lease ends, renewed while the request runs (``renew``). Another owner's entry in
``sending`` is only another's send in progress: ``orphans`` returns it, and
``take_over`` claims it, only once its owner is gone (its process no longer
runs on this host) or its lease has run out. The moves out of ``sending`` need
the claim: a console whose lease was taken over cannot also settle the entry.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, get_args

from desktop.words import QT_TRANSLATE_NOOP, translate

from ._stored import (
    from_iso,
    iso,
    json_object,
    load_object,
    optional_from_iso,
    optional_load_object,
    utc_now,
)
from .db import Database
from .owner import PROCESS_OWNER, owner_is_gone

OutboxState = Literal["queued", "sending", "sent", "failed", "needs_attention", "cancelled"]
STATES: tuple[OutboxState, ...] = get_args(OutboxState)
PENDING: tuple[OutboxState, ...] = ("queued", "sending", "needs_attention")
# Longer than a request's overall deadline (api/_http), renewed every third of it while
# the request (and its wait for the budget) runs; a dead owner's claim on this host is
# taken at once, one on another host (a shared folder) after this.
LEASE = timedelta(seconds=90)

_COLUMNS = (
    "id, kind, payload, manager, reason, state, attempts, created_at, updated_at, "
    "not_before, last_error, evidence, server_id"
)
# A refusal's words (English, marked; said with ``translate("OutboxStore", ...)``): each
# state, and what a move does to an entry.
_VERBS = (
    QT_TRANSLATE_NOOP("OutboxStore", "sent"),
    QT_TRANSLATE_NOOP("OutboxStore", "marked sent"),
    QT_TRANSLATE_NOOP("OutboxStore", "retried"),
    QT_TRANSLATE_NOOP("OutboxStore", "marked failed"),
    QT_TRANSLATE_NOOP("OutboxStore", "handed to a manager"),
    QT_TRANSLATE_NOOP("OutboxStore", "cancelled"),
    QT_TRANSLATE_NOOP("OutboxStore", "edited"),
    QT_TRANSLATE_NOOP("OutboxStore", "resolved"),
)
_WORDS: dict[OutboxState, str] = {
    "queued": QT_TRANSLATE_NOOP("OutboxStore", "queued"),
    "sending": QT_TRANSLATE_NOOP("OutboxStore", "being sent"),
    "sent": QT_TRANSLATE_NOOP("OutboxStore", "already sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxStore", "failed"),
    "needs_attention": QT_TRANSLATE_NOOP("OutboxStore", "waiting for a manager"),
    "cancelled": QT_TRANSLATE_NOOP("OutboxStore", "cancelled"),
}


class OutboxStateError(Exception):
    """A move the entry's state does not allow; the message says why in plain words."""


class OutboxEntryMissing(OutboxStateError, LookupError):
    """No entry has this id."""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    kind: str
    payload: dict[str, Any]
    manager: str
    reason: str
    state: OutboxState
    attempts: int
    created_at: datetime
    updated_at: datetime
    not_before: datetime | None
    last_error: str | None
    evidence: dict[str, Any] | None
    server_id: str | None


class Outbox:
    def __init__(
        self, db: Database, now: Callable[[], datetime] = utc_now, owner: str = PROCESS_OWNER
    ) -> None:
        self.db = db
        self.now = now
        self.owner = owner  # one per process: every Outbox of this console shares it

    # -- reading -------------------------------------------------------------------

    def get(self, entry_id: int) -> OutboxEntry:
        return _entry(_row(self.db.conn, entry_id))

    def next_ready(
        self, kinds: Collection[str] | None = None, *, locked: bool = False
    ) -> OutboxEntry | None:
        """The entry to send next, or None while the head of the queue must wait.

        Entries go out one at a time in the order they were added: nothing is ready
        while one is ``sending`` (its outcome is not known yet), and a queued entry
        whose ``not_before`` is still ahead holds back the ones after it. ``kinds``
        (all when None) makes that one queue of its own: entries of other kinds
        neither hold it back nor are taken from it. ``locked`` (inside a transaction,
        on PostgreSQL): the row is taken ``FOR UPDATE SKIP LOCKED``.
        """
        conn = self.db.conn
        only, params = _only(kinds)
        sending = f"SELECT 1 FROM outbox WHERE state = 'sending'{only} LIMIT 1"  # noqa: S608
        if conn.execute(sending, params).fetchone():
            return None
        lock = " FOR UPDATE SKIP LOCKED" if locked and self.db.dialect == "postgresql" else ""
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'queued'{only} "  # noqa: S608
            f"ORDER BY id LIMIT 1{lock}",
            params,
        ).fetchone()
        if row is None:
            return None
        entry = _entry(row)
        if entry.not_before is not None and entry.not_before > self.now():
            return None
        return entry

    def claim_next(self, kinds: Collection[str] | None = None) -> OutboxEntry | None:
        """``next_ready`` moved to ``sending`` for this owner (``mark_sending``), in one
        transaction: of two senders asking at once (two desks of a team), one gets the
        entry and the other nothing. On PostgreSQL the row is taken ``FOR UPDATE SKIP
        LOCKED``, so a sender never waits on a row another is claiming."""
        with self.db.transaction():
            if self.db.keeping:  # cut off from its team's store: the team's syncer sends
                return None  # (what was kept here is handed to it, and sent from there)
            entry = self.next_ready(kinds, locked=True)
            return None if entry is None else self.mark_sending(entry.id)

    def in_flight(self, kinds: Collection[str] | None = None) -> list[OutboxEntry]:
        """Entries marked ``sending``, whoever sends them."""
        return self.entries(["sending"], order="ASC", kinds=kinds)

    def orphans(self, kinds: Collection[str] | None = None) -> list[OutboxEntry]:
        """Entries in ``sending`` that no live owner is sending: this process's own (a
        step that ended early), a crashed console's, or one whose lease ran out. Their
        outcome is unknown: ``take_over`` one, then look at the server."""
        only, params = _only(kinds)
        rows = self.db.conn.execute(
            f"SELECT id, claimed_by, lease_until FROM outbox "  # noqa: S608
            f"WHERE state = 'sending'{only} ORDER BY id",
            params,
        ).fetchall()
        now = self.now()
        return [self.get(row["id"]) for row in rows if self._orphaned(row, now)]

    def take_over(self, entry_id: int) -> bool:
        """Claim an orphaned ``sending`` entry for this owner; False when its owner is
        alive after all or another console took it first (then leave it alone)."""
        with self.db.transaction() as conn:
            row = conn.execute(
                "SELECT id, claimed_by, lease_until FROM outbox WHERE id = ? AND state = 'sending'",
                (entry_id,),
            ).fetchone()
            if row is None or not self._orphaned(row, self.now()):
                return False
            conn.execute(
                "UPDATE outbox SET claimed_by = ?, lease_until = ? WHERE id = ?",
                (self.owner, iso(self.now() + LEASE), entry_id),
            )
            return True

    def renew(self, entry_id: int) -> bool:
        """Push this owner's lease on a ``sending`` entry on; False if the claim is lost."""
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE outbox SET lease_until = ? "
                "WHERE id = ? AND state = 'sending' AND claimed_by = ?",
                (iso(self.now() + LEASE), entry_id, self.owner),
            )
            return cursor.rowcount == 1

    def _orphaned(self, row: sqlite3.Row, now: datetime) -> bool:
        owner, lease = row["claimed_by"], row["lease_until"]
        return (
            owner is None
            or owner == self.owner
            or lease is None
            or from_iso(lease) <= now
            or owner_is_gone(owner)
        )

    def entries(
        self,
        states: Collection[OutboxState] | None = None,
        limit: int = 1000,
        *,
        order: Literal["ASC", "DESC"] = "DESC",
        kinds: Collection[str] | None = None,
    ) -> list[OutboxEntry]:
        """Entries in ``states`` and of ``kinds`` (all when None), newest first unless
        ``order`` says."""
        where, params = "WHERE TRUE", list[str]()
        if states is not None:
            chosen = [state for state in STATES if state in states]
            marks = ", ".join("?" * len(chosen))
            where = f"WHERE state IN ({marks})" if chosen else "WHERE FALSE"
            params = [str(state) for state in chosen]
        only, kind_params = _only(kinds)
        where, params = where + only, [*params, *kind_params]
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY id {order} LIMIT ?",  # noqa: S608
            [*params, limit],
        )
        return [_entry(row) for row in rows]

    def entries_after(
        self, entry_id: int, kinds: Collection[str] | None = None
    ) -> list[OutboxEntry]:
        """Entries added after ``entry_id`` (and of ``kinds``: all when None), oldest first."""
        only, params = _only(kinds)
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE id > ?{only} ORDER BY id",  # noqa: S608
            [entry_id, *params],
        )
        return [_entry(row) for row in rows]

    def pending_count(self) -> int:
        """Entries not yet settled: queued, sending or waiting for a manager."""
        row = self.db.conn.execute(
            "SELECT count(*) FROM outbox WHERE state IN (?, ?, ?)", PENDING
        ).fetchone()
        return int(row[0])

    # -- writing -------------------------------------------------------------------

    def add(self, kind: str, payload: dict[str, Any], manager: str, reason: str) -> OutboxEntry:
        """Queues a write; it is on disk when this returns. ``ConsoleLocked`` when
        ``manager`` is not the one signed in (see ``Database.write_gate``)."""
        self._may_write(manager)
        now = iso(self.now())
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO outbox (kind, payload, manager, reason, state, attempts, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, 'queued', 0, ?, ?) RETURNING id",
                (kind, json_object(payload), manager, reason, now, now),
            )
            entry_id = int(cursor.fetchall()[0][0])  # read whole: the statement ends
            self.db.touch("outbox")
            return _entry(_row(conn, entry_id))

    def mark_sending(self, entry_id: int) -> OutboxEntry:
        """queued -> sending, one more attempt, claimed by this owner for ``LEASE``;
        commit this before the request goes out. Of two consoles claiming one entry,
        the second finds it ``sending`` and is refused (``OutboxStateError``)."""
        return self._move(
            entry_id,
            "sent",
            ("queued",),
            "sending",
            attempts=True,
            claimed_by=self.owner,
            lease_until=iso(self.now() + LEASE),
        )

    def mark_sent(
        self, entry_id: int, server_id: str | None, evidence: dict[str, Any] | None = None
    ) -> OutboxEntry:
        """sending -> sent; ``evidence``, when given, keeps what the server answered."""
        if evidence is None:
            return self._move(entry_id, "marked sent", ("sending",), "sent", server_id=server_id)
        return self._move(
            entry_id,
            "marked sent",
            ("sending",),
            "sent",
            server_id=server_id,
            evidence=json_object(evidence),
        )

    def mark_retry(self, entry_id: int, not_before: datetime, error: str) -> OutboxEntry:
        """sending -> queued, to be tried again from ``not_before`` on."""
        return self._move(
            entry_id,
            "retried",
            ("sending",),
            "queued",
            not_before=iso(not_before),
            last_error=error,
        )

    def mark_failed(
        self, entry_id: int, error: str, evidence: dict[str, Any] | None = None
    ) -> OutboxEntry:
        """sending -> failed; ``evidence``, when given, says more (the refused field)."""
        if evidence is None:
            return self._move(entry_id, "marked failed", ("sending",), "failed", last_error=error)
        return self._move(
            entry_id,
            "marked failed",
            ("sending",),
            "failed",
            last_error=error,
            evidence=json_object(evidence),
        )

    def mark_needs_attention(
        self, entry_id: int, evidence: dict[str, Any], error: str
    ) -> OutboxEntry:
        """sending -> needs_attention: the outcome is unknown and the evidence cannot say."""
        return self._move(
            entry_id,
            "handed to a manager",
            ("sending",),
            "needs_attention",
            evidence=json_object(evidence),
            last_error=error,
        )

    def cancel(self, entry_id: int) -> OutboxEntry:
        self._may_write(None)
        return self._move(entry_id, "cancelled", ("queued", "failed"), "cancelled")

    def edit(self, entry_id: int, payload: dict[str, Any]) -> OutboxEntry:
        """A failed or waiting entry with a new payload, queued to go at once."""
        self._may_write(None)
        return self._move(
            entry_id,
            "edited",
            ("failed", "needs_attention"),
            "queued",
            payload=json_object(payload),
            not_before=None,
        )

    def resolve(self, entry_id: int, landed: bool, server_id: str | None = None) -> OutboxEntry:
        """A manager's decision on a waiting entry: it landed (sent) or it did not (queued)."""
        self._may_write(None)
        if landed:
            return self._move(
                entry_id, "resolved", ("needs_attention",), "sent", server_id=server_id
            )
        return self._move(entry_id, "resolved", ("needs_attention",), "queued", not_before=None)

    def _may_write(self, manager: str | None) -> None:
        gate = self.db.write_gate
        if gate is not None:
            gate(manager)

    def _move(
        self,
        entry_id: int,
        verb: str,
        allowed: tuple[OutboxState, ...],
        to: OutboxState,
        *,
        attempts: bool = False,
        **columns: str | None,
    ) -> OutboxEntry:
        """One transaction: check the state, move it, read the entry back."""
        with self.db.transaction() as conn:
            current = _entry(_row(conn, entry_id)).state
            if current not in allowed:
                raise OutboxStateError(_refusal(entry_id, verb, current, allowed))
            if current == "sending":
                claim = conn.execute("SELECT claimed_by FROM outbox WHERE id = ?", (entry_id,))
                if claim.fetchone()[0] not in (None, self.owner):
                    raise OutboxStateError(
                        translate(
                            "OutboxStore",
                            "Outbox entry {id} cannot be {verb}: another console "
                            "took over sending it.",
                        ).format(id=entry_id, verb=translate("OutboxStore", verb))
                    )
            sets = ["state = ?", "updated_at = ?", *(f"{name} = ?" for name in columns)]
            if attempts:
                sets.append("attempts = attempts + 1")
            conn.execute(
                f"UPDATE outbox SET {', '.join(sets)} WHERE id = ?",  # noqa: S608
                [to, iso(self.now()), *columns.values(), entry_id],
            )
            self.db.touch("outbox")
            return _entry(_row(conn, entry_id))


def _only(kinds: Collection[str] | None) -> tuple[str, list[str]]:
    """`` AND kind IN (...)`` and its parameters; nothing when ``kinds`` is None."""
    if kinds is None:
        return "", []
    chosen = sorted(set(kinds))
    if not chosen:
        return " AND FALSE", []
    return f" AND kind IN ({', '.join('?' * len(chosen))})", chosen


def _refusal(
    entry_id: int, verb: str, current: OutboxState, allowed: tuple[OutboxState, ...]
) -> str:
    words = [translate("OutboxStore", _WORDS[state]) for state in allowed]
    need = (
        words[0]
        if len(words) == 1
        else translate("OutboxStore", "{first} or {last}").format(
            first=", ".join(words[:-1]), last=words[-1]
        )
    )
    return translate(
        "OutboxStore",
        "Outbox entry {id} is {state}, so it cannot be {verb}: only an entry that is {need} can.",
    ).format(
        id=entry_id,
        state=translate("OutboxStore", _WORDS[current]),
        verb=translate("OutboxStore", verb),
        need=need,
    )


def _row(conn: sqlite3.Connection, entry_id: int) -> sqlite3.Row:
    row: sqlite3.Row | None = conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
        (entry_id,),
    ).fetchone()
    if row is None:
        raise OutboxEntryMissing(
            translate("OutboxStore", "There is no outbox entry {id}.").format(id=entry_id)
        )
    return row


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        kind=row["kind"],
        payload=load_object(row["payload"]),
        manager=row["manager"],
        reason=row["reason"],
        state=row["state"],
        attempts=row["attempts"],
        created_at=from_iso(row["created_at"]),
        updated_at=from_iso(row["updated_at"]),
        not_before=optional_from_iso(row["not_before"]),
        last_error=row["last_error"],
        evidence=optional_load_object(row["evidence"]),
        server_id=row["server_id"],
    )
