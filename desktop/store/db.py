"""One SQLite file, WAL mode, migrations by ``PRAGMA user_version``."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop.files import writing_to

if TYPE_CHECKING:
    from .audit_seal import AuditSeal

T = TypeVar("T")

# Each entry moves the schema one version up; never edit a released entry.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE snapshot (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        body TEXT NOT NULL,
        fetched_at TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    );
    """,
    # 2: the cache of locks, lock events, employees and attendance. Times are epoch
    # seconds (UTC) so they sort and compare as numbers; days are YYYY-MM-DD text.
    # ``lock_event`` is stored in (lock, time, id) order (WITHOUT ROWID), its id unique:
    # one lock's history, the page everybody opens, is then filtered and sorted by
    # reading one contiguous stretch of the table, with no lookup per row.
    # ``lock_event.search`` holds the casefolded name, employee id and event id, so a
    # search is one ``instr`` per row (SQLite's own LIKE folds ASCII letters only).
    # No salary in ``employee``: the front-desk screen faces visitors.
    """
    CREATE TABLE lock (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        battery_percent INTEGER,
        online INTEGER,
        has_gateway INTEGER,
        last_event_at INTEGER,
        fetched_at INTEGER NOT NULL
    );
    CREATE TABLE lock_event (
        id TEXT NOT NULL UNIQUE,
        lock_id TEXT NOT NULL,
        employee_id TEXT,
        employee_name TEXT,
        access_method TEXT NOT NULL DEFAULT '',
        ts INTEGER NOT NULL,
        server_ts INTEGER,
        success INTEGER NOT NULL,
        event TEXT NOT NULL DEFAULT 'unlock',
        search TEXT NOT NULL DEFAULT '',
        fetched_at INTEGER NOT NULL,
        PRIMARY KEY (lock_id, ts, id)
    ) WITHOUT ROWID;
    CREATE INDEX lock_event_by_time ON lock_event (ts, id);
    CREATE INDEX lock_event_by_employee ON lock_event (employee_id, ts, id);
    CREATE TABLE employee (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT,
        department TEXT,
        department_id TEXT,
        position TEXT,
        status TEXT NOT NULL,
        created_at INTEGER,
        start_date TEXT,
        fetched_at INTEGER NOT NULL
    );
    CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        employee_id TEXT NOT NULL,
        employee_name TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL,
        clock_in INTEGER,
        clock_out INTEGER,
        work_hours REAL NOT NULL DEFAULT 0,
        late_minutes INTEGER NOT NULL DEFAULT 0,
        early_departure_minutes INTEGER NOT NULL DEFAULT 0,
        lock_id TEXT,
        fetched_at INTEGER NOT NULL,
        UNIQUE (employee_id, date)
    );
    CREATE INDEX attendance_by_date ON attendance (date, employee_id);
    CREATE TABLE sync_state (
        collection TEXT PRIMARY KEY,
        synced_at TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    """,
    # 3: the outbox of writes waiting to be sent, and the audit log. Times are ISO 8601
    # text in UTC with microseconds (one fixed width, so text order is time order);
    # payloads are canonical JSON text. ``audit`` ids are given by ``AuditLog.append``
    # (last id + 1) because each row's hash covers its id; AUTOINCREMENT keeps the
    # highest id ever written in ``sqlite_sequence``, so rows cut from the end show.
    # The triggers make the table append-only for anyone going through SQLite (bytes
    # edited in the file itself are caught by ``AuditLog.verify``); INSERT OR REPLACE
    # deletes without firing DELETE triggers, hence the third one.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
        server_id TEXT
    );
    CREATE INDEX outbox_by_state ON outbox (state, id);
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
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
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be changed');
    END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be deleted');
    END;
    CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit
    WHEN EXISTS (SELECT 1 FROM audit WHERE id = NEW.id)
    BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only: rows cannot be replaced');
    END;
    """,
    # 4: one lock's history sorted by person, method or result without sorting it each time
    # (the history benchmark measured 16-30 ms a batch of 200 at 108,000 events without).
    """
    CREATE INDEX lock_event_by_person ON lock_event
        (lock_id, employee_name COLLATE NOCASE, id);
    CREATE INDEX lock_event_by_method ON lock_event (lock_id, access_method, id);
    CREATE INDEX lock_event_by_result ON lock_event (lock_id, success, id);
    """,
    # 5: the cache of WorkTaps accounts, departments and locations. ``body`` is the record's
    # JSON as fetched; the columns beside it are what the accounts page sorts, filters and
    # searches on. ``search`` holds "first last email phone-digits employee-id" casefolded,
    # space-separated, so a search term is a word prefix: one ``instr`` per row.
    # ``taps_account_location`` lets the location filter use an index (an account has many).
    """
    CREATE TABLE taps_account (
        id INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        email TEXT,
        phone TEXT,
        employee_id TEXT,
        department_id TEXT,
        role TEXT,
        search TEXT NOT NULL DEFAULT '',
        fetched_at INTEGER NOT NULL
    );
    CREATE INDEX taps_account_by_name ON taps_account
        (last_name COLLATE NOCASE, first_name COLLATE NOCASE, id);
    CREATE INDEX taps_account_by_department ON taps_account (department_id);
    CREATE TABLE taps_account_location (
        location_id TEXT NOT NULL,
        account_id INTEGER NOT NULL REFERENCES taps_account (id) ON DELETE CASCADE,
        PRIMARY KEY (location_id, account_id)
    ) WITHOUT ROWID;
    CREATE INDEX taps_account_location_by_account ON taps_account_location (account_id);
    CREATE TABLE taps_department (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        fetched_at INTEGER NOT NULL
    );
    CREATE TABLE taps_location (
        id TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        fetched_at INTEGER NOT NULL
    );
    """,
    # 6: employees imported from WorQ (HR), keyed by WorQ's ``employee_id`` (the HR
    # employee number), and the import runs. ``body`` is the record's JSON as fetched; the
    # columns beside it are what the directory matches on. Times are epoch seconds (UTC),
    # days YYYY-MM-DD text. ``first_seen`` is when an import first brought the person in,
    # ``fetched_at`` the last import that did. A run is ``running`` until it ends ``done``,
    # ``cancelled`` or ``failed``; its counts grow page by page, committed with the page.
    """
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
        updated_at INTEGER,
        first_seen INTEGER NOT NULL,
        fetched_at INTEGER NOT NULL
    );
    CREATE INDEX worq_employee_by_email ON worq_employee (email COLLATE NOCASE);
    CREATE INDEX worq_employee_by_name ON worq_employee
        (last_name COLLATE NOCASE, first_name COLLATE NOCASE, employee_id);
    CREATE TABLE worq_import (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        outcome TEXT NOT NULL CHECK (outcome IN ('running', 'done', 'cancelled', 'failed')),
        pages INTEGER NOT NULL DEFAULT 0,
        total INTEGER,
        new_count INTEGER NOT NULL DEFAULT 0,
        updated_count INTEGER NOT NULL DEFAULT 0,
        changed_count INTEGER NOT NULL DEFAULT 0,
        error TEXT
    );
    CREATE INDEX worq_import_by_outcome ON worq_import (outcome, id);
    """,
    # 7: who is sending an outbox entry, and until when that claim holds. Two consoles
    # on one file (a lock file deleted by hand) must not both send, nor take the other's
    # send for one a crash interrupted: ``claimed_by`` names the process that moved the
    # entry to ``sending`` (host/pid/token), ``lease_until`` (ISO UTC) is renewed while
    # the request runs. Entries left ``sending`` before this have no claim: a crash's.
    """
    ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
    ALTER TABLE outbox ADD COLUMN lease_until TEXT;
    """,
    # 8: WorkTime One's webhook deliveries, each kept before it is answered. ``digest``
    # is the SHA-256 of the raw body: a redelivery of the same body is the same row, so
    # it is applied once. ``applied_at`` is set in the transaction that applied it to the
    # cache (NULL: waiting). Times are epoch seconds (UTC); ``occurred_at`` is the
    # envelope's ``timestamp``.
    """
    CREATE TABLE webhook_event (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        digest TEXT NOT NULL UNIQUE,
        event TEXT NOT NULL,
        occurred_at INTEGER NOT NULL,
        received_at INTEGER NOT NULL,
        body TEXT NOT NULL,
        applied_at INTEGER
    );
    CREATE INDEX webhook_event_waiting ON webhook_event (id) WHERE applied_at IS NULL;
    CREATE INDEX webhook_event_by_received ON webhook_event (received_at);
    CREATE INDEX webhook_event_by_time ON webhook_event (event, occurred_at);
    """,
    # 9: desks sharing one store (team mode). ``desk`` names the desk that wrote an audit
    # row or queued an outbox entry (NULL: a desk on its own). ``origin`` marks what a desk
    # brought with it when it joined the team: its own audit row's hash, or
    # "<store identity>/<entry id>" for an outbox entry; unique, so joining again (after
    # a crash half-way) brings nothing twice. An audit row's hash covers both when set.
    """
    ALTER TABLE audit ADD COLUMN desk TEXT;
    ALTER TABLE audit ADD COLUMN origin TEXT;
    CREATE UNIQUE INDEX audit_by_origin ON audit (origin) WHERE origin IS NOT NULL;
    ALTER TABLE outbox ADD COLUMN desk TEXT;
    ALTER TABLE outbox ADD COLUMN origin TEXT;
    CREATE UNIQUE INDEX outbox_by_origin ON outbox (origin) WHERE origin IS NOT NULL;
    """,
)


EVERYTHING = "*"  # told in place of a table: any table may have changed (heard again)
PUSHED = "pushed"  # told with people's ids: only their board rows changed (``pushed``)
KEPT = "kept"  # told in place of a table: a write kept in the desk's own store (``away``)


class ConsoleLocked(ValueError):
    """A manager's write refused: nobody is signed in (the console is locked), or the
    write is another manager's than the one signed in."""


