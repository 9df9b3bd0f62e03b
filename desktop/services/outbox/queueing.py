"""A write enters the outbox together with its "queued" audit row, or not at all."""

from __future__ import annotations

from typing import Any

from desktop.store import AuditLog, Outbox, OutboxEntry


def queue_write(
    outbox: Outbox,
    audit: AuditLog,
    *,
    kind: str,
    payload: dict[str, Any],
    manager: str,
    reason: str,
    subject: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    audited: dict[str, Any] | None = None,
) -> OutboxEntry:
    """Commit ``payload`` to the outbox and its audit row in one transaction (nested in
    the caller's, if any). ``audited``: what the audit row repeats of the payload, when
    not all of it (never a salary)."""
    if not manager.strip():
        raise ValueError("a change needs the signed-in manager's name")
    with outbox.db.transaction():
        entry = outbox.add(kind, payload, manager, reason)
        audit.append(
            manager=manager,
            action=f"{kind}.queued",
            subject=subject,
            payload={"outbox_id": entry.id, **(payload if audited is None else audited)},
            reason=reason,
            before=before,
            after=after,
            outcome="queued",
        )
    return entry
