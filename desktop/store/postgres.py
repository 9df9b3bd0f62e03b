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
import re
import secrets
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.pq import TransactionStatus
from psycopg.rows import RowMaker
from psycopg.types.numeric import IntDumper

from desktop.words import translate

from .db import EVERYTHING, KEPT, MIGRATIONS, PUSHED, Database, split_statements

log = logging.getLogger("desktop.store.postgres")

WRITE_LOCK = 0x46_44_57_52  # "FDWR": the advisory lock every writing transaction holds
SYNC_LOCK = 0x46_44_53_59  # "FDSY": held by the one process that syncs (``SyncLease``)
CHANNEL = "frontdesk_store"  # NOTIFY: "<token> <table>" after a commit that changed it
CONNECT_WITHIN_S = 5  # a database that does not answer: the desk says so, not hangs
NOTE_BYTES = 7000  # a NOTIFY payload holds under 8,000 bytes
HEARD_EVERY_S = 1.0  # how often a listener looks up from waiting (to hear it should stop)
# A desk that vanishes without closing (power, network) loses its lease once the server
# has asked for it 3 times, 2 s apart, after 5 s of silence: about 11 s, inside the 15 s
# another desk has to take over in.
LEASE_KEEPALIVE = ("SET tcp_keepalives_idle = 5", "SET tcp_keepalives_interval = 2",
                   "SET tcp_keepalives_count = 3")  # fmt: skip

# The schema is SQLite's (``db.MIGRATIONS``), each version in PostgreSQL's terms
# (``translated``), so the two stay one schema with one numbering. Beside it, what only
# PostgreSQL needs: before version 1, the SQLite functions and collation the statements
# use; with version 3, the audit log's append-only triggers (SQLite's are left out).
BEFORE: dict[int, str] = {
    1: """
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
    """,
}
AFTER: dict[int, str] = {
    3: """
    CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only: rows cannot be %',
            CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
    END $$;
    CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit
        FOR EACH ROW EXECUTE FUNCTION audit_append_only();
    CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
        FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    """,
}
# The desks' role: a desk signs in as a user in it and may read and write the store, but
# only add to the audit log (no UPDATE, DELETE or TRUNCATE: the grants refuse them before
# the trigger does). Made, and granted again after each migration, by the user that
# migrates (the database's owner); where that user may not create roles, it is left to
# the administrator (the README says how) and said in the server's log.
DESKS_ROLE = "frontdesk_desk"
GRANTS = """
DO $$
DECLARE here TEXT := current_schema();
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frontdesk_desk') THEN
        BEGIN
            CREATE ROLE frontdesk_desk NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'frontdesk_desk not created: % may not create roles', current_user;
            RETURN;
        END;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO frontdesk_desk', here);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                   'TO frontdesk_desk', here);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO frontdesk_desk', here);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I.audit FROM frontdesk_desk', here);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.schema_version '
                   'FROM frontdesk_desk', here);
END $$;
"""
_TYPES = (
    # An id that is never reused, as AUTOINCREMENT's; epoch seconds and ids as 64 bits.
    (re.compile(r"\bINTEGER PRIMARY KEY AUTOINCREMENT\b"),
     "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\)\s*WITHOUT ROWID"), ")"),
)  # fmt: skip


def translated(script: str) -> list[str]:
    """A SQLite migration's statements as PostgreSQL takes them (its triggers left out:
    ``AFTER`` has PostgreSQL's own)."""
    statements = []
    for statement in split_statements(script):
        if statement.lstrip().upper().startswith("CREATE TRIGGER"):
            continue
        for pattern, replacement in _TYPES:
            statement = pattern.sub(replacement, statement)
        statements.append(statement)
    return statements


class Row(tuple[Any, ...]):
    """A result row read by position or by column name, as ``sqlite3.Row`` is. Each set
    of columns has a class of its own holding their names (``_row_class``), so a row is
    a plain tuple made in C, with nothing of its own to set: at 20,000 people the board's
    read made and read 60,000 rows, 0.4 s of it in the Python this saves."""

    __slots__ = ()
    _names: ClassVar[dict[str, int]] = {}

    def __getitem__(self, key: Any) -> Any:
        if key.__class__ is str:
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_names": {n: i for i, n in enumerate(names)}})


def _rows(cursor: psycopg.Cursor[Any]) -> RowMaker[Row]:
    return _row_class(tuple(column.name for column in cursor.description or ()))


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


