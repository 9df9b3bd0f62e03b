"""A desk joining a team brings its unsent outbox and its audit log into the shared store,
without losing or doubling anything, however often the handover runs."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.store import AuditLog, Database, Outbox
from desktop.store.handover import hand_over
from desktop.store.postgres import PostgresDatabase

START = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


@pytest.fixture
def local(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "frontdesk.sqlite3")
    yield db
    db.close()


@pytest.fixture
def shared(postgres_url: str) -> Iterator[PostgresDatabase]:
    db = PostgresDatabase(postgres_url, "North entrance")
    yield db
    db.close()


def _ticking() -> Callable[[], datetime]:
    """A clock a second later at each reading: each row has a time of its own."""
    seconds = itertools.count(1)
    return lambda: START + timedelta(seconds=next(seconds))


def _desk_with_every_state(local: Database) -> dict[str, int]:
    """One entry in each state, each with its audit row: what a desk holds mid-day."""
    tick = _ticking()
    outbox, audit = Outbox(local, now=tick), AuditLog(local, now=tick)
    ids: dict[str, int] = {}
    for state in ("queued", "sending", "failed", "needs_attention", "sent", "cancelled"):
        entry = outbox.add("clock_correction", {"for": state}, "Ana Ruiz", f"fix {state}")
        audit.append(
            manager="Ana Ruiz", action="clock_correction.queued", subject=f"emp/{state}",
            payload={"outbox_id": entry.id}, reason=f"fix {state}", before=None,
            after={"state": state}, outcome="queued",
        )  # fmt: skip
        if state != "queued" and state != "cancelled":
            outbox.mark_sending(entry.id)
        if state == "failed":
            outbox.mark_failed(entry.id, "The service said no.")
        elif state == "needs_attention":
            outbox.mark_needs_attention(entry.id, {"asked": "att"}, "Did it land?")
        elif state == "sent":
            outbox.mark_sent(entry.id, server_id="att_1")
        elif state == "cancelled":
            outbox.cancel(entry.id)
        ids[state] = entry.id
    return ids


def test_joining_brings_every_unsent_entry_and_the_whole_log(
    local: Database, shared: PostgresDatabase
) -> None:
    ids = _desk_with_every_state(local)
    mine = AuditLog(local).in_order()

    handed = hand_over(local, shared, "Ana Ruiz")

    assert sorted(handed.entries) == [ids["queued"], ids["sending"], ids["failed"],
                                      ids["needs_attention"]]  # fmt: skip
    assert handed.audit_rows == len(mine) == 6
    assert handed.summary() == (
        "This desk handed 4 unsent entries of the outbox and 6 audit log rows to the team's "
        "shared store."
    )
    there = {entry.payload["for"]: entry for entry in Outbox(shared).entries()}
    assert sorted(there) == ["failed", "needs_attention", "queued", "sending"]
    assert there["failed"].last_error == "The service said no."
    assert there["sending"].attempts == 1
    claim = shared.conn.execute(
        "SELECT claimed_by, desk, origin FROM outbox WHERE id = ?", (there["sending"].id,)
    ).fetchone()
    # No claim: a crash's interrupted send, looked for on the service before sending again
    assert claim[0] is None
    assert claim[1] == "North entrance"
    assert claim[2].endswith(f"/{ids['sending']}")
    # The organization's log holds the desk's rows as written, then the handover's own
    log = AuditLog(shared)
    rows = log.in_order()
    assert [(r.at, r.manager, r.action, r.payload, r.after) for r in rows[:6]] == [
        (r.at, r.manager, r.action, r.payload, r.after) for r in mine
    ]
    assert [r.origin for r in rows[:6]] == [r.hash for r in mine]
    assert rows[6].action == "team.handed_over"
    assert rows[6].payload["entries"] == {str(i): there[s].id for s, i in ids.items()
                                          if s in there}  # fmt: skip
    assert rows[6].payload["audit_log_here"] == "All 6 rows are intact."
    assert {r.desk for r in rows} == {"North entrance"}
    assert log.verify().ok
    # Here they are closed, saying where they went; what was settled stays as it was
    here = {entry.payload["for"]: entry for entry in Outbox(local).entries()}
    for state in ("queued", "sending", "failed", "needs_attention"):
        assert here[state].state == "cancelled"
        assert here[state].last_error == (
            "Handed to the team's shared store (desk North entrance), which sends it."
        )
    assert here["sent"].state == "sent"
    assert here["cancelled"].last_error is None


def test_a_second_handover_brings_nothing_twice(local: Database, shared: PostgresDatabase) -> None:
    _desk_with_every_state(local)
    hand_over(local, shared, "Ana Ruiz")
    # A crash after the shared store's commit, before this desk closed its entries
    local.conn.execute("UPDATE outbox SET state = 'queued' WHERE payload LIKE '%queued%'")

    again = hand_over(local, shared, "Ana Ruiz")

    assert not again
    assert again.summary() == ""
    assert again.already == 1 + 6  # the one entry and every row
    assert len(Outbox(shared).entries()) == 4
    assert AuditLog(shared).count() == 7  # no second handover row either
    assert Outbox(local).entries(states=["queued"]) == []
    assert AuditLog(shared).verify().ok


def test_rows_written_on_its_own_since_are_brought_next_time(
    local: Database, shared: PostgresDatabase
) -> None:
    _desk_with_every_state(local)
    hand_over(local, shared, "Ana Ruiz")
    Outbox(local).add("clock_correction", {"for": "offline"}, "Lee Park", "queued offline")
    AuditLog(local).append(
        manager="Lee Park", action="clock_correction.queued", subject="emp/offline",
        payload={}, reason="queued offline", before=None, after=None, outcome="queued",
    )  # fmt: skip

    later = hand_over(local, shared, "Lee Park")

    assert len(later.entries) == 1
    assert later.audit_rows == 1
    assert Outbox(shared).entries()[0].payload["for"] == "offline"  # newest first
    assert [r.action for r in AuditLog(shared).in_order()][-2:] == [
        "clock_correction.queued",
        "team.handed_over",
    ]
    assert AuditLog(shared).verify().ok


def test_a_long_log_is_brought_in_one_go_and_hashes_as_appended_rows_do(
    local: Database, shared: PostgresDatabase
) -> None:
    """``bring`` writes what ``append`` would have, row for row: the chain verifies, and
    rows appended after it link to it."""
    mine = AuditLog(local, now=_ticking())
    with local.transaction():
        for n in range(1_200):  # more than one lookup of known origins (500 at a time)
            mine.append(
                manager="Ana Ruiz", action="session.signed_in", subject="Ana Ruiz",
                payload={"n": n, "note": "Zoë"}, reason="", before=None,
                after={"n": n} if n % 2 else None, outcome="done",
            )  # fmt: skip
    theirs = AuditLog(shared)
    theirs.append(manager="Lee Park", action="session.signed_in", subject="Lee Park",
                  payload={}, reason="", before=None, after=None, outcome="done")  # fmt: skip
    rows = mine.in_order()
    assert theirs.bring(rows) == 1_200
    assert theirs.bring(rows) == 0  # brought already
    theirs.append(manager="Lee Park", action="session.locked", subject="Lee Park",
                  payload={}, reason="", before=None, after=None, outcome="done")  # fmt: skip
    assert theirs.verify().problem == "All 1202 rows are intact."
    kept = theirs.in_order()
    assert [(r.at, r.payload, r.after, r.origin) for r in kept[1:-1]] == [
        (r.at, r.payload, r.after, r.hash) for r in rows
    ]


def test_a_sealed_log_brings_rows_one_by_one_under_its_seal(
    local: Database, tmp_path: Path
) -> None:
    from desktop.store.audit import seal_audit_log
    from desktop.store.audit_seal import new_key

    _desk_with_every_state(local)
    sealed = Database(tmp_path / "sealed.sqlite3")
    try:
        seal_audit_log(sealed, new_key(), key_is_new=True)
        log = AuditLog(sealed)
        rows = AuditLog(local).in_order()
        assert log.bring(rows) == 6
        assert log.bring(rows) == 0
        assert log.verify().problem == "All 6 rows are intact."
        assert log.verify().head.startswith("signed head: 6 rows")
    finally:
        sealed.close()
