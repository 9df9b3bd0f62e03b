"""The local SQLite database: what was fetched, pending writes, the audit log."""

from .cache import Snapshot, SnapshotCache
from .db import Database

__all__ = ["Database", "Snapshot", "SnapshotCache"]
