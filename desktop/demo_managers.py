"""The demo's one manager, with a PIN everyone is told: light enough for the first frame
(the sandbox the demo talks to starts after it)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.managers import ManagerDirectory
from desktop.words import translate

DEMO_MANAGER = "Demo Manager"
DEMO_PIN = "1234"
DEMO_PEPPER = b"front-desk-demo-pepper-not-a-secret"


def demo_hint() -> str:
    """What the lock screen tells whoever tries the demo."""
    return translate("Demo", "Demo: sign in as {manager} with PIN {pin}.").format(
        manager=DEMO_MANAGER, pin=DEMO_PIN
    )


def demo_managers(folder: Path) -> ManagerDirectory:
    managers = ManagerDirectory(folder / "managers.json", lambda: DEMO_PEPPER)
    if DEMO_MANAGER not in managers.names():
        managers.create(DEMO_MANAGER, DEMO_PIN)
    return managers
