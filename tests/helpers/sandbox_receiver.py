"""A loopback webhook receiver that takes many deliveries at once and can refuse them."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from desktop.sandbox.webhooks import sign


class Receiver:
    """Collects each delivery's body after checking its signature; answers ``status``."""

    def __init__(self, status: int = 204) -> None:
        self.bodies: list[bytes] = []
        self.bad_signatures = 0
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers["content-length"]))
                with receiver._lock:
                    if self.headers["X-WorkTime-Signature"] == sign(raw):
                        receiver.bodies.append(raw)
                    else:
                        receiver.bad_signatures += 1
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256  # the sandbox opens one connection per delivery at once

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def payloads(self) -> list[dict[str, Any]]:
        with self._lock:
            assert self.bad_signatures == 0
            return [json.loads(raw) for raw in self.bodies]


@contextmanager
def receiving(status: int = 204) -> Iterator[Receiver]:
    receiver = Receiver(status)
    thread = threading.Thread(
        target=receiver.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield receiver
    finally:
        receiver.server.shutdown()
        receiver.server.server_close()
        thread.join(5)
