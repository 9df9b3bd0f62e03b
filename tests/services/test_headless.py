"""The session with no window: in a fresh interpreter (this one has Qt loaded by the UI
tests), against a sandbox over real sockets, and as ``frontdesk sync`` on a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