def _repeatable(statement: str) -> bool:
    """A statement that does nothing twice if asked again: a read, or a transaction's start
    (a write's own statements are never asked again: one may have landed)."""
    return statement.lstrip()[:6].upper() in ("BEGIN", "SELECT")


class Connection:
    """The part of ``sqlite3.Connection`` the store uses, over one psycopg connection in
    autocommit mode (transactions are begun and ended by ``Database.transaction``)."""

    def __init__(self, url: str, password: str | None = None) -> None:
        self._url, self._password = url, password
        self._conn = self._open()

    def _open(self) -> psycopg.Connection[Any]:
        conn = connect(self._url, self._password)
        # The schema keeps SQLite's 0/1 flags (the same statements compare them to 0 and 1)
        conn.adapters.register_dumper(bool, IntDumper)
        return conn

    def _live(self) -> psycopg.Connection[Any]:
        """The connection, opened again when the last one was lost (the server restarted,
        the network dropped): the statement that found it lost failed and said so, and
        what its transaction held was rolled back by the server; the next one goes on."""
        if self._conn.broken or self._conn.closed:
            self._conn = self._open()
        return self._conn

    def execute(self, statement: str, params: Sequence[Any] = ()) -> Cursor:
        outside = not self.in_transaction  # no transaction's work to lose by asking again
        try:
            return self._execute(statement, params)
        except psycopg.OperationalError:
            if not (outside and self._conn.broken and _repeatable(statement)):
                raise
            log.info("The connection to the shared store was lost; connecting again")
            return self._execute(statement, params)

    def _execute(self, statement: str, params: Sequence[Any]) -> Cursor:
        cursor = self._live().cursor(row_factory=_rows)
        if params:
            cursor.execute(adapted(statement), tuple(params))
        else:  # psycopg reads no placeholders then, and a script may hold several statements
            cursor.execute(statement.encode())
        return Cursor(cursor)

    def executemany(self, statement: str, params: Iterable[Sequence[Any]]) -> Cursor:
        cursor = self._live().cursor(row_factory=_rows)
        cursor.executemany(adapted(statement), [tuple(p) for p in params])
        return Cursor(cursor)

    @property
    def in_transaction(self) -> bool:
        if self._conn.broken or self._conn.closed:
            return False  # the server ended it with the connection
        return self._conn.info.transaction_status != TransactionStatus.IDLE

    def close(self) -> None:
        self._conn.close()


def password_apart(url: str, password: str | None = None) -> tuple[str, str | None]:
    """``url`` without a password, and the password (the one in it, or ``password``): the
    URL is shown and logged (the status bar, the terminal), the password never."""
    if url.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(url)
        if parts.password is None:
            return url, password
        login, _, hosts = parts.netloc.rpartition("@")
        user = login.partition(":")[0]
        return urlunsplit(parts._replace(netloc=f"{user}@{hosts}")), unquote(parts.password)
    params = conninfo_to_dict(url)
    found = params.pop("password", None)
    if found is None:
        return url, password
    return make_conninfo("", **params), str(found)


