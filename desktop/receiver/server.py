"""The webhook receiver on an address of the manager's choosing, on its own thread.

Its requests are served there, and each delivery is kept through a store connection
of that thread's own, so neither a flood of deliveries nor a slow disk holds up the
window; the session is told of each kept delivery (``stored``, called on that thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.receiver.app import PATH, create_receiver
from desktop.receiver.health import WebhookHealth
from desktop.serving import ThreadedServer, listening_socket
from desktop.store import Database, open_store
from desktop.store.webhooks import WebhookInbox

log = logging.getLogger("desktop.receiver")


class WebhookReceiver:
    def __init__(
        self,
        store: Path | str | Database,
        health: WebhookHealth,
        secret: str,
        clock: Callable[[], datetime],
        stored: Callable[[], None],
        *,
        own_logging: bool = False,
    ) -> None:
        self.store, self.health, self.secret = store, health, secret
        self.clock, self.stored, self.own_logging = clock, stored, own_logging
        self._server: ThreadedServer | None = None
        self._inboxes = threading.local()  # one store connection per serving thread
        self._opened: list[Database] = []
        self.url: str | None = None

    def _keep(self, body: bytes, event: str, occurred: datetime, kept: bytes | None) -> bool:
        inbox: WebhookInbox | None = getattr(self._inboxes, "inbox", None)
        if inbox is None:
            # Another connection to the session's store (with its password, on a team's);
            # or the store at a path, for a receiver of its own.
            store = self.store
            db = store.reopen_for_writes() if isinstance(store, Database) else open_store(store)
            self._opened.append(db)
            inbox = self._inboxes.inbox = WebhookInbox(db)
        return inbox.keep(body, event, occurred, self.clock(), kept=kept)

    def start(self, host: str, port: int) -> str:
        """Serve on ``host``:``port`` (0: a free one); answers the URL to give WorkTime One.
        ``OSError`` when the address cannot be used."""
        sock = listening_socket(host, port)
        app = create_receiver(self._keep, self.secret, self.health, self.clock, self.stored)
        self._server = ThreadedServer(app, sock, name="webhook receiver",
                                      own_logging=self.own_logging)  # fmt: skip
        self._server.start()
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self._server.port}{PATH}"
        self.health.serving(self.url)
        log.info("webhook receiver listening at %s", self.url)
        return self.url

    @property
    def port(self) -> int | None:
        return self._server.port if self._server is not None else None

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            server.stop()
        for db in self._opened:
            db.close()
        self._opened.clear()
        if self.url is not None:
            self.health.serving(None)
            self.health.summary()
            self.url = None
