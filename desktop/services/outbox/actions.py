"""What a manager may do with an outbox entry, each step recorded in the audit log."""

from __future__ import annotations

from typing import Any, Literal

from desktop.services.outbox.registry import kind_of
from desktop.store import AuditLog, Outbox, OutboxEntry

Action = Literal["cancel", "retry", "landed", "not_landed"]
AUDIT_ACTIONS: dict[Action, str] = {
    "cancel": "cancelled",
    "retry": "sent_again",
    "landed": "confirmed_landed",
    "not_landed": "confirmed_not_landed",
}
REASONS: dict[Action, str] = {
    "cancel": "Cancelled before it was sent",
    "retry": "Sent again after it failed",
    "landed": "The manager checked: it reached {service}",
    "not_landed": "The manager checked: it did not reach {service}; send it",
}


def act(
    outbox: Outbox, audit: AuditLog, manager: str, action: Action, entry: OutboxEntry
) -> OutboxEntry:
    """Apply ``action`` to ``entry`` (``OutboxStateError`` when its state forbids it)."""
    if action == "cancel":
        after = outbox.cancel(entry.id)
    elif action == "retry":
        after = outbox.edit(entry.id, entry.payload)
    else:
        after = outbox.resolve(entry.id, landed=action == "landed")
    audit.append(
        manager=manager,
        action=f"{entry.kind}.{AUDIT_ACTIONS[action]}",
        subject=_subject_of(entry),
        payload={"outbox_id": entry.id, **_without_salary(entry.payload)},
        reason=REASONS[action].format(service=_service_of(entry)),
        before={"state": entry.state, "evidence": entry.evidence},
        after={"state": after.state},
        outcome=after.state,
    )
    return after


def _service_of(entry: OutboxEntry) -> str:
    kind = kind_of(entry)
    return kind.service if kind is not None else "the service"


def _subject_of(entry: OutboxEntry) -> str:
    """The audit subject of an entry, as its queued row named it (its kind's ``subject``)."""
    kind = kind_of(entry)
    return kind.subject(entry.payload) if kind is not None else f"outbox/{entry.id}"


def _without_salary(payload: dict[str, Any]) -> dict[str, Any]:
    """An employee write's salary stays in the outbox, never in the audit log."""
    return {key: value for key, value in payload.items() if key != "salary"}
