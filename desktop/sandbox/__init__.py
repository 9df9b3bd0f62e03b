"""A faithful local stand-in for WorkTime One, WorkTaps and WorQ.

Used by demo mode, every test and the benchmarks. ``SandboxServer`` runs it on
a free loopback port in a background thread; ``create_app`` gives the ASGI app
for ``httpx.ASGITransport``; ``python -m desktop.sandbox`` serves it from the
command line.
"""

from .app import create_app
from .credentials import (
    WORKTAPS_KEY,
    WORKTAPS_READONLY_KEY,
    WORQ_CUSTOMER_CODE,
    WORQ_PARTNER_KEY,
    WORQ_PARTNER_NAME,
    worktime_key,
)
from .data import DataParams, Dataset
from .server import SandboxServer
from .state import SandboxState

__all__ = [
    "WORKTAPS_KEY",
    "WORKTAPS_READONLY_KEY",
    "WORQ_CUSTOMER_CODE",
    "WORQ_PARTNER_KEY",
    "WORQ_PARTNER_NAME",
    "DataParams",
    "Dataset",
    "SandboxServer",
    "SandboxState",
    "create_app",
    "worktime_key",
]
