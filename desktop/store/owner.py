"""Who this process is, to the rows it claims, and whether another claimant still runs."""

from __future__ import annotations

import os
import secrets
import socket

from .process_alive import process_running


def _host() -> str:
    return socket.gethostname().replace("/", "_") or "localhost"


# host/pid/token: the token tells this process from an earlier one that had its pid.
PROCESS_OWNER = f"{_host()}/{os.getpid()}/{secrets.token_hex(4)}"


def owner_is_gone(owner: str) -> bool:
    """True only when ``owner`` was a process on this host that no longer runs; an owner
    on another host, or one this cannot tell, counts as alive (its lease decides)."""
    host, _, rest = owner.partition("/")
    pid_text = rest.partition("/")[0]
    if host != _host() or not pid_text.isdigit():
        return False
    return not process_running(int(pid_text))
