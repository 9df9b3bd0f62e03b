"""The store on a real PostgreSQL: what differs from SQLite and is not covered by running
every store test on both (``conftest.py``): statements adapted, the schema made once by
desks starting together, one writer at a time across desks, the audit log append-only
in the database itself, and the tests' cluster stopping by itself."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from desktop.store import AuditLog, Outbox, pg_cluster
from desktop.store.db import MIGRATIONS
from desktop.store.postgres import PostgresDatabase, SyncLease, adapted, connect

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def test_placeholders_become_psycopgs_and_quoted_text_stays() -> None:
    assert adapted("SELECT a FROM t WHERE b = ? AND c = '?'") == (
        "SELECT a FROM t WHERE b = %s AND c = '?'"
    )
    assert adapted("SELECT '50%' || ?, \"odd?name\"") == "SELECT '50%%' || %s, \"odd?name\""


def test_desks_starting_together_make_the_schema_once(postgres_url: str) -> None:
    made: list[int] = []
    failed: list[BaseException] = []

    def start() -> None:
        try:
            desk = PostgresDatabase(postgres_url)
            made.append(desk.version)
            desk.close()
        except BaseException as exc:
            failed.append(exc)

    desks = [threading.Thread(target=start) for _ in range(4)]
    for desk in desks:
        desk.start()
    for desk in desks:
        desk.join(30)
    assert failed == []
    assert made == [len(MIGRATIONS)] * 4  # SQLite's schema, each version translated


def test_one_desk_writes_at_a_time(postgres_url: str) -> None:
    first, second = PostgresDatabase(postgres_url), PostgresDatabase(postgres_url)
    try:
        order: list[str] = []
        with first.transaction():
            Outbox(first, lambda: NOW).add("clock_correction", {"n": 1}, "Ana Ruiz", "x")

            def other_desk() -> None:
                with second.transaction():
                    order.append("second desk writes")

            writer = threading.Thread(target=other_desk)
            writer.start()
            time.sleep(0.3)
            order.append("first desk commits")
        writer.join(10)
        assert order == ["first desk commits", "second desk writes"]
    finally:
        first.close()
        second.close()


def test_the_audit_log_cannot_be_changed_or_emptied_in_the_database(postgres_url: str) -> None:
    db = PostgresDatabase(postgres_url)
    try:
        AuditLog(db, lambda: NOW).append(
            manager="Ana Ruiz", action="clock_correction.queued", subject="emp_1/2026-11-17",
            payload={}, reason="Other: x", before=None, after=None, outcome="queued",
        )  # fmt: skip
        assert AuditLog(db, lambda: NOW).verify().problem == "All 1 rows are intact."
    finally:
        db.close()
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        for statement in (
            "UPDATE audit SET manager = 'Mallory'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ):
            with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
                conn.execute(statement)
        assert conn.execute("SELECT manager FROM audit").fetchall() == [("Ana Ruiz",)]


def test_the_tests_cluster_stops_when_its_starter_is_killed() -> None:
    if pg_cluster.binaries() is None:
        pytest.skip("no PostgreSQL binaries on this machine")
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-pg-kill-"))
    starter = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from desktop.store import pg_cluster;"
         "import os; pg_cluster.start(Path(sys.argv[1]));"
         "pg_cluster.watch(Path(sys.argv[1]), os.getpid()).returncode = 0;"
         "print('up', flush=True); time.sleep(600)",
         str(folder)],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert starter.stdout is not None
        assert starter.stdout.readline().strip() == "up"
        url = pg_cluster.url_of(folder)
        with psycopg.connect(url, connect_timeout=5) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
        starter.kill()  # SIGKILL; TerminateProcess on Windows: no clean-up of its own
        starter.wait(10)
        deadline = time.monotonic() + 20
        while folder.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not folder.exists(), "the cluster was not stopped by its watcher"
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(url, connect_timeout=2)
    finally:
        starter.kill()
        starter.wait(10)
        if starter.stdout is not None:
            starter.stdout.close()
        pg_cluster.stop(folder)


def crash_before_commit(db: PostgresDatabase) -> None:
    with db.transaction():
        Outbox(db, lambda: NOW).add("clock_correction", {"n": 1}, "Ana Ruiz", "x")
        raise RuntimeError("a crash before the commit")


def test_other_desks_hear_a_commit_and_never_a_rollback(postgres_url: str) -> None:
    front, night = PostgresDatabase(postgres_url), PostgresDatabase(postgres_url)
    heard_at_night: list[str] = []
    heard_at_front: list[str] = []
    listeners = [night.listen(heard_at_night.append), front.listen(heard_at_front.append)]
    try:
        with pytest.raises(RuntimeError):
            crash_before_commit(front)
        Outbox(front, lambda: NOW).add("clock_correction", {"n": 2}, "Ana Ruiz", "x")
        deadline = time.monotonic() + 5
        while not heard_at_night and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)  # anything else on its way
        assert heard_at_night == ["outbox"]  # the committed one, once
        assert heard_at_front == []  # its own store told it already
    finally:
        for listener in listeners:
            listener.stop()
        front.close()
        night.close()


def test_one_process_syncs_and_another_takes_over_when_it_is_killed(postgres_url: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from desktop.store.postgres import SyncLease, connect;"
         "lease = SyncLease(lambda: connect(sys.argv[1]));"
         "print(lease.try_take(), flush=True); time.sleep(600)",
         postgres_url],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    lease = SyncLease(lambda: connect(postgres_url))
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "True"
        assert not lease.try_take()  # one syncer at a time
        holder.kill()
        holder.wait(10)
        killed = time.monotonic()
        while not lease.try_take() and time.monotonic() - killed < 15:
            time.sleep(0.5)  # a desk tries every few seconds
        assert lease.held, "nobody took over within 15 s"
        lease.release()
        assert not lease.held
    finally:
        holder.kill()
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
        lease.close()


def _row(log: AuditLog, n: int) -> None:
    log.append(
        manager="Ana Ruiz", action="clock_correction.queued", subject=f"emp_{n}/2026-11-18",
        payload={"n": n}, reason="forgot", before=None, after=None, outcome="queued",
    )  # fmt: skip


def test_a_desks_role_may_add_to_the_audit_log_but_never_change_it(postgres_url: str) -> None:
    from urllib.parse import urlsplit, urlunsplit

    from psycopg import sql

    from desktop.store.postgres import DESKS_ROLE, SchemaNotOwned

    owner = PostgresDatabase(postgres_url)  # the database's owner makes the schema and grants
    _row(AuditLog(owner), 1)
    name, password = f"desk_{os.getpid()}_{time.monotonic_ns()}", "desk-password"
    parts = urlsplit(postgres_url)
    desk_url = urlunsplit(parts._replace(netloc=f"{name}@{parts.netloc.rpartition('@')[2]}"))
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE USER {} PASSWORD {} IN ROLE {}").format(
            sql.Identifier(name), sql.Literal(password), sql.Identifier(DESKS_ROLE)))  # fmt: skip
    desk = PostgresDatabase(desk_url, "North entrance", password=password)
    try:
        log = AuditLog(desk)
        _row(log, 2)
        entry = Outbox(desk).add("clock_correction", {"n": 2}, "Ana Ruiz", "forgot")
        Outbox(desk).mark_sending(entry.id)
        assert log.verify().problem == "All 2 rows are intact."
        assert [row.desk for row in log.in_order()] == [None, "North entrance"]
        for statement in ("UPDATE audit SET reason = 'nothing happened'",
                          "DELETE FROM audit WHERE id = 2", "TRUNCATE audit",
                          "UPDATE schema_version SET version = 1"):  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk.conn.execute(statement)
        assert log.verify().ok
        # A schema older than this version's cannot be brought up to date by a desk's user
        owner.conn.execute("DELETE FROM schema_version WHERE version = ?", (len(MIGRATIONS),))
        with pytest.raises(SchemaNotOwned, match="once as the database's owner"):
            PostgresDatabase(desk_url, "North entrance", password=password)
    finally:
        desk.close()
        owner.close()
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(name)))
            admin.execute(sql.SQL("DROP USER {}").format(sql.Identifier(name)))


def test_desks_claiming_at_once_each_take_an_entry_once(postgres_url: str) -> None:
    """Two desks' senders race for one shared outbox: every entry is claimed, and sent,
    by exactly one of them."""
    from desktop.store.outbox import OutboxEntry

    first = PostgresDatabase(postgres_url, "North entrance")
    queued = [Outbox(first).add("clock", {"n": n}, "Ana Ruiz", "forgot").id for n in range(40)]
    claims: list[tuple[str, int]] = []
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def desk(owner: str) -> None:
        db = PostgresDatabase(postgres_url, owner, migrated=True)
        outbox = Outbox(db, owner=owner)
        try:
            start.wait()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                entry: OutboxEntry | None = outbox.claim_next()
                if entry is None:
                    if not outbox.entries(["queued", "sending"]):
                        return
                    continue  # the other desk's entry is being sent
                claims.append((owner, entry.id))
                outbox.mark_sent(entry.id, f"att_{entry.id}")
        except BaseException as exc:
            failures.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk, args=(name,)) for name in ("north", "night")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    try:
        assert failures == []
        assert sorted(entry_id for _, entry_id in claims) == queued  # each once
        assert {owner for owner, _ in claims} == {"north", "night"}  # both took some
        assert [e.state for e in Outbox(first).entries()] == ["sent"] * len(queued)
    finally:
        first.close()


def test_a_desk_connects_again_by_itself_when_the_server_drops_it(postgres_url: str) -> None:
    """The server ends every connection (a restart, a failover, an administrator): the
    statement that finds out fails and says so; the next goes on, the lease is asked for
    again, and the listener hears again, first of all that anything may have changed."""
    from desktop.store.cache import SnapshotCache
    from desktop.store.db import EVERYTHING

    desk = PostgresDatabase(postgres_url, "North entrance")
    other = PostgresDatabase(postgres_url, "Night desk")
    heard: list[str] = []
    listener = desk.listen(heard.append)
    lease = desk.lease()
    try:
        assert lease.try_take()
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        with pytest.raises(psycopg.OperationalError):  # a write: it may have landed
            desk.conn.execute("UPDATE sync_state SET detail = 'x' WHERE FALSE")
        assert desk.conn.execute("SELECT 1").fetchone() == (1,)  # connected again
        with pytest.raises(psycopg.OperationalError):
            lease.try_take()  # the lease went with its connection
        assert not lease.held
        assert lease.try_take()  # asked for again, on a new connection
        deadline = time.monotonic() + 15
        while EVERYTHING not in heard and time.monotonic() < deadline:
            time.sleep(0.1)
        assert heard == [EVERYTHING]
        with other.transaction():  # its first since the drop: begun on a new connection
            SnapshotCache(other).put("organization", "worktime", {"name": "Acme"}, NOW)
            other.touch("snapshot")
        deadline = time.monotonic() + 10
        while "snapshot" not in heard and time.monotonic() < deadline:
            time.sleep(0.05)
        assert heard == [EVERYTHING, "snapshot"]
    finally:
        listener.stop()
        lease.close()
        desk.close()
        other.close()


def test_whose_rows_changed_is_told_in_notes_under_the_payload_limit(postgres_url: str) -> None:
    from desktop.store.db import PUSHED

    applier, other = PostgresDatabase(postgres_url), PostgresDatabase(postgres_url)
    heard: list[str] = []
    listener = other.listen(heard.append)
    people = {f"emp_{n:06d}" for n in range(2_000)}  # 22,000 bytes of ids
    try:
        applier.pushed(people)
        deadline = time.monotonic() + 10
        while sum(len(note.split(",")) for note in heard) < len(people):
            assert time.monotonic() < deadline, "not every note was heard"
            time.sleep(0.05)
        assert len(heard) > 1
        assert all(note.startswith(f"{PUSHED} ") and len(note) < 8000 for note in heard)
        told = {person for note in heard for person in note.removeprefix(f"{PUSHED} ").split(",")}
        assert told == people
    finally:
        listener.stop()
        applier.close()
        other.close()


def _heard_within(heard: list[str], seconds: float = 5.0) -> list[str]:
    """What a listener heard once its notes have come (all at once: one commit's)."""
    deadline = time.monotonic() + seconds
    while not heard and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # the rest of the commit's notes
    said = list(heard)
    heard.clear()
    return said


def test_other_desks_hear_whose_rows_a_refresh_changed_and_nothing_when_none_did(
    postgres_url: str,
) -> None:
    from desktop import api
    from desktop.store import AttendanceCache, LockCache
    from desktop.store.db import PUSHED

    day = NOW.date()
    syncer, other = PostgresDatabase(postgres_url), PostgresDatabase(postgres_url)
    heard: list[str] = []
    listener = other.listen(heard.append)

    def record(person: str, clock_out: datetime | None = None) -> api.AttendanceRecord:
        return api.AttendanceRecord(id=f"att_{person}", employee_id=person, date=day,
                                    clock_in=NOW, clock_out=clock_out)  # fmt: skip

    def event(number: int, person: str | None) -> api.LockEvent:
        return api.LockEvent(id=f"ev_{number}", lock_id="lock_1", timestamp=NOW,
                             employee_id=person, success=True, event="unlock")  # fmt: skip

    attendance, locks = AttendanceCache(syncer), LockCache(syncer)
    page = [record(f"emp_{n}") for n in range(3)]
    try:
        attendance.save_attendance(page, NOW)
        assert _heard_within(heard) == [f"{PUSHED} emp_0,emp_1,emp_2"]
        attendance.save_attendance(page, NOW)  # read again, the same: nobody's row changed
        assert _heard_within(heard, 1.0) == []
        page[1] = record("emp_1", clock_out=NOW.replace(hour=22))
        attendance.save_attendance(page, NOW)
        assert _heard_within(heard) == [f"{PUSHED} emp_1"]

        locks.save_events([event(1, "emp_2"), event(2, "emp_0")], NOW)
        assert _heard_within(heard) == [f"{PUSHED} emp_0,emp_2"]
        locks.save_events([event(1, "emp_2")], NOW)  # known already
        assert _heard_within(heard, 1.0) == []
        locks.save_events([event(3, None)], NOW)  # nobody's: the feed, the whole board
        assert _heard_within(heard) == ["lock_event"]
        # This desk's own pages hear the table as always.
        own: list[str] = []
        syncer.on_commit(own.append)
        attendance.save_attendance(page, NOW)
        assert own == ["attendance"]
    finally:
        listener.stop()
        syncer.close()
        other.close()
