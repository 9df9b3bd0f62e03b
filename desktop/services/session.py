"""Everything a signed-in console runs, below the window: one ``Session`` per run.

The app builds it once over the store (``Session(db, runner, now=...)``). It owns
the stores, the organization's timezone, the connections and each service's request
budget, the Workday (first load, then the live refresh loop), the outbox senders,
the audit log, the services that validate and queue writes, and the readers of the
directory, reports, handover and WorQ import. The window only calls it and listens
(``changes``, ``health``, the message bus); a headless run (``python -m
desktop.services``) drives the same object without Qt.

``connect(profile, keys)`` replaces the clients; ``await check()`` asks each
service, and starts what answered: the WorkTime One workday and sender, the WorkTaps
sender and account sync, the WorQ client. ``await stop()`` ends it all; queued
writes stay in the outbox, committed, for the next run.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar
from zoneinfo import ZoneInfo

from desktop.api import Account, Employee, WorkTapsClient, WorkTimeClient, WorqClient
from desktop.api.errors import ApiError
from desktop.api.webhooks import register_with_sandbox, sandbox_test_event, send_test_event
from desktop.config import ConnectionProfile
from desktop.files import atomic_write_bytes
from desktop.messages import MessageBus
from desktop.receiver.health import CAUSES, WebhookHealth
from desktop.receiver.server import WebhookReceiver
from desktop.services.accounts.service import AccountService
from desktop.services.attendance.board import (
    Board,
    PersonDay,
    board_from,
    org_today,
    people_today_from,
    person_day_from,
)
from desktop.services.attendance.corrections import (
    Correction,
    CorrectionService,
    DayPreview,
    correction_from,
    preview,
)
from desktop.services.attendance.review import ReviewRow, local_day_bounds, review
from desktop.services.attendance.snapshot import SnapshotKeeper
from desktop.services.budget import Priority, RequestBudget
from desktop.services.changes import HEARD, Change, Changes
from desktop.services.connections import CheckResult, Connections, Keys
from desktop.services.directory.employees import EmployeeService
from desktop.services.directory.people import Person, leavers_among
from desktop.services.directory.source import DirectorySource
from desktop.services.leavers import Leaver
from desktop.services.org_zone import ZONE_SNAPSHOT, cached_zone, zone_named
from desktop.services.outbox.actions import Action, act
from desktop.services.outbox.kinds import employee as employee_kinds
from desktop.services.outbox.kinds.clock import KIND as CLOCK_KIND
from desktop.services.outbox.registry import WORKTAPS_KINDS, WORKTIME_KINDS
from desktop.services.outbox.sender import OutboxSender
from desktop.services.polling.workday import Workday
from desktop.services.reports.handover import Handover, gather
from desktop.services.reports.handover_writes import Namers, namers
from desktop.services.reports.periods import Period
from desktop.services.reports.report import EVERYONE, Report, fetch_report
from desktop.services.signed_in import SignedIn
from desktop.services.status import Health, Service, ServiceHealth
from desktop.services.sync.accounts import AccountSync
from desktop.services.sync.worktime import covered_from
from desktop.services.sync.worq import Progress, WorqImport
from desktop.services.team import TeamDesk, TeamState
from desktop.services.webhooks.apply import Applied, apply_waiting
from desktop.store import (
    AccountCache,
    AttendanceCache,
    AttendanceRow,
    AuditLog,
    Database,
    EmployeeRow,
    LockCache,
    Outbox,
    OutboxEntry,
    OutboxState,
    PeopleCache,
    SnapshotCache,
    SyncState,
    WorqCache,
    apart,
)
from desktop.store.db import EVERYTHING, KEPT, PUSHED
from desktop.store.handover import HandedOver, hand_over
from desktop.store.webhooks import WebhookInbox
from desktop.tasks import Op, TaskRunner
from desktop.words import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("desktop.services.session")
KEPT_HERE = QT_TRANSLATE_NOOP(
    "Session",
    "The team's shared store does not answer. What you save is kept on this desk and "
    "handed to the team's store as soon as it answers again; nothing is lost.",
)
REJOIN_LOOK_S = 30.0  # a desk working alone asks this often whether its team's store is back
KEPT_SAVED = QT_TRANSLATE_NOOP(
    "Session",
    "Kept on this desk, as the team's shared store is out of reach; it goes there when the "
    "store answers again, and is sent from there.",
)
KEPT_SAID = QT_TRANSLATE_NOOP(
    "Session",
    "{what}: kept on this desk, as the team's shared store is out of reach; it goes there "
    "when the store answers again, and is sent from there.",
)
KEPT_REASON = "The shared store was out of reach while this desk worked"  # stored: English
HEARD_SETTLE_S = 0.15  # other desks' commits within this are told as one
HEARD_BOARD_EVERY_S = 5.0  # and the board they changed at most this often (see below)
BOARD_SHARE = 1 / 3  # of a follower's time its whole board's draws may take, at most
T = TypeVar("T")
Writable = Literal["worktime", "worktaps"]
# Corrections whose change the store may not show yet: still to send, or sent since the
# last refresh (one the store already shows changes nothing, so it is harmless here).
ON_THEIR_WAY: tuple[OutboxState, ...] = ("queued", "sending", "sent", "needs_attention")
TITLES: dict[Service, str] = {"worktime": "WorkTime One", "worktaps": "WorkTaps", "worq": "WorQ"}


APPLY_PAUSE = 0.05  # seconds between two batches of webhook events in a burst
DELIVERY_GRACE = timedelta(minutes=2)  # a delivery may lag its upload this long
PRUNE_EVERY = timedelta(hours=1)  # applied deliveries older than a week are dropped this often


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Session:
    def __init__(
        self,
        db: Database,
        runner: TaskRunner | None = None,
        *,
        now: Callable[[], datetime] | None = None,
        health: ServiceHealth | None = None,
    ) -> None:
        self.db, self.now = db, now or _utc_now
        now = self.now
        self.runner = runner or TaskRunner(MessageBus())
        self.bus = self.runner.bus
        self.health = health or ServiceHealth()
        self.changes = Changes(on_error=self.bus.error)
        self.signed_in = SignedIn(db)  # the outbox asks it before a manager's write
        # The store.
        self.snapshots = SnapshotCache(db)
        self.locks, self.people = LockCache(db), PeopleCache(db)
        self.attendance, self.state = AttendanceCache(db), SyncState(db)
        self.accounts, self.worq = AccountCache(db), WorqCache(db)
        self.outbox, self.audit = Outbox(db, now), AuditLog(db, now)
        self.zone: ZoneInfo = cached_zone(self.snapshots)
        self.board_keeper = SnapshotKeeper(db.local_file())  # the last board, for a start
        # The services that check and queue a manager's writes.
        self.corrections = CorrectionService(
            self.outbox, self.audit, self.attendance, self.people, self.zone, now
        )
        self.account_service = AccountService(
            self.outbox,
            self.audit,
            cache_sink=lambda account: self.accounts.upsert_account(account, now()),
            cache_remove=self.accounts.remove_account,
            location_sink=lambda location: self.accounts.upsert_location(location, now()),
        )
        self.employee_service = EmployeeService(
            self.outbox,
            self.audit,
            cache_sink=lambda employee: self.people.upsert_employees([employee], now()),
            status_sink=self.people.set_status,
        )
        self.directory = DirectorySource(self.people, self.accounts, self.worq, self.locks)
        self.deleted: list[EmployeeRow] = []  # WorkTime One's deleted employees, as read
        # The leavers as of a day, until the employees or WorQ's records change.
        self._leavers: tuple[date, Mapping[str, Leaver]] | None = None
        self._people_moved = 0  # counts those changes: a find that overlapped one is not kept
        # What runs while connected.
        self.connections: Connections | None = None
        self.worktime: WorkTimeClient | None = None
        self.worktaps: WorkTapsClient | None = None
        self.worq_client: WorqClient | None = None
        self.workday: Workday | None = None
        self.worktime_sender: OutboxSender[WorkTimeClient] | None = None
        self.worktaps_sender: OutboxSender[WorkTapsClient] | None = None
        self.worktaps_budget: RequestBudget | None = None
        self._running: dict[str, asyncio.Task[Any]] = {}
        # Set by ``stop`` until the next ``connect``: a check still in flight then (its
        # services answered while the session stopped) starts nothing the stop missed.
        self._stopping = False
        db.on_commit(self._stored)
        # WorkTime One's webhooks: the receiver (off until started), how it goes, applying.
        self.webhooks = WebhookHealth(self.now)
        self.receiver: WebhookReceiver | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._apply_again = False
        self._verified_through: datetime | None = None  # deliveries checked up to then
        self._pushed_people: set[str] = set()  # whose board rows webhooks changed
        self._heard_changes: set[Change] = set()  # told by other desks' commits, pending
        self._board_heard_at = -HEARD_BOARD_EVERY_S  # when heard commits last redrew it
        self._board_read_s = 0.0  # how long the last whole board's read took
        self._apply_asked, self._apply_asked_lock = False, threading.Lock()
        self._told_trusted = False  # what the refresh loop last heard of the deliveries
        self._pruned_at: datetime | None = None  # when applied deliveries were last dropped
        self.webhooks.subscribe(self._wake_refresh)
        # A team's shared store: one desk syncs, the others follow what it stores.
        self.team: TeamDesk | None = None
        self.alone = ""  # a team's desk on its own store: why (``services.team_store``)
        # With ``alone``: reaches the team's store (raises while it cannot), asked every
        # ``REJOIN_LOOK_S`` until it answers (``team_back``): the desk rejoins at a start.
        self.rejoin: Callable[[], Awaitable[object]] | None = None
        self.team_back = False
        if db.dialect == "postgresql":
            from desktop.store.postgres import PostgresDatabase  # psycopg only for a team's

            assert isinstance(db, PostgresDatabase)
            self.team = TeamDesk(db, self._lease_changed, self._heard, self._store_moved, self.now)

    # -- what changed ---------------------------------------------------------------------

    def _stored(self, table: str) -> None:
        if table in ("employee", "worq"):
            self._leavers, self._people_moved = None, self._people_moved + 1
        elif table == "outbox":
            for sender in (self.worktime_sender, self.worktaps_sender):
                if sender is not None:
                    sender.poke()  # a new or edited entry goes at once
            self.changes.tell(Change.OUTBOX)
        elif table == "audit":
            self.changes.tell(Change.AUDIT)
        elif table == KEPT and self.team is not None and self.team.db.kept == 1:
            self.bus.warning(translate("Session", KEPT_HERE))
            self._heard(EVERYTHING)  # the pages read this desk's own copy now

    def _lease_changed(self, syncs: bool) -> None:
        """This desk became the team's syncer (it starts talking to the services with
        the clients it has), or stopped being it (it stops)."""
        if syncs:
            if self.worktime is not None:
                self._start_worktime(self.worktime)
            if self.worktaps is not None:
                self._start_worktaps(self.worktaps)
        else:
            self._stop_worktime()
            self._stop_worktaps()
        self.changes.tell(Change.CONNECTED)

    def _store_moved(self, away: bool) -> None:
        """The team's store went away: the pages read this desk's own copy (kept current
        while the store answered), and what is saved is kept there. Or it answers again:
        what is saved goes there from now on, the pages read it again, and what was kept
        here meanwhile is handed to it (on a worker)."""
        assert self.team is not None
        db = self.team.db
        db.away = away
        self._heard(EVERYTHING)
        self.changes.tell(Change.CONNECTED)
        if away:
            return
        handing = self._running.get("handover")
        if db.kept and (handing is None or handing.done()):
            what = translate("Session", "handing what this desk kept to the team's store")
            self._background("handover", self._hand_kept_over, what)

    async def _hand_kept_over(self) -> None:
        assert self.team is not None
        db, own = self.team.db, self.team.db.own
        assert own is not None
        kept, manager = db.kept, self.manager or db.desk or "this desk"

        def hand() -> HandedOver:
            local, shared = own.reopen(), db.shared()
            try:
                return hand_over(local, shared, manager, KEPT_REASON)
            finally:
                local.close()
                shared.close()

        handed = await asyncio.to_thread(hand)
        db.kept -= kept  # those kept while this one ran wait for the next
        log.info("%s", handed.summary() or "Nothing kept here was missing from the team's store")
        if handed:
            self.bus.info(handed.summary())
            self._stored("outbox")  # a syncing desk's sender takes them at once
            self._stored("audit")
        self.changes.tell(Change.CONNECTED)

    async def _look_for_team(self, rejoin: Callable[[], Awaitable[object]]) -> None:
        """A desk working alone asks for its team's store until it answers: then it says
        so (``team_back``), and a start rejoins (handing over what it did meanwhile)."""
        while True:
            await asyncio.sleep(REJOIN_LOOK_S)
            try:
                await rejoin()
            except Exception as exc:  # still away: asked again later
                log.debug("The team's store is still out of reach: %s", exc)
                continue
            log.info("The team's shared store answers again; a start rejoins it")
            self.team_back = True
            self.changes.tell(Change.CONNECTED)
            return

    def waits(self, service: Writable) -> str | None:
        """Why a write just saved for ``service`` does not go out from this desk now, in
        a manager's words; None when this desk sends it at once."""
        if self.db.keeping:
            return translate("Session", KEPT_SAVED)
        if (self.worktime_sender if service == "worktime" else self.worktaps_sender) is not None:
            return None
        if self.team is not None and self.team.tried and not self.team.syncing:
            return translate(
                "Session", "Saved: the desk that syncs for the team sends it within moments."
            )
        return translate(
            "Session",
            "{service} is not connected: the change waits in the outbox and goes out later.",
        ).format(service=TITLES[service])

    def _kept_entries(self) -> int:
        """Outbox entries kept on this desk while the team's store was away, not yet
        handed to it (what else was kept, an audit row, goes with them)."""
        assert self.team is not None
        own = self.team.db.own
        if not self.team.db.kept or own is None:
            return 0
        return Outbox(own).pending_count()

    def team_state(self) -> TeamState | None:
        """Where this desk stands in its team; None: a desk on its own by choice."""
        if self.team is not None:
            db, team = self.team.db, self.team
            return TeamState(
                db.desk, str(db.path), team.syncing, team.tried,
                reachable=team.reachable and not db.away, kept=self._kept_entries(),
                copied_at=team.copied_at,
            )  # fmt: skip
        if self.alone:
            return TeamState(None, "", alone=self.alone, back=self.team_back)
        return None

    def _heard(self, table: str) -> None:
        """Another desk committed to ``table``: this desk's pages follow, as they would
        its own commit (and a syncer sends another desk's queued write at once)."""
        told, _, people = table.partition(" ")
        if told == PUSHED:  # webhooks changed these people's rows at the syncer
            self._pushed_people |= set(people.split(","))
            self.changes.tell(Change.PUSHED)
            return
        tables = (*HEARD, "outbox", "audit") if table == EVERYTHING else (table,)
        for each in tables:
            self._stored(each)
        heard = {change for each in tables for change in HEARD.get(each, ())}
        if heard:
            first = not self._heard_changes  # of a burst: told once it settles
            self._heard_changes |= heard
            if first:
                loop = asyncio.get_running_loop()
                wait = HEARD_SETTLE_S
                if Change.BOARD in heard:  # a whole board's draw: not too often
                    every = min(HEARD_BOARD_EVERY_S, self._board_read_s / BOARD_SHARE)
                    wait = max(wait, self._board_heard_at + every - loop.time())
                loop.call_later(wait, self._tell_heard)

    def _tell_heard(self) -> None:
        """What other desks' commits changed, told once for a burst: a refresh commits
        attendance, its state and each lock's history apart, and a follower redrew its
        whole board for each (451 draws in a simulated day, to the syncer's 57). The
        board no more often than its draws take a third of the time (a 200 ms draw: every
        0.6 s), and at least every ``HEARD_BOARD_EVERY_S``: it is what polling found (the
        webhooks' pushes come as people, at once), and at 20,000 people on PostgreSQL a
        draw took 1.7-2.4 s of a follower's processor, while the syncer's first load
        committed 15 times a second."""
        heard, self._heard_changes = self._heard_changes, set()
        if Change.BOARD in heard:
            self._board_heard_at = asyncio.get_running_loop().time()
        for change in sorted(heard, key=lambda change: change.value):
            self.changes.tell(change)

    def _sender_moved(self, entry: OutboxEntry) -> None:
        """The sender settled an entry: what it wrote reaches the store's caches."""
        if entry.state != "sent":
            return
        if entry.kind in employee_kinds.KINDS:
            self.employee_service.settled(entry)
            self.changes.tell(Change.EMPLOYEES)
        elif entry.kind in WORKTAPS_KINDS:
            self.account_service.settled(entry)
            self.changes.tell(Change.ACCOUNTS)
        elif entry.kind == CLOCK_KIND:
            # The day shows the clock it now has, without waiting for the next poll.
            p = entry.payload
            name = self.people.name(p["employee_id"]) or ""
            self.attendance.push_clock(p["employee_id"], name, date.fromisoformat(p["day"]),
                                       p["type"], datetime.fromisoformat(p["timestamp"]),
                                       p.get("lock_id"))  # fmt: skip
            self.changes.tell(Change.BOARD)

    # -- who may write ----------------------------------------------------------------------

    @property
    def manager(self) -> str | None:
        return self.signed_in.manager

    def sign_in(self, manager: str) -> None:
        self.signed_in.sign_in(manager)

    def lock(self) -> None:
        self.signed_in.lock()

    def writes_off(self, service: Writable) -> str | None:
        """Why writes to ``service`` are off (a key that may only read), or None."""
        state = self.health.states[service]
        if state.can_write is False:
            why = state.read_only_reason or translate("Session", "this key can only read.")
            return f"{TITLES[service]}: {why}"
        return None

    def record_discarded(self, manager: str, previous: str, titles: list[str]) -> None:
        """An audit row: what ``previous`` left open was closed unsaved at a sign-in."""
        self.audit.append(
            manager=manager,
            action="session.discarded",
            subject=previous,
            payload={"windows": titles},
            reason=f"{manager} signed in while {previous} had windows open",
            before=None,
            after=None,
            outcome="discarded",
        )

    # -- the organization's clock ----------------------------------------------------------

    def today(self) -> date:
        """The organization's today (its timezone, the console's clock)."""
        return org_today(self.now(), self.zone)

    def set_zone(self, name: str | None) -> None:
        """The organization's timezone, once WorkTime One has told it."""
        zone = zone_named(name)
        if zone is None:
            return
        self.snapshots.put(*ZONE_SNAPSHOT, zone.key)
        if zone != self.zone:
            self.zone = self.corrections.zone = zone
            if self.workday is not None:
                self.workday.zone = zone
            self.changes.tell(Change.ZONE)

    # -- connections --------------------------------------------------------------------------

    def connect(self, profile: ConnectionProfile | None, keys: Keys) -> None:
        """Use these addresses and keys from now on: the old clients stop and close in the
        background; nothing is asked until ``check``."""
        self._stopping = False
        if self.team is not None and not self.team.started:
            self.team.start()  # follow the team (and ask to sync), whatever the keys here
        if self.alone and self.rejoin is not None and "rejoin" not in self._running:
            self._running["rejoin"] = asyncio.get_running_loop().create_task(
                self._look_for_team(self.rejoin), name="looking for the team's store"
            )
        old = self.connections
        self.connections = Connections(profile, keys, self.health) if profile else None
        self.use_worktime(None)
        self.use_worktaps(None)
        self.use_worq(None)
        receiver, self.receiver = self.receiver, None
        if receiver is not None:  # the next check starts it as the new connection says
            Op(
                lambda: asyncio.to_thread(receiver.stop),
                what=translate("Session", "stopping the webhook receiver"),
            ).run(self.runner)
        if old is not None:
            Op(old.aclose, what=translate("Session", "closing the old connections")).run(
                self.runner
            )
        configured = self.connections.configured() if self.connections else []
        service: Service
        for service in TITLES:
            known = Health.UNKNOWN if service in configured else Health.NOT_CONFIGURED
            self.health.set(service, health=known)
        for service in ("worktime", "worktaps"):
            reason = profile.refused_writes.get(service) if profile else None
            if reason is not None:
                self.health.set(service, can_write=False, read_only_reason=reason)

    async def check(self) -> dict[Service, CheckResult]:
        """Ask every configured service, and start what answered and is not running yet."""
        connections = self.connections
        if connections is None:
            return {}
        results = await connections.check_all()
        worktime = results.get("worktime")
        if worktime is not None and worktime.ok:
            self.set_zone(worktime.timezone)
            if self.worktime is not connections.worktime:
                self.use_worktime(connections.worktime)
        worktaps = results.get("worktaps")
        if worktaps is not None and worktaps.ok and self.worktaps is not connections.worktaps:
            self.use_worktaps(connections.worktaps)
        if self.worq_client is not connections.worq:
            self.use_worq(connections.worq)
        if worktime is not None and worktime.ok:
            await self._take_webhooks(connections)
        return results

    async def _take_webhooks(self, connections: Connections) -> None:
        """Start the receiver when the connection takes webhooks and it is not running;
        the sandbox is told where to deliver. A port in use is said, not raised."""
        profile, secret = connections.profile, connections.keys.webhook_secret
        if not profile.webhooks_on or self.receiver is not None:
            return
        if not secret:
            self.bus.warning(
                translate(
                    "Session",
                    "Webhooks are on, but no signing secret is set: set it in Connections. "
                    "Until then the board is kept fresh by polling.",
                )
            )
            return
        host, port = profile.webhook_host, profile.webhook_port
        self._loop = asyncio.get_running_loop()
        try:
            url = await asyncio.to_thread(self.start_receiver, host, port, secret)
        except OSError as exc:
            self.bus.error(
                translate(
                    "Session",
                    "Webhooks are off: the console cannot listen at {host} port {port} "
                    "({why}). Choose another port in Connections; until then the board is "
                    "kept fresh by polling.",
                ).format(host=host, port=port, why=exc.strerror or exc)
            )
            return
        if profile.sandbox_url:
            await register_with_sandbox(profile.sandbox_url, url)

    async def send_test_event(self) -> tuple[bool, str]:
        """ "Send a test event": the sandbox delivers one when this is the sandbox, else the
        console posts one, signed, to its own receiver. Answers whether it arrived, and
        what happened in words."""
        connections, receiver = self.connections, self.receiver
        if receiver is None or receiver.url is None or connections is None:
            return False, translate(
                "Session", "The webhook receiver is off: turn webhooks on in Connections first."
            )
        sandbox, secret = connections.profile.sandbox_url, connections.keys.webhook_secret
        if sandbox:
            answers = await sandbox_test_event(sandbox)
            ok = any(status is not None and 200 <= status < 300 for status in answers)
        else:
            ok = 200 <= await send_test_event(receiver.url, secret or "", self.now()) < 300
        if ok:
            return True, translate(
                "Session", "The test event arrived, signed with the right secret."
            )
        refused = self.webhooks.state().refused
        why = ", ".join(CAUSES.get(cause, cause) for cause in refused)
        return False, translate("Session", "The test event did not arrive ({why}).").format(
            why=why or translate("Session", "no answer")
        )

    async def start(self) -> dict[Service, CheckResult]:
        """``check``, for a run with no one to click Refresh (headless)."""
        return await self.check()

    def use_worktime(self, client: WorkTimeClient | None) -> None:
        """WorkTime One through this client from now on (None: offline, the store only):
        a new workday (its budget, first load, then the refresh loop and the directory's
        read of the deleted employees), a new sender. On a team's shared store, only while
        this desk is the one that syncs (``services/team.py``)."""
        self._stop_worktime()
        self.worktime = client
        self.deleted = []
        self.changes.tell(Change.CONNECTED)
        if client is not None and self._syncs():
            self._start_worktime(client)

    def _syncs(self) -> bool:
        """Whether this desk talks to the services: always alone; in a team, while it
        holds the sync lease (asked for the first time here). Never once ``stop`` began."""
        if self._stopping:
            return False
        team = self.team
        if team is None:
            return True
        if not team.started:
            team.start()
        return team.syncing

    def _stop_worktime(self) -> None:
        self._stop_background("workday", "worktime-outbox", "live-refresh", "directory")
        old, self.workday, self.worktime_sender = self.workday, None, None
        if old is not None:
            old.loop.stop()

    def _start_worktime(self, client: WorkTimeClient) -> None:
        workday = Workday(
            client, self.locks, self.people, self.attendance, self.state, zone=self.zone,
            now=self.now, pushed_until=self.webhooks.healthy_until,
            reconciled=self._check_deliveries,
        )  # fmt: skip
        workday.subscribe(lambda: self.changes.tell(Change.BOARD))
        workday.subscribe(lambda: self.health.succeeded("worktime", client.rate_limit))
        workday.budget.subscribe(lambda _now: self.health.observed("worktime", client.rate_limit))
        self.workday = workday
        sender = OutboxSender(
            self.outbox, self.audit, client, budget=workday.budget, now=self.now,
            kinds=WORKTIME_KINDS,
        )  # fmt: skip
        sender.key_refused = lambda exc: self.health.failed("worktime", exc, client.rate_limit)
        sender.subscribe(self._sender_moved)
        self.worktime_sender = sender
        self._background("worktime-outbox", sender.run, translate("Session", "sending corrections"))
        self._background(
            "workday",
            workday.first_load,
            translate("Session", "loading today's data"),
            translate("Session", "Loading locks and attendance…"),
        ).add_done_callback(lambda done: self._first_loaded(workday, done))

    def _first_loaded(self, workday: Workday, done: asyncio.Task[None]) -> None:
        """The employees are in the store now: the directory needs only the deleted ones
        (read beside the first load, they were the same pages of employees twice)."""
        if workday is self.workday and not done.cancelled() and done.exception() is None:
            task = self._background(
                "live-refresh", workday.keep_fresh, translate("Session", "refreshing today")
            )
            workday.adopt(task)
            self._background(
                "directory",
                self._read_deleted,
                translate("Session", "reading the deleted employees"),
            )

    def use_worktaps(self, client: WorkTapsClient | None) -> None:
        """WorkTaps through this client from now on: its budget, its sender, a sync (in a
        team, while this desk syncs)."""
        self._stop_worktaps()
        self.worktaps = client
        self.changes.tell(Change.CONNECTED)
        if client is not None and self._syncs():
            self._start_worktaps(client)

    def _stop_worktaps(self) -> None:
        self._stop_background("worktaps-outbox", "accounts-sync")
        self.worktaps_sender, self.worktaps_budget = None, None

    def _start_worktaps(self, client: WorkTapsClient) -> None:
        budget = RequestBudget("worktaps", clock=self.now, rate=lambda: client.rate_limit)
        self.worktaps_budget = budget
        budget.subscribe(lambda _now: self.health.observed("worktaps", client.rate_limit))
        sender = OutboxSender(
            self.outbox, self.audit, client, kinds=WORKTAPS_KINDS, budget=budget, now=self.now
        )
        sender.subscribe(self._sender_moved)
        sender.key_refused = lambda exc: self.health.failed("worktaps", exc, client.rate_limit)
        self.worktaps_sender = sender
        self._background(
            "worktaps-outbox", sender.run, translate("Session", "sending WorkTaps changes")
        )
        self._background(
            "accounts-sync", self.sync_accounts, translate("Session", "loading WorkTaps accounts"),
            translate("Session", "Loading WorkTaps accounts…"),
        )  # fmt: skip

    def use_worq(self, client: WorqClient | None) -> None:
        if client is not self.worq_client:
            self.worq_client = client
            self.changes.tell(Change.CONNECTED)

    def _background(
        self,
        key: str,
        work: Callable[[], Awaitable[T]],
        what: str,
        progress: str | None = None,
    ) -> asyncio.Task[T]:
        op = Op(work, key=key, what=what)
        if progress:
            op = op.with_progress(progress)
        task = op.run(self.runner)
        self._running[key] = task
        return task

    async def loaded(self, poll: float = 1.0) -> None:
        """Wait until the first loads have ended (however they ended) and the senders have
        nothing queued or in doubt: what a run that ends by itself waits for."""
        # The deleted employees are read once the first load ends: a step after it.
        for step in (("workday", "accounts-sync"), ("directory",)):
            await asyncio.gather(
                *(t for key, t in self._running.items() if key in step), return_exceptions=True
            )
        senders = [s for s in (self.worktime_sender, self.worktaps_sender) if s is not None]
        moved = asyncio.Event()
        unsubscribe = self.changes.subscribe(lambda _change: moved.set(), Change.OUTBOX)
        try:
            while not all(sender.idle() or sender.halted for sender in senders):
                moved.clear()
                with contextlib.suppress(TimeoutError):  # a halt or a backoff moves nothing
                    await asyncio.wait_for(moved.wait(), poll)
        finally:
            unsubscribe()

    def _stop_background(self, *keys: str) -> None:
        for key in keys:
            task = self._running.pop(key, None)
            if task is not None and not task.done():
                task.cancel()

    async def stop(self) -> None:
        """No more requests: the receiver and the workday and the senders stop, work in
        flight on the runner finishes, then the clients close. Queued writes stay in the
        outbox, committed, for the next run; kept webhooks not yet applied, for the next.
        In a team, the sync lease is given back for another desk to take."""
        self._stopping = True
        await asyncio.to_thread(self.stop_receiver)
        await asyncio.to_thread(self.board_keeper.flush)  # the last board drawn
        if self.team is not None:
            await self.team.stop()
        workday, self.workday = self.workday, None
        if workday is not None:
            await workday.stop()
        tasks = [task for task in self._running.values() if not task.done()]
        self._running.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await self.runner.drain()  # what is in flight on these clients ends before they close
        self.worktime_sender = self.worktaps_sender = None
        self.worktime = self.worktaps = self.worq_client = None
        connections, self.connections = self.connections, None
        if connections is not None:
            await connections.aclose()

    def set_activity(self, visible: bool, idle: bool) -> None:
        """What is on screen: the board (``visible``), or nothing a person watches."""
        if self.workday is not None:
            self.workday.budget.set_activity(visible, idle)
            self.workday.loop.set_visible(visible and not idle)

    # -- the board, the locks, attendance --------------------------------------------------

    async def board(self) -> Board:
        """The live board, built on a worker thread over a connection of its own (250-300
        ms at 20,000 people), its leavers flagged once they are known (found beside it the
        first time: a second at 20,000 people the board does not wait for)."""
        started = time.monotonic()
        board = await asyncio.to_thread(apart, self.db, self._board_kept)
        self._board_read_s = time.monotonic() - started
        known = self._leavers
        if known is not None and known[0] == board.day:
            return replace(board, leavers=known[1])
        finding = self._running.get("leavers")
        if finding is None or finding.done():  # the board is drawn again once they are found
            work = self.leavers
            task = self._background(
                "leavers", work, translate("Session", "finding who has left (WorQ)")
            )
            task.add_done_callback(self._leavers_found)
        return board

    def _leavers_found(self, task: asyncio.Task[Mapping[str, Leaver]]) -> None:
        """Draw the board again with them (not after a failure: the runner told it, and
        drawing again would look again, and fail again)."""
        if not task.cancelled() and task.exception() is None and task.result():
            self.changes.tell(Change.BOARD)

    async def leavers(self) -> Mapping[str, Leaver]:
        """Who WorQ says has left yet WorkTime One still employs, by WorkTime One id: the
        directory's match (a second at 20,000 people, on a worker), kept until WorQ, the
        employees or the accounts change."""
        today, known = self.today(), self._leavers
        if known is not None and known[0] == today:
            return known[1]
        moved = self._people_moved
        found = leavers_among(await self.directory_people(today), today)
        if moved == self._people_moved:
            self._leavers = (today, found)
        return found

    def _board_kept(self, db: Database) -> Board:
        """The board from ``db``, kept for the next start's first frame (at most once a
        minute: ``SnapshotKeeper``)."""
        board = self.board_from(db)
        self.board_keeper.drawn(board, self.zone)
        return board

    def board_from(self, db: Database | None = None) -> Board:
        """The board from ``db`` (the session's own store when None), in this thread."""
        db = db or self.db
        return board_from(
            LockCache(db), PeopleCache(db), AttendanceCache(db), self.zone, self.now()
        )

    def take_pushed_people(self) -> set[str]:
        """Whose board rows webhooks changed since this was last asked (then forgotten)."""
        taken, self._pushed_people = self._pushed_people, set()
        return taken

    async def people_today(self, ids: set[str]) -> Board:
        """Only these people's board rows, and the feed, on a worker over a connection of
        its own: a few queries a person, and a burst of webhooks changes hundreds."""
        zone, now = self.zone, self.now()

        def read(db: Database) -> Board:
            return people_today_from(LockCache(db), PeopleCache(db), AttendanceCache(db), zone,
                                     now, ids)  # fmt: skip

        return await asyncio.to_thread(apart, self.db, read)

    def lock_names(self) -> dict[str, str]:
        return {lock.id: lock.name for lock in self.locks.locks()}

    def name_of(self, employee_id: str) -> str:
        return self.people.name(employee_id) or employee_id

    def person_day(self, employee_id: str) -> PersonDay:
        return person_day_from(self.locks, self.attendance, self.zone, self.now(), employee_id)

    def review(self, start: date, end: date) -> list[ReviewRow]:
        """The period's attendance with its problems, as it will be once the corrections
        on their way land (a fixed problem shows as being fixed, not as open)."""
        first, _ = local_day_bounds(start, self.zone)
        _, last = local_day_bounds(end, self.zone)
        records = self.attendance.for_range(start, end)
        return review(
            start,
            end,
            self.today(),
            self.people.employees(),
            records,
            self.locks.events_between(first, last),
            self.zone,
            self._fixes(start, end, records),
        )

    def _fixes(
        self, start: date, end: date, records: list[AttendanceRow]
    ) -> dict[tuple[str, date], DayPreview]:
        """Each (person, day) that corrections queued, sending or sent will change, as the
        day will be once they land (a sent one the store already shows changes nothing)."""
        wanted: dict[tuple[str, date], list[Correction]] = {}
        for entry in self.outbox.entries(ON_THEIR_WAY, kinds=(CLOCK_KIND,)):  # newest 1,000
            correction = correction_from(entry.payload)
            day = correction.day(self.zone)
            if start <= day <= end:
                wanted.setdefault((correction.employee_id, day), []).append(correction)
        by_key = {(r.employee_id, r.date): r for r in records}
        now, fixes = self.now(), {}
        for key, corrections in wanted.items():
            record = by_key.get(key)
            after = preview(record, corrections, self.zone, now)
            if record is None or (after.clock_in, after.clock_out) != (
                record.clock_in,
                record.clock_out,
            ):
                fixes[key] = after
        return fixes

    def namers(self) -> Namers:
        """How the people, accounts and locations an audit row or a write names by id read."""
        return namers(self.people.employees(active_only=False), self.accounts)

    def record(self, manager: str, action: str, subject: str, **payload: object) -> None:
        """A console event in the audit log (a sign-in, a wrong PIN, a lock, an export)."""
        self.audit.append(
            manager=manager, action=action, subject=subject, payload=dict(payload), reason="",
            before=None, after=None, outcome="done",
        )  # fmt: skip

    def record_export(
        self, name: str, table: str, *, manager: str | None = None, **details: object
    ) -> None:
        """An export saved, by ``manager`` (who asked for it) or the one signed in; none
        when nobody is (a tool, a test)."""
        who = manager or self.manager
        if who is not None:
            self.record(who, "export.saved", name, table=table, **details)

    def freshness(self) -> tuple[datetime | None, datetime | None]:
        """When today's data was last fetched, and when next (None: not connected)."""
        workday = self.workday
        if workday is None:
            return self.state.synced_at("attendance"), None
        return workday.loop.last_refresh, workday.loop.next_refresh_at()

    async def refresh_now(self) -> None:
        if self.workday is not None:
            await self.workday.loop.refresh_now()

    async def load_older(self, lock_id: str) -> int:
        """A week more of one lock's history, before what the store holds."""
        workday = self.workday
        if workday is None:
            raise NotConnected(
                translate("Session", "Older history needs a connection to WorkTime One.")
            )
        return await workday.load_older(lock_id)

    def history_covered_from(self, lock_id: str | None) -> date | None:
        """The first day the store holds the history of ``lock_id`` (None: of every lock)
        in full; None when it has not been read yet."""
        ids = [lock_id] if lock_id else [lock.id for lock in self.locks.locks()]
        firsts = [covered_from(self.state, i) for i in ids]
        known = [first for first in firsts if first is not None]
        return max(known) if known and len(known) == len(firsts) else None

    async def load_history_back_to(self, lock_id: str | None, first: date) -> int:
        """Fetch what the store lacks of the history from ``first`` on (a manager chose
        those dates), at user priority within the request budget."""
        workday = self.workday
        if workday is None:
            raise NotConnected(
                translate("Session", "Older history needs a connection to WorkTime One.")
            )
        ids = [lock_id] if lock_id else [lock.id for lock in self.locks.locks()]
        new = 0
        for one in ids:
            new += await workday.sync.load_back_to(one, first, priority="user")
        self.changes.tell(Change.BOARD)
        return new

    async def load_attendance(self, start: date, end: date) -> int:
        workday = self.workday
        if workday is None:
            raise NotConnected(
                translate("Session", "Loading a period needs a connection to WorkTime One.")
            )
        count = await workday.sync.sync_attendance(start, end, priority="user")
        self.changes.tell(Change.BOARD)
        return count

    # -- the outbox --------------------------------------------------------------------------

    def act(self, manager: str, action: Action, entry: OutboxEntry) -> OutboxEntry:
        """Cancel, retry or resolve an entry, with its audit row."""
        return act(self.outbox, self.audit, manager, action, entry)

    def sender(
        self, service: Writable
    ) -> OutboxSender[WorkTimeClient] | OutboxSender[WorkTapsClient] | None:
        return self.worktime_sender if service == "worktime" else self.worktaps_sender

    async def send_now(self, service: Writable, entry: OutboxEntry) -> OutboxEntry:
        """Send ``entry`` at once (a form waits for the answer); ``NotConnected`` when the
        service is not connected: the entry stays queued for later."""
        sender = self.sender(service)
        if sender is None:
            raise NotConnected(
                translate("Session", "{service} is not connected.").format(service=TITLES[service]),
                service,
            )
        if service == "worktime":
            return await self.employee_service.send_now(entry.id, sender)
        return await self.account_service.send_now(entry.id, sender)

    # -- WorkTaps --------------------------------------------------------------------------

    def _account_sync(self) -> AccountSync:
        client = self.worktaps
        if client is None:
            raise NotConnected(
                translate("Session", "The server's filters need a connection to WorkTaps."),
                "worktaps",
            )
        return AccountSync(client, self.accounts, self.state, self.now, self.worktaps_budget)

    async def sync_accounts(self) -> dict[str, int]:
        counts = await self._account_sync().sync_all()
        self.changes.tell(Change.ACCOUNTS)
        return counts

    async def search_accounts(
        self,
        *,
        email: str | None = None,
        phone: str | None = None,
        location: str | int | None = None,
        meta: Mapping[str, str] | None = None,
    ) -> list[Account]:
        found = self._account_sync().accounts(
            email=email, phone=phone, location=location, meta=meta
        )
        return [account async for account in found]

    # -- WorkTime One's employees: the directory ----------------------------------------------

    async def read_directory(self) -> None:
        """WorkTime One's employees again, the deleted ones too (the directory's Refresh)."""
        workday = self.workday
        if workday is None:
            raise NotConnected(
                translate("Session", "Reading the employees needs a connection to WorkTime One.")
            )
        await workday.sync.sync_employees(priority="user")
        await self._read_deleted()

    async def _read_deleted(self) -> None:
        client, workday = self.worktime, self.workday
        if client is None or workday is None:
            raise NotConnected(
                translate("Session", "Reading the employees needs a connection to WorkTime One.")
            )

        async def deleted() -> list[EmployeeRow]:
            return [_row_of(e) async for e in client.iter_employees(status="deleted")]

        self.deleted = await workday.budget.run("user", deleted)
        self.changes.tell(Change.EMPLOYEES)

    async def directory_people(self, today: date) -> list[Person]:
        """Every person across the three systems, matched on a worker thread over a
        connection of its own (20,000 people: about a second)."""
        zone, deleted = self.zone, list(self.deleted)

        def build(db: Database) -> list[Person]:
            return DirectorySource.over(db).directory(today, zone, deleted)

        return await asyncio.to_thread(apart, self.db, build)

    async def employee(self, employee_id: str) -> Employee:
        client = self.worktime
        if client is None:
            raise NotConnected(
                translate("Session", "Editing an employee needs a connection to WorkTime One.")
            )
        return await self._spend(lambda: client.get_employee(employee_id))

    async def _spend(self, call: Callable[[], Awaitable[T]], cost: int = 1) -> T:
        """A manager's request through the WorkTime One budget (it never spends what the
        board needs: ``Priority.USER`` keeps the reserve for people waiting)."""
        workday = self.workday
        if workday is None:
            return await call()
        return await workday.budget.run(Priority.USER, call, cost=cost)

    # -- reports ------------------------------------------------------------------------------

    async def report(
        self, period: Period, employee_id: str | None = None, person: str = EVERYONE
    ) -> Report:
        client = self.worktime
        if client is None:
            raise NotConnected(translate("Session", "Reports need a connection to WorkTime One."))
        zone = self.zone
        report = await self._spend(
            lambda: fetch_report(client, period, zone, self.now(), employee_id, person), cost=2
        )
        return replace(report, leavers=await self.leavers())

    async def save_payroll_excel(self, period: Period, employee_id: str | None, path: Path) -> int:
        """WorkTime One's payroll workbook for the period and person, saved as sent."""
        client = self.worktime
        if client is None:
            raise NotConnected(translate("Session", "Reports need a connection to WorkTime One."))
        body = await self._spend(
            lambda: client.payroll_report_excel(period.start, period.end, employee_id)
        )
        await asyncio.to_thread(atomic_write_bytes, path, body)  # never half a file
        return len(body)

    # -- the shift handover -----------------------------------------------------------------

    async def handover(self, manager: str) -> Handover:
        """Gathered on a worker thread (0.8 s at 20,000 people)."""
        zone, now = self.zone, self.now()
        return await asyncio.to_thread(apart, self.db, lambda own: gather(own, zone, now, manager))

    # -- WorkTime One's webhooks ------------------------------------------------------------

    def start_receiver(self, host: str, port: int, secret: str) -> str:
        """Take WorkTime One's webhooks at ``host``:``port`` (0: a free port), signed with
        ``secret``; answers the URL to give WorkTime One. ``OSError`` when the address
        cannot be used. What an earlier run kept and did not apply is applied now."""
        if str(self.db.path) in ("", ":memory:"):
            raise ValueError("webhooks are kept in the store file; this store has none")
        self.stop_receiver()
        if self._loop is None:  # called on the session's loop (else the caller set it)
            self._loop = asyncio.get_running_loop()
        receiver = WebhookReceiver(self.db, self.webhooks, secret, self.now,
                                   self._webhook_kept)  # fmt: skip
        url = receiver.start(host, port)
        self.receiver = receiver
        self._verified_through = self.now()  # what came before was never delivered
        self._loop.call_soon_threadsafe(self._apply_webhooks)  # what an earlier run left
        return url

    def _check_deliveries(self, lock_ids: list[str]) -> None:
        """After a reconciliation: did polling find door openings no webhook told of?
        (Up to ``DELIVERY_GRACE`` ago: a delivery may still be on its way.)"""
        since, until = self._verified_through, self.now() - DELIVERY_GRACE
        if since is None or until <= since:
            return
        missed = WebhookInbox(self.db).missed_openings(lock_ids, since, until)
        self.webhooks.reconciled(missed)
        self._verified_through = until

    def stop_receiver(self) -> None:
        receiver, self.receiver = self.receiver, None
        if receiver is not None:
            receiver.stop()
            self._wake_refresh()

    def _wake_refresh(self) -> None:
        """Deliveries started or stopped being trusted: the refresh loop looks again at
        its pace. Told at every delivery (on the receiver's thread); the loop is woken
        only when the answer changes, not 10,000 times in a burst."""
        trusted = self.webhooks.healthy()
        if trusted == self._told_trusted:
            return
        self._told_trusted = trusted
        workday, loop = self.workday, self._loop
        if workday is not None and loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(workday.loop.wake)

    def _webhook_kept(self) -> None:
        """Told on the receiver's thread: apply on the session's, once per batch (a
        burst's deliveries ride along with the pass already asked for)."""
        with self._apply_asked_lock:
            if self._apply_asked:
                return
            self._apply_asked = True
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._apply_webhooks)

    def _apply_webhooks(self) -> None:
        with self._apply_asked_lock:
            self._apply_asked = False  # a delivery kept from now on asks again
        running = self._running.get("webhooks")
        if running is not None and not running.done():
            self._apply_again = True  # the pass under way picks it up
            return
        self._background(
            "webhooks", self._apply_waiting, translate("Session", "applying WorkTime One's events")
        )

    async def _apply_waiting(self) -> None:
        """Apply what waits, batch after batch, on a worker over a connection of its own;
        deliveries that arrive meanwhile ride along with the next batch."""
        while True:
            self._apply_again = False
            now = self.now()
            prune = self._pruned_at is None or now - self._pruned_at > PRUNE_EVERY
            apply = functools.partial(_apply_and_prune, zone=self.zone, now=now, prune=prune)
            applied = await asyncio.to_thread(apart, self.db, apply)
            self._pruned_at = now if prune else self._pruned_at
            if applied.employees:
                # Written over the worker's own connection, whose commits this session's
                # store does not hear: said here, as its own commit would have.
                self._stored("employee")
                self.changes.tell(Change.EMPLOYEES)
            if applied.board:
                self._pushed_people |= applied.people
                self.changes.tell(Change.PUSHED)
            if not (applied.more or self._apply_again):
                return
            await asyncio.sleep(APPLY_PAUSE)  # a burst is applied in batches, not one by one

    # -- WorQ -------------------------------------------------------------------------------

    def worq_import(self) -> WorqImport | None:
        """An import over the WorQ client (None: WorQ is not set up)."""
        client = self.worq_client
        return WorqImport(client, self.worq, self.now) if client is not None else None

    async def import_worq(
        self, importer: WorqImport, start: date, end: date, progress: Progress | None = None
    ) -> object:
        """Run ``importer``; whatever it kept (even when cancelled or failed) is told."""
        try:
            return await importer.run(start, end, progress)
        finally:
            run, manager = importer.last, self.manager
            if run is not None and manager is not None:
                self.record(manager, "worq.imported", f"{start} to {end}", outcome=run.outcome,
                            kept=run.kept)  # fmt: skip
            if run is not None and run.kept:
                self.changes.tell(Change.WORQ)


class NotConnected(ApiError):
    """The service this needs is not connected (offline, or not set up): a message for the
    manager, as any other failed request is."""

    def __init__(self, message: str, service: Service = "worktime") -> None:
        super().__init__(message, service=service)


BOARD_TABLES = frozenset({"lock", "lock_event", "attendance"})


def _apply_and_prune(db: Database, *, zone: ZoneInfo, now: datetime, prune: bool) -> Applied:
    """A batch applied; with ``prune``, the applied deliveries past a week dropped too. A
    team's other desks are told whose rows changed, not that the board's tables did: they
    redo those rows, not the whole board (what was not a person's is told as before)."""
    db.quiet = BOARD_TABLES
    try:
        applied = apply_waiting(db, zone, now)
    finally:
        db.quiet = frozenset()
    if applied.board:
        if applied.people:
            db.pushed(applied.people)
        else:
            db.touch("lock_event")
    if prune:
        WebhookInbox(db).forget_before(now)
    return applied


def _row_of(employee: Employee) -> EmployeeRow:
    """A fetched employee as the directory shows one (no salary)."""
    return EmployeeRow(
        employee.id,
        employee.name,
        employee.email,
        employee.department,
        employee.position,
        employee.status,
        employee.start_date,
    )
