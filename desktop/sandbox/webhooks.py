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
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    def register(self, url: str) -> None:
        if not is_loopback_url(url):
            raise ValueError("the sandbox delivers webhooks to loopback URLs only")
        if url not in self.urls:
            self.urls.append(url)

    def emit(self, event: str, timestamp: str | None, data: dict[str, Any]) -> None:
        """Queue delivery of one event to every registered URL (needs a running loop)."""
        if not self.urls:
            return
        body = json.dumps({"event": event, "timestamp": timestamp, "data": data}).encode()
        for url in self.urls:
            task = asyncio.get_running_loop().create_task(self._deliver(url, event, body))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _deliver(self, url: str, event: str, body: bytes) -> None:
        headers = {"content-type": "application/json", "X-WorkTime-Signature": sign(body)}
        try:
            async with httpx.AsyncClient(timeout=5, verify=_tls_context()) as client:
                response = await client.post(url, content=body, headers=headers)
            self.deliveries.append(Delivery(url, event, response.status_code, None))
        except httpx.HTTPError as exc:
            log.warning("webhook delivery to %s failed: %s", url, exc)
            self.deliveries.append(Delivery(url, event, None, str(exc)))

    def clear(self) -> None:
        self.urls.clear()
        self.deliveries.clear()
