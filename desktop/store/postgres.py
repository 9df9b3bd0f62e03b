"""The store on PostgreSQL: a team's shared database, with the surface ``Database`` has.

The store's modules write one SQL for both backends. Here a statement is adapted as
it runs: SQLite's ``?`` placeholders become psycopg's ``%s`` (and a literal ``%``
is doubled), and the few SQLite functions and collations the statements use are
created in the schema under the same names (``instr``, ``json_extract``, ``json_each``
over a text array, two-argument ``min`` and ``max``, the ``nocase`` collation), so no
statement needs a second spelling. One exception: NULL sorts first in SQLite and last
here, so the one sort over a nullable column says which (``order_clause``).

A transaction takes one organization-wide write lock first (an advisory lock), as
SQLite's ``BEGIN IMMEDIATE`` takes the file's: a read and the write that depends on it
(an audit row's hash over the last one, an outbox entry's state) see no other desk's
write between them.
"""

from __future__ import annotations

import functools
import logging
import secrets
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus
from psycopg.rows import RowMaker
from psycopg.types.numeric import IntDumper

from .db import Database

log = logging.getLogger("desktop.store.postgres")

WRITE_LOCK = 0x46_44_57_52  # "FDWR": the advisory lock every writing transaction holds
SYNC_LOCK = 0x46_44_53_59  # "FDSY": held by the one process that syncs (``SyncLease``)
CHANNEL = "frontdesk_store"  # NOTIFY: "<desk> <table>" after a commit that changed it
HEARD_EVERY_S = 1.0  # how often a listener looks up from waiting (to hear it should stop)
# A desk that vanishes without closing (power, network) loses its lease once the server
# has asked for it 3 times, 2 s apart, after 5 s of silence: about 11 s, inside the 15 s
# another desk has to take over in.
LEASE_KEEPALIVE = ("SET tcp_keepalives_idle = 5", "SET tcp_keepalives_interval = 2",
                   "SET tcp_keepalives_count = 3")  # fmt: skip

