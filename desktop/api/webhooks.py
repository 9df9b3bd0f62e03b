"""WorkTime One's webhooks as it sends them: the signature over the raw body, the
envelope, and what each event's ``data`` holds.

The vendor signs each delivery with ``X-WorkTime-Signature: sha256=HEX``, the HMAC-SHA256
of the raw body with the organization's signing secret. A delivery is checked before
its body is parsed (``signature_ok``, constant time), then read (``envelope``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime

import httpx
from pydantic import ValidationError as PydanticError

from desktop.words import QT_TRANSLATE_NOOP, translate

from ._base import OptionalDate, OptionalTimestamp, Record, Timestamp
from .errors import ApiError, NetworkError
from .models import Employee, WebhookEvent

SIGNATURE_HEADER = "X-WorkTime-Signature"
LOCK_OPENED = "lock.opened"
CLOCK_EVENTS = ("attendance.clock_in", "attendance.clock_out")
PENALTY = "penalty.created"
EMPLOYEE_EVENTS = ("employee.created", "employee.updated", "employee.deleted")
EVENTS = (*EMPLOYEE_EVENTS, *CLOCK_EVENTS, PENALTY, LOCK_OPENED)  # to tick in WorkTime One
TEST_EVENT = "webhook.test"  # what "Send a test event" delivers: counted, applied to nothing


def sign(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_ok(body: bytes, header: str | None, secret: str) -> bool:
    """Whether ``header`` is the signature of ``body`` with ``secret`` (constant time)."""
    if not header or not secret:
        return False
    return hmac.compare_digest(sign(body, secret).encode(), header.strip().encode())


class NotAnEvent(ValueError):
    """A signed body that is no WorkTime One event (not JSON, or not the envelope)."""


def envelope(body: bytes) -> WebhookEvent:
    try:
        return WebhookEvent.model_validate_json(body)
    except PydanticError as exc:
        raise NotAnEvent(f"not a WorkTime One event: {exc.error_count()} problems") from exc


class LockOpened(Record):
    lock_id: str
    timestamp: Timestamp
    employee_id: str | None = None
    employee_name: str | None = None
    method: str | None = None


class ClockPushed(Record):
    """``attendance.clock_in`` or ``attendance.clock_out``."""

    employee_id: str
    timestamp: Timestamp
    employee_name: str | None = None
    lock_id: str | None = None
    method: str | None = None


class PenaltyPushed(Record):
    employee_id: str
    type: str  # late_arrival or early_departure
    minutes: int
    date: OptionalDate = None
    timestamp: OptionalTimestamp = None
    attendance_id: str | None = None


# What each event's data is; an event not here is kept and counted, applied to nothing.
_DATA: dict[str, type[Record]] = {
    LOCK_OPENED: LockOpened,
    PENALTY: PenaltyPushed,
    **dict.fromkeys(CLOCK_EVENTS, ClockPushed),
    **dict.fromkeys(EMPLOYEE_EVENTS, Employee),
}


def data_of(event: WebhookEvent) -> LockOpened | ClockPushed | PenaltyPushed | Employee | None:
    """The event's data as its record (None: an event the console does not apply).
    ``NotAnEvent`` when the data is not what that event carries."""
    kind = _DATA.get(event.event)
    if kind is None:
        return None
    try:
        return kind.model_validate(event.data)  # type: ignore[return-value]
    except PydanticError as exc:
        raise NotAnEvent(f"{event.event} without its data: {exc.error_count()} problems") from exc


async def send_test_event(url: str, secret: str, now: datetime) -> int:
    """A signed ``webhook.test`` posted to the console's own receiver (what "Send a test
    event" does against a real WorkTime One, which has no such button in its API):
    answers the receiver's status. Proves the receiver listens and the secret matches."""
    body = json.dumps(
        {"event": TEST_EVENT, "timestamp": now.isoformat(), "data": {"message": "Test event"}}
    ).encode()
    headers = {"content-type": "application/json", SIGNATURE_HEADER: sign(body, secret)}
    async with _client(
        QT_TRANSLATE_NOOP("ApiWebhooks", "the console's webhook receiver")
    ) as client:
        response = await client.post(url, content=body, headers=headers)
    return response.status_code


async def register_with_sandbox(sandbox_url: str, url: str) -> None:
    """Ask the built-in sandbox to deliver its events to ``url``."""
    async with _client(QT_TRANSLATE_NOOP("ApiWebhooks", "the sandbox")) as client:
        response = await client.post(f"{sandbox_url}/webhooks", json={"url": url})
    if response.is_error:
        said = translate("ApiWebhooks", "The sandbox refused the webhook address: {said}")
        raise ApiError(said.format(said=response.text), service="worktime",
                       status=response.status_code)  # fmt: skip


async def sandbox_test_event(sandbox_url: str) -> list[int | None]:
    """Ask the built-in sandbox to deliver a test event; each URL's answer (None: none)."""
    async with _client(QT_TRANSLATE_NOOP("ApiWebhooks", "the sandbox")) as client:
        response = await client.post(f"{sandbox_url}/webhooks/test")
    if response.is_error:
        said = translate("ApiWebhooks", "The sandbox could not send a test event.")
        raise ApiError(said, service="worktime",
                       status=response.status_code)  # fmt: skip
    return [d.get("status") for d in response.json().get("deliveries", [])]


@asynccontextmanager
async def _client(what: str) -> AsyncIterator[httpx.AsyncClient]:
    """A short-lived client whose failures are ``NetworkError``s naming ``what``."""
    try:
        async with httpx.AsyncClient(timeout=10) as client:
            yield client
    except httpx.HTTPError as exc:
        said = translate("ApiWebhooks", "Could not reach {what}: {reason}").format(
            what=translate("ApiWebhooks", what), reason=exc
        )
        raise NetworkError(said, service="worktime") from exc
