"""Webhook delivery: the vendor's events, signed, POSTed to registered URLs.

Only loopback URLs are accepted: the sandbox never sends traffic elsewhere.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import hmac
import json
import logging
import ssl
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from .credentials import WEBHOOK_SECRET

log = logging.getLogger("desktop.sandbox.webhooks")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def sign(body: bytes, secret: str = WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Built once: each delivery's client would otherwise load the CA bundle again (~20 ms)."""
    return httpx.create_ssl_context()


def is_loopback_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in LOOPBACK_HOSTS


@dataclass(slots=True)
class Delivery:
    url: str
    event: str
    status: int | None
    error: str | None


@dataclass(slots=True)
class WebhookHub:
    urls: list[str] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    # The simulated instant up to which uploads have been announced; None until a URL is
    # registered, so a new listener hears what happens from then on, not the history.
    announced_until: float | None = None
    _tasks: set[asyncio.Task[Delivery]] = field(default_factory=set)
    _logged: set[tuple[str, str]] = field(default_factory=set)

    def register(self, url: str, now: float) -> None:
        if not is_loopback_url(url):
            raise ValueError("the sandbox delivers webhooks to loopback URLs only")
        if url not in self.urls:
            self.urls.append(url)
        if self.announced_until is None:
            self.announced_until = now

    def emit(
        self, event: str, timestamp: str | None, data: dict[str, Any]
    ) -> list[asyncio.Task[Delivery]]:
        """Queue delivery of one event to every registered URL (needs a running loop)."""
        if not self.urls:
            return []
        body = json.dumps({"event": event, "timestamp": timestamp, "data": data}).encode()
        tasks = []
        for url in self.urls:
            task = asyncio.get_running_loop().create_task(self._deliver(url, event, body))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            tasks.append(task)
        return tasks

    async def drain(self) -> None:
        """Wait until every delivery queued so far has ended (answered, refused or failed)."""
        pending = {task for task in self._tasks if not task.done()}
        while pending:  # a delivery queued meanwhile (the live ticker) is waited for too
            await asyncio.wait(pending)
            pending = {task for task in self._tasks if not task.done()}

    async def _deliver(self, url: str, event: str, body: bytes) -> Delivery:
        headers = {"content-type": "application/json", "X-WorkTime-Signature": sign(body)}
        try:
            async with httpx.AsyncClient(timeout=5, verify=_tls_context()) as client:
                response = await client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            self._log_once(url, type(exc).__name__, str(exc))
            delivery = Delivery(url, event, None, str(exc) or type(exc).__name__)
        else:
            delivery = Delivery(url, event, response.status_code, None)
            if not response.is_success:
                self._log_once(url, f"HTTP {response.status_code}", response.reason_phrase)
        self.deliveries.append(delivery)
        return delivery

    def _log_once(self, url: str, cause: str, detail: str) -> None:
        """One warning per URL and cause: a listener that is down must not flood the log."""
        if (url, cause) in self._logged:
            return
        self._logged.add((url, cause))
        log.warning(
            "webhook delivery to %s failed: %s (%s); further %s failures to it are not logged",
            url,
            cause,
            detail,
            cause,
        )

    def clear(self) -> None:
        self.urls.clear()
        self.deliveries.clear()
        self._logged.clear()
        self.announced_until = None
