"""Run the sandbox on a loopback port in a background thread, and stop it cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from datetime import datetime
from types import TracebackType
from typing import Any

import httpx
import uvicorn

from .app import create_app
from .data import DataParams
from .faults import QuietDrops
from .http import SERVICE_PATHS
from .live import run_ticker
from .state import SandboxState

START_TIMEOUT = 30.0

logging.getLogger("uvicorn.error").addFilter(QuietDrops())


def free_loopback_socket(port: int = 0) -> socket.socket:
    # IPPROTO_TCP, not 0: asyncio turns on TCP_NODELAY only for sockets that say they are
    # TCP, and without it every small answer waited ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class SandboxServer:
    """``with SandboxServer() as sandbox: sandbox.url("worktime")``."""

    def __init__(
        self,
        params: DataParams | None = None,
        *,
        port: int = 0,
        now: datetime | None = None,
        speed: float = 1.0,
        log_level: str = "warning",
        own_logging: bool = True,
    ) -> None:
        self.state = SandboxState(params, now=now, speed=speed)
        self.app = create_app(self.state)
        self._socket = free_loopback_socket(port)
        self.port: int = self._socket.getsockname()[1]
        config = uvicorn.Config(
            self.app,
            log_level=log_level,
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
            # In the console, uvicorn's records go through the console's redacting handlers.
            log_config=uvicorn.config.LOGGING_CONFIG if own_logging else None,
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None
        self.controls = SandboxControls(self.base_url)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, service: str) -> str:
        """Base URL of ``worktime``, ``worktaps``, ``worq`` or ``sandbox``."""
        return self.base_url + SERVICE_PATHS[service]

    def start(self) -> SandboxServer:
        self._thread = threading.Thread(target=self._run, name="sandbox", daemon=True)
        self._thread.start()
        deadline = START_TIMEOUT
        while not self._server.started and deadline > 0 and self._thread.is_alive():
            self._thread.join(0.01)
            deadline -= 0.01
        if not self._server.started:
            raise RuntimeError("the sandbox did not start")
        return self

    def _run(self) -> None:
        asyncio.run(self._serve())

    async def _serve(self) -> None:
        ticker = asyncio.create_task(run_ticker(self.state))
        try:
            await self._server.serve(sockets=[self._socket])
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (the command line)."""
        self._run()

    def stop(self) -> None:
        if self._thread is None:
            self._socket.close()
            return
        self.controls.close()
        self._server.should_exit = True
        self._thread.join(10)
        self._thread = None
        self._socket.close()

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class SandboxControls:
    """The ``/_sandbox`` controls over HTTP, for tests, benchmarks and demo mode."""

    def __init__(self, base_url: str) -> None:
        self._url = base_url + SERVICE_PATHS["sandbox"]
        self._client = httpx.Client(timeout=60)  # one connection, not one per call

    def close(self) -> None:
        self._client.close()

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._client.request(method, self._url + path, json=body)
        response.raise_for_status()
        return response.json()

    def info(self) -> dict[str, Any]:
        return dict(self._call("GET", "/"))

    def reset(self, **params: Any) -> dict[str, Any]:
        return dict(self._call("POST", "/reset", params))

    def fault(self, kind: str, **fault: Any) -> dict[str, Any]:
        return dict(self._call("POST", "/faults", {"kind": kind, **fault})["faults"][0])

    def clear_faults(self) -> None:
        self._call("DELETE", "/faults")

    def requests(self, service: str | None = None, since: int = 0) -> list[dict[str, Any]]:
        query = f"?since={since}" + (f"&service={service}" if service else "")
        return list(self._call("GET", "/requests" + query)["requests"])

    def clear_requests(self) -> None:
        self._call("DELETE", "/requests")

    def time(self, **change: Any) -> dict[str, Any]:
        return dict(self._call("POST", "/time", change))

    def worq(self, **settings: Any) -> dict[str, Any]:
        return dict(self._call("POST", "/worq", settings))

    def webhooks(self, url: str | None = None) -> dict[str, Any]:
        if url is None:
            return dict(self._call("GET", "/webhooks"))
        return dict(self._call("POST", "/webhooks", {"url": url}))

    def deliver_webhooks(self, until: datetime | str | None = None) -> dict[str, Any]:
        """Announce what reached the cloud up to ``until`` (default: the simulated now) and
        wait for those deliveries: ``{"emitted", "until", "next_at"}``."""
        body: dict[str, Any] = {}
        if until is not None:
            body["until"] = until if isinstance(until, str) else until.isoformat()
        return dict(self._call("POST", "/webhooks/deliver", body))

    def test_webhook(self) -> dict[str, Any]:
        """One signed ``webhook.test`` to every URL: ``{"deliveries": [{url, status, error}]}``."""
        return dict(self._call("POST", "/webhooks/test"))
