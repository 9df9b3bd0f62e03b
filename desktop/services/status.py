"""What the console knows about each service's health, for the status bar.

A connection check (``Connections.check``) reports what it learned
(``succeeded``, ``failed``), and so does each live refresh that succeeds;
listeners (the status bar, the error banner) hear about every change. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import Enum
from typing import TYPE_CHECKING

from desktop.api.errors import (
    SERVICE_NAMES,
    ApiError,
    AuthError,
    NetworkError,
    PermissionDenied,
    RateLimited,
    ServerError,
)
from desktop.api.errors import Service as Service  # one definition, used from here too
from desktop.words import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop.api import RateLimit

SERVICES: tuple[Service, ...] = ("worktime", "worktaps", "worq")
SERVICE_TITLES = SERVICE_NAMES  # the API errors' names for them: one spelling


class Health(Enum):
    NOT_CONFIGURED = QT_TRANSLATE_NOOP("Health", "not set up")
    UNKNOWN = QT_TRANSLATE_NOOP("Health", "not checked yet")
    CONNECTED = QT_TRANSLATE_NOOP("Health", "connected")
    OFFLINE = QT_TRANSLATE_NOOP("Health", "offline")
    AUTH_FAILED = QT_TRANSLATE_NOOP("Health", "key refused")
    RATE_LIMITED = QT_TRANSLATE_NOOP("Health", "hourly limit reached")
    FAILING = QT_TRANSLATE_NOOP("Health", "service failing")

    @property
    def words(self) -> str:
        """The state in the console's language, to show (``value`` stays English)."""
        return translate("Health", self.value)


@dataclass(frozen=True, slots=True)
class ServiceState:
    service: Service
    health: Health = Health.UNKNOWN
    detail: str = ""
    rate_limit: RateLimit | None = None
    last_ok: datetime | None = None
    can_write: bool | None = None  # None: not known yet
    read_only_reason: str = ""

    @property
    def title(self) -> str:
        return SERVICE_TITLES[self.service]


Listener = Callable[[ServiceState], None]


def health_for(exc: ApiError) -> Health | None:
    """How a failure changes a service's health (None: the service itself is fine)."""
    if isinstance(exc, AuthError):
        return Health.AUTH_FAILED
    if isinstance(exc, NetworkError):
        return Health.OFFLINE
    if isinstance(exc, RateLimited):
        return Health.RATE_LIMITED
    if isinstance(exc, ServerError):
        return Health.FAILING
    return None


class ServiceHealth:
    def __init__(self, now: Callable[[], datetime] | None = None) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self.states: dict[Service, ServiceState] = {s: ServiceState(s) for s in SERVICES}
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def set(self, service: Service, **changes: object) -> ServiceState:
        state = replace(self.states[service], **changes)  # type: ignore[arg-type]
        self.states[service] = state
        for listener in list(self._listeners):
            listener(state)
        return state

    def succeeded(self, service: Service, rate_limit: RateLimit | None) -> None:
        current = self.states[service]
        self.set(
            service,
            health=Health.CONNECTED,
            detail="",
            rate_limit=rate_limit or current.rate_limit,
            last_ok=self._now(),
        )

    def observed(self, service: Service, rate_limit: RateLimit | None) -> None:
        """A request's rate-limit headers (a write's too): the requests left move at once,
        nothing else about the service's health changes."""
        if rate_limit is not None and rate_limit != self.states[service].rate_limit:
            self.set(service, rate_limit=rate_limit)

    def failed(self, service: Service, exc: ApiError, rate_limit: RateLimit | None) -> None:
        health = health_for(exc)
        current = self.states[service]
        changes: dict[str, object] = {"rate_limit": rate_limit or current.rate_limit}
        if health is not None:
            changes |= {"health": health, "detail": exc.message}
        elif isinstance(exc, PermissionDenied):
            changes |= {"can_write": False, "read_only_reason": exc.message}
        self.set(service, **changes)
