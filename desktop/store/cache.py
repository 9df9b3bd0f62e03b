"""Snapshots of what was last fetched, with when, so the console opens offline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from .db import Database


@dataclass(frozen=True, slots=True)
class Snapshot:
    body: Any
    fetched_at: datetime


class SnapshotCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, kind: str, key: str, body: Any, fetched_at: datetime | None = None) -> None:
        when = (fetched_at or datetime.now(UTC)).isoformat()
        self.db.conn.execute(
            "INSERT INTO snapshot (kind, key, body, fetched_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (kind, key) DO UPDATE SET body = excluded.body, "
            "fetched_at = excluded.fetched_at",
            (kind, key, json.dumps(body, default=str), when),
        )

    def get(self, kind: str, key: str) -> Snapshot | None:
        row = self.db.conn.execute(
            "SELECT body, fetched_at FROM snapshot WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        if row is None:
            return None
        return Snapshot(json.loads(row["body"]), datetime.fromisoformat(row["fetched_at"]))
