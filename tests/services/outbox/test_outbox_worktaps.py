"""WorkTaps writes through the outbox against the sandbox: each lands once, whatever the
network does, and a refusal names its field."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop.api import Account, AccountInput, Location, LocationInput, NotFound, WorkTapsClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_READONLY_KEY
from desktop.services.accounts.service import refusal, result
from desktop.store import OutboxEntry
from tests.helpers.worktaps_outbox import (
    EMPLOYEE_ID,
    MANAGER,
    NEW,
    NEW_LOCATION,
    OWNER_EMAIL,
    TERM_DAY,
    TapsDesk,
    account,
    calls,
    elsewhere,
    read,
    run_sender,
    send_now,
    stored,
    taps_sender,
    with_taps,
)

REASON = "New hire at the front desk"


@pytest.fixture
def desk(tmp_path: Path, sandbox: SandboxServer) -> TapsDesk:
    return TapsDesk.open(tmp_path / "frontdesk.sqlite3")


def locations(sandbox: SandboxServer) -> list[Location]:
    async def job(client: WorkTapsClient) -> list[Location]:
        return [loc async for loc in client.iter_locations()]

    return read(sandbox, job)


def named(sandbox: SandboxServer, name: str) -> list[Location]:
    return [loc for loc in locations(sandbox) if loc.name == name]


def fault(sandbox: SandboxServer, method: str, path: str, *, after: bool) -> None:
    sandbox.controls.fault("drop", service="worktaps", path=path, method=method, after=after)


# -- sent at once ---------------------------------------------------------------------------


def test_a_new_account_is_sent_and_shown_with_the_servers_answer(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    assert entry.state == "queued"
    assert desk.actions() == [("account_create.queued", "queued")]
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    made = result(sent)
    assert isinstance(made, Account)
    assert (made.first_name, made.email, sent.server_id) == ("Ada", NEW.email, str(made.id))
    assert [a.id for a in stored(sandbox, "ada.lovelace@example.com")] == [made.id]
    assert len(calls(sandbox, "POST", "/account")) == 1
    assert desk.cached == [made]
    assert desk.actions()[-1] == ("account_create.sent", "sent")
    row = desk.audit.rows()[0]
    assert row.subject == f"account/{NEW.email}"
    assert row.manager == MANAGER
    assert desk.audit.verify().ok


def test_an_update_changes_only_what_was_given(sandbox: SandboxServer, desk: TapsDesk) -> None:
    old = account(sandbox, EMPLOYEE_ID)
    changes = AccountInput(city="Albany", employee_id="E-77")
    entry = desk.accounts.queue_update(old, changes, MANAGER, "Moved")
    assert entry.payload["before"] == {"city": old.city, "employeeId": old.employee_id}
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    assert len(calls(sandbox, "PUT", f"/account/{EMPLOYEE_ID}")) == 1
    now = account(sandbox, EMPLOYEE_ID)
    assert (now.city, now.employee_id, now.email) == ("Albany", "E-77", old.email)
    assert desk.cached == [now]
    row = desk.audit.rows()[-1]  # the oldest: queued
    assert (row.subject, row.before, row.after) == (
        f"account/{EMPLOYEE_ID}",
        {"city": old.city, "employeeId": old.employee_id},
        {"city": "Albany", "employeeId": "E-77"},
    )


def test_a_termination_removes_the_account(sandbox: SandboxServer, desk: TapsDesk) -> None:
    entry = desk.accounts.queue_terminate(account(sandbox, EMPLOYEE_ID), TERM_DAY, MANAGER, "Left")
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    assert sandbox.state.data.accounts[EMPLOYEE_ID].removed
    assert sandbox.state.data.accounts[EMPLOYEE_ID].term_date == "11/17/2026"
    with pytest.raises(NotFound):
        account(sandbox, EMPLOYEE_ID)
    assert desk.removed == [EMPLOYEE_ID]
    assert len(calls(sandbox, "DELETE", f"/account/{EMPLOYEE_ID}")) == 1


def test_a_location_is_created_then_updated(sandbox: SandboxServer, desk: TapsDesk) -> None:
    made = send_now(
        sandbox, desk, desk.accounts.queue_location_create(NEW_LOCATION, MANAGER, "Opened")
    )
    assert made.state == "sent"
    (created,) = named(sandbox, "Harbor Kitchen")
    assert made.server_id == created.id
    assert desk.places == [created]
    changes = LocationInput(city="Cambridge", about="By the river")
    entry = desk.accounts.queue_location_update(created, changes, MANAGER, "Moved")
    assert send_now(sandbox, desk, entry).state == "sent"
    (updated,) = named(sandbox, "Harbor Kitchen")
    assert (updated.id, updated.city, updated.about) == (created.id, "Cambridge", "By the river")
    assert len(calls(sandbox, "POST", "/locations")) == 1
    assert len(calls(sandbox, "PUT", f"/locations/{created.id}")) == 1


# -- refused ----------------------------------------------------------------------------


def test_a_taken_email_fails_on_the_email_field_with_the_servers_words(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    entry = desk.accounts.queue_create(
        NEW.model_copy(update={"email": OWNER_EMAIL}), MANAGER, REASON
    )
    failed = send_now(sandbox, desk, entry)
    assert failed.state == "failed"
    refused = refusal(failed)
    assert refused is not None
    assert (refused.field, refused.code) == ("email", 40029)
    assert refused.server_message == "Email already exists"
    assert failed.last_error == refused.message
    assert "already has this email" in refused.message
    assert len(stored(sandbox, OWNER_EMAIL)) == 1
    assert desk.cached == []
    assert desk.actions()[-1] == ("account_create.failed", "failed")


# -- answers lost ------------------------------------------------------------------------


def test_a_create_whose_answer_was_lost_is_found_by_its_email(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "POST", "/account", after=True)
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    sent = send_now(sandbox, desk, entry)
    (only,) = stored(sandbox, "ada.lovelace@example.com")
    assert (sent.state, sent.server_id) == ("sent", str(only.id))
    assert len(calls(sandbox, "POST", "/account")) == 1  # never sent twice
    lookups = calls(sandbox, "GET", "/accounts")
    assert len(lookups) == 1
    assert "email=ada.lovelace" in lookups[0]["query"]
    found = result(sent)
    assert isinstance(found, Account)
    assert found.id == only.id
    assert desk.cached == [found]
    assert desk.actions()[-1] == ("account_create.verified", "landed")


def test_a_create_lost_before_it_landed_is_sent_again_once(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "POST", "/account", after=False)
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    first = send_now(sandbox, desk, entry)
    assert first.state == "queued"  # checked: not there, so it may go again after a wait
    assert stored(sandbox, "ada.lovelace@example.com") == []
    desk.clock.advance(5)
    second = send_now(sandbox, desk, entry)
    assert second.state == "sent"
    assert len(stored(sandbox, "ada.lovelace@example.com")) == 1
    assert len(calls(sandbox, "POST", "/account")) == 2
    assert [a for a in desk.actions() if a[0] == "account_create.verified"] == [
        ("account_create.verified", "not_landed")
    ]


def test_a_create_by_phone_only_is_found_by_its_phone(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "POST", "/account", after=True)
    entry = desk.accounts.queue_create(NEW.model_copy(update={"email": None}), MANAGER, REASON)
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    assert "phone=" in calls(sandbox, "GET", "/accounts")[0]["query"]
    phones = [a for a in sandbox.state.data.accounts.values() if a.phone == NEW.phone]
    assert [str(a.id) for a in phones] == [sent.server_id]


def test_someone_else_with_the_email_waits_for_a_manager(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    other = NEW.model_copy(update={"first_name": "Augusta", "phone": None})
    elsewhere(sandbox, lambda client: client.create_account(other))
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    fault(sandbox, "POST", "/account", after=False)
    waiting = send_now(sandbox, desk, entry)
    assert waiting.state == "needs_attention"
    assert waiting.evidence is not None
    assert "Augusta" in waiting.evidence["why"]
    assert [a["firstName"] for a in waiting.evidence["found"]] == ["Augusta"]
    assert len(calls(sandbox, "POST", "/account")) == 1
    assert desk.actions()[-1] == ("account_create.verified", "needs_attention")


def test_an_update_whose_answer_was_lost_is_verified(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "PUT", f"/account/{EMPLOYEE_ID}", after=True)
    old = account(sandbox, EMPLOYEE_ID)
    entry = desk.accounts.queue_update(old, AccountInput(city="Albany"), MANAGER, "Moved")
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    assert len(calls(sandbox, "PUT", f"/account/{EMPLOYEE_ID}")) == 1
    assert len(calls(sandbox, "GET", f"/account/{EMPLOYEE_ID}")) == 1
    assert account(sandbox, EMPLOYEE_ID).city == "Albany"
    assert desk.actions()[-1] == ("account_update.verified", "landed")


def test_an_update_lost_before_it_landed_is_sent_again(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "PUT", f"/account/{EMPLOYEE_ID}", after=False)
    old = account(sandbox, EMPLOYEE_ID)
    entry = desk.accounts.queue_update(old, AccountInput(city="Albany"), MANAGER, "Moved")
    assert send_now(sandbox, desk, entry).state == "queued"
    desk.clock.advance(5)
    assert send_now(sandbox, desk, entry).state == "sent"
    assert account(sandbox, EMPLOYEE_ID).city == "Albany"
    assert len(calls(sandbox, "PUT", f"/account/{EMPLOYEE_ID}")) == 2


def test_an_update_half_changed_by_someone_else_waits_for_a_manager(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    old = account(sandbox, EMPLOYEE_ID)
    changes = AccountInput(city="Albany", employee_id="E-77")
    entry = desk.accounts.queue_update(old, changes, MANAGER, "Moved")
    elsewhere(sandbox, lambda c: c.update_account(EMPLOYEE_ID, AccountInput(city="Albany")))
    fault(sandbox, "PUT", f"/account/{EMPLOYEE_ID}", after=False)
    waiting = send_now(sandbox, desk, entry)
    assert waiting.state == "needs_attention"
    assert waiting.evidence is not None
    assert waiting.evidence["now"] == {"city": "Albany", "employeeId": old.employee_id}
    assert "employeeId" in waiting.evidence["why"]


def test_a_termination_whose_answer_was_lost_is_verified_by_a_404(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "DELETE", f"/account/{EMPLOYEE_ID}", after=True)
    entry = desk.accounts.queue_terminate(account(sandbox, EMPLOYEE_ID), TERM_DAY, MANAGER, "Left")
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    assert len(calls(sandbox, "DELETE", f"/account/{EMPLOYEE_ID}")) == 1
    assert [r["status"] for r in calls(sandbox, "GET", f"/account/{EMPLOYEE_ID}")] == [404]
    assert desk.removed == [EMPLOYEE_ID]
    assert desk.actions()[-1] == ("account_delete.verified", "landed")


def test_a_termination_lost_before_it_landed_is_sent_again(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    fault(sandbox, "DELETE", f"/account/{EMPLOYEE_ID}", after=False)
    entry = desk.accounts.queue_terminate(account(sandbox, EMPLOYEE_ID), TERM_DAY, MANAGER, "Left")
    assert send_now(sandbox, desk, entry).state == "queued"
    desk.clock.advance(5)
    assert send_now(sandbox, desk, entry).state == "sent"
    assert sandbox.state.data.accounts[EMPLOYEE_ID].removed


@pytest.mark.parametrize("after", [True, False])
def test_a_location_create_whose_answer_was_lost_is_made_once(
    sandbox: SandboxServer, desk: TapsDesk, after: bool
) -> None:
    fault(sandbox, "POST", "/locations", after=after)
    entry = desk.accounts.queue_location_create(NEW_LOCATION, MANAGER, "Opened")
    send_now(sandbox, desk, entry)
    desk.clock.advance(5)
    sent = send_now(sandbox, desk, entry)
    assert sent.state == "sent"
    (made,) = named(sandbox, "Harbor Kitchen")
    assert sent.server_id == made.id
    assert len(calls(sandbox, "POST", "/locations")) == (1 if after else 2)


def test_a_location_of_the_same_name_known_before_is_not_taken_for_a_new_one(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    existing = elsewhere(sandbox, lambda c: c.create_location(NEW_LOCATION))
    entry = desk.accounts.queue_location_create(
        NEW_LOCATION, MANAGER, "Second one", known=[existing]
    )
    assert entry.payload["known_ids"] == [existing.id]
    fault(sandbox, "POST", "/locations", after=False)
    assert send_now(sandbox, desk, entry).state == "queued"  # not found among the new ones


def test_a_location_update_whose_answer_was_lost_is_verified(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    place = next(loc for loc in locations(sandbox) if loc.id == "301")
    fault(sandbox, "PUT", "/locations/301", after=True)
    entry = desk.accounts.queue_location_update(place, LocationInput(city="Yonkers"), MANAGER, "x")
    assert send_now(sandbox, desk, entry).state == "sent"
    assert len(calls(sandbox, "PUT", "/locations/301")) == 1
    assert desk.actions()[-1] == ("location_update.verified", "landed")


# -- offline, keys, crashes -----------------------------------------------------------------


def test_offline_the_entry_stays_queued(sandbox: SandboxServer, desk: TapsDesk) -> None:
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    queued = send_now(sandbox, desk, entry, base_url="http://127.0.0.1:9/worktaps/api/v1")
    assert queued.state == "queued"
    assert queued.last_error
    assert queued.not_before is not None
    assert desk.actions() == [("account_create.queued", "queued")]  # a plain retry
    desk.clock.advance(5)
    assert send_now(sandbox, desk, entry).state == "sent"


def test_a_read_only_key_stops_the_sender_with_the_reason(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    held = send_now(sandbox, desk, entry, key=WORKTAPS_READONLY_KEY)
    assert held.state == "queued"
    assert held.last_error is not None
    assert "key" in held.last_error
    assert stored(sandbox, "ada.lovelace@example.com") == []


@pytest.mark.parametrize("landed", [True, False])
def test_recover_settles_a_create_a_crash_left_sending(
    sandbox: SandboxServer, desk: TapsDesk, landed: bool
) -> None:
    entry = desk.outbox.mark_sending(desk.accounts.queue_create(NEW, MANAGER, REASON).id)
    if landed:
        elsewhere(sandbox, lambda c: c.create_account(NEW))
    run_sender(sandbox, desk)
    assert desk.entry(entry.id).state == "sent"
    assert len(stored(sandbox, "ada.lovelace@example.com")) == 1
    outcome = "landed" if landed else "not_landed"
    assert ("account_create.verified", outcome) in desk.actions()


def test_entries_go_in_the_order_they_were_queued(sandbox: SandboxServer, desk: TapsDesk) -> None:
    place = desk.accounts.queue_location_create(NEW_LOCATION, MANAGER, "Opened")
    person = desk.accounts.queue_create(NEW, MANAGER, REASON)
    sent = send_now(sandbox, desk, person)  # the location first: it was queued first
    assert (desk.entry(place.id).state, sent.state) == ("sent", "sent")
    assert [r["path"] for r in sandbox.controls.requests("worktaps")] == ["/locations", "/account"]


def test_a_sent_entry_is_not_sent_again(sandbox: SandboxServer, desk: TapsDesk) -> None:
    entry = desk.accounts.queue_create(NEW, MANAGER, REASON)
    send_now(sandbox, desk, entry)
    again = send_now(sandbox, desk, entry)
    assert again.state == "sent"
    assert len(calls(sandbox, "POST", "/account")) == 1


def test_queueing_needs_a_manager_and_a_change(sandbox: SandboxServer, desk: TapsDesk) -> None:
    with pytest.raises(ValueError, match="manager"):
        desk.accounts.queue_create(NEW, " ", REASON)
    with pytest.raises(ValueError, match="changed field"):
        desk.accounts.queue_update(account(sandbox, EMPLOYEE_ID), AccountInput(), MANAGER, "x")
    assert desk.outbox.entries() == []
    assert desk.audit.rows() == []


def test_send_now_while_the_loop_runs_sends_once_and_the_loop_feeds_the_cache(
    sandbox: SandboxServer, desk: TapsDesk
) -> None:
    async def job(client: WorkTapsClient) -> OutboxEntry:
        sender = taps_sender(desk, client)
        sender.sleep = asyncio.sleep
        sender.subscribe(desk.accounts.settled)
        loop = asyncio.ensure_future(sender.run())
        await asyncio.sleep(0.05)
        first = desk.accounts.queue_create(NEW, MANAGER, REASON)
        sender.poke()  # the loop and the dialog both go for it
        second = desk.accounts.queue_location_create(NEW_LOCATION, MANAGER, "Opened")
        sent = await asyncio.gather(
            desk.accounts.send_now(first.id, sender), sender.send_entry(second.id)
        )
        loop.cancel()
        with pytest.raises(asyncio.CancelledError):
            await loop
        assert [e.state for e in sent] == ["sent", "sent"]
        return sent[1]

    place = with_taps(sandbox, job)
    assert len(calls(sandbox, "POST", "/account")) == 1
    assert len(calls(sandbox, "POST", "/locations")) == 1
    assert len(stored(sandbox, "ada.lovelace@example.com")) == 1
    # The account twice: from the sender's listener and from send_now; upserts, so harmless.
    assert [a.email for a in desk.cached] == [NEW.email, NEW.email]
    assert [p.id for p in desk.places] == [place.server_id]  # the listener only
