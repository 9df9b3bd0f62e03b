"""``Database.transaction()`` nests: an inner block is a SAVEPOINT inside the outer commit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.store import AuditLog, Database, Outbox, OutboxStateError

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "frontdesk.sqlite3"


@pytest.fixture
def writer(path: Path) -> Iterator[Database]:
    database = Database(path)
    yield database
    database.close()


def outbox_ids(path: Path) -> list[int]:
    """What another connection (another process, after a crash) finds on disk."""
    with closing(sqlite3.connect(path)) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM outbox ORDER BY id")]


def add(outbox: Outbox) -> int:
    return outbox.add("clock_correction", {"employee_id": "emp_1"}, "Ana Ruiz", "Other: x").id


def add_then_fail(db: Database, outbox: Outbox, *, audited: bool = False) -> None:
    """A block that writes an entry (and its audit row), then raises before it ends."""
    with db.transaction():
        add(outbox)
        if audited:
            AuditLog(db, lambda: NOW).append(
                manager="Ana Ruiz",
                action="clock_correction.queued",
                subject="emp_1/2026-11-17",
                payload={},
                reason="Other: x",
                before=None,
                after=None,
                outcome="queued",
            )
        raise RuntimeError("a crash before the commit")


def test_an_inner_block_is_on_disk_only_when_the_outer_one_commits(
    writer: Database, path: Path
) -> None:
    outbox = Outbox(writer, lambda: NOW)
    with writer.transaction():
        first = add(outbox)
        assert outbox_ids(path) == []  # add() committed nothing on its own
        second = add(outbox)
    assert outbox_ids(path) == [first, second]
    assert not writer.conn.in_transaction


def test_a_failing_inner_block_is_undone_alone(writer: Database, path: Path) -> None:
    outbox = Outbox(writer, lambda: NOW)
    with writer.transaction():
        kept = add(outbox)
        with pytest.raises(OutboxStateError):
            outbox.mark_sent(kept, None)  # queued, not sending: refused, its savepoint undone
        with pytest.raises(RuntimeError):
            add_then_fail(writer, outbox)
    assert outbox_ids(path) == [kept]
    assert outbox.get(kept).state == "queued"


def test_a_failing_outer_block_undoes_every_inner_one(writer: Database, path: Path) -> None:
    outbox, audit = Outbox(writer, lambda: NOW), AuditLog(writer, lambda: NOW)
    with pytest.raises(RuntimeError):
        add_then_fail(writer, outbox, audited=True)
    assert outbox_ids(path) == []
    assert audit.rows() == []
    assert audit.verify().ok
    assert not writer.conn.in_transaction
    assert add(outbox) >= 1  # the connection is usable again


def test_blocks_nest_more_than_one_deep(writer: Database, path: Path) -> None:
    outbox = Outbox(writer, lambda: NOW)
    with writer.transaction():
        with writer.transaction():
            with pytest.raises(RuntimeError):
                add_then_fail(writer, outbox)
            middle = add(outbox)
        outer = add(outbox)
    assert outbox_ids(path) == [middle, outer]
