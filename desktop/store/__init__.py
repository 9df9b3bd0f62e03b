"""The local SQLite database: what was fetched, pending writes, the audit log."""

from .cache import Snapshot, SnapshotCache
from .db import Database
from .event_filter import EventFilter, SortKey
from .locks import LockCache, LockEventRow, LockRow

__all__ = [
    "Database",
    "EventFilter",
    "LockCache",
    "LockEventRow",
    "LockRow",
    "Snapshot",
    "SnapshotCache",
    "SortKey",
]
