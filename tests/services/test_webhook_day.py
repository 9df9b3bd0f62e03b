"""The free plan's working day of ``test_budget_day.py`` again, with WorkTime One's
webhooks delivered to a real receiver at each upload: while they flow the board's loop
only reconciles, so the day spends fewer requests than polling alone, with no 429."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from desktop.sandbox import SandboxServer
from tests.helpers.budget_day import DAY_START, live_day, webhook_day


def _fresh_day(sandbox: SandboxServer) -> None:
    sandbox.controls.reset(seed=1, now=DAY_START.isoformat(), live=True)
    sandbox.controls.time(frozen=True)


@pytest.mark.slow
def test_webhooks_spend_fewer_requests_than_polling_the_same_day(
    sandbox: SandboxServer, tmp_path: Path
) -> None:
    _fresh_day(sandbox)
    polling = asyncio.run(live_day(sandbox, "free"))
    _fresh_day(sandbox)
    pushed = asyncio.run(webhook_day(sandbox, "free", tmp_path / "store.db"))

    assert (polling.refused, pushed.day.refused, pushed.day.failures) == (0, 0, 0)
    assert pushed.events > 0
    assert pushed.day.requests < polling.requests
    assert len(pushed.apply_ms) > 0
