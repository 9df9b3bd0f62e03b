"""``frontdesk sync`` and ``frontdesk receive``: the session with no window, its progress
on the terminal.

What a server runs to keep the store fresh and send what desks queued: the same
``Session`` the console builds, on a plain asyncio loop (no Qt is imported). With
``--demo`` it runs against the built-in sandbox on a scratch store; otherwise on this
computer's data folder, with the active connection and its keys from the keyring.
``--once`` ends after the first load, once the outbox has nothing left to send;
without it the run goes on until Ctrl+C (or SIGTERM).

On a team's shared store (``--store postgresql://…``, or the team this computer's
desk joined) the run is one more desk without a window: it syncs for the team while it
holds the team's sync lease, and takes over when the desk that held it stops. Its
password comes from the keyring (the desk's), or libpq's own PGPASSWORD or pgpass file.

``frontdesk receive`` is the same run taking WorkTime One's webhooks as well, on
``--host``/``--port`` (a server behind a TLS reverse proxy: see the README), with the
connection's signing secret from the keyring; polling then only reconciles.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import signal
import socket
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from desktop.config import TEAM_SECRETS, ConnectionProfile, TeamSettings, load_settings
from desktop.log import setup_logging
from desktop.messages import Message, MessageBus
from desktop.paths import DATABASE_FILE, app_paths
from desktop.secrets import SecretStore, SecretStoreError
from desktop.services.changes import Change
from desktop.services.connections import CheckResult, Keys
from desktop.services.keyring_keys import load_keys, seal_with_keyring
from desktop.services.session import Session
from desktop.services.status import Service
from desktop.store import Database, EventFilter
from desktop.store.audit import seal_audit_log
from desktop.store.audit_seal import new_key
from desktop.store.recovery import DatabaseUnusable, open_database
from desktop.tasks import TaskRunner

NO_SECRET = (
    "No webhook signing secret is set for this connection: start Front Desk and set it "  # noqa: S105
    "under Console › Connections (WorkTime One shows it in Settings › Webhooks)."
)
NO_CONNECTION = (
    "No connection is set up: start Front Desk and add one under Console › Connections "
    "(or try `frontdesk sync --demo`)."
)


def parse_args(argv: Sequence[str] | None = None, command: str = "sync") -> argparse.Namespace:
    receive = command == "receive"
    parser = argparse.ArgumentParser(
        prog=f"frontdesk {command}",
        description="Keep the store fresh and send queued writes, with no window"
        + (", taking WorkTime One's webhooks." if receive else "."),
    )
    if receive:
        parser.add_argument("--host", default=None, help="address to listen on (127.0.0.1)")
        parser.add_argument("--port", type=int, default=None, help="port to listen on (8765)")
    parser.add_argument("--demo", action="store_true", help="run against the built-in sandbox")
    parser.add_argument(
        "--once", action="store_true", help="end after the first load, once nothing is left to send"
    )
    parser.add_argument(
        "--store", metavar="URL", help="a team's shared store (postgresql://USER@HOST/DATABASE)"
    )
    parser.add_argument("--desk", help="this run's name in the team's audit log")
    parser.add_argument("--debug", action="store_true", help="log more")
    args = parser.parse_args(argv)
    args.receive = receive
    if receive and args.port is not None and not 0 <= args.port <= 65535:
        parser.error("--port must be from 0 to 65535")
    return args


def main(argv: Sequence[str] | None = None, out: TextIO = sys.stdout, command: str = "sync") -> int:
    args = parse_args(argv, command)
    if isinstance(out, io.TextIOWrapper):
        # Redirected on Windows, stdout writes the ANSI code page (cp1252): a name or a
        # path it cannot write is escaped, not a UnicodeEncodeError that ends the run.
        out.reconfigure(errors="backslashreplace")
    try:
        return asyncio.run(run(args, out))
    except KeyboardInterrupt:  # a second Ctrl+C while stopping
        return 130


class Terminal:
    """What the session says, a line each, as it happens."""

    def __init__(self, session: Session, out: TextIO) -> None:
        self.session, self.out = session, out
        self._last_progress: str | None = None
        self._said_minute: datetime | None = None

    def say(self, text: str) -> None:
        stamp = datetime.now(UTC).astimezone().strftime("%H:%M:%S")
        print(f"{stamp}  {text}", file=self.out, flush=True)

    def progress(self, label: str | None) -> None:
        if label and label != self._last_progress:
            self.say(label)
        self._last_progress = label

    def message(self, message: Message) -> None:
        self.say(f"{message.level}: {message.text}" if message.level != "info" else message.text)

    def change(self, change: Change) -> None:
        session = self.session
        if change is Change.BOARD:
            self.say(
                f"Store: {len(session.locks.locks())} locks, "
                f"{session.people.count(active_only=True)} people, "
                f"{session.locks.count_events(EventFilter())} lock events."
            )
        elif change is Change.OUTBOX:
            self.say(f"Outbox: {session.outbox.pending_count()} waiting to be sent.")
        elif change is Change.ACCOUNTS:
            self.say(f"WorkTaps: {session.accounts.count()} accounts in the store.")

    def deliveries(self) -> None:
        """Told from the receiver's thread at each delivery: a line a minute at most."""
        minute = datetime.now(UTC).replace(second=0, microsecond=0)
        if self._said_minute == minute:
            return  # before reading the counts: a burst tells this at every delivery
        state = self.session.webhooks.state()
        if not (state.last_hour or state.refused):
            return
        self._said_minute = minute
        self.say(f"Webhooks: {state.last_hour:,} in the last hour; {state.refused_text()}.")

    def checked(self, results: dict[Service, CheckResult]) -> None:
        if not results:
            self.say("Nothing to connect to.")
        for result in results.values():
            state = "connected" if result.ok else "not connected"
            self.say(f"{result.title}: {state} — {result.summary}")


