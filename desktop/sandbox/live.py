"""Live mode's pulse: tell webhook listeners what reached the cloud, as it happens."""

from __future__ import annotations

import asyncio
import logging

from .state import SandboxState

log = logging.getLogger("desktop.sandbox.live")
TICK_SECONDS = 0.5


async def run_ticker(state: SandboxState, tick: float = TICK_SECONDS) -> None:
    """Announce every upload since the last announcement at each tick, until cancelled.

    It moves the same watermark as ``POST /_sandbox/webhooks/deliver``, so an upload is
    announced once whichever gets there first.
    """
    while True:
        await asyncio.sleep(tick)
        if not state.params.live or not state.webhooks.urls:
            continue
        try:
            state.announce_until(state.now_ts())
        except Exception:  # the ticker must outlive one bad tick; the error is logged
            log.exception("live tick failed")
