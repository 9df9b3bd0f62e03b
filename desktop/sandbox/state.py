"""Everything one running sandbox holds: data, clock, limits, faults, log."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime

from .announce import announce_until
from .clock import SimClock
from .data import DataParams, Dataset
from .faults import FaultQueue
from .ratelimit import RateLimiter
from .requestlog import RequestLog
from .webhooks import WebhookHub

WORQ_TOKEN_LIFETIME = 1800


@dataclass(slots=True)
class WorqToken:
    token: str
    partner_name: str
    expires_at: float


@dataclass(slots=True)
class TokenStore:
    clock: SimClock
    lifetime: int = WORQ_TOKEN_LIFETIME
    _tokens: dict[str, WorqToken] = field(default_factory=dict)

    def issue(self, partner_name: str) -> WorqToken:
        token = WorqToken(
            secrets.token_urlsafe(24), partner_name, self.clock.now_ts() + self.lifetime
        )
        self._tokens[token.token] = token
        return token

    def check(self, token: str) -> str | None:
        """None when valid, else the vendor's message: ``Invalid token`` / ``Token expired``."""
        found = self._tokens.get(token)
        if found is None:
            return "Invalid token"
        if self.clock.now_ts() >= found.expires_at:
            return "Token expired"
        return None

    def expire_all(self) -> int:
        now = self.clock.now_ts()
        for token in self._tokens.values():
            token.expires_at = min(token.expires_at, now)
        return len(self._tokens)

    def clear(self) -> None:
        self._tokens.clear()


class SandboxState:
    def __init__(
        self, params: DataParams | None = None, *, now: datetime | None = None, speed: float = 1.0
    ) -> None:
        self.clock = SimClock(now, speed=speed)
        self.params = params or DataParams()
        self.data = Dataset(self.params, self.clock.now())
        self.limiter = RateLimiter(self.clock)
        self.faults = FaultQueue()
        self.requests = RequestLog()
        self.tokens = TokenStore(self.clock)
        self.webhooks = WebhookHub()
        self.seq = 0  # ids for records the services create

    def next_id(self) -> int:
        self.seq += 1
        return self.seq

    def now_ts(self) -> float:
        """The simulated now; in live mode, plans every day up to it first."""
        now = self.clock.now_ts()
        self.data.plan_until(now)
        return now

    def announce_until(self, until: float) -> int:
        """Webhooks for what reached the cloud since the last announcement, up to ``until``
        (never past the simulated now); returns how many events were emitted."""
        return announce_until(self.data, self.webhooks, min(until, self.now_ts()))

    def next_announcement(self, after: float) -> float | None:
        """The next instant after ``after`` at which ``announce_until`` would emit."""
        found = self.data.next_upload_ahead(after)
        return None if found is None else float(found)

    def reset(self, params: DataParams, now: datetime | None = None) -> None:
        if now is not None:
            self.clock.set(now)
        self.params = params
        self.data = Dataset(params, self.clock.now())
        self.limiter.clear()
        self.faults.clear()
        self.requests.clear()
        self.tokens.clear()
        self.tokens.lifetime = WORQ_TOKEN_LIFETIME
        self.webhooks.clear()
        self.seq = 0
