"""WorkTaps account and location writes: queued in the outbox with their audit row, sent
at once when the console is online.

Each ``queue_*`` commits the outbox entry and its audit row in one transaction (both
or neither are on disk) and returns the entry. ``send_now`` then asks the WorkTaps
sender to send it without waiting for its loop, so a dialog can show the answer:

- ``sent``: ``result(entry)`` is the account or location as WorkTaps answered;
- ``failed``: ``last_error`` says why in plain words, and ``refusal(entry)`` gives the
  field WorkTaps named, its code and its own words, so the form can flag the field;
- ``queued``: offline, rate limited or the key refused; the sender's loop sends it;
- ``sending``: the answer was lost; the sender checks whether it landed;
- ``needs_attention``: the check could not tell; a manager decides on the outbox page.

Sent entries reach the local cache through the sinks (``settled``); subscribe
``settled`` to the sender so that entries sent by its loop reach it too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol
from uuid import uuid4

from desktop.api import Account, AccountInput, Location, LocationInput
from desktop.api.errors import worktaps_message
from desktop.services.outbox.kinds import account as account_kinds
from desktop.services.outbox.kinds import location as location_kinds
from desktop.services.outbox.kinds.account import account_json, as_input
from desktop.services.outbox.kinds.location import location_json
from desktop.services.outbox.kinds.worktaps_compare import same
from desktop.services.outbox.queueing import queue_write
from desktop.store import AuditLog, Outbox, OutboxEntry


class SendsNow(Protocol):
    async def send_entry(self, entry_id: int) -> OutboxEntry: ...


@dataclass(frozen=True, slots=True)
class Refusal:
    """What WorkTaps refused: its field (``email``, ``meta.startDate``; None when it named
    none), its code, the console's words and the service's own."""

    field: str | None
    code: int | str | None
    message: str
    server_message: str | None


@dataclass
class AccountService:
    outbox: Outbox
    audit: AuditLog
    cache_sink: Callable[[Account], None] | None = None
    cache_remove: Callable[[int], None] | None = None
    location_sink: Callable[[Location], None] | None = None
    draft_id: Callable[[], str] = field(default=lambda: uuid4().hex)

    def __post_init__(self) -> None:
        if self.outbox.db is not self.audit.db:
            raise ValueError("the outbox and the audit log must share one database")

    # -- accounts -------------------------------------------------------------------------

    def queue_create(self, account: AccountInput, manager: str, reason: str) -> OutboxEntry:
        body = account.to_json()
        payload = {"draft_id": self.draft_id(), "input": body}
        return self._queue(account_kinds.CREATE, payload, manager, reason, None, body)

    def queue_update(
        self, account: Account, changes: AccountInput, manager: str, reason: str
    ) -> OutboxEntry:
        """Only the fields set in ``changes`` are sent; their old values are kept to tell,
        should the answer be lost, whether the update landed."""
        sent = changes.to_json()
        if not sent:
            raise ValueError("an update needs at least one changed field")
        now = as_input(account)
        before = {key: now.get(key) for key in sent}
        payload = {"account_id": account.id, "changes": sent, "before": before}
        return self._queue(account_kinds.UPDATE, payload, manager, reason, before, sent)

    def queue_terminate(
        self, account: Account, term_date: date, manager: str, reason: str
    ) -> OutboxEntry:
        before = account_json(account)
        payload = {"account_id": account.id, "term_date": term_date.isoformat(), "before": before}
        after = {"removed": True, "term_date": term_date.isoformat()}
        return self._queue(account_kinds.DELETE, payload, manager, reason, before, after)

    # -- locations --------------------------------------------------------------------

    def queue_location_create(
        self,
        location: LocationInput,
        manager: str,
        reason: str,
        *,
        known: Iterable[Location] = (),
    ) -> OutboxEntry:
        """``known``: the locations the desk knows; those of the same name are not taken
        for this one should its answer be lost."""
        if not (location.name or "").strip():
            raise ValueError("a new location needs a name")
        body = location.to_json()
        ids = sorted(loc.id for loc in known if same("name", loc.name, location.name))
        payload = {"draft_id": self.draft_id(), "input": body, "known_ids": ids}
        return self._queue(location_kinds.CREATE, payload, manager, reason, None, body)

    def queue_location_update(
        self, location: Location, changes: LocationInput, manager: str, reason: str
    ) -> OutboxEntry:
        sent = changes.to_json()
        if not sent:
            raise ValueError("an update needs at least one changed field")
        now = location_json(location)
        before = {key: now.get(key) for key in sent}
        payload = {"location_id": location.id, "changes": sent, "before": before}
        return self._queue(location_kinds.UPDATE, payload, manager, reason, before, sent)

    # -- sending ------------------------------------------------------------------------

    async def send_now(self, entry_id: int, sender: SendsNow) -> OutboxEntry:
        """Send the entry now (entries queued before it by the same sender go first) and
        return it as it then is; a sent one reaches the cache."""
        entry = await sender.send_entry(entry_id)
        self.settled(entry)
        return entry

    def settled(self, entry: OutboxEntry) -> None:
        """Bring a sent entry's result into the cache (nothing for any other entry)."""
        if entry.state != "sent":
            return
        if entry.kind == account_kinds.DELETE:
            if self.cache_remove is not None:
                self.cache_remove(int(entry.payload["account_id"]))
            return
        found = result(entry)
        if isinstance(found, Account) and self.cache_sink is not None:
            self.cache_sink(found)
        elif isinstance(found, Location) and self.location_sink is not None:
            self.location_sink(found)

    def _queue(
        self,
        kind: str,
        payload: dict[str, Any],
        manager: str,
        reason: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> OutboxEntry:
        named = account_kinds.subject if kind in account_kinds.KINDS else location_kinds.subject
        return queue_write(
            self.outbox, self.audit, kind=kind, payload=payload, manager=manager, reason=reason,
            subject=named(payload), before=before, after=after,
        )  # fmt: skip


def result(entry: OutboxEntry) -> Account | Location | None:
    """The account or location WorkTaps answered for a sent entry; None when not known
    (not sent, a removal, or marked sent by a manager)."""
    found = (entry.evidence or {}).get("result") if entry.state == "sent" else None
    if not isinstance(found, dict):
        return None
    if entry.kind in (account_kinds.CREATE, account_kinds.UPDATE):
        return Account.model_validate(found)
    if entry.kind in location_kinds.KINDS:
        return Location.model_validate(found)
    return None


def refusal(entry: OutboxEntry) -> Refusal | None:
    """What WorkTaps refused in a failed entry, or None."""
    evidence = entry.evidence or {}
    if entry.state != "failed" or "message" not in evidence:
        return None
    # The code's meaning is said again in the console's language now; the kept message
    # is the language of the moment it was refused (and of the desk that sent it).
    said = worktaps_message(evidence.get("code"), evidence.get("server_message"))
    return Refusal(
        field=evidence.get("field"),
        code=evidence.get("code"),
        message=said or str(evidence["message"]),
        server_message=evidence.get("server_message"),
    )
