"""Shared fixtures: one real sandbox on a loopback port, reset before each test, and an
in-memory keyring for every test."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import hypothesis  # noqa: F401 - imported up front: see below
import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.sandbox import SandboxServer
from desktop.sandbox.server import SandboxControls
from desktop.store import pg_cluster
from tests.helpers.clock import TEST_NOW, TEST_NOW_ISO
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.postgres import database_of_its_own

# CPython 3.11 can fail with "AST constructor recursion depth mismatch" when two
# threads compile at once; the sandbox's thread works while tests run, so modules
# that pytest would otherwise import lazily mid-run (hypothesis) are imported here.


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist (``-n``) the controller starts one PostgreSQL cluster for all its
    workers, unless ``.ci/run`` started one already: each test still makes a database of
    its own on it (``postgres_url``), and no worker waits for an ``initdb`` of its own."""
    workers = getattr(config.option, "numprocesses", None)
    if not workers or hasattr(config, "workerinput") or os.environ.get(pg_cluster.ENV):
        return
    if pg_cluster.binaries() is None:
        return  # each worker's tests skip (or fail, in CI) and say why
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-pg-"))
    pg_cluster.start(folder)
    watcher = pg_cluster.watch(folder, os.getpid())
    os.environ[pg_cluster.ENV] = str(folder)  # the workers, started after this, inherit it
    config.add_cleanup(lambda: _remove_cluster(folder, watcher))
    config.add_cleanup(lambda: os.environ.pop(pg_cluster.ENV, None))


def _remove_cluster(folder: Path, watcher: subprocess.Popen[bytes]) -> None:
    pg_cluster.remove(folder)
    watcher.wait(timeout=30)  # it sees the folder gone and ends


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked slow first: under pytest-xdist the longest start at once on every
    worker instead of leaving one worker busy at the end. Among them, a long scenario
    before the many short trials of one parametrized test. Otherwise the order collected,
    and the same order on every worker, as xdist requires."""
    trials = Counter(item.nodeid.split("[")[0] for item in items)

    def key(item: pytest.Item) -> tuple[bool, int]:
        slow = item.get_closest_marker("slow") is not None
        return (not slow, trials[item.nodeid.split("[")[0]] if slow else 0)

    items.sort(key=key)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh in-memory keyring for every test: the real vault is never touched."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def locale_kept() -> Iterator[None]:
    """A test that installs a language leaves the next one the locale it found (QLocale's
    default is the process's): dates read the same whatever ran before on the worker."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale() != before:
        QLocale.setDefault(before)


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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL's URL: the cluster ``.ci/run`` started, or one of the tests' own
    (stopped at the end, or by its watcher if this process is killed). Where no binaries
    are found the tests that need it skip with why; in CI that fails the run instead."""
    started = os.environ.get(pg_cluster.ENV)
    if started:
        yield pg_cluster.url_of(Path(started))
        return
    with _cluster_of_its_own() as (_folder, url):
        yield url


@pytest.fixture
def postgres_cluster() -> Iterator[tuple[Path, str]]:
    """A cluster of this test's own, its folder and URL: one it may stop and start again
    (``pg_cluster.stop``, ``resume``: the shared store away and back)."""
    with _cluster_of_its_own() as cluster:
        yield cluster


@contextmanager
def _cluster_of_its_own() -> Iterator[tuple[Path, str]]:
    """Started in a temporary folder, removed at the end (by its watcher if this process is
    killed). Where no binaries are found the test skips with why; in CI it fails."""
    if pg_cluster.binaries() is None:
        reason = (
            "no PostgreSQL binaries (initdb, pg_ctl, postgres) on this machine: "
            "install Debian's postgresql package, or run .ci/run"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must test on PostgreSQL: {reason}")
        pytest.skip(reason)
    folder = Path(tempfile.mkdtemp(prefix="frontdesk-pg-"))  # its owner may be another user
    url = pg_cluster.start(folder)
    watcher = pg_cluster.watch(folder, os.getpid())
    try:
        yield folder, url
    finally:
        _remove_cluster(folder, watcher)


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A database of its own for one test, dropped after it."""
    with database_of_its_own(postgres_server) as url:
        yield url
