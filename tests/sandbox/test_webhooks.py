"""Webhooks: signed deliveries to a loopback listener."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WEBHOOK_SECRET


class Listener:
    def __init__(self) -> None:
        self.received: list[tuple[dict[str, Any], str, bytes]] = []
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                listener.received.append(
                    (json.loads(body), self.headers["X-WorkTime-Signature"], body)
                )
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait_for(self, count: int, seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.05)


@pytest.fixture
def listener() -> Iterator[Listener]:
    listener = Listener()
    listener.thread.start()
    yield listener
    listener.server.shutdown()
    listener.server.server_close()


def test_live_mode_delivers_signed_lock_opened_events(
    sandbox: SandboxServer, listener: Listener
) -> None:
    # 08:30 in New York on a weekday, ten simulated minutes per real second.
    sandbox.controls.reset(seed=1, live=True, now="2026-11-18T13:30:00Z")
    sandbox.controls.webhooks(listener.url)
    sandbox.controls.time(speed=600, frozen=False)
    listener.wait_for(3)
    sandbox.controls.time(frozen=True)
    assert len(listener.received) >= 3
    payload, signature, raw = listener.received[0]
    expected = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    assert signature == f"sha256={expected}"
    assert payload["event"] == "lock.opened"
    assert set(payload["data"]) == {
        "lock_id",
        "employee_id",
        "employee_name",
        "timestamp",
        "method",
    }
    assert payload["data"]["lock_id"].startswith("lock_")
