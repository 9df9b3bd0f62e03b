"""A broken file at start-up gets words in a dialog, not a traceback; the damaged bytes stay."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.log import redactor, teardown_logging
from desktop.messages import MessageBus
from desktop.paths import DATABASE_FILE, HOME_ENV, AppPaths, app_paths
from desktop.startup import Startup
from desktop.store import AuditLog, Database, Outbox
from desktop.tasks import Op, TaskRunner
from tests.helpers.waiting import until

NOBODY = 65534


def as_root() -> bool:
    return getattr(os, "geteuid", lambda: 1)() == 0  # Windows: no root, no geteuid


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    yield app_paths().ensure()
    teardown_logging()
    redactor.clear()


def notices() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox)
        and widget.objectName() == "fileNotice"
        and widget.isVisible()
    ]


def start_and_read(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, count: int = 1
) -> tuple[list[str], int | None, Startup]:
    """Run start-up as ``frontdesk`` does; read each notice as shown and press OK on it.
    Returns the texts, the exit code if start-up ended by itself, and the Startup."""
    startup = Startup(argparse.Namespace(demo=False, self_test=False, debug=False), Path("."))
    texts: list[str] = []

    async def scenario() -> int | None:
        run = asyncio.ensure_future(startup.run())
        for _ in range(count):
            await until(lambda: notices() or run.done(), within=20, what="a notice")
            if run.done():
                break
            box = notices()[0]
            assert box.textFormat() == Qt.TextFormat.PlainText
            texts.append(box.text())
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
            await until(lambda b=box: not b.isVisible(), what="the notice to close")
        if startup.console is not None:
            await until(lambda: startup.console is not None and startup.console.window.isVisible())
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():  # the first-run offer too: nothing left on screen
                    widget.close()
            run.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await run
            await startup.shutdown()
            return None
        code = await asyncio.wait_for(run, 10)
        await startup.shutdown()
        return code

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # as ``frontdesk`` sets it
    try:
        code = qloop.run_until_complete(scenario())
    finally:
        app.setQuitOnLastWindowClosed(quits)
    return texts, code, startup


def test_a_garbage_database_is_set_aside_with_words(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: AppPaths
) -> None:
    path = home.data_dir / DATABASE_FILE
    garbage = os.urandom(10_000)
    path.write_bytes(garbage)
    texts, code, startup = start_and_read(qloop, qtbot)
    assert code is None
    assert startup.console is not None
    [aside] = list(home.data_dir.glob(f"{DATABASE_FILE}.damaged-*"))
    assert aside.read_bytes() == garbage
    [text] = texts
    assert f"The database file {DATABASE_FILE} in {home.data_dir} is damaged" in text
    assert "file is not a database" in text
    assert f"set aside, not deleted, as {aside.name}" in text
    assert "come back from the servers with the next sync" in text
    assert "Nothing could be read back from the damaged file." in text
    assert "Traceback" not in text
    Database(path).close()  # the new database is a good one


def test_a_truncated_database_gives_back_its_outbox_and_audit_log(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: AppPaths
) -> None:
    path = home.data_dir / DATABASE_FILE
    db = Database(path)
    Outbox(db).add("attendance.correct", {"n": 1}, "Ana", "forgot to clock out")
    Outbox(db).add("attendance.correct", {"n": 2}, "Ana", "forgot to clock in")
    for number in range(5):
        AuditLog(db).append(manager="Ana", action="correct", subject=f"e{number}", payload={},
                            reason="r", before=None, after=None, outcome="queued")  # fmt: skip
    with db.transaction() as conn:
        conn.executemany("INSERT INTO snapshot VALUES ('k', ?, ?, 't')",
                         [(str(n), "x" * 300) for n in range(2000)])  # fmt: skip
    db.close()
    damaged = path.read_bytes()[: 60 * 4096]
    path.write_bytes(damaged)

    texts, code, _startup = start_and_read(qloop, qtbot)
    assert code is None
    [aside] = list(home.data_dir.glob(f"{DATABASE_FILE}.damaged-*"))
    assert aside.read_bytes() == damaged
    [text] = texts
    assert "database disk image is malformed" in text
    assert "2 outbox entries (2 not yet sent" in text
    assert "5 audit log rows" in text
    db = Database(path)
    assert Outbox(db).pending_count() == 2
    assert AuditLog(db).verify().ok
    db.close()


def test_a_zero_byte_database_is_kept_aside_and_said_so(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: AppPaths
) -> None:
    path = home.data_dir / DATABASE_FILE
    path.write_bytes(b"")
    texts, code, _ = start_and_read(qloop, qtbot)
    assert code is None
    [aside] = list(home.data_dir.glob(f"{DATABASE_FILE}.damaged-*"))
    assert aside.read_bytes() == b""
    [text] = texts
    assert f"{DATABASE_FILE} in {home.data_dir} was empty (0 bytes)" in text
    assert "nothing in it to recover" in text


def test_a_truncated_list_of_managers_is_set_aside_and_managers_set_up_again(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, home: AppPaths
) -> None:
    path = home.config_dir / "managers.json"
    damaged = b'{\n  "version": 1,\n  "managers": [\n    {"id": "a1", "name": "Ana Ruiz", "sal'
    path.write_bytes(damaged)
    texts, code, startup = start_and_read(qloop, qtbot)
    assert code is None
    assert startup.console is not None
    [aside] = list(home.config_dir.glob("managers.json.damaged-*"))
    assert aside.read_bytes() == damaged
    [text] = texts
    assert f"The list of managers, managers.json in {home.config_dir}, is damaged" in text
    assert "not valid JSON" in text
    assert "each manager must be set up again" in text
    assert "It named: Ana Ruiz." in text
    assert startup.console.signin.forms.currentIndex() == 1  # the first-manager form


@contextlib.contextmanager
def as_nobody() -> Iterator[None]:
    """Root writes to any file whatever its mode: a read-only file needs another user."""
    if not as_root():
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.mark.parametrize(
    "what",
    [
        "file",
        pytest.param(
            "folder",
            marks=pytest.mark.skipif(
                sys.platform == "win32",
                reason="Windows has no folder mode chmod can take writing away with "
                "(a folder's read-only attribute does not stop new files)",
            ),
        ),
    ],
)
def test_a_read_only_database_is_left_alone_and_start_up_ends_with_words(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    what: str,
) -> None:
    root = Path(tempfile.mkdtemp(prefix="frontdesk-ro-"))  # reachable by another user
    try:
        monkeypatch.setenv(HOME_ENV, str(root))
        paths = app_paths().ensure()
        path = paths.data_dir / DATABASE_FILE
        Database(path).close()
        before = path.read_bytes()
        if as_root():
            for folder in (root, *paths.all()):
                os.chown(folder, NOBODY, NOBODY)
        if what == "file":
            path.chmod(0o444)
        else:
            path.chmod(0o666)
            paths.data_dir.chmod(0o555)
        with as_nobody():
            texts, code, startup = start_and_read(qloop, qtbot)
        teardown_logging()
        assert code == 1
        assert startup.console is None
        [text] = texts
        assert (
            f"Front Desk cannot write to its database {DATABASE_FILE} in {paths.data_dir}" in text
        )
        assert (
            "the file is read-only" if what == "file" else "the folder cannot be written"
        ) in text
        assert "The file is not damaged and was left as it is." in text
        assert "permission" in text
        assert sorted(p.name for p in paths.data_dir.iterdir()) == [DATABASE_FILE]
        assert path.read_bytes() == before
    finally:
        paths.data_dir.chmod(0o755)
        path.chmod(0o644)  # Windows removes no read-only file
        import shutil

        shutil.rmtree(root, ignore_errors=True)


def test_a_full_disk_says_so_with_the_folder(
    qloop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    """SQLite's own SQLITE_FULL: ``max_page_count`` reached by a real write."""
    db = Database(tmp_path / DATABASE_FILE)
    pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
    db.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    bus = MessageBus()
    told: list[str] = []
    bus.subscribe(lambda message: told.append(message.text))

    async def fill() -> None:
        with db.transaction() as conn:
            conn.executemany("INSERT INTO snapshot VALUES ('k', ?, ?, 't')",
                             [(str(n), "x" * 300) for n in range(200)])  # fmt: skip

    async def scenario() -> None:
        task = Op(fill, what="saving what was fetched").run(TaskRunner(bus))
        with contextlib.suppress(sqlite3.OperationalError):
            await task

    qloop.run_until_complete(scenario())
    db.close()
    assert told == [
        f"The disk is full: Front Desk could not write to the folder {tmp_path}. "
        "Free some space on that disk, then try again."
    ]


def test_a_full_disk_when_writing_a_file_says_so_with_the_folder(
    qloop: asyncio.AbstractEventLoop,
) -> None:
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    bus = MessageBus()
    told: list[str] = []
    bus.subscribe(lambda message: told.append(message.text))

    async def write() -> None:
        from desktop.files import writing_to

        with writing_to(Path("/dev/full")), open("/dev/full", "wb") as handle:  # noqa: ASYNC230
            handle.write(b"x" * 10_000)
            handle.flush()

    async def scenario() -> None:
        with contextlib.suppress(OSError):
            await Op(write, what="exporting").run(TaskRunner(bus))

    qloop.run_until_complete(scenario())
    assert told == [
        "The disk is full: Front Desk could not write to the folder /dev. "
        "Free some space on that disk, then try again."
    ]
