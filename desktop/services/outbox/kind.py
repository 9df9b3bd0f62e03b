"""One kind of outbox entry: how the sender sends it, and how it learns whether it landed.

A ``Kind`` is a set of plain functions over the entry's JSON payload. Every request
goes through ``Calls``, which the sender supplies: it holds the current client (so a
new key takes effect at once) and spends the request budget, one request per call.

- ``send(calls, payload)`` makes the write and returns ``Sent``: the service's id for
  what was written and its answer as JSON. It raises the client's ``ApiError``; the
  sender decides what each means (retry, fail, or check).
- ``verify(calls, payload, entry)`` is asked when the outcome of a send is unknown (a
  dropped answer, a timeout, a 5xx, a crash mid-request). It reads the service and
  returns a ``Verdict``: landed, not landed, or cannot tell, with the evidence. It
  must never write. A read that fails raises, and the sender asks again later.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.store import OutboxEntry

C = TypeVar("C")
C_co = TypeVar("C_co", covariant=True)
T = TypeVar("T")
Payload = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Sent:
    """A write the service accepted: its id for the record, and the record as answered."""

    server_id: str | None
    result: dict[str, Any] | None = None


class Calls(Protocol[C_co]):
    """``await calls(lambda client: client.get_account(7))``: one request, through the
    sender's current client and budget."""

    async def __call__(self, request: Callable[[C_co], Awaitable[T]]) -> T: ...


Send = Callable[[Calls[C], Payload], Awaitable[Sent]]
Verify = Callable[[Calls[C], Payload, OutboxEntry], Awaitable[Verdict]]


def _seen(payload: Payload, verdict: Verdict) -> dict[str, Any]:
    return dict(verdict.evidence or {})


def _result(payload: Payload, sent: Sent) -> dict[str, Any] | None:
    return sent.result


@dataclass(frozen=True, slots=True, kw_only=True)
class Kind(Generic[C]):
    """What the sender needs to know of one kind of entry (see the module)."""

    name: str
    send: Send[C]
    verify: Verify[C]
    subject: Callable[[Payload], str]  # how the audit log names what the entry changes
    audit_fields: tuple[str, ...] = ()  # payload keys each audit row repeats
    # An entry's evidence for a manager when the check cannot tell (the sender adds
    # ``why`` and ``checked_at``).
    attention: Callable[[Payload, Verdict], dict[str, Any]] = _seen
    # The audit row's ``after`` once sent: by default the service's answer.
    sent_after: Callable[[Payload, Sent], dict[str, Any] | None] = _result
    # Keep the service's answers in the entry's evidence: ``{"result": record}`` once
    # sent (or found landed), ``{"field", "code", ...}`` once refused, so a dialog can
    # show the record or flag the field.
    keeps_answers: bool = False
    # The service, as a manager knows it, for messages.
    service: str = field(default="the service")
    # What an entry of this kind does, for the Outbox page ("Terminate WorkTaps account").
    title: str = ""
    # Whether the console has a form to correct a failed entry of this kind.
    editable: bool = False


Registry = Mapping[str, Kind[C]]


def registry(kinds: Iterable[Kind[C]]) -> dict[str, Kind[C]]:
    """Kinds by name; a name given twice is a bug."""
    found: dict[str, Kind[C]] = {}
    for kind in kinds:
        if kind.name in found:
            raise ValueError(f"outbox kind {kind.name!r} is registered twice")
        found[kind.name] = kind
    return found


def iso_z(value: datetime | None) -> str | None:
    """An instant as the service writes it: UTC, whole seconds, ``Z``."""
    return None if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
