"""Outbox entries in words for the shift handover: what each write does and for whom.

Only names, days, times and the names of changed fields are given, never the
values a payload carries (addresses, birth dates, phone numbers): the report is
printed and left on a desk.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from desktop.services.outbox.kinds.account import CREATE as ACCOUNT_CREATE
from desktop.services.outbox.kinds.account import DELETE as ACCOUNT_DELETE
from desktop.services.outbox.kinds.account import UPDATE as ACCOUNT_UPDATE
from desktop.services.outbox.kinds.clock import KIND as CLOCK_CORRECTION
from desktop.services.outbox.kinds.location import CREATE as LOCATION_CREATE
from desktop.services.outbox.kinds.location import UPDATE as LOCATION_UPDATE
from desktop.services.outbox.registry import kind_of
from desktop.store import AccountCache, EmployeeRow, OutboxEntry, OutboxState
from desktop.words import QT_TRANSLATE_NOOP, clock, translate

# Writes not settled yet, and the ones that failed and wait for a manager to edit,
# send again or cancel them (a sent or cancelled write is settled).
OPEN_STATES: tuple[OutboxState, ...] = ("queued", "sending", "needs_attention", "failed")
# English, marked: said with ``translate("OutboxState", text)`` where shown.
STATE_TEXT: dict[OutboxState, str] = {
    "queued": QT_TRANSLATE_NOOP("OutboxState", "Queued"),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "Being sent"),
    "needs_attention": QT_TRANSLATE_NOOP("OutboxState", "Needs a manager"),
    "failed": QT_TRANSLATE_NOOP("OutboxState", "Failed"),
    "sent": QT_TRANSLATE_NOOP("OutboxState", "Sent"),
    "cancelled": QT_TRANSLATE_NOOP("OutboxState", "Cancelled"),
}
Payload = dict[str, Any]
# WorkTime One's employee writes (``employee_kinds``), by name: what each is called.
EMPLOYEE_WRITES = {
    "employee_create": QT_TRANSLATE_NOOP("HandoverWrites", "New employee"),
    "employee_update": QT_TRANSLATE_NOOP("HandoverWrites", "Employee change"),
    "employee_delete": QT_TRANSLATE_NOOP("HandoverWrites", "Remove employee"),
    "employee_restore": QT_TRANSLATE_NOOP("HandoverWrites", "Restore employee"),
}
Names = Callable[[str], str]  # an employee id, an account id or a location id to a name


@dataclass(frozen=True, slots=True)
class PendingWrite:
    id: int
    service: str
    what: str
    whom: str
    state: OutboxState
    since: datetime  # when it was queued
    attempts: int
    manager: str  # who queued it
    problem: str  # the last error, or "" while nothing went wrong


@dataclass(frozen=True, slots=True)
class Namers:
    """How the report names the people and places a payload gives only by id."""

    employee: Names
    account: Names
    location: Names


def namers(everyone: Iterable[EmployeeRow], accounts: AccountCache) -> Namers:
    """Names for the ids a payload gives: people, WorkTaps accounts and locations."""
    employees = {p.id: p.name for p in everyone}
    places = {str(location.id): location.name or "" for location in accounts.locations()}

    def account(account_id: str) -> str:
        found = accounts.get(int(account_id)) if account_id.isdigit() else None
        if found is None:
            return translate("HandoverWrites", "account {id}").format(id=account_id)
        return " ".join(part for part in (found.first_name, found.last_name) if part)

    return Namers(
        employee=lambda i: employees.get(i, i),
        account=account,
        location=lambda i: places.get(i, translate("HandoverWrites", "location {id}").format(id=i)),
    )


def pending_writes(
    entries: Iterable[OutboxEntry], names: Namers, zone: ZoneInfo
) -> list[PendingWrite]:
    """The open entries in words, oldest first."""
    rows = []
    for entry in sorted(entries, key=lambda e: e.id):
        if entry.state not in OPEN_STATES:
            continue
        what, whom = describe(entry.kind, entry.payload, names, zone)
        kind = kind_of(entry)
        rows.append(
            PendingWrite(
                entry.id,
                kind.service if kind is not None else "",
                what,
                whom,
                entry.state,
                entry.created_at,
                entry.attempts,
                entry.manager,
                entry.last_error or "",
            )
        )
    return rows


def describe(
    kind: str, p: Payload, names: Namers, zone: ZoneInfo, *, with_day: bool = True
) -> tuple[str, str]:
    """(what the write does, whom or what it is for); ``with_day``: a clock entry's day
    in the first (the audit view gives it with the person instead)."""
    match kind:
        case _ if kind == CLOCK_CORRECTION:
            return _clock(p, zone, with_day), names.employee(str(p.get("employee_id", "")))
        case _ if kind == ACCOUNT_CREATE:
            return translate("HandoverWrites", "New account"), _full_name(p.get("input"))
        case _ if kind == ACCOUNT_UPDATE:
            what = translate("HandoverWrites", "Account change")
            return _changed(what, p), names.account(str(p.get("account_id", "")))
        case _ if kind == ACCOUNT_DELETE:
            term = p.get("term_date") or ""
            before = _full_name(p.get("before"))
            what = translate("HandoverWrites", "Terminate account from {day}").format(day=term)
            return what, before or names.account(str(p.get("account_id", "")))
        case _ if kind == LOCATION_CREATE:
            what = translate("HandoverWrites", "New location")
            return what, str((p.get("input") or {}).get("name") or "")
        case _ if kind == LOCATION_UPDATE:
            what = translate("HandoverWrites", "Location change")
            return _changed(what, p), names.location(str(p.get("location_id", "")))
        case _ if kind in EMPLOYEE_WRITES:
            return _employee(kind, p, names)
    return kind.replace("_", " ").capitalize(), ""


def _employee(kind: str, p: Payload, names: Namers) -> tuple[str, str]:
    """Names and changed fields only: the salary a payload may hold is never shown."""
    what = translate("HandoverWrites", EMPLOYEE_WRITES[kind])
    if kind == "employee_create":
        return what, str((p.get("input") or {}).get("name") or "")
    if kind == "employee_update":
        fields = sorted({*(p.get("changes") or {}), *(["salary"] if "salary" in p else [])})
        what = f"{what}: {', '.join(_words(f) for f in fields)}" if fields else what
    return what, names.employee(str(p.get("employee_id", "")))


def _clock(p: Payload, zone: ZoneInfo, with_day: bool) -> str:
    clock_in = p.get("type") == "clock_in"
    raw = p.get("timestamp")
    at = ""
    if isinstance(raw, str):
        at = clock(datetime.fromisoformat(raw.replace("Z", "+00:00")).astimezone(zone))
    if not with_day:
        said = (
            translate("HandoverWrites", "Clock-in {time}")
            if clock_in
            else translate("HandoverWrites", "Clock-out {time}")
        )
        return said.format(time=at).strip()
    said = (
        translate("HandoverWrites", "Clock-in {time} on {day}")
        if clock_in
        else translate("HandoverWrites", "Clock-out {time} on {day}")
    )
    return said.format(time=at, day=clock_day(p, zone)).replace("  ", " ")


def clock_day(p: Payload, zone: ZoneInfo) -> str:
    """The organization's day of a clock entry's payload (its ``day``, else its time's)."""
    day, raw = p.get("day"), p.get("timestamp")
    if isinstance(day, str) and day:
        return day
    if isinstance(raw, str):
        return (
            datetime.fromisoformat(raw.replace("Z", "+00:00")).astimezone(zone).date().isoformat()
        )
    return ""


def _changed(what: str, p: Payload) -> str:
    fields = sorted((p.get("changes") or {}).keys())
    return f"{what}: {', '.join(_words(f) for f in fields)}" if fields else what


def _words(name: str) -> str:
    """``firstName`` or ``first_name`` as "first name"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower()


def _full_name(body: object) -> str:
    if not isinstance(body, dict):
        return ""
    first, last = body.get("first_name") or body.get("firstName"), body.get("last_name")
    last = last or body.get("lastName")
    return " ".join(str(part) for part in (first, last) if part)