async def run(args: argparse.Namespace, out: TextIO) -> int:
    paths = app_paths().ensure()
    setup_logging(paths, debug=args.debug)
    with tempfile.TemporaryDirectory(prefix="frontdesk-sync-") as scratch:
        if args.demo:
            from desktop.demo import start_demo

            demo = start_demo()
            if args.store:
                try:
                    db = open_shared_store(args.store, args.desk, None)
                except ValueError as exc:
                    demo.stop()
                    print(exc, file=out)
                    return 1
            else:
                db = Database(Path(scratch) / DATABASE_FILE)
                seal_audit_log(db, new_key(), key_is_new=True)  # the demo's, in memory only
            try:
                return await serve(db, demo.profile, demo.keys, args, out, demo.now)
            finally:
                db.close()
                demo.stop()
        settings, warnings = load_settings(paths)
        for warning in warnings:
            print(f"warning: {warning}", file=out)
        profile = settings.active()
        if profile is None:
            print(NO_CONNECTION, file=out)
            return 2
        secrets = SecretStore()
        status = secrets.status()
        if not status.usable:
            print(f"The keyring cannot be used: {status.explanation}", file=out)
            return 2
        store = args.store or (settings.team.url if settings.team else None)
        try:
            if store:
                desk = args.desk or (settings.team.desk if settings.team else None)
                db = open_shared_store(store, desk, _team_password(secrets))
            else:
                db, recovery = open_database(paths.database_file)
                if recovery is not None:
                    print(f"warning: {recovery}", file=out)
        except (DatabaseUnusable, ValueError) as exc:
            print(f"The store cannot be opened: {exc}", file=out)
            return 1
        try:
            try:
                if db.dialect == "sqlite":
                    seal_with_keyring(db, secrets, paths.data_dir)
                keys = load_keys(secrets, profile)
            except SecretStoreError as exc:
                print(f"The keyring answered: {exc}", file=out)
                return 2
            return await serve(db, profile, keys, args, out)
        finally:
            db.close()


