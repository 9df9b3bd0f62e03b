"""A loopback webhook receiver for the sandbox's deliveries, checking each signature."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from desktop.sandbox.credentials import WEBHOOK_SECRET


class Listener:
    """A loopback webhook receiver; ``wait`` blocks on a condition, never sleeps."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, Any], str, bytes]] = []
        self.arrived = threading.Condition()
        listener = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                with listener.arrived:
                    listener.received.append(
                        (json.loads(body), self.headers["X-WorkTime-Signature"], body)
                    )
                    listener.arrived.notify_all()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def wait(self, count: int, seconds: float = 10) -> list[dict[str, Any]]:
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.received) >= count, seconds)
        for _payload, signature, raw in self.received:
            expected = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
            assert signature == f"sha256={expected}"
        return [payload for payload, _, _ in self.received]
