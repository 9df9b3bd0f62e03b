"""Run the sandbox on a loopback port in a background thread, and stop it cleanly."""

from __future__ import annotations

import logging
from datetime import datetime
from types import TracebackType
from typing import Any

import httpx

from desktop.serving import ThreadedServer, listening_socket

from .app import create_app
from .data import DataParams
from .faults import QuietDrops
from .http import SERVICE_PATHS
from .live import run_ticker
from .state import SandboxState

logging.getLogger("uvicorn.error").addFilter(QuietDrops())


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
        self._server = ThreadedServer(
            self.app,
            listening_socket("127.0.0.1", port),
            name="sandbox",
            alongside=lambda: run_ticker(self.state),
            log_level=log_level,
            own_logging=own_logging,
        )
        self.port: int = self._server.port
        self.controls = SandboxControls(self.base_url)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, service: str) -> str:
        """Base URL of ``worktime``, ``worktaps``, ``worq`` or ``sandbox``."""
        return self.base_url + SERVICE_PATHS[service]

    def start(self) -> SandboxServer:
        self._server.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (the command line)."""
        self._server.run()

    def stop(self) -> None:
        self.controls.close()
        self._server.stop()

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
