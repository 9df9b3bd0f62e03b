"""Ending a process at once, as a crash or ``kill -9`` does, on every OS, and the code its
end then reads: SIGKILL on POSIX; on Windows ``os.kill`` with any other number calls
TerminateProcess with that number as the exit code (there is no SIGKILL)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from typing import Any

if sys.platform == "win32":
    KILL = 137  # the shells' 128 + 9; Popen.kill()'s 1 would read as a Python error
    KILLED = KILL
else:
    KILL = signal.SIGKILL
    KILLED = -signal.SIGKILL


def kill_at_once(process: subprocess.Popen[Any]) -> None:
    """No clean-up in ``process``: no handler, no ``finally``, no flush; it ends with KILLED."""
    os.kill(process.pid, KILL)
