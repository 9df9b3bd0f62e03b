"""The console's first frame: its window behind the lock screen, and the last board kept,
painted before the network stack, pydantic, qasync or any page module is imported.

What is imported here stays light (PySide6's core modules, the standard library, the
lock screen's own modules): ``tests/app/test_first_frame.py`` checks which modules a
start has loaded when the first frame paints. Everything else loads after it, on a
worker thread while the window answers (``load_rest``), then the console is built
around this window (``desktop.startup``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer

from desktop.files import FileNotice
from desktop.paths import AppPaths
from desktop.secrets import SecretStore
from desktop.services.managers import (
    ManagerDirectory,
    ManagerStoreError,
    open_managers,
    pepper_from,
)
from desktop.store import board_snapshot
from desktop.store.board_snapshot import BoardSnapshot
from desktop.ui import theme
from desktop.ui.main_window import MainWindow
from desktop.ui.ready import when_painted
from desktop.ui.signin import SignInPanel
from desktop.ui.widgets.icons import app_icon
from desktop.words import translate

if TYPE_CHECKING:
    from desktop.services.attendance.board import Board

log = logging.getLogger("desktop.ui.first_frame")
PAINT_WAIT_MS = 2_000  # a window that is never painted (started minimized) waits no longer
LOAD_POLL_MS = 5


@dataclass
class FirstFrame:
    """What start-up showed before the console was built, handed to it (``Startup``)."""

    secrets: SecretStore
    managers: ManagerDirectory | None = None  # None: they could not be read (``problem``)
    problem: ManagerStoreError | None = None  # start-up ends with why, and no window
    notices: list[FileNotice] = field(default_factory=list)
    window: MainWindow | None = None
    signin: SignInPanel | None = None
    snapshot: BoardSnapshot | None = None  # the last board kept, as read
    board: Board | None = None  # that board, made on the loading thread
    signed_in: str | None = None  # a manager who signed in before the console was built
    closed: bool = False  # the window was closed before the console was built
    demo_wanted: bool = False  # "Try the demo" pressed (no keyring) before it was built

    def _signed_in(self, name: str) -> None:
        self.signed_in = name
        if self.signin is not None:
            self.signin.set_hint(
                translate("FirstFrame", "Signed in as {name}. Opening the console…").format(
                    name=name
                )
            )

    def _closed(self) -> None:
        self.closed = True

    def _demo_requested(self) -> None:
        self.demo_wanted = True

    def hand_over(self) -> str | None:
        """The console is built: it answers the sign-in and the window from now on. The
        manager who signed in meanwhile, if any."""
        if self.signin is not None:
            self.signin.signed_in.disconnect(self._signed_in)
            self.signin.demo_requested.disconnect(self._demo_requested)
        if self.window is not None:
            self.window.close_requested.disconnect(self._closed)
        return self.signed_in


def peek_settings(paths: AppPaths) -> dict[str, object]:
    """The settings file's values as saved, unchecked ({} when unreadable):
    ``desktop.config`` validates them after the first frame; this is for what the first
    frame needs before (the window's geometry, which Qt checks itself; the appearance,
    which ``theme`` checks; the debug log)."""
    try:
        saved = json.loads(paths.settings_file.read_bytes())
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def read_first(args: argparse.Namespace, paths: AppPaths, scratch: Path) -> FirstFrame:
    """What the first frame shows, without a window: the managers (or why they cannot be
    read) and the last board kept."""
    secrets = SecretStore()
    frame = FirstFrame(secrets)
    if args.demo:
        from desktop.demo_managers import demo_managers

        frame.managers = demo_managers(scratch)
        return frame
    try:
        frame.managers, notice = open_managers(
            paths.config_dir / "managers.json", lambda: pepper_from(secrets)
        )
    except ManagerStoreError as exc:
        frame.problem = exc
        return frame
    frame.notices += [notice] if notice else []
    frame.snapshot = board_snapshot.load(paths.database_file)
    return frame


def show_first_frame(
    args: argparse.Namespace, paths: AppPaths, scratch: Path, saved: dict[str, object]
) -> FirstFrame:
    """The window behind the lock screen, shown, and the last board kept read; or, when
    the managers cannot be read, no window and the problem (start-up says it and ends).
    ``saved``: ``peek_settings``."""
    frame = read_first(args, paths, scratch)
    if frame.managers is None:
        return frame
    theme.apply_appearance(saved.get("appearance"))  # before any widget: painted once, right
    frame.signin = signin = SignInPanel(frame.managers)
    if args.demo:
        from desktop.demo_managers import demo_hint

        signin.set_hint(demo_hint())
    frame.window = window = MainWindow(signin)
    window.setWindowIcon(app_icon())
    geometry = saved.get("window_geometry")
    window.restore_geometry_state(geometry if isinstance(geometry, str) else None)
    if args.demo:
        window.setWindowTitle(translate("Console", "Front Desk (demo)"))
    window.lock()
    signin.focus()  # in the window now: the PIN can be typed the moment it shows
    signin.signed_in.connect(frame._signed_in)
    signin.offer_demo = not args.demo  # start-up switches to it, once the console is built
    signin.demo_requested.connect(frame._demo_requested)
    window.close_requested.connect(frame._closed)
    window.show()
    return frame


def wait_for_paint(frame: FirstFrame) -> None:
    """Run the event loop until the first frame is on the screen."""
    if frame.window is None:
        return
    painted = QEventLoop()
    when_painted(frame.window, painted.quit)
    QTimer.singleShot(PAINT_WAIT_MS, painted.quit)
    painted.exec()


def load_rest(frame: FirstFrame, modules: tuple[str, ...]) -> None:
    """Import ``modules`` (the rest of the console) on a worker thread, and make the kept
    board into the Today page's, while the Qt thread keeps the window answering. An
    import that fails raises here, on the Qt thread, as it would have without this."""
    failed: list[BaseException] = []

    def load() -> None:
        try:
            for name in modules:
                importlib.import_module(name)
            frame.board = _board_of(frame.snapshot)
        except BaseException as exc:  # raised again on the Qt thread, below
            failed.append(exc)

    loader = threading.Thread(target=load, name="frontdesk-load", daemon=True)
    loader.start()
    _wait_while(loader.is_alive)
    loader.join()
    if failed:
        raise failed[0]


def _wait_while(busy: Callable[[], bool]) -> None:
    done = QEventLoop()
    poll = QTimer()
    poll.setInterval(LOAD_POLL_MS)
    poll.timeout.connect(lambda: None if busy() else done.quit())
    poll.start()
    if busy():
        done.exec()
    poll.stop()


def _board_of(snapshot: BoardSnapshot | None) -> Board | None:
    if snapshot is None:
        return None
    from desktop.services.attendance.snapshot import board_of

    try:
        return board_of(snapshot)
    except (ValueError, TypeError) as exc:
        log.warning("The last board kept is not one; the Today page draws its own: %s", exc)
        return None