def connect(url: str, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection in autocommit mode; ``password`` (from the keyring) beside the URL,
    never in it, so no URL that is shown or logged holds it."""
    return psycopg.connect(
        url, autocommit=True, password=password, connect_timeout=CONNECT_WITHIN_S
    )


class SchemaNotOwned(psycopg.Error):
    """The schema needs a migration this desk's database user may not make."""


class PostgresDatabase(Database):
    """The shared store at ``url`` (a ``postgresql://`` URL or libpq's key=value form),
    for the desk named ``desk`` (its audit rows and queued entries carry the name)."""

    dialect = "postgresql"
    heard_by_others = True

    def __init__(
        self,
        url: str,
        desk: str | None = None,
        *,
        password: str | None = None,
        migrated: bool = False,
        token: str | None = None,
    ) -> None:
        self.desk = desk
        url, self.password = password_apart(url, password)
        # This process's name on the channel: its listener does not hear its own commits
        # (its own store already told them), every other process's does.
        self.token = token or secrets.token_hex(6)
        # This desk's own store (SQLite), kept open beside this one: while this one is out
        # of reach (``away``), what is saved goes there (``kept``), until the desk hands
        # it over (``store.handover``) once the shared store answers again.
        self.own: Database | None = None
        self._away = False
        self._shared_conn: sqlite3.Connection | None = None  # while ``away``
        self.kept = 0  # transactions made in ``own`` since the last handover
        super().__init__(url, migrated=migrated)

    def local_file(self) -> Path | None:
        """The desk's own copy's file (``own``): the shared store has no file here."""
        return None if self.own is None else self.own.local_file()

    def _connect(self) -> Connection:  # type: ignore[override]
        # The store's modules use this as they use a sqlite3 connection (``Connection``
        # is the part of it they use); one protocol for both comes with the port.
        return Connection(str(self.path), self.password)

    def _prepare(self) -> None:
        pass  # nothing to set per connection

    def reopen(self) -> Database:
        """Another connection for another thread: the schema is current (a migration
        would take the organization's write lock at every worker's read). The own
        store's while the shared one is ``away``."""
        own = self.own
        if own is not None and self._away:
            return own.reopen()
        try:
            return self.shared()
        except psycopg.OperationalError as exc:
            if own is None:
                raise
            # Found away by this worker first: it reads the copy too (``away`` itself is
            # the session's thread's to set, at the lease's next try or a write).
            log.info("The shared store does not answer; reading this desk's copy: %s", exc)
            return own.reopen()

    def reopen_for_writes(self) -> PostgresDatabase:
        return self.shared()

    def shared(self) -> PostgresDatabase:
        """Another connection to the shared store, away or not (a worker's)."""
        return PostgresDatabase(
            str(self.path), self.desk, password=self.password, migrated=True, token=self.token
        )

    def touch(self, table: str, people: Collection[str] | None = None) -> None:
        """As ``Database.touch``, and every other desk hears it too (NOTIFY: sent when the
        transaction commits, never when it rolls back): whose rows changed when the write
        says (``people``), else the table, unless it is ``quiet``; nothing of a write
        kept in the own store (``away``): the handover tells what it brings."""
        if people is not None:
            self.pushed(people)
        elif table not in self.quiet:
            self._notify(table)
        super().touch(table, people)

    @property
    def away(self) -> bool:
        """The shared store does not answer (found by the team's lease, or by a write that
        could not begin). On a desk with its ``own`` store beside this one, this object
        then reads and writes that store instead (so do the connections ``reopen``
        makes), which the desk keeps current while it can (``store.mirror``); what is
        written meanwhile is counted in ``kept`` and handed over when it answers again."""
        return self._away

    @away.setter
    def away(self, away: bool) -> None:
        if self.own is not None and away != self._away:
            if away:
                self._shared_conn, self.conn = self.conn, self.own.conn
                self.dialect = self.own.dialect
            else:
                assert self._shared_conn is not None
                self.conn, self._shared_conn = self._shared_conn, None
                del self.dialect  # the class's again
        self._away = away

    @property
    def keeping(self) -> bool:
        """What this desk writes now goes to its own store, which nobody else hears."""
        return self._away and self.own is not None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """As ``Database.transaction``; on a desk with its ``own`` store beside this one,
        a transaction that cannot begin here (the server restarted, the network dropped)
        finds the store ``away`` and is made in the own store instead, as every one is
        until it answers again: a manager's correction is not lost to an outage. Such a
        transaction is counted in ``kept`` and told as ``KEPT`` too; other desks hear
        nothing of it until the handover."""
        if not self._depth and self.own is not None and not self._away:
            begun = False
            try:
                with super().transaction() as conn:
                    begun = True
                    yield conn
                return
            except _NotBegun as exc:
                if begun:
                    raise
                log.warning("The shared store is out of reach; this desk keeps what is saved "
                            "until it is back: %s", exc.__cause__)  # fmt: skip
                self.away = True
        kept = not self._depth and self.keeping
        with super().transaction() as conn:
            yield conn
        if kept:
            self.kept += 1
            for listener in list(self._listeners):
                listener(KEPT)

    def pushed(self, people: Collection[str]) -> None:
        """Every other desk hears whose rows changed (``PUSHED``), in notes under the
        payload's limit, and redoes only those rows."""
        note: list[str] = []
        for person in sorted(people):
            if note and len(",".join([*note, person])) > NOTE_BYTES:
                self._notify(f"{PUSHED} {','.join(note)}")
                note = []
            note.append(person)
        if note:
            self._notify(f"{PUSHED} {','.join(note)}")

    def _notify(self, said: str) -> None:
        if self.keeping:
            return  # nobody hears the own store
        self.conn.execute("SELECT pg_notify(?, ?)", (CHANNEL, f"{self.token} {said}"))

    def listen(self, heard: Callable[[str], None]) -> StoreListener:
        """Tell ``heard(table)``, on a thread of its own, of every other desk's commits."""
        url, password = str(self.path), self.password
        return StoreListener(lambda: connect(url, password), self.token, heard)

    def lease(self) -> SyncLease:
        """The organization's sync lease, on a connection of its own (not yet taken)."""
        url, password = str(self.path), self.password
        return SyncLease(lambda: connect(url, password))

    @property
    def version(self) -> int:
        found = self.conn.execute("SELECT coalesce(max(version), 0) FROM schema_version")
        row = found.fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> None:
        """Bring the schema to this version's: nothing to do (and nothing written, so a
        desk's role that may not create tables opens it) when it is current already."""
        if self._current():
            return
        try:
            with self.transaction():  # desks starting at once migrate one after the other
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)"
                )
                for number, script in enumerate(MIGRATIONS, start=1):
                    if self.version >= number:
                        continue
                    if number in BEFORE:
                        self.conn.execute(BEFORE[number])
                    for statement in translated(script):
                        self.conn.execute(statement)
                    if number in AFTER:
                        self.conn.execute(AFTER[number])
                    self.conn.execute("INSERT INTO schema_version VALUES (?)", (number,))
                self.conn.execute(GRANTS)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise SchemaNotOwned(
                translate(
                    "SharedStore",
                    "The shared store's tables are not this version's, and this desk's database "
                    "user may not change them. Start Front Desk (or frontdesk sync) once as the "
                    "database's owner. ({said})",
                ).format(said=" ".join(str(exc).split()))
            ) from exc

    def _current(self) -> bool:
        found = self.conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        return bool(found and found[0]) and self.version == len(MIGRATIONS)

    def _begin(self) -> None:
        if self.keeping:
            super()._begin()
            return
        try:
            self.conn.execute("BEGIN")
        except psycopg.OperationalError as exc:
            if self.own is None:
                raise
            raise _NotBegun from exc
        self.conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    def close(self) -> None:
        self.away = False  # the shared connection in hand again, to close
        super().close()
        if self.own is not None:
            self.own.close()


