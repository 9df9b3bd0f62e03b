"""What the access-history table asks of the lock-event cache, and its SQL.

An ``EventFilter`` becomes one ``WHERE`` clause and one ``ORDER BY``; both are
built from fixed text with every value bound as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ._convert import epoch

SortKey = Literal["timestamp", "employee", "method", "result", "lock"]

# The column each sort key orders by; ties are broken by the event id, same direction.
SORT_COLUMNS: dict[SortKey, str] = {
    "timestamp": "ts",
    "employee": "employee_name COLLATE NOCASE",
    "method": "access_method",
    "result": "success",
    "lock": "lock_id",
}


@dataclass(frozen=True)
class EventFilter:
    """Which lock events to show, and in what order.

    ``start`` is inclusive and ``end`` exclusive (aware datetimes); ``methods`` empty
    means every method; ``alerts_only`` keeps events other than a plain unlock
    (forced entry, tamper, locked out); ``search`` is a case-insensitive substring of
    the person's name, their employee id or the event id. Sorting by ``result`` puts
    denied before granted when ascending; events without a person sort first when
    ascending by ``employee``. Ties are broken by event id in the same direction.
    """

    lock_id: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    employee_id: str | None = None
    methods: frozenset[str] = frozenset()
    denied_only: bool = False
    alerts_only: bool = False
    search: str = ""
    sort: SortKey = "timestamp"
    descending: bool = True


def search_text(employee_name: str | None, employee_id: str | None, event_id: str) -> str:
    """What ``EventFilter.search`` looks in; newlines keep one field from running into the next."""
    return "\n".join((employee_name or "", employee_id or "", event_id)).casefold()


def where_clause(f: EventFilter) -> tuple[str, list[object]]:
    """``WHERE ...`` (or an empty string) and its parameters."""
    terms: list[str] = []
    params: list[object] = []
    for term, value in (
        ("lock_id = ?", f.lock_id),
        ("ts >= ?", None if f.start is None else epoch(f.start)),
        ("ts < ?", None if f.end is None else epoch(f.end)),
        ("employee_id = ?", f.employee_id),
    ):
        if value is not None:
            terms.append(term)
            params.append(value)
    if f.methods:
        terms.append(f"access_method IN ({', '.join('?' * len(f.methods))})")
        params.extend(sorted(f.methods))
    if f.denied_only:
        terms.append("success = 0")
    if f.alerts_only:
        terms.append("event != 'unlock'")
    needle = f.search.strip().casefold()
    if needle:
        terms.append("instr(search, ?) > 0")
        params.append(needle)
    return ("WHERE " + " AND ".join(terms) if terms else ""), params


def order_clause(f: EventFilter) -> str:
    direction = "DESC" if f.descending else "ASC"
    column = SORT_COLUMNS[f.sort]
    if f.sort == "timestamp" and _search_everything(f):
        # Walking the time index looks each row up to test it: for a rare match that is
        # 200,000 lookups (90 ms). ``+ts`` hides the index: one scan and a sort (26 ms).
        column = "+ts"
    return f"ORDER BY {column} {direction}, id {direction}"


def _search_everything(f: EventFilter) -> bool:
    """A search over every lock and all time, with nothing an index could narrow."""
    narrowed = (f.lock_id, f.employee_id, f.start, f.end)
    return bool(f.search.strip()) and all(value is None for value in narrowed)
