"""Start-up: settings, secrets, logging, QApplication with a qasync loop, wiring, shutdown.

``frontdesk`` / ``python -m desktop``; ``--demo`` runs against the built-in
sandbox; ``--self-test`` runs the demo offscreen, opens every page, exercises
the main actions and exits 0 only if all of them worked. ``frontdesk sync`` runs
the session with no window (``desktop.headless``). ``frontdesk remove-data`` removes
this user's data and keys (``desktop.remove_data``).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desktop import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktop.startup import Startup
    from desktop.ui.single_instance import SingleInstance

log = logging.getLogger("desktop.app")
RESTART = 75  # run()'s answer when the console is to start again (a desk joining a team)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="frontdesk", description="Front Desk: locks, attendance and accounts at a glance."
    )
    parser.add_argument("--demo", action="store_true", help="run against the built-in sandbox")
    parser.add_argument(
        "--self-test", action="store_true", help="run the demo offscreen and check every page"
    )
    parser.add_argument(
        "--team",
        nargs="?",
        const="",
        default=None,
        metavar="URL",
        help="with --demo: desks sharing one PostgreSQL store (none given: start one here)",
    )
    parser.add_argument("--debug", action="store_true", help="log more, show Qt-thread stalls")
    parser.add_argument("--version", action="version", version=f"Front Desk {__version__}")
    args = parser.parse_args(argv)
    if args.team is not None and not args.demo:
        parser.error(
            "--team goes with --demo. A real desk joins its team under Connections › "
            "Share with other desks."
        )
    return args


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] in (["sync"], ["receive"]):  # headless: no Qt is imported
        from desktop.headless import main as headless

        return headless(arguments[1:], command=arguments[0])
    if arguments[:1] == ["remove-data"]:  # headless too: Qt's core only, for the folder's lock
        from desktop.remove_data import main as remove_data

        return remove_data(arguments[1:])
    if arguments[:1] == ["pg-cluster"]:  # a throwaway cluster's watcher, in a frozen build
        from desktop.store.pg_cluster import main as pg_cluster

        return pg_cluster(arguments[1:])
    # No cyclic collection while start-up builds what lives as long as the window: four
    # full collections of ~20 ms each walked it at 20,000 people. Start-up freezes it,
    # then turns the collector back on.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    args = parse_args(argv)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        args.demo = True
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Front Desk")
    app.setOrganizationName("Front Desk")
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    from desktop import log_early

    log_early.hold()  # logging is set up once the first frame is painted (_run_console)
    # A team demo's desks share a store of their own, not this folder's: several may run.
    instance = None if args.self_test or args.team is not None else _claim_folder()
    if instance is False:
        return 0
    try:
        with tempfile.TemporaryDirectory(prefix="frontdesk-demo-") as scratch:
            code = _run_console(app, args, Path(scratch), instance)
    finally:
        if instance is not None:
            instance.release()
    if code == RESTART:  # the folder is free now: the new console can claim it
        start_again(sys.argv[1:] if argv is None else list(argv))
        return 0
    return code


def _run_console(
    app: QApplication, args: argparse.Namespace, scratch: Path, instance: SingleInstance | None
) -> int:
    """Paint first, then load: the lock screen (and the last board kept, behind it) is on
    the screen before the network stack, pydantic, qasync or any page is imported; the
    rest loads on a worker thread while the window answers, then the console is built
    around that window."""
    from desktop import log_early
    from desktop.paths import app_paths
    from desktop.ui import ready
    from desktop.ui.first_frame import load_rest, peek_settings, show_first_frame, wait_for_paint
    from desktop.ui.i18n import install_language

    paths = app_paths().ensure()
    saved = peek_settings(paths)
    install_language(saved.get("language"), paths.cache_dir)  # before the first widget
    frame = show_first_frame(args, paths, scratch, saved)
    wait_for_paint(frame)
    monitor = None
    if ready.wanted() and frame.window is not None:
        monitor = ready.say_ready(None if frame.snapshot is None else frame.snapshot.people)
    from desktop.log import setup_logging

    log_buffer = setup_logging(paths, debug=args.debug or saved.get("debug") is True)
    log_early.release()
    if instance is not None:
        instance.listen()  # a second start asks this one to come forward from now on
    load_rest(frame, ("qasync", "desktop.startup"))
    import asyncio

    import qasync

    from desktop.startup import Startup

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        startup = Startup(args, scratch, frame, log_buffer=log_buffer, loaded_mark=monitor)
        code: int = loop.run_until_complete(run(startup))
    finally:
        with contextlib.suppress(RuntimeError):
            loop.close()
        asyncio.set_event_loop(None)
    return code


def start_again(arguments: list[str]) -> None:
    """Start the console again, in a process of its own, as this one was started."""
    import subprocess

    command = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "desktop"]
    )
    log.info("Starting again")
    subprocess.Popen([*command, *arguments], start_new_session=True, close_fds=True)  # noqa: S603


def _claim_folder() -> SingleInstance | Literal[False]:
    """Hold the data folder for this process, or ask the console holding it to come
    forward and say so (False: this start should end). ``--self-test`` skips this: its
    database is a scratch one, and a build is checked beside a manager's console."""
    from desktop.paths import app_paths
    from desktop.ui.single_instance import SingleInstance, ask_running_console, bring_to_front

    folder = app_paths().ensure().data_dir
    instance = SingleInstance(folder)
    if instance.claim():
        instance.raise_requested.connect(bring_to_front)
        return instance
    if ask_running_console(folder):
        print(f"Front Desk is already running for {folder}; brought its window to the front.")
    else:
        print(f"Front Desk is already running for {folder} (it did not answer); not started.")
    return False


async def run(startup: Startup) -> int:
    try:
        code = await startup.run()
    finally:
        await startup.shutdown()
    return RESTART if startup.restarting else code
