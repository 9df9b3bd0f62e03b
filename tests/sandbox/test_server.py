"""Starting and stopping the sandbox, from Python and from the command line."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from desktop.sandbox import SandboxServer, create_app
from desktop.sandbox.credentials import WORKTAPS_KEY, worktime_key
from desktop.sandbox.data import DataParams


def test_starts_on_a_free_loopback_port_and_stops() -> None:
    server = SandboxServer(DataParams(employees=5, days=2))
    assert server.base_url.startswith("http://127.0.0.1:")
    with server:
        assert httpx.get(server.url("sandbox") + "/").status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.url("sandbox") + "/", timeout=2)


def test_two_sandboxes_side_by_side() -> None:
    with (
        SandboxServer(DataParams(employees=5, days=1)) as a,
        SandboxServer(DataParams(employees=6, days=1)) as b,
    ):
        assert a.port != b.port
        assert b.controls.info()["counts"]["employees"] == 6


def test_asgi_app_mounts_in_process() -> None:
    transport = httpx.ASGITransport(app=create_app())
    import asyncio

    async def ask() -> int:
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
            response = await client.get("/_sandbox/")
            return response.status_code

    assert asyncio.run(ask()) == 200


def test_help_lists_the_demo_credentials_and_options() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "desktop.sandbox", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    for option in ("--port", "--seed", "--employees", "--days", "--live", "--speed"):
        assert option in out
    assert worktime_key("read", "free") in out
    assert worktime_key("full", "enterprise") in out
    assert WORKTAPS_KEY in out
    assert "partner_key=" in out


def test_command_line_serves_until_stopped() -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "desktop.sandbox", "--port", "0", "--employees", "10"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        _ask_then_stop(process)
    assert process.returncode is not None


def _ask_then_stop(process: subprocess.Popen[str]) -> None:
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Sandbox on http://127.0.0.1:")
        base = first.split()[2]
        info = httpx.get(base + "/_sandbox/", timeout=10).json()
        assert info["counts"]["employees"] == 10
    finally:
        process.terminate()
        process.wait(timeout=20)
