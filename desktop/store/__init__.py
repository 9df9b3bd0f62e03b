"""The local SQLite database: what was fetched, pending writes, the audit log."""

from .attendance import AttendanceCache, AttendanceRow
from .cache import Snapshot, SnapshotCache
from .db import Database
from .event_filter import EventFilter, SortKey
from .locks import LockCache, LockEventRow, LockRow
from .outbox import Outbox, OutboxEntry, OutboxEntryMissing, OutboxState, OutboxStateError
from .people import EmployeeRow, PeopleCache
from .sync_state import SyncState

__all__ = [
    "AttendanceCache",
    "AttendanceRow",
    "Database",
    "EmployeeRow",
    "EventFilter",
    "LockCache",
    "LockEventRow",
    "LockRow",
    "Outbox",
    "OutboxEntry",
    "OutboxEntryMissing",
    "OutboxState",
    "OutboxStateError",
    "PeopleCache",
    "Snapshot",
    "SnapshotCache",
    "SortKey",
    "SyncState",
]
