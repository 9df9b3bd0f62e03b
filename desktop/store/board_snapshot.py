"""The last board drawn, kept in the desk's own SQLite file for the next start's first frame.

Read with the standard library alone (no API models, no migrations): the console shows
its lock screen, with this board behind it, before the network stack is imported. The
board is kept as drawn, one JSON array of rows, read as text at the first frame and
parsed while the rest loads; a store without the table (a new one) has no snapshot.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("desktop.store.board_snapshot")
TABLE = "board_snapshot"
BUSY_TIMEOUT_S = 5.0  # the sync may be writing: wait for it rather than lose the snapshot

SnapshotRow = list[object]


@dataclass(frozen=True)
class BoardSnapshot:
    day: str  # the organization's day the board is of, ISO
    drawn_at: str  # when it was read from the store, ISO with offset
    zone: str  # the organization's timezone then
    people: int  # how many rows
    rows_json: str  # the rows, a JSON array of arrays

    @classmethod
    def of(cls, day: str, drawn_at: str, zone: str, rows: list[SnapshotRow]) -> BoardSnapshot:
        return cls(day, drawn_at, zone, len(rows), json.dumps(rows))

    def rows(self) -> list[SnapshotRow]:
        """The rows (ValueError: not a JSON array)."""
        rows = json.loads(self.rows_json)
        if not isinstance(rows, list):
            raise ValueError("the rows are not a list")
        return rows


def load(path: Path) -> BoardSnapshot | None:
    """The last board kept in ``path``, or None: no file, no table yet, or anything wrong
    (start-up then draws the board from the store, as without a snapshot)."""
    writable = os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)
    if not path.is_file() or not writable:
        return None  # a read-only store is left exactly as it is (start-up then says why)
    try:
        address = f"{path.resolve().as_uri()}?mode=ro"
        conn = sqlite3.connect(address, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = conn.execute(
                f"SELECT day, drawn_at, zone, people, rows FROM {TABLE}"  # noqa: S608
            ).fetchone()
        finally:
            conn.close()
        if found is None:
            return None
        day, drawn_at, zone, people, rows = found
        return BoardSnapshot(str(day), str(drawn_at), str(zone), int(people), str(rows))
    except sqlite3.OperationalError as exc:
        if "no such table" not in str(exc):
            log.warning("The last board could not be read from %s: %s", path.name, exc)
        return None
    except (sqlite3.Error, ValueError, TypeError) as exc:
        log.warning("The last board kept in %s is unreadable: %s", path.name, exc)
        return None


def save(path: Path, snapshot: BoardSnapshot) -> None:
    """Keep ``snapshot`` in ``path`` in place of the one before, in a table made anew each
    time (one row, whatever shape an earlier version left). sqlite3.Error propagates."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
        conn.execute(
            f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "day TEXT NOT NULL, drawn_at TEXT NOT NULL, zone TEXT NOT NULL, "
            "people INTEGER NOT NULL, rows TEXT NOT NULL)"
        )
        conn.execute(
            f"INSERT INTO {TABLE} (id, day, drawn_at, zone, people, rows) "  # noqa: S608
            "VALUES (1, ?, ?, ?, ?, ?)",
            (snapshot.day, snapshot.drawn_at, snapshot.zone, snapshot.people, snapshot.rows_json),
        )
        conn.execute("COMMIT")
    finally:
        conn.close()  # an open transaction is rolled back
