"""The cache of locks and their access history.

Events are written in bulk (one transaction, ``executemany`` upserts) and read a
page at a time: every query is an indexed range with ``LIMIT``, paged by the last
row shown (or an ``OFFSET``), so the history table never loads more than it shows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Sequence
from datetime import datetime
from itertools import islice
from typing import NamedTuple

from desktop import api

from ._convert import epoch, instant, optional_bool, optional_epoch, optional_instant
from .db import Database, apart
from .event_filter import (
    EventFilter,
    Position,
    SortKey,
    order_clause,
    search_text,
    where_clause,
)

CHUNK = 500  # ids per ``IN (...)``, well under SQLite's bound-parameter limit

EVENT_COLUMNS = (
    "id, lock_id, employee_id, employee_name, access_method, ts, server_ts, success, event"
)
_SAVE_EVENT = (
    "INSERT INTO lock_event (id, lock_id, employee_id, employee_name, access_method, ts, "
    "server_ts, success, event, search, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET lock_id = excluded.lock_id, "
    "employee_id = excluded.employee_id, employee_name = excluded.employee_name, "
    "access_method = excluded.access_method, ts = excluded.ts, server_ts = excluded.server_ts, "
    "success = excluded.success, event = excluded.event, search = excluded.search, "
    "fetched_at = excluded.fetched_at"
)
_SAVE_LOCK = (
    "INSERT INTO lock (id, name, location, battery_percent, online, has_gateway, "
    "last_event_at, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, location = excluded.location, "
    "battery_percent = excluded.battery_percent, online = excluded.online, "
    "has_gateway = excluded.has_gateway, last_event_at = excluded.last_event_at, "
    "fetched_at = excluded.fetched_at"
)


# id, lock_id, employee_id, employee_name, access_method, ts, server_ts, success, event,
# search, fetched_at: one row of ``_SAVE_EVENT``'s parameters.
PUSHED = "pushed-"  # the id of an event a webhook told of, until the history brings it
_ANY_PUSHED = "SELECT 1 FROM lock_event WHERE id >= 'pushed-' AND id < 'pushed.' LIMIT 1"
_DROP_PUSHED = (
    "DELETE FROM lock_event WHERE lock_id = ? AND ts = ? AND id >= 'pushed-' AND id < 'pushed.' "
    "AND coalesce(employee_id, '') = ?"
)
EventValues = tuple[str, str, str | None, str | None, str, int, int | None, bool, str, str, int]


LOW_BATTERY_PERCENT = 20  # at or below: change the batteries before the lock dies


class LockRow(NamedTuple):
    id: str
    name: str
    location: str
    battery_percent: int | None
    online: bool | None
    has_gateway: bool | None
    last_event_at: datetime | None


class LockEventRow(NamedTuple):
    id: str
    lock_id: str
    employee_id: str | None
    employee_name: str | None
    access_method: str
    timestamp: datetime
    server_timestamp: datetime | None
    success: bool
    event: str


class LockCache:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- locks -------------------------------------------------------------------

    def save_locks(self, locks: Sequence[api.Lock], fetched_at: datetime) -> None:
        """Replaces the set of locks (their events stay: history outlives a lock)."""
        when = epoch(fetched_at)
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM lock")
            conn.executemany(_SAVE_LOCK, [_lock_values(lock, when) for lock in locks])
            self.db.touch("lock")

    def lock(self, lock_id: str) -> LockRow | None:
        row = self.db.conn.execute(
            "SELECT id, name, location, battery_percent, online, has_gateway, last_event_at "
            "FROM lock WHERE id = ?",
            (lock_id,),
        ).fetchone()
        return None if row is None else _lock_row(row)

    def locks(self) -> list[LockRow]:
        rows = self.db.conn.execute(
            "SELECT id, name, location, battery_percent, online, has_gateway, last_event_at "
            "FROM lock ORDER BY name COLLATE NOCASE, id"
        )
        return [_lock_row(row) for row in rows]

    # -- events ------------------------------------------------------------------

    def save_events(self, events: Iterable[api.LockEvent], fetched_at: datetime) -> int:
        """Upserts ``events`` in one transaction; answers how many were not cached before."""
        when = epoch(fetched_at)
        values = {event.id: _event_values(event, when) for event in events}
        if not values:
            return 0
        # In primary-key order, so the table's B-tree fills page by page.
        rows = sorted(values.values(), key=_key)
        newest: dict[str, int] = {}
        for row in rows:
            newest[row[1]] = max(newest.get(row[1], row[5]), row[5])
        with self.db.transaction() as conn:
            known = _known(conn, values)
            if conn.execute(_ANY_PUSHED).fetchone() is not None:
                # The polled event a webhook told of first: the pushed copy gives way.
                pushed = [(r[1], r[5], r[2] or "") for r in rows if r[7] and r[8] == "unlock"]
                conn.executemany(_DROP_PUSHED, pushed)
            conn.executemany(_SAVE_EVENT, rows)
            # A lock's "last event" is never older than its own history.
            conn.executemany(
                "UPDATE lock SET last_event_at = ? WHERE id = ? "
                "AND (last_event_at IS NULL OR last_event_at < ?)",
                [(ts, lock_id, ts) for lock_id, ts in newest.items()],
            )
            new = [row for row in rows if row[0] not in known]
            if all(row[2] for row in new):
                # Each of someone: a team's other desks redo only their rows (and the
                # feed with them); an event of nobody's shows in the feed of a full draw.
                self.db.touch("lock_event", people={str(row[2]) for row in new})
            else:
                self.db.touch("lock_event")
        return len(values) - len(known)

    def push_opening(
        self, lock_id: str, at: datetime, employee_id: str | None, name: str | None,
        method: str | None, told_at: datetime,
    ) -> bool:  # fmt: skip
        """A granted opening WorkTime One told of (``lock.opened``), kept until the lock's
        history brings the same event with its own id (then it gives way). False when
        that event is here already."""
        ts = epoch(at)
        with self.db.transaction() as conn:
            found = conn.execute(
                "SELECT 1 FROM lock_event WHERE lock_id = ? AND ts = ? AND success = 1 "
                "AND coalesce(employee_id, '') = ?",
                (lock_id, ts, employee_id or ""),
            ).fetchone()
            if found is not None:
                return False
            key = hashlib.sha256(f"{lock_id}|{ts}|{employee_id or ''}".encode()).hexdigest()
            event_id = f"{PUSHED}{key[:20]}"
            row: EventValues = (
                event_id, lock_id, employee_id, name, method or "", ts, epoch(told_at), True,
                "unlock", search_text(name, employee_id, event_id), epoch(told_at),
            )  # fmt: skip
            conn.execute(_SAVE_EVENT, row)
            conn.execute(
                "UPDATE lock SET last_event_at = ? WHERE id = ? "
                "AND (last_event_at IS NULL OR last_event_at < ?)",
                (ts, lock_id, ts),
            )
            self.db.touch("lock_event")
        return True

    def known_event_ids(self, ids: Iterable[str]) -> set[str]:
        return _known(self.db.conn, ids)

    def newest_event(self, lock_id: str) -> LockEventRow | None:
        return self._edge_event(lock_id, "DESC")

    def oldest_event(self, lock_id: str) -> LockEventRow | None:
        return self._edge_event(lock_id, "ASC")

    def _edge_event(self, lock_id: str, direction: str) -> LockEventRow | None:
        row = self.db.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM lock_event WHERE lock_id = ? "  # noqa: S608
            f"ORDER BY ts {direction}, id {direction} LIMIT 1",
            (lock_id,),
        ).fetchone()
        return None if row is None else _event_row(row)

    def events(self, f: EventFilter, offset: int, limit: int) -> list[LockEventRow]:
        """One page of the events ``f`` selects, in its order (ties by id).

        The page's ids are found first and its rows read after (a "deferred join"): ids
        come from an index alone, so rows skipped by a deep ``offset`` cost no lookup.
        """
        return self._page(f, None, offset, limit)

    def events_after(
        self, f: EventFilter, after: LockEventRow | None, limit: int
    ) -> list[LockEventRow]:
        """The page of ``f``'s events that follows the row ``after`` (the first page when
        None), for a table that pages as it scrolls.

        Keyset paging: the page starts where the last one ended instead of skipping an
        ``OFFSET``. A sort without an index sorts every match to skip the ones before a
        deep offset (150 ms at 100,000 of one lock's 108,000 events by person), where
        this keeps only the next ``limit`` (16 ms); in time order the range itself starts
        at the row, so the last page costs what the first does.
        """
        return self._page(f, None if after is None else _position(after, f.sort), 0, limit)

    def _page(
        self, f: EventFilter, after: Position | None, offset: int, limit: int
    ) -> list[LockEventRow]:
        where, params = where_clause(f, after)
        order = order_clause(f, self.db.dialect)
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM lock_event WHERE id IN "  # noqa: S608
            f"(SELECT id FROM lock_event {where} {order} LIMIT ? OFFSET ?) {order}"
        )
        rows = self.db.conn.execute(sql, [*params, limit, offset])
        return [_event_row(row) for row in rows]

    def count_events(self, f: EventFilter) -> int:
        return _count(self.db.conn, f)

    def count_events_if_cheap(self, f: EventFilter, at_most: int) -> int | None:
        """``count_events``, when the lock, dates and person narrow ``f`` to at most
        ``at_most`` events (what the indexes find; the other filters test each one);
        None when counting would read more, without reading them."""
        narrow = EventFilter(lock_id=f.lock_id, start=f.start, end=f.end, employee_id=f.employee_id)
        where, params = where_clause(narrow)
        sql = f"SELECT count(*) FROM (SELECT 1 FROM lock_event {where} LIMIT ?) AS found"  # noqa: S608
        if int(self.db.conn.execute(sql, [*params, at_most + 1]).fetchone()[0]) > at_most:
            return None
        return self.count_events(f)

    def count_events_apart(self, f: EventFilter) -> int:
        """``count_events`` on a connection of its own, for a worker thread: a long count
        then neither holds the shared connection (SQLite serializes its users) nor waits
        for it; WAL lets both read at once. An in-memory database has only the one."""
        return apart(self.db, lambda own: _count(own.conn, f))

    def events_between(
        self, start: datetime, end: datetime, employee_id: str | None = None,
        limit: int | None = None,
    ) -> list[LockEventRow]:  # fmt: skip
        """Every lock's events from ``start`` (inclusive) to ``end``, newest first; with
        ``employee_id``, only that person's (by its index, not the day's every event);
        with ``limit``, only the newest so many."""
        where, params = where_clause(EventFilter(start=start, end=end, employee_id=employee_id))
        cap = "" if limit is None else f" LIMIT {int(limit)}"
        rows = self.db.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM lock_event {where} ORDER BY ts DESC, id DESC{cap}",  # noqa: S608
            params,
        )
        return [_event_row(row) for row in rows]

    def events_of(self, start: datetime, end: datetime, ids: Collection[str]) -> list[LockEventRow]:
        """Only these people's events from ``start`` (inclusive) to ``end``, newest first."""
        where, params = where_clause(EventFilter(start=start, end=end))
        rows = self.db.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM lock_event {where} "  # noqa: S608
            "AND employee_id IN (SELECT value FROM json_each(?)) ORDER BY ts DESC, id DESC",
            [*params, json.dumps(sorted(ids))],
        )
        return [_event_row(row) for row in rows]


