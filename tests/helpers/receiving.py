"""A session taking the sandbox's webhooks: the receiver on a free loopback port,
registered with the sandbox, signed with the sandbox's secret; and deliveries made by
hand (signed or forged) for the receiver's refusals."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx

from desktop.api.webhooks import SIGNATURE_HEADER, sign
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WEBHOOK_SECRET
from desktop.services.session import Session


@asynccontextmanager
async def receiving(session: Session, sandbox: SandboxServer) -> AsyncIterator[str]:
    """The session's receiver on 127.0.0.1 (a free port), the sandbox delivering to it."""
    url = session.start_receiver("127.0.0.1", 0, WEBHOOK_SECRET)
    sandbox.controls.webhooks(url)
    try:
        yield url
    finally:
        await session.stop()  # the next test's reset forgets the URL


def body(event: str, at: datetime, **data: Any) -> bytes:
    stamp = at.isoformat().replace("+00:00", "Z")
    return json.dumps({"event": event, "timestamp": stamp, "data": data}).encode()


async def deliver(
    url: str,
    content: bytes,
    *,
    secret: str | None = WEBHOOK_SECRET,
    client: httpx.AsyncClient | None = None,
    **headers: str,
) -> httpx.Response:
    """One delivery as WorkTime One makes it (signed with ``secret``; None: unsigned), on
    ``client`` when given (a flood keeps its connections)."""
    sent = {"content-type": "application/json", **headers}
    if secret is not None:
        sent.setdefault(SIGNATURE_HEADER, sign(content, secret))
    if client is not None:
        return await client.post(url, content=content, headers=sent)
    async with httpx.AsyncClient() as own:
        return await own.post(url, content=content, headers=sent)
