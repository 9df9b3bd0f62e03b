"""WorkTime One's webhook deliveries, kept durably before they are answered, applied once.

``keep`` is the receiver's: one row per distinct body (a redelivery is the same row);
``waiting`` and ``mark_applied`` are the applier's, which marks a row in the same
transaction that applies it to the cache, so an event is applied exactly once.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import NamedTuple

from ._convert import epoch, instant
from .db import Database

KEEP = timedelta(days=7)  # applied deliveries kept this long: a redelivery is still known
LATE_UPLOAD = timedelta(days=1)  # what reconciliation looks back past its window


class StoredWebhook(NamedTuple):
    id: int
    event: str
    body: bytes
    occurred_at: datetime


class WebhookInbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def keep(
        self,
        body: bytes,
        event: str,
        occurred: datetime,
        now: datetime,
        *,
        kept: bytes | None = None,
    ) -> bool:
        """Keep one delivery, committed before this returns; False when this very body
        was kept before (a redelivery: nothing to apply again). ``kept``: what to store
        instead of ``body`` (a salary taken out); the body as delivered is what is known."""
        digest = hashlib.sha256(body).hexdigest()
        with self.db.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO webhook_event (digest, event, occurred_at, received_at, body) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING",
                (digest, event, epoch(occurred), epoch(now), (kept or body).decode()),
            )
        return cursor.rowcount == 1

    def waiting(self, limit: int = 500) -> list[StoredWebhook]:
        """Deliveries not applied yet, oldest first."""
        rows = self.db.conn.execute(
            "SELECT id, event, body, occurred_at FROM webhook_event WHERE applied_at IS NULL "
            "ORDER BY id LIMIT ?",
            (limit,),
        )
        return [StoredWebhook(r[0], r[1], r[2].encode(), instant(r[3])) for r in rows]

    def mark_applied(self, ids: list[int], now: datetime) -> None:
        """Inside the transaction that applied them."""
        self.db.conn.executemany(
            "UPDATE webhook_event SET applied_at = ? WHERE id = ?", [(epoch(now), i) for i in ids]
        )

    def last_received(self) -> datetime | None:
        row = self.db.conn.execute("SELECT max(received_at) FROM webhook_event").fetchone()
        return instant(row[0]) if row[0] is not None else None

    def forget_before(self, now: datetime) -> int:
        """Drop applied deliveries older than ``KEEP``."""
        cursor = self.db.conn.execute(
            "DELETE FROM webhook_event WHERE applied_at IS NOT NULL AND received_at < ?",
            (epoch(now - KEEP),),
        )
        return cursor.rowcount

    def missed_openings(self, lock_ids: list[str], after: datetime, until: datetime) -> int:
        """Granted openings at ``lock_ids`` that reached WorkTime One in (after, until]
        which the store holds but no ``lock.opened`` delivery told of: what a
        reconciliation found the webhooks had missed (0: they told everything)."""
        if not lock_ids:
            return 0
        marks = ",".join("?" * len(lock_ids))
        window = (epoch(after), epoch(until))
        # By the lock's time order first (its primary key): an opening uploaded over a day
        # late is not counted, rather than every lock's whole history read.
        opened_since = epoch(after - LATE_UPLOAD)
        held = self.db.conn.execute(
            f"SELECT count(*) FROM lock_event WHERE lock_id IN ({marks}) AND ts > ? "  # noqa: S608
            "AND success = 1 AND event = 'unlock' AND server_ts > ? AND server_ts <= ?",
            (*lock_ids, opened_since, *window),
        ).fetchone()[0]
        told = self.db.conn.execute(
            "SELECT count(*) FROM webhook_event WHERE event = 'lock.opened' "  # noqa: S608
            f"AND json_extract(body, '$.data.lock_id') IN ({marks}) "
            "AND occurred_at > ? AND occurred_at <= ?",
            (*lock_ids, *window),
        ).fetchone()[0]
        return max(0, int(held) - int(told))