def _count(conn: sqlite3.Connection, f: EventFilter) -> int:
    where, params = where_clause(f)
    sql = f"SELECT count(*) FROM lock_event {where}"  # noqa: S608
    return int(conn.execute(sql, params).fetchone()[0])


def _position(row: LockEventRow, sort: SortKey) -> Position:
    """Where ``row`` stands in ``sort``'s order, in the values the table stores."""
    value: int | str | None
    match sort:
        case "timestamp":
            value = epoch(row.timestamp)
        case "employee":
            value = row.employee_name
        case "method":
            value = row.access_method
        case "result":
            value = int(row.success)
        case "lock":
            value = row.lock_id
    return value, row.id


def _known(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(iter(ids), CHUNK):
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id FROM lock_event WHERE id IN ({marks})"  # noqa: S608
        found.update(row[0] for row in conn.execute(sql, chunk))
    return found


def _chunks(items: Iterator[str], size: int) -> Iterator[list[str]]:
    while chunk := list(islice(items, size)):
        yield chunk


def _lock_values(lock: api.Lock, when: int) -> tuple[object, ...]:
    return (
        lock.id,
        lock.name or "",
        lock.location or "",
        lock.battery_percent,
        lock.online,
        lock.has_gateway,
        optional_epoch(lock.last_event_at),
        when,
    )


def _lock_row(row: sqlite3.Row) -> LockRow:
    return LockRow(
        row[0],
        row[1],
        row[2],
        row[3],
        optional_bool(row[4]),
        optional_bool(row[5]),
        optional_instant(row[6]),
    )


def _event_values(event: api.LockEvent, when: int) -> EventValues:
    """A success the vendor left out counts as not granted: the console never assumes entry."""
    return (
        event.id,
        event.lock_id or "",
        event.employee_id,
        event.employee_name,
        event.access_method or "",
        epoch(event.timestamp),
        optional_epoch(event.server_timestamp),
        bool(event.success),
        event.event or "unlock",
        search_text(event.employee_name, event.employee_id, event.id),
        when,
    )


def _key(values: EventValues) -> tuple[str, int, str]:
    return values[1], values[5], values[0]


def _event_row(row: sqlite3.Row) -> LockEventRow:
    return LockEventRow(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        instant(row[5]),
        optional_instant(row[6]),
        bool(row[7]),
        row[8],
    )
