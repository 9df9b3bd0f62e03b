"""An ASGI app served by uvicorn on a thread of its own, started and stopped cleanly: the
sandbox, and the webhook receiver (whose requests then never wait on the Qt thread)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import threading
from collections.abc import Callable, Coroutine
from typing import Any

import uvicorn

START_TIMEOUT = 30.0
Alongside = Callable[[], Coroutine[Any, Any, None]]


def listening_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """A TCP socket bound to ``host``:``port`` (0: a free port) and listening. ``OSError``
    when the address is taken or not this machine's."""
    # IPPROTO_TCP, not 0: asyncio turns on TCP_NODELAY only for sockets that say they are
    # TCP, and without it every small answer waited ~40 ms for a delayed ACK.
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        # Windows' SO_REUSEADDR lets a second socket take a port in use (no error, and
        # either may get the connections); its exclusive use is what POSIX's plain bind is.
        if sys.platform == "win32":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


class ThreadedServer:
    """``ThreadedServer(app, sock).start()`` ... ``.stop()``; ``alongside`` runs on the
    server's loop for as long as it serves (the sandbox's live ticker)."""

    def __init__(
        self,
        app: Any,
        sock: socket.socket,
        *,
        name: str,
        alongside: Alongside | None = None,
        log_level: str = "warning",
        own_logging: bool = True,
    ) -> None:
        self._socket, self._alongside, self.name = sock, alongside, name
        config = uvicorn.Config(
            app,
            log_level=log_level,
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
            # In the console, uvicorn's records go through the console's redacting handlers.
            log_config=uvicorn.config.LOGGING_CONFIG if own_logging else None,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._socket.getsockname()[1])

    def start(self) -> ThreadedServer:
        self._thread = threading.Thread(target=self.run, name=self.name, daemon=True)
        self._thread.start()
        deadline = START_TIMEOUT
        while not self._server.started and deadline > 0 and self._thread.is_alive():
            self._thread.join(0.01)
            deadline -= 0.01
        if not self._server.started:
            raise RuntimeError(f"the {self.name} did not start")
        return self

    def run(self) -> None:
        """Serve in this thread until ``stop`` (the command line's way)."""
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        beside = asyncio.create_task(self._alongside()) if self._alongside else None
        try:
            await self._server.serve(sockets=[self._socket])
        finally:
            if beside is not None:
                beside.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await beside

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
            if self._thread.is_alive():
                logging.getLogger("desktop.serving").warning("the %s did not stop", self.name)
            self._thread = None
        self._socket.close()
