"""Shared fixtures: one real sandbox on a loopback port, reset before each test, and an
in-memory keyring for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import hypothesis  # noqa: F401 - imported up front: see below
import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.sandbox import SandboxServer
from desktop.sandbox.server import SandboxControls
from tests.helpers.clock import TEST_NOW, TEST_NOW_ISO
from tests.helpers.memory_keyring import MemoryKeyring

# CPython 3.11 can fail with "AST constructor recursion depth mismatch" when two
# threads compile at once; the sandbox's thread works while tests run, so modules
# that pytest would otherwise import lazily mid-run (hypothesis) are imported here.


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for every test: the real vault is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    server = SandboxServer(now=TEST_NOW)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> SandboxServer:
    """The session's sandbox, reseeded (seed 1, 120 people, 30 days) at TEST_NOW, clock frozen."""
    sandbox_server.controls.reset(seed=1, now=TEST_NOW_ISO)
    sandbox_server.controls.time(frozen=True, speed=1)
    return sandbox_server


@pytest.fixture
def controls(sandbox: SandboxServer) -> SandboxControls:
    return sandbox.controls
