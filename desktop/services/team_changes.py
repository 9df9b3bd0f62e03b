"""What another desk's commit to a table means for this desk's pages (no psycopg here:
the session imports it whatever its store)."""

from __future__ import annotations

from desktop.services.changes import Change

# What another desk's commit to a table means for this desk's pages (beside what the
# session's own commits tell: the outbox and the audit log).
HEARD: dict[str, tuple[Change, ...]] = {
    "lock": (Change.BOARD,),
    "lock_event": (Change.BOARD,),
    "attendance": (Change.BOARD,),
    "sync_state": (Change.BOARD,),
    "employee": (Change.BOARD, Change.EMPLOYEES),
    "taps_account": (Change.ACCOUNTS,),
    "taps_department": (Change.ACCOUNTS,),
    "taps_location": (Change.ACCOUNTS,),
    "worq": (Change.WORQ,),
}


def heard_changes(table: str) -> tuple[Change, ...]:
    return HEARD.get(table, ())
