"""Whether a process runs, asked without touching it, on every OS.

Never ``os.kill(pid, 0)`` on Windows: there every signal but CTRL_C_EVENT and
CTRL_BREAK_EVENT calls TerminateProcess, so the question would end the process asked about.
"""

from __future__ import annotations

import os
import sys


def process_running(pid: int) -> bool:
    """True while process ``pid`` runs, or when this cannot tell (not ours to ask)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _running_on_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0 on POSIX: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, under another user
        return True
    return True


def _running_on_windows(pid: int) -> bool:
    if sys.platform != "win32":  # for the type checker; called on Windows only
        return True
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return ctypes.get_last_error() == access_denied  # exists, but not ours to open
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
