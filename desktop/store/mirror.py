"""A team's desk keeps its own store a copy of what it needs from the shared one.

While the shared store answers, a desk of a team reads and writes only it; its own
SQLite store waits beside it (``PostgresDatabase.own``). When the shared store goes
away, the desk reads that own store instead, and keeps working on it: the Today board,
the Locks page, a correction's checks. So every few minutes the desk copies into it
what those read: the people, the locks, the last days' attendance and lock events, and
when each was last refreshed (which the pages show, so an old copy says it is old).
Everything older is left as it was; nothing of the desk's own outbox or audit log is
touched (those go the other way: ``handover``).
"""

from __future__ import annotations

from datetime import datetime

from ._convert import epoch
from .db import Database

WHOLE = ("employee", "lock", "sync_state")  # copied whole
# Copied from a day on: what the own store held from that day is replaced.
SINCE = {"attendance": "date >= ?", "lock_event": "ts >= ?"}
CHUNK = 5_000  # rows written at a time


def copy_current(shared: Database, own: Database, since: datetime) -> int:
    """Copy into ``own`` the shared store's people, locks and refresh times, and its
    attendance and lock events from ``since`` on, in one transaction there; answers how
    many rows were written."""
    rows = 0
    parts = [(table, "", ()) for table in WHOLE] + [
        ("attendance", SINCE["attendance"], (since.date().isoformat(),)),
        ("lock_event", SINCE["lock_event"], (epoch(since),)),
    ]
    with own.transaction() as conn:
        for table, where, params in parts:
            columns = [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]
            # The same columns there: both stores' schemas come from one list of migrations.
            found = shared.conn.execute(
                f"SELECT {', '.join(columns)} FROM {table}{f' WHERE {where}' if where else ''}",  # noqa: S608
                params,
            )
            copied = [tuple(row) for row in found]
            conn.execute(f"DELETE FROM {table}{f' WHERE {where}' if where else ''}", params)  # noqa: S608
            insert = (
                f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(columns))})"
            )
            for start in range(0, len(copied), CHUNK):
                conn.executemany(insert, copied[start : start + CHUNK])
            rows += len(copied)
    return rows


def refreshed_at(shared: Database) -> str | None:
    """When the shared store's attendance was last refreshed (what makes a copy worth
    making again); None before its first load has read any."""
    row = shared.conn.execute(
        "SELECT max(synced_at) FROM sync_state WHERE collection LIKE 'attendance%'"
    ).fetchone()
    return None if row is None or row[0] is None else str(row[0])
