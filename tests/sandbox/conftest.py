"""Fixtures for the sandbox's tests: a loopback listener for webhook deliveries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.webhooks import Listener


@pytest.fixture
def listener() -> Iterator[Listener]:
    listener = Listener()
    listener.thread.start()
    yield listener
    listener.server.shutdown()
    listener.server.server_close()
