"""The start-up benchmark's mark works: the console and the bare window print it and quit.

``tests/benchmarks/run.py`` times both from launch to this line; the rest of the
benchmarks run only by hand (``python tests/benchmarks/run.py --quick``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "command",
    [["-m", "desktop"], [str(ROOT / "tests" / "benchmarks" / "bare_window.py")]],
    ids=["console", "bare window"],
)
def test_the_window_says_when_it_is_ready_and_quits(command: list[str], tmp_path: Path) -> None:
    env = os.environ | {
        "QT_QPA_PLATFORM": "offscreen",
        "FRONTDESK_HOME": str(tmp_path),
        "FRONTDESK_QUIT_WHEN_READY": "1",
    }
    result = subprocess.run(
        [sys.executable, *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("frontdesk-ready"), result.stdout
