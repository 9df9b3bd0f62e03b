"""The composition root: what one run of the console is made of, and its shutdown order."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import gc
import importlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import messages
from desktop.config import (
    TEAM_SECRETS,
    ConnectionProfile,
    Settings,
    TeamSettings,
    load_settings,
    save_settings,
)
from desktop.files import FileNotice, disk_full_text
from desktop.log import LogBuffer, asyncio_exception_handler, install_excepthooks, setup_logging
from desktop.paths import DATABASE_FILE, app_paths
from desktop.secrets import SecretKind, SecretStore, SecretStoreError, check_length
from desktop.services.connections import Keys
from desktop.services.keyring_keys import load_keys, seal_with_keyring
from desktop.services.managers import ManagerStoreError
from desktop.services.session import Session
from desktop.store import Database
from desktop.store.audit import seal_audit_log
from desktop.store.audit_seal import new_key
from desktop.store.recovery import (
    DatabaseUnusable,
    open_database,
    recovery_notice,
    unusable_notice,
)
from desktop.tasks import runner
from desktop.ui import ready
from desktop.ui.console import Console, SessionParts
from desktop.ui.file_notice import notice_box, tell
from desktop.ui.first_frame import FirstFrame, peek_settings, read_first, show_first_frame
from desktop.ui.responsiveness import ResponsivenessMonitor
from desktop.words import translate

if TYPE_CHECKING:
    from desktop.demo import Demo  # the demo (and the sandbox it starts) loads only when asked
    from desktop.demo_team import DemoTeam

log = logging.getLogger("desktop.startup")


class _Reporter(QObject):
    """Brings crash reports from any thread to the Qt thread, then to the banner."""

    report = Signal(str)


def load_network_backend() -> None:
    """httpx loads anyio's asyncio backend at its first request: 18 ms on the Qt thread
    (70 ms on a busy machine) that start-up can spend in a worker thread instead."""
    with contextlib.suppress(ImportError):  # httpx would load it itself, as before
        importlib.import_module("anyio._backends._asyncio")


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _cannot_start(exc: DatabaseUnusable | ManagerStoreError) -> FileNotice:
    if isinstance(exc, DatabaseUnusable):
        return unusable_notice(exc)
    return FileNotice(
        "The list of managers cannot be read",
        str(exc),
        "Front Desk did not start, so that nobody is signed in without a PIN. Nothing was changed.",
    )


class Startup:
    def __init__(
        self,
        args: argparse.Namespace,
        scratch: Path,
        frame: FirstFrame | None = None,
        *,
        log_buffer: LogBuffer | None = None,
        loaded_mark: ResponsivenessMonitor | None = None,
    ) -> None:
        """``frame``: the first frame ``frontdesk`` painted before importing this (None:
        ``run`` shows it, as tests start the console); ``log_buffer``: logging is set up
        already; ``loaded_mark``: the benchmark's (``ready.say_ready``)."""
        self.args = args
        self.scratch = scratch
        self.paths = app_paths().ensure()
        self.settings, self.warnings = load_settings(self.paths)
        self.log_buffer = log_buffer or setup_logging(
            self.paths, debug=args.debug or self.settings.debug
        )
        self.frame = frame
        self.loaded_mark = loaded_mark
        self.reporter = _Reporter()
        self.reporter.report.connect(lambda text: messages.bus.error(text))
        self._restore_hooks = install_excepthooks(self._report)
        asyncio.get_event_loop().set_exception_handler(asyncio_exception_handler(self._report))
        self.secrets = frame.secrets if frame is not None else SecretStore()
        self.keyring_problem: str | None = None  # known once ``open_keyring`` has answered
        self.demo: Demo | None = None
        self.db: Database | None = None
        self.console: Console | None = None
        self.notices: list[FileNotice] = []
        """What was found wrong with the files at start-up, told once the window is up."""
        self.team_alone = ""  # a team's desk working on its own store: why
        self.rejoin: Callable[[], Awaitable[object]] | None = None  # reaches its team's store
        self.handed = ""  # what this desk handed to its team's store at this start
        self.restarting = False  # the console closes to start again (``restart``)
        self.demo_team: DemoTeam | None = None  # ``--demo --team``: the shared demo store

    def _report(self, text: str, exc: BaseException) -> None:
        del text  # already logged, redacted, with its traceback
        self.reporter.report.emit(
            disk_full_text(exc)
            or f"Something went wrong ({type(exc).__name__}). It has been logged; "
            "the console keeps running. Details are in the log (Ctrl+Shift+L)."
        )

    def _parts(self, frame: FirstFrame | None = None) -> SessionParts:
        """``frame``: what the first frame read (None: read here, with no window)."""
        profile: ConnectionProfile | None
        frame = frame or self.frame or read_first(self.args, self.paths, self.scratch)
        if frame.problem is not None:
            raise frame.problem
        assert frame.managers is not None
        managers = frame.managers
        self.notices += frame.notices
        if self.args.demo:
            from desktop.demo import start_demo
            from desktop.demo_managers import demo_hint

            self.demo = start_demo()
            self.db = self.open_demo_store()
            profile, keys = self.demo.profile, self.demo.keys
            hint = demo_hint()
        else:
            self.db, recovery = open_database(self.paths.database_file)
            self.notices += [recovery_notice(recovery)] if recovery else []
            if self.settings.team is not None:
                self.db = self.open_team(self.db, self.settings.team)
            profile = self.settings.active()
            keys = Keys()  # from the keyring, once the window is up (``run``)
            hint = ""
        session = Session(self.db, runner, now=self.demo.now if self.demo else _utc_now)
        session.alone, session.rejoin = self.team_alone, self.rejoin
        return SessionParts(
            settings=self.settings,
            profile=profile,
            keys=keys,
            managers=managers,
            session=session,
            log_buffer=self.log_buffer,
            bus=messages.bus,
            runner=runner,
            save_connection=self.save_connection,
            paths=self.paths,
            save_settings=self.save_chosen_settings,
            keyring_problem=self.keyring_problem,
            demo=self.args.demo,
            sign_in_hint=hint,
            save_team=self.save_team,
            restart=self.restart,
            first_board=frame.board,
            board_drawn_later=self.frame is not None,  # frontdesk's start, on its loop
        )

    def open_demo_store(self) -> Database:
        """The demo's scratch store; with ``--team``, a PostgreSQL store shared with other
        demo desks (``demo_team``), or the scratch one with why when it cannot be."""
        team = getattr(self.args, "team", None)
        if team is not None:
            import psycopg

            from desktop.demo_team import DemoTeamUnavailable, start_demo_team
            from desktop.store.postgres import PostgresDatabase

            try:
                self.demo_team = start_demo_team(team)
                shared = PostgresDatabase(self.demo_team.url, self.demo_team.desk)
                shared.own = Database(self.scratch / DATABASE_FILE)  # for when it is away
                return shared
            except (DemoTeamUnavailable, OSError, psycopg.Error) as exc:
                self._demo_team_failed(exc)
        db = Database(self.scratch / DATABASE_FILE)
        seal_audit_log(db, new_key(), key_is_new=True)  # the demo's, in memory only
        return db

    def _demo_team_failed(self, exc: Exception) -> None:
        log.warning("The team demo could not start: %s", exc)
        if self.demo_team is not None:
            self.demo_team.stop()
            self.demo_team = None
        self.notices.append(
            FileNotice(
                "The team demo could not start",
                " ".join(str(exc).split()),
                "This demo runs as a single desk on a scratch store instead.",
            )
        )

    def open_team(self, own: Database, team: TeamSettings) -> Database:
        """The team's shared store, this desk's own work handed to it; or ``own`` when
        it cannot be reached, with why (told once the window is up, and in the status
        bar). The password is read from the keyring here, before the window: a team's
        desk cannot show its store without it."""
        from desktop.services.team_store import open_team_store, reach_shared

        try:
            password = self.secrets.get(TEAM_SECRETS, "team_password")
        except SecretStoreError as exc:
            log.warning("The shared store's password could not be read: %s", exc)
            password = None  # a server that asks for none still lets the desk in
        opened = open_team_store(own, team, password)
        self.team_alone = opened.alone
        if opened.alone:  # asked again while the desk runs: a start then rejoins
            self.rejoin = functools.partial(reach_shared, team, password)
        if opened.handed:
            self.handed = opened.handed.summary()
        if opened.alone:
            self.notices.append(
                FileNotice(
                    "This desk is working on its own for now",
                    opened.alone,
                    "Front Desk shows this desk's own copy, keeps its outbox and audit log "
                    "here, and talks to the services itself. They go to the team's store at "
                    "the next start that reaches it; nothing is lost.",
                )
            )
        return opened.db

    def open_keyring(self, profile: ConnectionProfile | None) -> tuple[str | None, Keys, str]:
        """Why the keyring cannot be used (None: it can), the profile's keys, and a warning.

        Run in a worker thread after the window is shown: finding the OS keyring loads
        its backends (70 ms or more) and reading it may wait on the OS."""
        status = self.secrets.status()
        if not status.usable:
            return status.explanation, Keys(), ""
        try:
            self.seal_audit_log()
            return None, load_keys(self.secrets, profile), ""
        except SecretStoreError as exc:
            return None, Keys(), str(exc)

    def seal_audit_log(self) -> None:
        """Key the audit log with this data folder's key from the keyring (made on first
        use); without a keyring it stays chained, unsealed, and says so."""
        if self.db is None or self.args.demo or self.db.dialect != "sqlite":
            return  # a team's log is kept by its database (append-only there), not a key here
        seal_with_keyring(self.db, self.secrets, self.paths.data_dir)

    def save_chosen_settings(self, chosen: Settings) -> None:
        """The Settings dialog's values, written at once (not only at exit)."""
        save_settings(chosen, self.paths)

    def save_team(self, team: TeamSettings | None, password: str | None) -> None:
        """The team's address and this desk's name to the settings file, the password to
        the keyring (kept when None); None: this desk works on its own from its next start."""
        if team is not None and password:
            if self.keyring_problem:
                raise SecretStoreError(self.keyring_problem)
            self.secrets.set(TEAM_SECRETS, "team_password", password)
        elif team is None:
            with contextlib.suppress(SecretStoreError):
                self.secrets.delete(TEAM_SECRETS, "team_password")
        self.settings.team = team
        save_settings(self.settings, self.paths)

    def restart(self) -> None:
        """Close the console and start it again (``app.RESTART``)."""
        self.restarting = True
        if self.console is not None:
            self.console.window.close()

    def save_connection(self, profile: ConnectionProfile, keys: Keys) -> None:
        """Addresses to the settings file, keys to the keyring; nothing else anywhere."""
        if self.keyring_problem:
            raise SecretStoreError(self.keyring_problem)
        typed: list[tuple[SecretKind, str | None]] = [
            ("worktime_key", keys.worktime),
            ("worktaps_key", keys.worktaps),
            ("worq_partner_key", keys.worq_partner),
            ("webhook_secret", keys.webhook_secret),
        ]
        for kind, value in typed:  # all checked before any is written: none or all change
            check_length(kind, value or "")
        for kind, value in typed:
            if value:
                self.secrets.set(profile.name, kind, value)
        self.settings.profiles[profile.name] = profile
        self.settings.active_profile = profile.name
        save_settings(self.settings, self.paths)

    async def run(self) -> int:
        closed = asyncio.Event()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.lastWindowClosed.connect(closed.set)
        frame = self.frame or show_first_frame(
            self.args, self.paths, self.scratch, peek_settings(self.paths)
        )
        try:
            parts = self._parts(frame)
        except (DatabaseUnusable, ManagerStoreError) as exc:
            log.error("Front Desk cannot start: %s", exc)
            if frame.window is not None:
                frame.window.hide()
            for notice in [*self.notices, _cannot_start(exc)]:
                await tell(notice)
            return 1
        self.console = console = Console(parts, frame)
        if not self.args.demo:
            console.signin.offer_demo = True
            console.signin.demo_requested.connect(lambda: self.switch_to_demo(console))
            if frame.demo_wanted:  # asked for on the first frame, before the console was built
                self.switch_to_demo(console)
        if self.args.debug:
            console.monitor.start()  # every Qt-thread stall over 50 ms goes to the log
        if frame.closed:  # closed while the rest loaded: start-up ends as if just now
            closed.set()
        console.window.show()
        # What start-up built lives as long as the window: out of the collector's way, so
        # a full collection later walks only newer objects (it took 40 to 100 ms on the
        # Qt thread during a big sync when it walked them all).
        gc.freeze()
        gc.enable()  # main() held it off while start-up built the frozen objects
        self.tell_found(console)
        profile = None if self.args.demo else console.parts.profile
        backend = asyncio.ensure_future(asyncio.to_thread(load_network_backend))
        problem, keys, warning = await asyncio.to_thread(self.open_keyring, profile)
        self.keyring_problem = console.parts.keyring_problem = problem
        if not self.args.demo:
            console.parts.keys = keys
        if warning:
            messages.bus.warning(warning)
        console.connect(console.parts.profile, console.parts.keys)
        await backend
        if console.parts.profile is None and not self.args.demo and console.window.isVisible():
            self.offer_first_run(console)
        if ready.wanted():
            ready.say_loaded(console.window, self.loaded_mark)
        if self.args.self_test:
            from desktop.demo_managers import DEMO_PIN
            from desktop.ui.selftest import run_self_test

            code = await run_self_test(console, DEMO_PIN)
            console.window.close()
            return code
        await closed.wait()
        return 0

    def tell_found(self, console: Console) -> None:
        """What start-up found, once the window is up: settings dropped, what this desk
        handed to its team, and each file notice."""
        for warning in self.warnings:
            messages.bus.warning(warning)
        if self.handed:
            messages.bus.info(self.handed)
        if self.demo_team is not None:
            print(self.demo_team.hint(), flush=True)  # to copy from the terminal
            messages.bus.info(self.demo_team.hint())
        for notice in self.notices:
            notice_box(notice, console.window)

    def offer_first_run(self, console: Console) -> QMessageBox:
        box = QMessageBox(console.window)
        box.setWindowTitle("Welcome to Front Desk")
        box.setText("Front Desk is not connected to your services yet.")
        box.setInformativeText(
            "Set up the connections with your API keys, or try the demo: a built-in "
            "stand-in for WorkTime One, WorkTaps and WorQ with a sample organization."
        )
        setup = box.addButton("Set up connections…", QMessageBox.ButtonRole.AcceptRole)
        demo = box.addButton("Try the demo", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)

        def chosen() -> None:
            if box.clickedButton() is setup:
                console.open_setup()
            elif box.clickedButton() is demo:
                self.switch_to_demo(console)

        box.finished.connect(lambda _code: chosen())
        box.open()
        return box

    def switch_to_demo(self, console: Console) -> None:
        """The demo's services from now on; and its manager too when the keyring cannot
        hold the real managers' PIN protection key (nobody could sign in otherwise)."""
        from desktop.demo import start_demo
        from desktop.demo_managers import demo_hint, demo_managers

        if self.demo is None:
            self.demo = start_demo()
        console.parts.demo = True
        console.signin.offer_demo = False
        console.window.setWindowTitle(translate("Console", "Front Desk (demo)"))
        console.connect(self.demo.profile, self.demo.keys)
        if not self.secrets.status().usable:
            console.use_managers(demo_managers(self.scratch), demo_hint())

    async def shutdown(self) -> None:
        """Pending work and clients first (the console), then the sandbox, database, settings."""
        if self.console is not None:
            await self.console.close()
        if self.demo is not None:
            self.demo.stop()
        if self.db is not None:
            self.db.close()
        if self.demo_team is not None:
            self.demo_team.stop()
        try:
            save_settings(self.settings, self.paths)
        except OSError as exc:
            log.warning("could not save the settings: %s", exc)
        self._restore_hooks()