WriteGate = Callable[[str | None], None]


class Database:
    dialect = "sqlite"  # "postgresql": desktop/store/postgres.py, a team's shared store
    desk: str | None = None  # this desk's name on a team's store; None: a desk on its own
    # Other desks hear this store's commits (a team's): a write that knows whose board
    # rows it changed tells them that (``touch``'s ``people``), worth a read to find out.
    heard_by_others = False

    def __init__(self, path: Path | str, *, migrated: bool = False) -> None:
        """Open the store at ``path``; ``migrated``: another connection of this process
        brought its schema up to date already (``reopen``)."""
        self.path = path
        # The audit log's key and signed head (``audit_seal``); None: rows hash unkeyed.
        self.audit_seal: AuditSeal | None = None
        # Asked before a manager's write enters the outbox (``Outbox.add``, ``cancel``,
        # ``edit``, ``resolve``; not the sender's moves): raises ``ConsoleLocked``. The
        # console sets it to its sign-in state; None (tools, tests): no one to ask.
        self.write_gate: WriteGate | None = None
        # Told, after each commit, which tables it changed (``touch``): the session turns
        # these into its change notifications, so a page follows what the store has.
        self._listeners: list[Callable[[str], None]] = []
        self._touched: set[str] = set()
        # Tables whose changes other desks learn another way (``pushed``), not from touch.
        self.quiet: frozenset[str] = frozenset()
        self._depth = 0  # how many transaction() blocks are open (see there)
        self._writer: Writer | None = None  # the sync's writes, on a thread of their own
        self.conn = self._connect()
        try:
            self._prepare()
            if not migrated:
                self.migrate()
        except BaseException:
            self.conn.close()  # a damaged file is set aside next: it must not stay open
            raise

    def local_file(self) -> Path | None:
        """This desk's own SQLite file (where the last board is kept for the next start),
        or None: a store in memory."""
        return None if str(self.path) == ":memory:" else Path(self.path)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        return conn

    def _prepare(self) -> None:
        with writing_to(self.path):
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on a power
            # cut, and an outbox entry or audit row must be on disk the moment its commit
            # returns. WAL + FULL syncs the log at every commit; the cache's bulk writes
            # are one transaction each, so the cost is one fsync per commit, not per row.
            self.conn.execute("PRAGMA synchronous=FULL")

    @property
    def keeping(self) -> bool:
        """What is written now goes to a team's desk's own store, its team's being away
        (``PostgresDatabase.away``); never on a desk's own store."""
        return False

    def on_commit(self, listener: Callable[[str], None]) -> None:
        """Call ``listener(table)`` after every commit that changed ``table`` (see ``touch``)."""
        self._listeners.append(listener)

    def pushed(self, people: Collection[str]) -> None:
        """Webhooks changed these people's board rows (their news for a team's other desks,
        in place of the ``quiet`` tables'); this desk's own session is told by its applier."""

    def touch(self, table: str, people: Collection[str] | None = None) -> None:
        """This write changed ``table``: listeners hear of it once the outermost
        transaction commits (at once outside one), never when it rolls back. With
        ``people``: only these people's board rows changed, which is all a team's other
        desks hear (``pushed``: nothing when none did); this desk's listeners hear the
        table as always."""
        self._touched.add(table)
        if not self._depth:
            self._tell()

    def _tell(self) -> None:
        touched, self._touched = self._touched, set()
        self.tell(touched)

    def tell(self, tables: Iterable[str]) -> None:
        """Listeners hear of commits that changed ``tables``: this connection's own (at
        ``touch``), or another connection's of this store (``Writer``), on this thread."""
        for table in sorted(set(tables)):
            for listener in list(self._listeners):
                listener(table)

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        for number, script in enumerate(MIGRATIONS, start=1):
            if self.version >= number:
                continue
            with self.transaction():
                for statement in split_statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when the block raises.

        Nested inside another ``transaction()`` it is a SAVEPOINT: a raise rolls back
        this block only, and nothing is on disk until the outermost block commits. So
        two writes that must land together (an outbox move and its audit row) share
        one commit by running inside one outer ``transaction()``.
        """
        if self._depth:
            yield from self._savepoint()
            return
        with writing_to(self.path):
            self._begin()
            self._depth = 1
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                self._touched.clear()
                raise
            finally:
                self._depth = 0
        self._tell()

    def _begin(self) -> None:
        """Start a transaction that holds the write lock from its first statement, so a
        read and the write that depends on it see no other writer between them."""
        self.conn.execute("BEGIN IMMEDIATE")

    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        name = f"nested_{self._depth}"
        self.conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self.conn.execute(f"ROLLBACK TO {name}")
            self.conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        self.conn.execute(f"RELEASE {name}")

    def reopen(self) -> Database:
        """Another connection to the same store (for another thread), its schema current."""
        return Database(self.path, migrated=True)

    def reopen_for_writes(self) -> Database:
        """As ``reopen``, and never a team's desk's copy (``PostgresDatabase.reopen``):
        a write that must reach this store fails while it is away (a webhook delivery,
        refused so that it is sent again)."""
        return self.reopen()

    def writer(self) -> Writer:
        """Where the sync's writes go: one thread and connection of their own per store
        (made at the first write), so the Qt thread neither runs them nor commits."""
        if self._writer is None:
            self._writer = Writer(self)
        return self._writer

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()  # waits for a write under way
        self.conn.close()


class Writer:
    """Writes to a store, one at a time and in the order given, on one thread of their
    own over a connection of their own (``reopen``): a page of 100 events costs 9-14 ms,
    most of it the commit's fsync, and a commit that crosses the WAL's 1,000 pages also
    checkpoints it into the file (tens of ms more); neither belongs on the Qt thread.
    WAL lets the pages read over their own connection meanwhile. What a write commits
    is told to the store's listeners on the caller's thread (the event loop's), once it
    is done, even when the caller was cancelled meanwhile.

    An in-memory store has one connection only, and a team's store keeps what it cannot
    send in the desk's own copy (``PostgresDatabase.transaction``), which a connection
    of its own would not: both are written where the caller is, as before."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.apart = not db.heard_by_others and str(db.path) not in ("", ":memory:")
        self._pool: ThreadPoolExecutor | None = None
        self._own: Database | None = None  # the worker thread's alone
        self._heard: list[str] = []  # what the write under way committed (worker thread)
        self._lock = threading.Lock()

    async def run(self, write: Callable[[Database], T]) -> T:
        """``write(db)`` over the writer's connection, after every write given before it;
        answers what it answers (or raises what it raises)."""
        if not self.apart:
            return write(self.db)
        with self._lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="store writer")
            done: Future[tuple[T | None, BaseException | None, list[str]]]
            done = self._pool.submit(self._write, write)
        waited = asyncio.wrap_future(done)
        told = waited.add_done_callback  # before the caller's wake-up: heard, then resumed
        told(lambda f: None if f.cancelled() else self.db.tell(f.result()[2]))
        try:
            answer, failed, _ = await asyncio.shield(waited)
        except asyncio.CancelledError:
            if not done.cancel():  # under way: what it saves is saved when this returns
                while not waited.done():
                    try:
                        await asyncio.shield(waited)
                    except asyncio.CancelledError:
                        continue
            raise
        if failed is not None:
            raise failed
        return answer  # type: ignore[return-value]  # T, whenever nothing failed

    def _write(
        self, write: Callable[[Database], T]
    ) -> tuple[T | None, BaseException | None, list[str]]:
        try:
            if self._own is None:
                self._own = self.db.reopen()
                self._own.audit_seal = self.db.audit_seal
                self._own.on_commit(self._heard.append)
            return write(self._own), None, self._drained()
        except BaseException as exc:  # raised on the caller's thread, with what committed
            return None, exc, self._drained()

    def _drained(self) -> list[str]:
        heard, self._heard[:] = list(self._heard), []
        return heard

    def close(self) -> None:
        """Finish the writes given, then close the thread and its connection."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
        if self._own is not None:
            self._own.close()
            self._own = None


def open_store(location: Path | str) -> Database:
    """The store at ``location``: a ``postgresql://`` URL (desks sharing one store) or a
    SQLite file (one desk's own)."""
    if isinstance(location, str) and location.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresDatabase  # psycopg only for a team's store

        return PostgresDatabase(location)
    return Database(location)


def split_statements(script: str) -> list[str]:
    """Split a migration into statements (executescript would commit on its own).

    Pieces between semicolons are joined until SQLite calls them complete, so a
    trigger's ``BEGIN ...; END`` stays one statement.
    """
    statements: list[str] = []
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip().rstrip(";").strip())
            pending = ""
    statements.append(pending.strip().rstrip(";").strip())  # an unfinished one fails loudly
    return [statement for statement in statements if statement]


def apart(db: Database, read: Callable[[Database], T]) -> T:
    """``read`` over a connection of its own, for a worker thread: a long read then
    neither holds the shared connection (SQLite serializes its users) nor waits for
    it; WAL lets both read at once. An in-memory database has only the one."""
    if str(db.path) in ("", ":memory:"):
        return read(db)
    own = db.reopen()
    own.audit_seal = db.audit_seal  # the same log: its head reads as sealed here too
    try:
        return read(own)
    finally:
        own.close()
