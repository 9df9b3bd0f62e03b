"""Live mode's pulse: tell webhook listeners about lock events as they happen."""

from __future__ import annotations

import asyncio
import logging

from .records import iso
from .state import SandboxState

log = logging.getLogger("desktop.sandbox.live")
TICK_SECONDS = 0.5


async def run_ticker(state: SandboxState, tick: float = TICK_SECONDS) -> None:
    """Emit ``lock.opened`` for every event uploaded since the last tick, until cancelled."""
    last = state.now_ts()
    while True:
        await asyncio.sleep(tick)
        now = state.now_ts()
        if not state.params.live or not state.webhooks.urls or now <= last:
            last = now
            continue
        try:
            for event in state.data.events_uploaded_between(last, now):
                if event.event == "unlock" and event.success:
                    state.webhooks.emit(
                        "lock.opened",
                        iso(event.server_timestamp),
                        {
                            "lock_id": event.lock_id,
                            "employee_id": event.employee_id,
                            "employee_name": event.employee_name,
                            "timestamp": iso(event.timestamp),
                            "method": event.access_method,
                        },
                    )
        except Exception:  # the ticker must outlive one bad tick; the error is logged
            log.exception("live tick failed")
        last = now
