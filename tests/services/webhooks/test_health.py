"""When the deliveries are trusted to bring the changes: after one arrives, for ten quiet
minutes; through a quiet hour once a reconciliation found nothing they missed; not at all
once one found a door opening they had not told, until the next delivery."""

from __future__ import annotations

from datetime import timedelta

from desktop.receiver.health import QUIET_AFTER, TRUSTED_AFTER_CHECK, WebhookHealth
from tests.helpers.budget import START, FakeTime


def test_trust_follows_deliveries_and_what_reconciliation_found() -> None:
    clock = FakeTime()
    health = WebhookHealth(clock)
    assert health.healthy_until() is None  # off
    health.serving("http://127.0.0.1:8765/webhooks/worktime")
    assert health.healthy_until() is None  # nothing arrived yet
    health.received()
    assert health.healthy_until() == START + QUIET_AFTER
    clock.now = START + timedelta(minutes=30)
    assert not health.healthy()  # a quiet half hour, unchecked
    health.reconciled(0)  # polling found nothing the deliveries had not told
    assert health.healthy_until() == clock.now + TRUSTED_AFTER_CHECK
    assert health.healthy()
    clock.now += timedelta(minutes=30)
    health.reconciled(2)  # two door openings no webhook told of
    assert health.healthy_until() is None
    assert not health.state().healthy
    clock.now += timedelta(minutes=1)
    health.received()  # deliveries again: trusted again, as after the first
    assert health.healthy_until() == clock.now + QUIET_AFTER