# Each entry moves the schema one version up; never edit a released entry. Version 1 is
# SQLite's schema at its version 8, in PostgreSQL's types: epoch seconds as BIGINT,
# AUTOINCREMENT as an identity column that never reuses an id.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
    CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
        LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN strpos(haystack, needle);
    CREATE FUNCTION json_extract(body TEXT, path TEXT) RETURNS TEXT
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN body::json #>> string_to_array(substr(path, 3), '.');
    CREATE FUNCTION json_each(items TEXT) RETURNS TABLE (value TEXT)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN json_array_elements_text(items::json);
    CREATE FUNCTION min(a ANYELEMENT, b ANYELEMENT) RETURNS ANYELEMENT
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS 'SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least(a, b) END';
    CREATE FUNCTION max(a ANYELEMENT, b ANYELEMENT) RETURNS ANYELEMENT
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS 'SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END';
    CREATE TABLE snapshot (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        body TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    CREATE TABLE lock (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        battery_percent INTEGER,
        online INTEGER,
        has_gateway INTEGER,
        last_event_at BIGINT,
        fetched_at BIGINT NOT NULL
    );
    CREATE TABLE lock_event (
        id TEXT NOT NULL UNIQUE,
        lock_id TEXT NOT NULL,
        employee_id TEXT,
        employee_name TEXT,
        access_method TEXT NOT NULL DEFAULT '',
        ts BIGINT NOT NULL,
        server_ts BIGINT,
        success INTEGER NOT NULL,
        event TEXT NOT NULL DEFAULT 'unlock',
        search TEXT NOT NULL DEFAULT '',
        fetched_at BIGINT NOT NULL,
        PRIMARY KEY (lock_id, ts, id)
    );
    CREATE INDEX lock_event_by_time ON lock_event (ts, id);
    CREATE INDEX lock_event_by_employee ON lock_event (employee_id, ts, id);
    CREATE INDEX lock_event_by_person ON lock_event (lock_id, employee_name COLLATE nocase, id);
    CREATE INDEX lock_event_by_method ON lock_event (lock_id, access_method, id);
    CREATE INDEX lock_event_by_result ON lock_event (lock_id, success, id);
    CREATE TABLE employee (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT,
        department TEXT,
        department_id TEXT,
        position TEXT,
        status TEXT NOT NULL,
        created_at BIGINT,
        start_date TEXT,
        fetched_at BIGINT NOT NULL
    );
    CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        employee_id TEXT NOT NULL,
        employee_name TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        clock_in BIGINT,
        clock_out BIGINT,
        work_hours DOUBLE PRECISION NOT NULL DEFAULT 0,
        late_minutes INTEGER NOT NULL DEFAULT 0,
        early_departure_minutes INTEGER NOT NULL DEFAULT 0,
        lock_id TEXT,
        fetched_at BIGINT NOT NULL,
        UNIQUE (employee_id, date)
    );
    CREATE INDEX attendance_by_date ON attendance (date, employee_id);
    CREATE TABLE sync_state (
        collection TEXT PRIMARY KEY,
        synced_at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE outbox (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        manager TEXT NOT NULL,
        reason TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN
            ('queued', 'sending', 'sent', 'failed', 'needs_attention', 'cancelled')),
        attempts INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        not_before TEXT,
        last_error TEXT,
        evidence TEXT,
        server_id TEXT,
        claimed_by TEXT,
        lease_until TEXT
    );
    CREATE INDEX outbox_by_state ON outbox (state, id);
    CREATE TABLE audit (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at TEXT NOT NULL,
        manager TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        payload TEXT NOT NULL,
        reason TEXT NOT NULL,
        before TEXT,
        after TEXT,
        outcome TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_by_manager ON audit (manager, id);
    CREATE INDEX audit_by_subject ON audit (subject, id);
    CREATE INDEX audit_by_at ON audit (at);
    CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only: rows cannot be %',
            CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
    END $$;
    CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION audit_append_only();
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    CREATE TABLE taps_account (
        id BIGINT PRIMARY KEY,
        body TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        email TEXT,
        phone TEXT,
        employee_id TEXT,
        department_id TEXT,
        role TEXT,
        search TEXT NOT NULL DEFAULT '',
        fetched_at BIGINT NOT NULL
    );
    CREATE INDEX taps_account_by_name ON taps_account
        (last_name COLLATE nocase, first_name COLLATE nocase, id);
    CREATE INDEX taps_account_by_department ON taps_account (department_id);
    CREATE TABLE taps_account_location (
        location_id TEXT NOT NULL,
        account_id BIGINT NOT NULL REFERENCES taps_account (id) ON DELETE CASCADE,
        PRIMARY KEY (location_id, account_id)
    );
    CREATE INDEX taps_account_location_by_account ON taps_account_location (account_id);
    CREATE TABLE taps_department (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        fetched_at BIGINT NOT NULL
    );
    CREATE TABLE taps_location (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        fetched_at BIGINT NOT NULL
    );
    CREATE TABLE worq_employee (
        employee_id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        email TEXT,
        phone TEXT,
        department TEXT,
        designation TEXT,
        location TEXT,
        date_of_joining TEXT,
        date_of_exit TEXT,
        status TEXT,
        updated_at BIGINT,
        first_seen BIGINT NOT NULL,
        fetched_at BIGINT NOT NULL
    );
    CREATE INDEX worq_employee_by_email ON worq_employee (email COLLATE nocase);
    CREATE INDEX worq_employee_by_name ON worq_employee
        (last_name COLLATE nocase, first_name COLLATE nocase, employee_id);
    CREATE TABLE worq_import (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        started_at BIGINT NOT NULL,
        finished_at BIGINT,
        outcome TEXT NOT NULL CHECK (outcome IN ('running', 'done', 'cancelled', 'failed')),
        pages INTEGER NOT NULL DEFAULT 0,
        total INTEGER,
        new_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        changed_count INTEGER NOT NULL DEFAULT 0,
        error TEXT
    );
    CREATE INDEX worq_import_by_outcome ON worq_import (outcome, id);
    CREATE TABLE webhook_event (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        digest TEXT NOT NULL UNIQUE,
        event TEXT NOT NULL,
        occurred_at BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        body TEXT NOT NULL,
        applied_at BIGINT
    );
    CREATE INDEX webhook_event_waiting ON webhook_event (id) WHERE applied_at IS NULL;
    CREATE INDEX webhook_event_by_received ON webhook_event (received_at);
    CREATE INDEX webhook_event_by_time ON webhook_event (event, occurred_at);
    """,
)


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, as ``sqlite3.Row`` is."""

    _names: dict[str, int]

    def __new__(cls, values: Sequence[Any], names: dict[str, int]) -> Row:
        row = super().__new__(cls, values)
        row._names = names
        return row

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            return super().__getitem__(self._names[key])
        return super().__getitem__(key)

    def keys(self) -> list[str]:
        return list(self._names)


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    names = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, names)


@functools.lru_cache(maxsize=2048)
def adapted(statement: str) -> str:
    """``statement`` as psycopg takes it: ``?`` outside quotes as ``%s``, ``%`` as ``%%``."""
    out: list[str] = []
    quote = ""
    for char in statement:
        if char == "%":
            out.append("%%")
        elif quote:
            out.append(char)
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
            out.append(char)
        else:
            out.append("%s" if char == "?" else char)
    return "".join(out)


class Cursor:
    """The part of ``sqlite3.Cursor`` the store reads."""

    def __init__(self, cursor: psycopg.Cursor[Row]) -> None:
        self._cursor = cursor

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._cursor.description else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._cursor.description else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())

    @property
    def description(self) -> Sequence[Any]:
        return self._cursor.description or ()

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount


