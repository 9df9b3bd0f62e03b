"""Waiting on a running asyncio loop (qasync's or a plain one) for what a person would see."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def until(condition: Callable[[], object], within: float = 10.0, what: str = "") -> None:
    """Poll ``condition`` on the running loop until it holds; fail after ``within`` seconds."""
    deadline = time.monotonic() + within
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.01)
