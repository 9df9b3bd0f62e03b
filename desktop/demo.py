"""Demo mode: the sandbox in-process, its credentials in memory, a throwaway manager."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.config import ConnectionProfile
from desktop.sandbox import (
    WORKTAPS_KEY,
    WORQ_CUSTOMER_CODE,
    WORQ_PARTNER_KEY,
    WORQ_PARTNER_NAME,
    DataParams,
    SandboxServer,
    worktime_key,
)
from desktop.sandbox.catalog import ORG_TIMEZONE
from desktop.sandbox.credentials import WEBHOOK_SECRET
from desktop.services.connections import Keys


@dataclass
class Demo:
    sandbox: SandboxServer
    profile: ConnectionProfile
    keys: Keys

    def now(self) -> datetime:
        """The demo's simulated time: the console follows the sandbox's clock."""
        return self.sandbox.state.clock.now()

    def stop(self) -> None:
        self.sandbox.stop()


ORG_ZONE = ZoneInfo(ORG_TIMEZONE)


def demo_start(now: datetime, zone: ZoneInfo = ORG_ZONE) -> datetime:
    """Now, if it is a working morning or afternoon there; else the last weekday at 10:30,
    so a demo started at night or on a weekend still has people coming and going."""
    local = now.astimezone(zone)
    if local.weekday() < 5 and time(7, 0) <= local.time() < time(19, 0):
        return now
    day = local.date() - timedelta(days=1 if local.time() < time(7, 0) else 0)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, time(10, 30), zone).astimezone(UTC)


def sandbox_profile(
    sandbox: SandboxServer, name: str = "Demo", *, webhooks: bool = False
) -> ConnectionProfile:
    """A connection profile for a running sandbox, with the demo's WorQ partner; with
    ``webhooks``, its events taken on a free loopback port (the sandbox delivers there)."""
    return ConnectionProfile(
        name=name,
        worktime_url=sandbox.url("worktime"),
        worktaps_url=sandbox.url("worktaps"),
        worq_url_override=sandbox.url("worq"),
        worq_partner_name=WORQ_PARTNER_NAME,
        worq_customer_code=WORQ_CUSTOMER_CODE,
        webhooks_on=webhooks,
        webhook_port=0,
        sandbox_url=sandbox.url("sandbox"),
    )


DEMO_KEYS = Keys(worktime_key("full", "paid"), WORKTAPS_KEY, WORQ_PARTNER_KEY, WEBHOOK_SECRET)


def start_demo(speed: float = 1.0) -> Demo:
    """The sandbox on a free loopback port, live: people come and go as time passes."""
    start = demo_start(datetime.now(UTC))
    sandbox = SandboxServer(
        DataParams(live=True), now=start, speed=speed, own_logging=False
    ).start()
    return Demo(sandbox, sandbox_profile(sandbox, webhooks=True), DEMO_KEYS)
