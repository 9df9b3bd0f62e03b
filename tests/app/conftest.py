"""Fixtures for the app foundations: an in-memory keyring, a temporary FRONTDESK_HOME."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop.log import redactor, teardown_logging
from desktop.paths import HOME_ENV, AppPaths, app_paths
from tests.memory_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test here gets a fresh in-memory keyring; the real vault is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


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
