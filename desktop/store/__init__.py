"""The local SQLite database: what was fetched, pending writes, the audit log."""

from .accounts import AccountCache
from .attendance import AttendanceCache, AttendanceRow
from .audit import (
    AUDIT_HEADER,
    AuditLog,
    AuditRow,
    AuditVerification,
    audit_cells,
    audit_table_rows,
)
from .cache import Snapshot, SnapshotCache
from .db import ConsoleLocked, Database, apart, open_store
from .event_filter import EventFilter, SortKey
from .locks import LOW_BATTERY_PERCENT, LockCache, LockEventRow, LockRow
from .outbox import Outbox, OutboxEntry, OutboxEntryMissing, OutboxState, OutboxStateError
from .people import EmployeeRow, PeopleCache
from .sync_state import SyncState
from .worq import UpsertCounts, WorqCache, WorqPerson, WorqRun

__all__ = [
    "AUDIT_HEADER",
    "LOW_BATTERY_PERCENT",
    "AccountCache",
    "AttendanceCache",
    "AttendanceRow",
    "AuditLog",
    "AuditRow",
    "AuditVerification",
    "ConsoleLocked",
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
    "UpsertCounts",
    "WorqCache",
    "WorqPerson",
    "WorqRun",
    "apart",
    "audit_cells",
    "audit_table_rows",
    "open_store",
]