def _team_password(secrets: SecretStore) -> str | None:
    try:
        return secrets.get(TEAM_SECRETS, "team_password")
    except SecretStoreError:
        return None  # libpq's own then: PGPASSWORD, or the pgpass file


def open_shared_store(url: str, desk: str | None, password: str | None) -> Database:
    """A team's store for this run, as a desk opens it (``open_shared``); ``ValueError``
    saying why when it cannot be opened."""
    import psycopg

    from desktop.services.team_store import open_shared, unreachable
    from desktop.store.postgres import password_apart

    url, password = password_apart(url, password)  # a server's command line may hold one
    name = desk or f"sync on {socket.gethostname().split('.')[0]}"
    try:
        team = TeamSettings(url=url, desk=name[:40])
    except ValidationError as exc:
        raise ValueError(str(exc.errors()[0]["msg"]).removeprefix("Value error, ")) from exc
    try:
        return open_shared(team, password)
    except (psycopg.Error, OSError) as exc:
        raise ValueError(unreachable(exc)) from exc


async def serve(
    db: Database,
    profile: ConnectionProfile,
    keys: Keys,
    args: argparse.Namespace,
    out: TextIO,
    now: Callable[[], datetime] | None = None,
) -> int:
    if args.receive:
        chosen = {"webhooks_on": True}
        if args.host is not None:
            chosen["webhook_host"] = args.host
        if args.port is not None:
            chosen["webhook_port"] = args.port
        try:
            profile = ConnectionProfile.model_validate(profile.model_dump() | chosen)
        except ValidationError as exc:
            print(f"{exc.errors()[0]['msg']}", file=out)
            return 2
        if not keys.webhook_secret:
            print(NO_SECRET, file=out)
            return 2
    bus = MessageBus()
    runner = TaskRunner(bus)
    session = Session(db, runner, now=now)
    terminal = Terminal(session, out)
    runner.progress_hook = terminal.progress
    bus.subscribe(terminal.message)
    session.changes.subscribe(terminal.change, Change.BOARD, Change.OUTBOX, Change.ACCOUNTS)
    session.webhooks.subscribe(terminal.deliveries)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: no handlers
            loop.add_signal_handler(signum, stop.set)
    terminal.say(f"Front Desk sync: {profile.name}, store {db.path}")
    if profile.sandbox_url:
        terminal.say(f"The built-in sandbox's controls: {profile.sandbox_url}")
    session.connect(profile, keys)
    if session.team is not None:
        said: list[str] = []

        def team_said(_change: Change) -> None:
            state = session.team_state()
            words = state.status() if state is not None else ""
            if words and words != (said[-1] if said else ""):
                said.append(words)
                terminal.say(words.replace("this desk", "this run"))

        session.changes.subscribe(team_said, Change.CONNECTED)
        await session.team.answered.wait()
        team_said(Change.CONNECTED)
        if args.once and not session.team.syncing:
            terminal.say("Another desk syncs for the team: nothing for this run to do.")
            await session.stop()
            return 0
    try:
        results = await session.start()
        terminal.checked(results)
        if session.receiver is not None and session.receiver.url is not None:
            terminal.say(f"Taking WorkTime One's webhooks at {session.receiver.url}")
        if not any(result.ok for result in results.values()):
            return 1
        if args.once:
            waiting = asyncio.ensure_future(session.loaded())
            stopped = asyncio.ensure_future(stop.wait())
            await asyncio.wait({waiting, stopped}, return_when=asyncio.FIRST_COMPLETED)
            for task in (waiting, stopped):
                task.cancel()
        else:
            terminal.say("Running; Ctrl+C stops.")
            await stop.wait()
    finally:
        terminal.say("Stopping…")
        await session.stop()
        terminal.say(f"Stopped. Outbox: {session.outbox.pending_count()} waiting to be sent.")
    return 0
