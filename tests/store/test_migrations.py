"""Migration 2 adds the cache tables to a version-1 file without touching what it held."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.store import Database, SnapshotCache
from desktop.store.db import MIGRATIONS, _statements

TABLES = {"lock", "lock_event", "employee", "attendance", "sync_state"}


def _version_one_file(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
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


def test_version_one_moves_to_two_and_keeps_its_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _version_one_file(path)
    db = Database(path)
    try:
        assert db.version == len(MIGRATIONS) == 2
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
        assert db.version == 2
        assert {"snapshot"} | TABLES <= _tables(db)
    finally:
        db.close()
