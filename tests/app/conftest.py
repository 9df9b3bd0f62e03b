"""Fixtures for the app foundations: clean logging, a temporary FRONTDESK_HOME (the
in-memory keyring is every test's, from tests/conftest.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.log import redactor, teardown_logging
from desktop.paths import HOME_ENV, AppPaths, app_paths
from desktop.secrets import WINDOWS_BLOB_LIMIT
from tests.helpers.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    root, desktop = logging.getLogger(), logging.getLogger("desktop")
    levels = (root.level, desktop.level)
    yield
    teardown_logging()
    root.setLevel(levels[0])
    desktop.setLevel(levels[1])
    redactor.clear()


@pytest.fixture
def frontdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "frontdesk-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    return home


@pytest.fixture
def paths(frontdesk_home: Path) -> AppPaths:
    return app_paths().ensure()


@pytest.fixture
def windows_like(memory_keyring: MemoryKeyring) -> MemoryKeyring:
    """The test's keyring, refusing what Windows' Credential Manager refuses."""
    memory_keyring.limit = WINDOWS_BLOB_LIMIT
    return memory_keyring
