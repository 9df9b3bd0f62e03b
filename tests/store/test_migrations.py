"""Each migration adds its tables to an older file without touching what it held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import Database, SnapshotCache
from desktop.store.db import MIGRATIONS, split_statements

TABLES = {
    "lock",
    "lock_event",
    "employee",
    "attendance",
    "sync_state",
    "outbox",
    "audit",
    "taps_account",
    "taps_account_location",
    "taps_department",
    "taps_location",
    "worq_employee",
    "worq_import",
}


def _old_file(path: Path, version: int) -> sqlite3.Connection:
    """A file as version ``version`` of the console left it, open to add its rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    for script in MIGRATIONS[:version]:
        for statement in split_statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def _version_one_file(path: Path) -> None:
    conn = _old_file(path, 1)
    conn.executemany(
        "INSERT INTO snapshot (kind, key, body, fetched_at) VALUES (?, ?, ?, ?)",
        [
            ("organization", "worktime", '{"name": "Acme"}', "2026-11-18T15:00:00+00:00"),
            ("health", "worq", '{"ok": true}', "2026-11-18T15:01:00+00:00"),
        ],
    )
    conn.close()


def _tables(db: Database) -> set[str]:
    rows = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def test_version_one_moves_to_the_latest_and_keeps_its_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _version_one_file(path)
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS) == 9
        assert _tables(db) >= TABLES
        snapshots = SnapshotCache(db)
        organization = snapshots.get("organization", "worktime")
        assert organization is not None
        assert organization.body == {"name": "Acme"}
        assert snapshots.get("health", "worq") is not None
        count = db.conn.execute("SELECT count(*) FROM snapshot").fetchone()[0]
        assert count == 2
    finally:
        db.close()


def test_a_new_file_gets_every_table_and_reopening_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Database(path).close()
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS)
        assert {"snapshot"} | TABLES <= _tables(db)
    finally:
        db.close()


def test_version_two_gets_the_outbox_and_the_audit_log(tmp_path: Path) -> None:
    path = tmp_path / "two.sqlite3"
    conn = _old_file(path, 2)
    conn.execute("INSERT INTO sync_state (collection, synced_at) VALUES ('locks', 'x')")
    conn.close()
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS)
        assert db.conn.execute("SELECT count(*) FROM sync_state").fetchone()[0] == 1
        triggers = db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert {row[0] for row in triggers} == {
            "audit_no_update",
            "audit_no_delete",
            "audit_no_replace",
        }
    finally:
        db.close()


def test_a_trigger_stays_one_statement() -> None:
    script = """
    CREATE TABLE t (x);
    CREATE TRIGGER t_no_update BEFORE UPDATE ON t
    BEGIN
        SELECT RAISE(ABORT, 'no');
    END;
    CREATE INDEX t_x ON t (x);
    """
    assert [s.split()[:2] for s in split_statements(script)] == [
        ["CREATE", "TABLE"],
        ["CREATE", "TRIGGER"],
        ["CREATE", "INDEX"],
    ]


def test_version_four_gets_the_worktaps_cache_and_keeps_the_outbox(tmp_path: Path) -> None:
    path = tmp_path / "four.sqlite3"
    conn = _old_file(path, 4)
    conn.execute(
        "INSERT INTO outbox (kind, payload, manager, reason, state, created_at, updated_at) "
        "VALUES ('clock', '{}', 'ann', 'forgot', 'queued', 'x', 'x')"
    )
    conn.close()
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS)
        assert db.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
        assert db.conn.execute("SELECT count(*) FROM taps_account").fetchone()[0] == 0
    finally:
        db.close()


def test_version_five_gets_the_worq_tables_and_keeps_the_worktaps_cache(tmp_path: Path) -> None:
    path = tmp_path / "five.sqlite3"
    conn = _old_file(path, 5)
    conn.execute("INSERT INTO taps_account (id, body, fetched_at) VALUES (1, '{}', 0)")
    conn.close()
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS) == 9
        assert db.conn.execute("SELECT count(*) FROM taps_account").fetchone()[0] == 1
        assert db.conn.execute("SELECT count(*) FROM worq_employee").fetchone()[0] == 0
        assert db.conn.execute("SELECT count(*) FROM worq_import").fetchone()[0] == 0
    finally:
        db.close()


def test_version_eight_keeps_its_audit_log_intact_under_the_desk_columns(tmp_path: Path) -> None:
    """Rows written before a team's columns existed hash as they did: the chain still
    verifies, and a row appended after the migration links to them."""
    import hashlib
    import json

    from desktop.store import AuditLog
    from desktop.store.audit import GENESIS

    path = tmp_path / "eight.sqlite3"
    conn = _old_file(path, 8)
    prev = GENESIS
    for n in (1, 2):
        row = {"id": n, "at": f"2026-11-18T09:0{n}:00.000000+00:00", "manager": "ann",
               "action": "clock_correction.queued", "subject": "emp_1/2026-11-18",
               "payload": "{}", "reason": "forgot", "before": None, "after": None,
               "outcome": "queued", "prev_hash": prev}  # fmt: skip
        text = prev + json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        row["hash"] = prev = hashlib.sha256(text.encode()).hexdigest()
        conn.execute(
            f"INSERT INTO audit ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",  # noqa: S608
            list(row.values()),
        )
    conn.close()
    db = Database(path)
    try:
        log = AuditLog(db)
        assert log.verify().problem == "All 2 rows are intact."
        written = log.append(
            manager="ann", action="clock_correction.queued", subject="emp_1/2026-11-18",
            payload={"n": 3}, reason="forgot", before=None, after=None, outcome="queued",
        )  # fmt: skip
        assert (written.id, written.prev_hash, written.desk) == (3, prev, None)
        assert log.verify().problem == "All 3 rows are intact."
    finally:
        db.close()
