"""Webhooks: signed lock.opened deliveries in live mode, to a loopback listener."""

from __future__ import annotations

from desktop.sandbox import SandboxServer
from tests.helpers.webhooks import Listener


def test_live_mode_delivers_signed_lock_opened_events(
    sandbox: SandboxServer, listener: Listener
) -> None:
    # 08:30 in New York on a weekday, ten simulated minutes per real second.
    sandbox.controls.reset(seed=1, live=True, now="2026-11-18T13:30:00Z")
    sandbox.controls.webhooks(listener.url)
    sandbox.controls.time(speed=600, frozen=False)
    payloads = listener.wait(3, seconds=15)  # checks every signature too
    sandbox.controls.time(frozen=True)
    assert len(payloads) >= 3
    assert payloads[0]["event"] == "lock.opened"
    assert set(payloads[0]["data"]) == {
        "lock_id",
        "employee_id",
        "employee_name",
        "timestamp",
        "method",
    }
    assert payloads[0]["data"]["lock_id"].startswith("lock_")
