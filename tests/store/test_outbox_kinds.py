"""The outbox as several queues, one per sender's kinds; what a sent or failed entry keeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.store import Database, Outbox, OutboxEntry

START = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
CLOCK = ("clock_correction",)
TAPS = ("account_create", "account_update")


@pytest.fixture
def outbox(db: Database) -> Outbox:
    return Outbox(db, now=lambda: START)


def add(outbox: Outbox, kind: str, n: int = 1) -> OutboxEntry:
    return outbox.add(kind, {"n": n}, "Dana Manager", "because")


def test_next_ready_takes_only_the_kinds_asked_for(outbox: Outbox) -> None:
    clock = add(outbox, "clock_correction")
    account = add(outbox, "account_create")
    update = add(outbox, "account_update")
    assert outbox.next_ready(CLOCK) == clock
    ready = outbox.next_ready(TAPS)
    assert ready == account
    assert outbox.next_ready() == clock  # no filter: one queue, as before
    outbox.mark_sending(account.id)
    outbox.mark_sent(account.id, "5001")
    assert outbox.next_ready(TAPS) == update


def test_an_entry_being_sent_holds_back_only_its_own_queue(outbox: Outbox) -> None:
    clock = add(outbox, "clock_correction")
    account = add(outbox, "account_create")
    outbox.mark_sending(clock.id)
    assert outbox.next_ready(CLOCK) is None
    assert outbox.next_ready(TAPS) == account
    assert outbox.next_ready() is None
    assert outbox.in_flight(CLOCK) == [outbox.get(clock.id)]
    assert outbox.in_flight(TAPS) == []
    assert len(outbox.in_flight()) == 1


def test_a_waiting_head_holds_back_only_its_own_queue(outbox: Outbox) -> None:
    clock = add(outbox, "clock_correction")
    account = add(outbox, "account_create")
    outbox.mark_sending(clock.id)
    outbox.mark_retry(clock.id, START + timedelta(minutes=5), "503")
    assert outbox.next_ready(CLOCK) is None
    assert outbox.next_ready(TAPS) == account


def test_entries_filter_by_kind_and_state(outbox: Outbox) -> None:
    first = add(outbox, "clock_correction", 1)
    add(outbox, "account_create", 2)
    third = add(outbox, "clock_correction", 3)
    assert [e.id for e in outbox.entries(kinds=CLOCK)] == [third.id, first.id]
    assert [e.id for e in outbox.entries(["queued"], kinds=CLOCK, order="ASC")] == [
        first.id,
        third.id,
    ]
    assert outbox.entries(kinds=()) == []
    assert outbox.next_ready(()) is None
    assert len(outbox.entries()) == 3


def test_a_sent_entry_keeps_the_services_answer(outbox: Outbox) -> None:
    entry = add(outbox, "account_create")
    outbox.mark_sending(entry.id)
    sent = outbox.mark_sent(entry.id, "5001", {"result": {"id": 5001}})
    assert (sent.state, sent.server_id, sent.evidence) == ("sent", "5001", {"result": {"id": 5001}})


def test_a_failed_entry_keeps_the_refused_field(outbox: Outbox) -> None:
    entry = add(outbox, "account_create")
    outbox.mark_sending(entry.id)
    failed = outbox.mark_failed(entry.id, "Email taken", {"field": "email", "code": 40029})
    assert failed.state == "failed"
    assert failed.last_error == "Email taken"
    assert failed.evidence == {"field": "email", "code": 40029}


def test_without_evidence_a_move_leaves_it_as_it_was(outbox: Outbox) -> None:
    entry = add(outbox, "clock_correction")
    outbox.mark_sending(entry.id)
    outbox.mark_needs_attention(entry.id, {"why": "cannot tell"}, "cannot tell")
    outbox.resolve(entry.id, landed=False)
    outbox.mark_sending(entry.id)
    failed = outbox.mark_failed(entry.id, "refused")
    assert failed.evidence == {"why": "cannot tell"}