class _NotBegun(Exception):
    """A transaction could not begin: the shared store does not answer."""


class StoreListener:
    """Other desks' commits, as they land: LISTEN on a connection and a thread of its own,
    ``heard(table)`` called on that thread for each (this desk's own are left out). A
    lost connection is opened again every ``HEARD_EVERY_S`` until it is back; then
    ``heard(EVERYTHING)``: what was committed meanwhile was not heard."""

    def __init__(
        self,
        open_: Callable[[], psycopg.Connection[Any]],
        token: str,
        heard: Callable[[str], None],
    ) -> None:
        self.token, self._heard, self._open = token, heard, open_
        self._conn = self._listening()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="store listener", daemon=True)
        self._thread.start()

    def _listening(self) -> psycopg.Connection[Any]:
        conn = self._open()
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                for note in self._conn.notifies(timeout=HEARD_EVERY_S):
                    token, _, table = note.payload.partition(" ")
                    if token != self.token:
                        self._heard(table)
            except psycopg.Error as exc:
                if self._stopping.is_set():
                    return
                log.warning("No longer hearing other desks' changes: %s", exc)
                self._listen_again()

    def _listen_again(self) -> None:
        while not self._stopping.wait(HEARD_EVERY_S):
            try:
                self._conn = self._listening()
            except psycopg.Error:
                continue
            log.info("Hearing other desks' changes again")
            self._heard(EVERYTHING)
            return

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(HEARD_EVERY_S * 3)
        self._conn.close()


class SyncLease:
    """Who syncs for the organization: the one process holding its sync lock, a session
    advisory lock on a connection of its own. A process that dies loses the connection
    and the lock with it (at once when it is killed; ``LEASE_KEEPALIVE`` when its machine
    vanishes), and the next desk that tries takes it."""

    def __init__(self, open_: Callable[[], psycopg.Connection[Any]]) -> None:
        self._open = open_
        self._conn = self._connected()
        self.held = False

    def _connected(self) -> psycopg.Connection[Any]:
        conn = self._open()
        for setting in LEASE_KEEPALIVE:
            conn.execute(setting)
        return conn

    def try_take(self) -> bool:
        """Take the lease if nobody holds it; True while this process holds it. Raises
        ``psycopg.Error`` when the database cannot be asked: a lease held on a connection
        that is lost is lost with it (the server let it go), and asked for again on a new
        connection at the next try."""
        if self._conn.broken or self._conn.closed:
            self.held = False
            self._conn = self._connected()
        if self.held:
            try:
                self._conn.execute("SELECT 1")  # still connected: still this process's
            except psycopg.Error:
                self.held = False
                raise
            return True
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
