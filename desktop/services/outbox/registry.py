"""The outbox's kinds of entry, one registry per service (and so per sender).

``CLOCK_KINDS`` (WorkTime One): ``clock_correction``. ``WORKTIME_KINDS`` (WorkTime One,
what its sender takes): those and ``employee_create``, ``employee_update``,
``employee_delete``, ``employee_restore``. ``WORKTAPS_KINDS`` (WorkTaps):
``account_create``, ``account_update``, ``account_delete``, ``location_create``,
``location_update``. Each kind says how to send an entry and how to tell, when the
answer was lost, whether it landed (``outbox_kind.Kind``); the sender does the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any

from desktop.api import WorkTapsClient, WorkTimeClient
from desktop.services.outbox.kind import Calls, Kind, Payload, Registry, Sent, registry
from desktop.services.outbox.kinds.account import ACCOUNT_CREATE, ACCOUNT_DELETE, ACCOUNT_UPDATE
from desktop.services.outbox.kinds.clock import CLOCK_CORRECTION
from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.services.outbox.kinds.employee import EMPLOYEE_KINDS
from desktop.services.outbox.kinds.location import LOCATION_CREATE, LOCATION_UPDATE
from desktop.store import OutboxEntry
from desktop.words import translate

CLOCK_KINDS: Registry[WorkTimeClient] = MappingProxyType(registry([CLOCK_CORRECTION]))
WORKTIME_KINDS: Registry[WorkTimeClient] = MappingProxyType(
    registry([*CLOCK_KINDS.values(), *EMPLOYEE_KINDS])
)
WORKTAPS_KINDS: Registry[WorkTapsClient] = MappingProxyType(
    registry([ACCOUNT_CREATE, ACCOUNT_UPDATE, ACCOUNT_DELETE, LOCATION_CREATE, LOCATION_UPDATE])
)


def kind_of(entry: OutboxEntry) -> Kind[Any] | None:
    """The kind of any service's entry (None for a kind this version does not know)."""
    return kind_of_name(entry.kind)


def kind_of_name(name: str) -> Kind[Any] | None:
    """The kind called ``name``, of either service (None: no such kind)."""
    return WORKTIME_KINDS.get(name) or WORKTAPS_KINDS.get(name)


def named_in(payload: Payload) -> str | None:
    """The person or place an entry is about, as its payload names it."""
    for part in ("input", "before", "changes"):
        record = payload.get(part)
        if not isinstance(record, dict):
            continue
        parts = (record.get(k) for k in ("first_name", "firstName", "last_name", "lastName"))
        full = " ".join(str(part) for part in parts if part)  # WorkTaps writes camelCase
        name = record.get("name") or full
        if name:
            return str(name)
    return None


def describe(entry: OutboxEntry) -> str:
    """What an entry does, in a manager's words: "Terminate WorkTaps account"."""
    kind = kind_of(entry)
    if kind is not None and kind.title:
        return translate("OutboxKind", kind.title)  # said in today's language, not stored
    return entry.kind.replace("_", " ")


def about(entry: OutboxEntry, names: Callable[[str], str]) -> str:
    """Whom or what an entry is about: the employee's name, else the name in its payload
    (an account, a location), else how the audit log names it."""
    employee = entry.payload.get("employee_id")
    if employee:
        return names(str(employee))
    kind = kind_of(entry)
    return named_in(entry.payload) or (kind.subject(entry.payload) if kind else "")


__all__ = [
    "CLOCK_KINDS",
    "WORKTAPS_KINDS",
    "WORKTIME_KINDS",
    "Calls",
    "Kind",
    "Payload",
    "Registry",
    "Sent",
    "Verdict",
    "about",
    "describe",
    "kind_of",
    "registry",
]
