"""The outbox: every legal move, every refused one, the sending order, and durability."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.store import (
    Database,
    Outbox,
    OutboxEntry,
    OutboxEntryMissing,
    OutboxState,
    OutboxStateError,
)
from tests.helpers.api import Clock

START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
PAYLOAD = {"employee_id": "emp_1", "type": "clock_in", "timestamp": "2026-11-18T08:02:00Z"}
STATES: tuple[OutboxState, ...] = (
    "queued",
    "sending",
    "sent",
    "failed",
    "needs_attention",
    "cancelled",
)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def outbox(db: Database, clock: Clock) -> Outbox:
    return Outbox(db, now=clock)


def add(outbox: Outbox, n: int = 1) -> OutboxEntry:
    return outbox.add("clock", {**PAYLOAD, "n": n}, "Dana Manager", "forgot to clock in")


def in_state(outbox: Outbox, state: OutboxState) -> OutboxEntry:
    """A fresh entry brought to ``state`` by legal moves only."""
    entry = add(outbox)
    steps: dict[OutboxState, list[Callable[[int], object]]] = {
        "queued": [],
        "sending": [outbox.mark_sending],
        "sent": [outbox.mark_sending, lambda i: outbox.mark_sent(i, "srv_1")],
        "failed": [outbox.mark_sending, lambda i: outbox.mark_failed(i, "422: bad time")],
        "needs_attention": [
            outbox.mark_sending,
            lambda i: outbox.mark_needs_attention(i, {"day": []}, "timed out"),
        ],
        "cancelled": [outbox.cancel],
    }
    for step in steps[state]:
        step(entry.id)
    got = outbox.get(entry.id)
    assert got.state == state
    return got


# -- legal moves -------------------------------------------------------------------


def test_add_queues_an_entry_with_everything_it_was_given(outbox: Outbox) -> None:
    entry = outbox.add("clock", PAYLOAD, "Dana Manager", "forgot to clock in")
    assert entry.kind == "clock"
    assert entry.payload == PAYLOAD
    assert (entry.manager, entry.reason) == ("Dana Manager", "forgot to clock in")
    assert entry.state == "queued"
    assert entry.attempts == 0
    assert entry.created_at == entry.updated_at == START
    assert (entry.not_before, entry.last_error, entry.evidence, entry.server_id) == (None,) * 4
    assert outbox.get(entry.id) == entry


def test_a_send_that_lands(outbox: Outbox, clock: Clock) -> None:
    entry = add(outbox)
    clock.advance(5)
    sending = outbox.mark_sending(entry.id)
    assert (sending.state, sending.attempts, sending.updated_at) == ("sending", 1, clock.now)
    sent = outbox.mark_sent(entry.id, "att_9")
    assert (sent.state, sent.server_id, sent.attempts) == ("sent", "att_9", 1)
    assert sent.created_at == START
    assert outbox.get(entry.id) == sent


def test_a_send_without_a_server_id(outbox: Outbox) -> None:
    entry = in_state(outbox, "sending")
    assert outbox.mark_sent(entry.id, None).server_id is None


def test_retry_queues_again_with_the_error_and_counts_attempts(
    outbox: Outbox, clock: Clock
) -> None:
    entry = in_state(outbox, "sending")
    later = clock.now + timedelta(seconds=30)
    queued = outbox.mark_retry(entry.id, later, "503 Service Unavailable")
    assert (queued.state, queued.not_before, queued.last_error) == (
        "queued",
        later,
        "503 Service Unavailable",
    )
    clock.advance(30)
    assert outbox.mark_sending(entry.id).attempts == 2


def test_failed_keeps_the_servers_reason(outbox: Outbox) -> None:
    entry = in_state(outbox, "sending")
    failed = outbox.mark_failed(entry.id, "422: clock-out before clock-in")
    assert (failed.state, failed.last_error) == ("failed", "422: clock-out before clock-in")


def test_needs_attention_keeps_the_evidence(outbox: Outbox) -> None:
    entry = in_state(outbox, "sending")
    evidence = {"day": [{"clock_in": "08:02", "source": "manual"}], "ambiguous": True}
    waiting = outbox.mark_needs_attention(entry.id, evidence, "timed out after sending")
    assert waiting.state == "needs_attention"
    assert waiting.evidence == evidence
    assert waiting.last_error == "timed out after sending"


@pytest.mark.parametrize("state", ["queued", "failed"])
def test_cancel(outbox: Outbox, state: OutboxState) -> None:
    entry = in_state(outbox, state)
    assert outbox.cancel(entry.id).state == "cancelled"


@pytest.mark.parametrize("state", ["failed", "needs_attention"])
def test_edit_queues_the_new_payload_at_once(
    outbox: Outbox, clock: Clock, state: OutboxState
) -> None:
    entry = in_state(outbox, state)
    edited = outbox.edit(entry.id, {**PAYLOAD, "timestamp": "2026-11-18T08:05:00Z"})
    assert edited.state == "queued"
    assert edited.payload["timestamp"] == "2026-11-18T08:05:00Z"
    assert edited.not_before is None
    assert outbox.next_ready() == edited


def test_edit_clears_a_wait_left_by_a_retry(outbox: Outbox, clock: Clock) -> None:
    entry = in_state(outbox, "sending")
    outbox.mark_retry(entry.id, clock.now + timedelta(hours=1), "429")
    outbox.mark_sending(entry.id)
    outbox.mark_failed(entry.id, "400: bad")
    assert outbox.get(entry.id).not_before is not None
    assert outbox.edit(entry.id, PAYLOAD).not_before is None


def test_resolve_landed_is_sent(outbox: Outbox) -> None:
    entry = in_state(outbox, "needs_attention")
    resolved = outbox.resolve(entry.id, landed=True, server_id="att_3")
    assert (resolved.state, resolved.server_id) == ("sent", "att_3")


def test_resolve_not_landed_queues_again_at_once(outbox: Outbox, clock: Clock) -> None:
    entry = in_state(outbox, "sending")
    outbox.mark_retry(entry.id, clock.now + timedelta(minutes=5), "timeout")
    clock.advance(300)
    outbox.mark_sending(entry.id)
    outbox.mark_needs_attention(entry.id, {"day": None}, "dropped")
    resolved = outbox.resolve(entry.id, landed=False)
    assert (resolved.state, resolved.not_before, resolved.server_id) == ("queued", None, None)
    assert resolved.payload == entry.payload


# -- refused moves -----------------------------------------------------------------

MOVES: dict[str, tuple[Callable[[Outbox, int], OutboxEntry], set[OutboxState]]] = {
    "mark_sending": (lambda o, i: o.mark_sending(i), {"queued"}),
    "mark_sent": (lambda o, i: o.mark_sent(i, "x"), {"sending"}),
    "mark_retry": (lambda o, i: o.mark_retry(i, START, "503"), {"sending"}),
    "mark_failed": (lambda o, i: o.mark_failed(i, "400"), {"sending"}),
    "mark_needs_attention": (
        lambda o, i: o.mark_needs_attention(i, {"e": 1}, "timeout"),
        {"sending"},
    ),
    "cancel": (lambda o, i: o.cancel(i), {"queued", "failed"}),
    "edit": (lambda o, i: o.edit(i, {"new": True}), {"failed", "needs_attention"}),
    "resolve_landed": (lambda o, i: o.resolve(i, True, "s"), {"needs_attention"}),
    "resolve_not_landed": (lambda o, i: o.resolve(i, False), {"needs_attention"}),
}
ILLEGAL = [
    (name, state) for name, (_, legal) in MOVES.items() for state in STATES if state not in legal
]
LEGAL = [(name, state) for name, (_, legal) in MOVES.items() for state in sorted(legal)]


@pytest.mark.parametrize(("name", "state"), ILLEGAL)
def test_an_illegal_move_is_refused_and_changes_nothing(
    outbox: Outbox, clock: Clock, name: str, state: OutboxState
) -> None:
    entry = in_state(outbox, state)
    clock.advance(60)
    move, _ = MOVES[name]
    with pytest.raises(OutboxStateError, match=rf"Outbox entry {entry.id} is .*, so it cannot"):
        move(outbox, entry.id)
    assert outbox.get(entry.id) == entry


@pytest.mark.parametrize(("name", "state"), LEGAL)
def test_every_legal_move_is_taken(outbox: Outbox, name: str, state: OutboxState) -> None:
    entry = in_state(outbox, state)
    move, _ = MOVES[name]
    assert move(outbox, entry.id).state != state


def test_the_refusal_says_why_in_plain_words(outbox: Outbox) -> None:
    entry = in_state(outbox, "sending")
    with pytest.raises(OutboxStateError) as caught:
        outbox.cancel(entry.id)
    assert str(caught.value) == (
        f"Outbox entry {entry.id} is being sent, so it cannot be cancelled: "
        "only an entry that is queued or failed can."
    )


@pytest.mark.parametrize("name", sorted(MOVES))
def test_an_unknown_entry(outbox: Outbox, name: str) -> None:
    move, _ = MOVES[name]
    with pytest.raises(OutboxEntryMissing, match="There is no outbox entry 404"):
        move(outbox, 404)
    with pytest.raises(LookupError):
        outbox.get(404)


def test_a_payload_that_is_not_json_is_refused_before_anything_is_stored(
    outbox: Outbox,
) -> None:
    with pytest.raises(TypeError):
        outbox.add("clock", {"at": START}, "Dana", "why")
    with pytest.raises(ValueError, match="Out of range float"):
        outbox.add("clock", {"hours": float("nan")}, "Dana", "why")
    assert outbox.entries() == []


def test_a_naive_not_before_is_a_bug(outbox: Outbox) -> None:
    entry = in_state(outbox, "sending")
    with pytest.raises(ValueError, match="time zone"):
        outbox.mark_retry(entry.id, datetime(2026, 11, 18, 9, 0), "503")
    assert outbox.get(entry.id).state == "sending"


# -- order and waiting -------------------------------------------------------------


def test_next_ready_goes_in_the_order_entries_were_added(outbox: Outbox) -> None:
    ids = [add(outbox, n).id for n in range(5)]
    sent = []
    while (entry := outbox.next_ready()) is not None:
        outbox.mark_sending(entry.id)
        outbox.mark_sent(entry.id, None)
        sent.append(entry.id)
    assert sent == ids


def test_claim_next_takes_the_next_ready_entry_for_this_owner(outbox: Outbox, clock: Clock) -> None:
    first, second = add(outbox, 1), add(outbox, 2)
    claimed = outbox.claim_next()
    assert claimed is not None
    assert (claimed.id, claimed.state, claimed.attempts) == (first.id, "sending", 1)
    assert outbox.claim_next() is None  # one at a time: the first's outcome is not known
    assert outbox.in_flight() == [claimed]
    assert outbox.orphans() == [claimed]  # this owner's own: found again after a crash
    outbox.mark_retry(first.id, clock() + timedelta(minutes=1), "429")
    assert outbox.claim_next() is None  # the head waits, and holds back the rest
    clock.advance(61)
    again = outbox.claim_next()
    assert again is not None
    assert (again.id, again.attempts) == (first.id, 2)
    outbox.mark_sent(first.id, None)
    last = outbox.claim_next()
    assert last is not None
    assert last.id == second.id
    outbox.mark_sent(second.id, None)
    assert outbox.claim_next() is None


def test_next_ready_skips_settled_entries(outbox: Outbox) -> None:
    cancelled = in_state(outbox, "cancelled")
    failed = in_state(outbox, "failed")
    waiting = in_state(outbox, "needs_attention")
    queued = add(outbox)
    assert outbox.next_ready() == queued
    assert queued.id > max(cancelled.id, failed.id, waiting.id)


def test_nothing_is_ready_while_an_entry_is_being_sent(outbox: Outbox) -> None:
    first, second = add(outbox, 1), add(outbox, 2)
    outbox.mark_sending(first.id)
    assert outbox.next_ready() is None
    outbox.mark_sent(first.id, None)
    assert outbox.next_ready() == outbox.get(second.id)


def test_not_before_is_honoured_and_holds_back_later_entries(outbox: Outbox, clock: Clock) -> None:
    first, second = add(outbox, 1), add(outbox, 2)
    outbox.mark_sending(first.id)
    outbox.mark_retry(first.id, clock.now + timedelta(seconds=60), "429: retry later")
    assert outbox.next_ready() is None
    clock.advance(59.999)
    assert outbox.next_ready() is None
    clock.advance(0.001)
    assert outbox.next_ready() == outbox.get(first.id)
    assert outbox.get(second.id).state == "queued"


def test_not_before_in_another_zone_is_the_same_instant(outbox: Outbox, clock: Clock) -> None:
    entry = in_state(outbox, "sending")
    plus_two = timezone(timedelta(hours=2))
    outbox.mark_retry(entry.id, (clock.now + timedelta(seconds=10)).astimezone(plus_two), "x")
    assert outbox.next_ready() is None
    clock.advance(10)
    assert outbox.next_ready() is not None


def test_in_flight_lists_what_was_being_sent_oldest_first(outbox: Outbox) -> None:
    a, b, _ = add(outbox, 1), add(outbox, 2), add(outbox, 3)
    outbox.mark_sending(a.id)
    outbox.mark_sending(b.id)
    assert [e.id for e in outbox.in_flight()] == [a.id, b.id]


def test_entries_newest_first_filtered_and_limited(outbox: Outbox) -> None:
    made = {state: in_state(outbox, state) for state in STATES}
    assert [e.id for e in outbox.entries()] == sorted((e.id for e in made.values()), reverse=True)
    assert [e.state for e in outbox.entries(["failed", "sent"])] == ["failed", "sent"]
    assert outbox.entries(set()) == []
    assert len(outbox.entries(limit=2)) == 2


def test_pending_counts_queued_sending_and_waiting(outbox: Outbox) -> None:
    assert outbox.pending_count() == 0
    for state in STATES:
        in_state(outbox, state)
    assert outbox.pending_count() == 3


# -- durability --------------------------------------------------------------------


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "outbox.sqlite3"


@pytest.fixture
def writer(path: Path) -> Iterator[Database]:
    database = Database(path)
    yield database
    database.close()


def test_the_connection_syncs_every_commit(writer: Database) -> None:
    assert writer.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert writer.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_entry_is_visible_to_a_new_connection_as_soon_as_add_returns(
    writer: Database, path: Path
) -> None:
    outbox = Outbox(writer)
    entry = add(outbox)
    outbox.mark_sending(entry.id)  # the writer stays open: nothing was closed or flushed
    after_crash = Database(path)
    try:
        seen = Outbox(after_crash).get(entry.id)
        assert seen.state == "sending"
        assert [e.id for e in Outbox(after_crash).in_flight()] == [entry.id]
    finally:
        after_crash.close()


def test_every_move_is_visible_to_a_new_connection(writer: Database, path: Path) -> None:
    outbox = Outbox(writer)
    reader = Database(path)
    try:
        entry = add(outbox)
        for move in (
            outbox.mark_sending,
            lambda i: outbox.mark_needs_attention(i, {"e": 1}, "dropped"),
            lambda i: outbox.resolve(i, False),
            outbox.cancel,
        ):
            expected = move(entry.id)
            assert Outbox(reader).get(entry.id) == expected
    finally:
        reader.close()


def test_a_refused_move_leaves_no_transaction_open(writer: Database, path: Path) -> None:
    outbox = Outbox(writer)
    entry = add(outbox)
    with pytest.raises(OutboxStateError):
        outbox.mark_sent(entry.id, None)
    assert not writer.conn.in_transaction
    other = Database(path)  # would wait on a lock left behind
    try:
        Outbox(other).mark_sending(entry.id)
    finally:
        other.close()