class Connection:
    """The part of ``sqlite3.Connection`` the store uses, over one psycopg connection in
    autocommit mode (transactions are begun and ended by ``Database.transaction``)."""

    def __init__(self, url: str) -> None:
        self._conn = psycopg.connect(url, autocommit=True)
        # The schema keeps SQLite's 0/1 flags (the same statements compare them to 0 and 1)
        self._conn.adapters.register_dumper(bool, IntDumper)

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Cursor:
        cursor = self._conn.cursor(row_factory=_rows)
        if params:
            cursor.execute(adapted(statement), tuple(params))
        else:  # psycopg reads no placeholders then, and a script may hold several statements
            cursor.execute(statement.encode())
        return Cursor(cursor)

    def executemany(self, statement: str, params: Iterable[Sequence[Any]]) -> Cursor:
        cursor = self._conn.cursor(row_factory=_rows)
        cursor.executemany(adapted(statement), [tuple(p) for p in params])
        return Cursor(cursor)

    @property
    def in_transaction(self) -> bool:
        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self._conn.close()


class PostgresDatabase(Database):
    """The shared store at ``url`` (a ``postgresql://`` URL or libpq's key=value form)."""

    dialect = "postgresql"

    def __init__(self, url: str, desk: str | None = None) -> None:
        self.path = url
        # This process's name on the channel: its listener does not hear its own commits
        # (its own store already told them), every other desk's does.
        self.desk = desk or secrets.token_hex(6)
        self.audit_seal = None
        self.write_gate = None
        self._listeners = []
        self._touched = set()
        self._depth = 0
        # The store's modules use this as they use a sqlite3 connection (``Connection``
        # is the part of it they use); one protocol for both comes with the port.
        self.conn = Connection(url)  # type: ignore[assignment]
        try:
            self.migrate()
        except BaseException:
            self.conn.close()
            raise

    def reopen(self) -> PostgresDatabase:
        return PostgresDatabase(str(self.path), self.desk)

    def touch(self, table: str) -> None:
        """As ``Database.touch``, and every other desk hears it too (NOTIFY: sent when the
        transaction commits, never when it rolls back)."""
        self.conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, f"{self.desk} {table}"))
        super().touch(table)

    def listen(self, heard: Callable[[str], None]) -> StoreListener:
        """Tell ``heard(table)``, on a thread of its own, of every other desk's commits."""
        return StoreListener(str(self.path), self.desk, heard)

    @property
    def version(self) -> int:
        found = self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_version")
        row = found.fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        with self.transaction():  # desks starting at once migrate one after the other
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)"
            )
            for number, script in enumerate(MIGRATIONS, start=1):
                if self.version < number:
                    self.conn.execute(script)
                    self.conn.execute("INSERT INTO schema_version VALUES (?)", (number,))

    def _begin(self) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))


class StoreListener:
    """Other desks' commits, as they land: LISTEN on a connection and a thread of its own,
    ``heard(table)`` called on that thread for each (this desk's own are left out)."""

    def __init__(self, url: str, desk: str, heard: Callable[[str], None]) -> None:
        self.desk, self._heard = desk, heard
        self._conn = psycopg.connect(url, autocommit=True)
        self._conn.execute(f"LISTEN {CHANNEL}")
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="store listener", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                for note in self._conn.notifies(timeout=HEARD_EVERY_S):
                    desk, _, table = note.payload.partition(" ")
                    if desk != self.desk:
                        self._heard(table)
        except psycopg.Error as exc:
            if not self._stopping.is_set():
                log.warning("No longer hearing other desks' changes: %s", exc)

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(HEARD_EVERY_S * 3)
        self._conn.close()


class SyncLease:
    """Who syncs for the organization: the one process holding its sync lock, a session
    advisory lock on a connection of its own. A process that dies loses the connection
    and the lock with it (at once when it is killed; ``LEASE_KEEPALIVE`` when its machine
    vanishes), and the next desk that tries takes it."""

    def __init__(self, url: str) -> None:
        self._conn = psycopg.connect(url, autocommit=True)
        for setting in LEASE_KEEPALIVE:
            self._conn.execute(setting)
        self.held = False

    def try_take(self) -> bool:
        """Take the lease if nobody holds it; True while this process holds it."""
        if not self.held:
            found = self._conn.execute("SELECT pg_try_advisory_lock(%s)", (SYNC_LOCK,))
            row = found.fetchone()
            self.held = bool(row and row[0])
        return self.held

    def release(self) -> None:
        if self.held:
            self._conn.execute("SELECT pg_advisory_unlock(%s)", (SYNC_LOCK,))
            self.held = False

    def close(self) -> None:
        self.held = False
        self._conn.close()  # the lock goes with the connection
