"""One console per data folder: real ``frontdesk --demo`` processes, as a person starts them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.log import LOG_FILE
from desktop.ui.single_instance import LOCK_FILE

RAISED_LINE = "another start for this folder asked for this window: brought to the front"


def wait_for(condition: Callable[[], bool], within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"no {what} within {within} s")
        time.sleep(0.1)


@pytest.fixture
def start(tmp_path: Path) -> Iterator[Callable[[], subprocess.Popen[str]]]:
    env = {**os.environ, "FRONTDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    started: list[subprocess.Popen[str]] = []

    def launch() -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--demo"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        started.append(process)
        return process

    yield launch
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def holder(home: Path) -> int | None:
    """The process id in the lock file (QLockFile writes it on its first line)."""
    try:
        return int((home / "data" / LOCK_FILE).read_text(encoding="utf-8").split()[0])
    except (OSError, ValueError, IndexError):
        return None


def log_text(home: Path) -> str:
    path = home / "logs" / LOG_FILE
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def test_a_second_start_brings_the_first_forward_and_exits(
    start: Callable[[], subprocess.Popen[str]], tmp_path: Path
) -> None:
    first = start()
    wait_for(lambda: holder(tmp_path) == first.pid, 60, "the first to hold the folder")

    second = start()
    output, _ = second.communicate(timeout=60)
    assert second.returncode == 0, output
    assert (
        f"Front Desk is already running for {tmp_path / 'data'}; brought its window to the front."
        in output
    )
    wait_for(lambda: RAISED_LINE in log_text(tmp_path), 30, "raise in the first's log")
    assert first.poll() is None, "the first console stopped"


def test_a_console_killed_with_kill_9_does_not_block_the_next_start(
    start: Callable[[], subprocess.Popen[str]], tmp_path: Path
) -> None:
    first = start()
    wait_for(lambda: holder(tmp_path) == first.pid, 60, "the first to hold the folder")
    first.kill()  # SIGKILL; on Windows TerminateProcess, as sudden
    first.communicate(timeout=30)
    assert holder(tmp_path) == first.pid  # the lock is left behind, as after a crash

    again = start()
    wait_for(lambda: holder(tmp_path) == again.pid or again.poll() is not None, 60, "next start")
    assert again.poll() is None, again.communicate(timeout=30)[0]
    assert holder(tmp_path) == again.pid
