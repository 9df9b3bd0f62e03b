"""A damaged database file is set aside and what only this computer had is read back."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import desktop.store.recovery as recovery
from desktop.store import AuditLog, Database, Outbox
from desktop.store.recovery import open_database, recovery_notice


def filled(path: Path, entries: int = 4, rows: int = 30, bulk: int = 3000) -> bytes:
    """A database with outbox entries (one sent), audit rows, then a bulk of cached data."""
    db = Database(path)
    outbox, audit = Outbox(db), AuditLog(db)
    for number in range(entries):
        outbox.add("attendance.correct", {"n": number}, "Ana", "forgot to clock out")
    outbox.mark_sending(1)
    outbox.mark_sent(1, "srv-1")
    for number in range(rows):
        audit.append(manager="Ana", action="correct", subject=f"emp-{number}",
                     payload={"n": number}, reason="r" * 200, before=None, after=None,
                     outcome="queued")  # fmt: skip
    with db.transaction() as conn:
        conn.executemany(
            "INSERT INTO snapshot VALUES ('k', ?, ?, 't')",
            [(str(n), "x" * 300) for n in range(bulk)],
        )
    db.close()
    return path.read_bytes()


def audit_pages(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'audit' AND pagetype = 'leaf' ORDER BY pageno"
        )]  # fmt: skip
    finally:
        conn.close()


@pytest.fixture(params=["with the sqlite3 program", "without it"])
def cli(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Both ways of reading back: Windows and macOS builds seldom find ``sqlite3``."""
    if request.param == "without it":
        monkeypatch.setattr(recovery.shutil, "which", lambda _name: None)
    elif shutil.which("sqlite3") is None:
        pytest.skip("no sqlite3 program on PATH")
    return str(request.param)


def test_a_truncated_file_keeps_its_outbox_and_audit_rows(tmp_path: Path, cli: str) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    damaged = filled(path)[: 150 * 4096]  # the bulk cache at the end is cut off
    path.write_bytes(damaged)

    db, done = open_database(path)
    try:
        assert done is not None
        assert done.aside.read_bytes() == damaged  # set aside untouched
        assert Outbox(db).pending_count() == 3
        assert next(e.state for e in Outbox(db).entries(order="ASC")) == "sent"
        assert AuditLog(db).verify().ok
        assert AuditLog(db).count() == 30
        notice = recovery_notice(done)
        assert "4 outbox entries (3 not yet sent" in notice.details
        assert "30 audit log rows" in notice.details
        assert "Nothing of the outbox or the audit log is known to be lost." in notice.details
        assert db.conn.execute("SELECT count(*) FROM snapshot").fetchone()[0] == 0
    finally:
        db.close()


def test_rows_on_a_damaged_page_are_named_as_lost(tmp_path: Path, cli: str) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    body = bytearray(filled(path, rows=120))
    pages = audit_pages(path)
    assert len(pages) >= 3
    lost_page = pages[1]
    body[(lost_page - 1) * 4096 : lost_page * 4096] = os.urandom(4096)
    body[:100] = bytes(100)  # and the header: SQLite says "file is not a database"
    path.write_bytes(bytes(body))

    db, done = open_database(path)
    try:
        assert done is not None
        assert done.problem == "file is not a database"
        assert done.aside.read_bytes() == bytes(body)
        audit = done.tables["audit"]
        assert audit.lost
        assert 1 in audit.recovered
        assert 120 in audit.recovered
        assert len(audit.recovered) + len(audit.lost) == 120
        assert AuditLog(db).count() == len(audit.recovered)
        first, last = audit.lost[0], audit.lost[-1]
        assert audit.lost == list(range(first, last + 1))
        assert f"audit log rows {first} to {last}" in recovery_notice(done).details
        assert Outbox(db).pending_count() == 3
    finally:
        db.close()


def test_a_file_that_is_no_database_at_all_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    garbage = os.urandom(20_000)
    path.write_bytes(garbage)
    db, done = open_database(path)
    db.close()
    assert done is not None
    assert done.aside.read_bytes() == garbage
    notice = recovery_notice(done)
    assert "Nothing could be read back from the damaged file." in notice.details
    assert "more may be lost" in notice.details


def test_an_empty_file_is_kept_aside_and_a_new_database_made(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    path.write_bytes(b"")
    db, done = open_database(path)
    db.close()
    assert done is not None
    assert done.empty
    assert done.aside.exists()
    assert done.aside.read_bytes() == b""
    assert "was empty (0 bytes)" in recovery_notice(done).text
    assert path.stat().st_size > 0


def test_a_healthy_file_is_opened_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "frontdesk.sqlite3"
    filled(path, bulk=10)
    db, done = open_database(path)
    db.close()
    assert done is None
    assert [p.name for p in tmp_path.iterdir()] == ["frontdesk.sqlite3"]
