"""A session below the window over a fresh store, on the sandbox's clock: no Qt here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.messages import MessageBus
from desktop.sandbox import SandboxServer
from desktop.services.session import Session
from desktop.store import Database, open_store
from desktop.tasks import TaskRunner


@pytest.fixture
def session(
    request: pytest.FixtureRequest, tmp_path: Path, sandbox: SandboxServer
) -> Iterator[Session]:
    """Not connected yet; the organization's timezone known; Ana Ruiz signed in. On a
    SQLite file, or with ``FRONTDESK_TEST_STORE=postgresql`` on a PostgreSQL database."""
    if os.environ.get("FRONTDESK_TEST_STORE") == "postgresql":
        db = open_store(request.getfixturevalue("postgres_url"))
    else:
        db = Database(tmp_path / "cache.sqlite3")
    made = Session(db, TaskRunner(MessageBus()), now=sandbox.state.clock.now)
    made.set_zone("America/New_York")
    made.sign_in("Ana Ruiz")
    yield made
    db.close()
