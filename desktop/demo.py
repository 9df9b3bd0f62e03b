"""Demo mode: the sandbox in-process, its credentials in memory, a throwaway manager."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
from desktop.services.connections import Keys
from desktop.services.managers import ManagerDirectory

DEMO_MANAGER = "Demo Manager"
DEMO_PIN = "1234"
DEMO_PEPPER = b"front-desk-demo-pepper-not-a-secret"


@dataclass
class Demo:
    sandbox: SandboxServer
    profile: ConnectionProfile
    keys: Keys

    def stop(self) -> None:
        self.sandbox.stop()


def sandbox_profile(sandbox: SandboxServer, name: str = "Demo") -> ConnectionProfile:
    """A connection profile for a running sandbox, with the demo's WorQ partner."""
    return ConnectionProfile(
        name=name,
        worktime_url=sandbox.url("worktime"),
        worktaps_url=sandbox.url("worktaps"),
        worq_url_override=sandbox.url("worq"),
        worq_partner_name=WORQ_PARTNER_NAME,
        worq_customer_code=WORQ_CUSTOMER_CODE,
    )


DEMO_KEYS = Keys(worktime_key("full", "paid"), WORKTAPS_KEY, WORQ_PARTNER_KEY)


def start_demo(speed: float = 1.0) -> Demo:
    """The sandbox on a free loopback port, live: people come and go as time passes."""
    sandbox = SandboxServer(DataParams(live=True), speed=speed, own_logging=False).start()
    return Demo(sandbox, sandbox_profile(sandbox), DEMO_KEYS)


def demo_managers(folder: Path) -> ManagerDirectory:
    managers = ManagerDirectory(folder / "managers.json", lambda: DEMO_PEPPER)
    if DEMO_MANAGER not in managers.names():
        managers.create(DEMO_MANAGER, DEMO_PIN)
    return managers
