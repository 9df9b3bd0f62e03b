"""The session with no window: in a fresh interpreter (this one has Qt loaded by the UI
tests), against a sandbox over real sockets, and as ``frontdesk sync`` on a terminal."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from desktop.api.webhooks import SIGNATURE_HEADER, sign
from desktop.sandbox.credentials import WEBHOOK_SECRET
from tests.helpers.receiving import body

ROOT = Path(__file__).resolve().parents[2]
SYNC = """
import sys
from desktop.app import main
code = main(["sync", "--demo", "--once"])
if "PySide6" in sys.modules:
    sys.exit("frontdesk sync loaded PySide6")
sys.exit(code)
"""


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FRONTDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=240, check=False,
        cwd=ROOT, env=env,
    )  # fmt: skip


def test_a_session_runs_a_working_day_without_qt(tmp_path: Path) -> None:
    result = _run(["-m", "tests.helpers.headless_session"], tmp_path)
    assert result.returncode == 0, result.stderr[-3000:] or result.stdout
    assert result.stdout.strip().splitlines()[-1] == "ok"


def test_frontdesk_sync_shows_its_progress_and_stops_by_itself(tmp_path: Path) -> None:
    result = _run(["-c", SYNC], tmp_path)
    assert result.returncode == 0, result.stderr[-3000:] or result.stdout
    lines = [line.split("  ", 1)[1] for line in result.stdout.splitlines()]
    assert lines[0].startswith("Front Desk sync: Demo, store ")
    assert "Loading locks and attendance…" in lines
    assert any(line.startswith("WorkTime One: connected — Acme Corporation") for line in lines)
    assert any(line.startswith("Store: 8 locks, ") for line in lines)
    assert any(line.startswith("WorkTaps: ") and "accounts in the store" in line for line in lines)
    assert lines[-1] == "Stopped. Outbox: 0 waiting to be sent."
    assert "Traceback" not in result.stderr


def test_frontdesk_sync_without_a_connection_says_what_to_do(tmp_path: Path) -> None:
    result = _run(["-m", "desktop", "sync", "--once"], tmp_path)
    assert result.returncode == 2
    assert "No connection is set up" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="Windows has no SIGTERM: send_signal(SIGTERM) is TerminateProcess, which no process "
    "can catch; a Windows run stops by Ctrl+C",
)
def test_frontdesk_receive_takes_signed_webhooks_and_stops_on_sigterm(tmp_path: Path) -> None:
    env = {**os.environ, "FRONTDESK_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    run = subprocess.Popen(
        [sys.executable, "-m", "desktop", "receive", "--demo"], stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )  # fmt: skip
    assert run.stdout is not None
    try:
        url = sandbox = ""
        deadline = time.monotonic() + 120
        lines: list[str] = []
        while not url and time.monotonic() < deadline:
            line = run.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "Taking WorkTime One's webhooks at " in line:
                url = line.rsplit(" ", 1)[1].strip()
            elif "The built-in sandbox's controls: " in line:
                sandbox = line.rsplit(" ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:"), "".join(lines)
        # The sandbox's own test event (dated by its clock, signed with its secret)...
        tested = httpx.post(f"{sandbox}/webhooks/test", timeout=30).json()
        assert [d["status"] for d in tested["deliveries"]] == [200]
        # ...and a forgery, refused.
        forged = body("webhook.test", datetime.now(UTC), message="hello")
        headers = {"content-type": "application/json", SIGNATURE_HEADER: sign(forged, "guess")}
        answer = httpx.post(url, content=forged, headers=headers)
        assert answer.status_code == 401
        while time.monotonic() < deadline:
            line = run.stdout.readline()
            lines.append(line)
            if re.search(r"Webhooks: \d+ in the last hour", line):
                break
        run.send_signal(signal.SIGTERM)
        out, err = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            run.kill()
    said = "".join(lines) + out
    assert run.returncode == 0, err[-3000:]
    assert re.search(r"Webhooks: [1-9]\d* in the last hour", said), said
    assert "Stopped. Outbox: 0 waiting to be sent." in said
    assert "Traceback" not in err
    assert WEBHOOK_SECRET not in said + err


def test_frontdesk_sync_on_a_teams_store_syncs_for_it_or_leaves_it_to_the_syncer(
    tmp_path: Path, postgres_url: str
) -> None:
    """A server's ``frontdesk sync --store``: the team's syncer while nobody else is; with
    ``--once`` beside a running syncer it has nothing to do, and says so."""
    from desktop.store import LockCache
    from desktop.store.postgres import PostgresDatabase, SyncLease, connect

    synced = _run(["-m", "desktop", "sync", "--demo", "--once", "--store", postgres_url,
                   "--desk", "Server"], tmp_path / "home")  # fmt: skip
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert "Team: this run syncs" in synced.stdout
    password = postgres_url.partition("://")[2].partition("@")[0].partition(":")[2]
    assert password not in synced.stdout + synced.stderr  # the URL is shown without it
    store = PostgresDatabase(postgres_url)
    holder = SyncLease(lambda: connect(postgres_url))
    try:
        assert len(LockCache(store).locks()) == 8  # the demo's locks, in the shared store
        assert holder.try_take()  # a desk syncs now
        following = _run(["-m", "desktop", "sync", "--demo", "--once", "--store",
                          postgres_url], tmp_path / "home")  # fmt: skip
    finally:
        holder.close()
        store.close()
    assert following.returncode == 0, following.stdout + following.stderr
    assert "Team: following" in following.stdout
    assert "Another desk syncs for the team: nothing for this run to do." in following.stdout
