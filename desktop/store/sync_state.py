"""When each collection was last synced, and a note the sync service keeps with it."""

from __future__ import annotations

from datetime import UTC, datetime

from .db import Database


class SyncState:
    def __init__(self, db: Database) -> None:
        self.db = db

    def mark(self, collection: str, when: datetime, detail: str = "") -> None:
        if when.tzinfo is None:
            raise ValueError("the datetime needs a time zone (use an aware datetime)")
        self.db.conn.execute(
            "INSERT INTO sync_state (collection, synced_at, detail) VALUES (?, ?, ?) "
            "ON CONFLICT (collection) DO UPDATE SET synced_at = excluded.synced_at, "
            "detail = excluded.detail",
            (collection, when.astimezone(UTC).isoformat(), detail),
        )

    def synced_at(self, collection: str) -> datetime | None:
        row = self._row(collection)
        return None if row is None else datetime.fromisoformat(row[0])

    def detail(self, collection: str) -> str | None:
        """The note kept with the last ``mark`` (None: never synced)."""
        row = self._row(collection)
        return None if row is None else str(row[1])

    def _row(self, collection: str) -> tuple[str, str] | None:
        row = self.db.conn.execute(
            "SELECT synced_at, detail FROM sync_state WHERE collection = ?", (collection,)
        ).fetchone()
        return None if row is None else (row[0], row[1])
