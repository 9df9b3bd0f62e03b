"""Fixtures for the app foundations: an in-memory keyring, a temporary FRONTDESK_HOME."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from desktop.log import redactor, teardown_logging
from desktop.paths import HOME_ENV, AppPaths, app_paths


class MemoryKeyring(KeyringBackend):
    """A keyring held in a dict. With ``limit``, refuses values whose UTF-16 size exceeds it,
    as Windows' CredWrite does (WinError 1783, "The stub received bad data")."""

    priority = 1

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.limit = limit
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.limit is not None and len(password.encode("utf-16-le")) > self.limit:
            raise OSError(1783, "The stub received bad data")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


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
