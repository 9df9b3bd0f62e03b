"""Who this process is, to the rows it claims, and whether another claimant still runs."""

from __future__ import annotations

import os
import secrets
import socket
import sys


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
    return not _running(int(pid_text))


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, under another user
        return True
    return True


def _running_on_windows(pid: int) -> bool:
    if sys.platform != "win32":  # for the type checker; called on Windows only
        return True
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    query_limited_information, synchronize, still_active, access_denied = 0x1000, 0x100000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information | synchronize, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # exists, but not ours to open
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return bool(code.value == still_active)
    finally:
        kernel32.CloseHandle(handle)
