"""The local SQLite database: what was fetched, pending writes, the audit log.

Its names load on first use (``desktop.lazy``): the light modules, ``db`` and
``board_snapshot``, come without the API models the caches parse with.
"""

import typing as _typing

from desktop.lazy import exports as _exports

if _typing.TYPE_CHECKING:
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

_MODULE_OF = {
    "AccountCache": "accounts",
    "AttendanceCache": "attendance",
    "AttendanceRow": "attendance",
    "AUDIT_HEADER": "audit",
    "AuditLog": "audit",
    "AuditRow": "audit",
    "AuditVerification": "audit",
    "audit_cells": "audit",
    "audit_table_rows": "audit",
    "Snapshot": "cache",
    "SnapshotCache": "cache",
    "ConsoleLocked": "db",
    "Database": "db",
    "apart": "db",
    "open_store": "db",
    "EventFilter": "event_filter",
    "SortKey": "event_filter",
    "LOW_BATTERY_PERCENT": "locks",
    "LockCache": "locks",
    "LockEventRow": "locks",
    "LockRow": "locks",
    "Outbox": "outbox",
    "OutboxEntry": "outbox",
    "OutboxEntryMissing": "outbox",
    "OutboxState": "outbox",
    "OutboxStateError": "outbox",
    "EmployeeRow": "people",
    "PeopleCache": "people",
    "SyncState": "sync_state",
    "UpsertCounts": "worq",
    "WorqCache": "worq",
    "WorqPerson": "worq",
    "WorqRun": "worq",
}
__getattr__ = _exports(__name__, _MODULE_OF)


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
