"""A desk over a team's shared store: one process syncs, every desk follows.

The process holding the organization's sync lease (``SyncLease``) does all the talking
to WorkTime One and WorkTaps: the first load, the refresh, the outbox's sending. The
other desks make no requests: they read the shared store, and hear each commit another
desk makes (``StoreListener``), so their pages follow within a moment and the
organization spends one desk's request budget, however many desks it has. A desk tries
for the lease every ``TRY_EVERY_S``: when the syncer ends or dies, another takes over.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, TypeVar

from desktop.store.mirror import copy_current, refreshed_at
from desktop.words import translate

if TYPE_CHECKING:  # psycopg loads only on a team's desk
    from desktop.store import Database
    from desktop.store.postgres import PostgresDatabase, StoreListener, SyncLease

T = TypeVar("T")

log = logging.getLogger("desktop.services.team")

TRY_EVERY_S = 5.0  # a dead syncer's lease is free at once: another desk syncs within this
# This desk's own store, copied from the shared one (``store.mirror``): looked at this
# often, copied when the shared store's attendance was refreshed since the last copy (at
# once the first time, so a copy made during the first load is soon made whole), then
# at most this often; with the attendance and lock events of this many days back.
COPY_LOOK_S = 15.0
COPY_EVERY_S = 300.0
COPY_DAYS = 8
COPY_MARGIN_S = 600  # a copy made again brings what was stored since the last, and this


@dataclass(frozen=True, slots=True)
class TeamState:
    """Where a desk of a team stands, for the status bar and the Connections page."""

    desk: str | None
    store: str  # the shared store's address (never a password)
    syncing: bool = False
    tried: bool = False  # asked for the lease at least once
    alone: str = ""  # why this desk works on its own store ("": on the team's)
    reachable: bool = True  # the last ask reached the shared store
    kept: int = 0  # entries kept on this desk while the shared store was away, not handed yet
    copied_at: datetime | None = None  # this desk's own copy of the shared store: made then
    back: bool = False  # working ``alone``, and the team's store answers again

    @property
    def warning(self) -> bool:
        return bool(self.alone) or not self.reachable

    def status(self) -> str:
        kept = self.kept
        if self.alone:
            if self.back:
                return translate(
                    "Team", "On its own: the team's store is back; start again to rejoin"
                )
            return translate("Team", "On its own: the team's store is out of reach")
        if not self.reachable:
            if kept:
                return translate(
                    "Team", "Team: the shared store is out of reach · %n entr(y|ies) kept here",
                    None, kept,
                )  # fmt: skip
            return translate("Team", "Team: the shared store is out of reach")
        if kept:
            return translate("Team", "Team: handing over %n entr(y|ies) kept here…", None, kept)
        if not self.tried:
            return translate("Team", "Team: joining…")
        if self.syncing:
            return translate("Team", "Team: this desk syncs")
        return translate("Team", "Team: following")

    def detail(self) -> str:
        kept = self.kept
        if self.alone and self.back:
            return translate(
                "Team",
                "The team's shared store answers again. This desk works on its own copy until "
                "Front Desk starts again: then its outbox and audit log go to the team's "
                "store, and it works on that one.",
            )
        if self.alone:
            return translate(
                "Team",
                "{why} This desk works on its own copy and keeps its own outbox and audit log "
                "until then; they go to the team's store at the next start that reaches it.",
            ).format(why=self.alone)
        if self.desk:
            who = translate("Team", "Desk {desk} on {store}.").format(
                desk=self.desk, store=self.store
            )
        else:
            who = translate("Team", "On {store}.").format(store=self.store)
        if not self.reachable:
            if self.copied_at:
                copy = translate("Team", "its own copy of it, made at {time}").format(
                    time=f"{self.copied_at.astimezone():%H:%M}"
                )
            else:
                copy = translate(
                    "Team", "what it held before it joined the team (no copy was made yet)"
                )
            if kept:
                away = translate(
                    "Team",
                    "The shared store does not answer: this desk shows {copy}. What is saved "
                    "now is kept on this desk and handed to the team's store as soon as it "
                    "answers again: %n entr(y|ies) kept here. It connects again by itself.",
                    None, kept,
                )  # fmt: skip
            else:
                away = translate(
                    "Team",
                    "The shared store does not answer: this desk shows {copy}. What is saved "
                    "now is kept on this desk and handed to the team's store as soon as it "
                    "answers again. It connects again by itself.",
                )
            return f"{who} {away.format(copy=copy)}"
        if kept:
            handing = translate(
                "Team",
                "Handing what this desk kept to the team's store: %n entr(y|ies) kept here.",
                None, kept,
            )  # fmt: skip
            return f"{who} {handing}"
        if not self.tried:
            what = translate("Team", "Asking which desk syncs…")
        elif self.syncing:
            what = translate(
                "Team",
                "This desk talks to the services for every desk of the team; the others show "
                "what it stores within a second.",
            )
        else:
            what = translate(
                "Team",
                "Another desk talks to the services; this one shows what it stores within a "
                "second, and takes over if it stops.",
            )
        return f"{who} {what}"


class TeamDesk:
    """Whether this desk syncs, and what it hears. ``on_lease(True)`` when this process
    becomes the syncer, ``on_lease(False)`` when it is no longer; ``on_heard(table)`` on
    the session's loop for each of the other desks' commits; ``on_store(True)`` when it
    finds the store ``away``, ``on_store(False)`` when it answers again after it was
    (found by this or by a write that could not begin), before anything is asked of it."""

    def __init__(
        self,
        db: PostgresDatabase,
        on_lease: Callable[[bool], None],
        on_heard: Callable[[str], None],
        on_store: Callable[[bool], None],
        now: Callable[[], datetime],
    ) -> None:
        self.now = now  # the organization's clock (the sandbox's is its own)
        self.db, self.on_lease, self.on_heard = db, on_lease, on_heard
        self.on_store = on_store  # the store went ``away`` (True), or answers again
        self.syncing = False
        self.answered = asyncio.Event()  # the lease asked for at least once
        self.reachable = True  # the last ask for the lease reached the database
        self._lease: SyncLease | None = None
        self._listener: StoreListener | None = None
        self._task: asyncio.Task[None] | None = None
        self._copying: asyncio.Task[None] | None = None
        self.copied_at: datetime | None = None  # the own store's copy was last made then

    @property
    def tried(self) -> bool:
        """Asked for the lease at least once (so a follower knows it is one)."""
        return self.answered.is_set()

    @property
    def started(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Listen, and try for the lease now and every ``TRY_EVERY_S`` (on the running loop)."""
        loop = asyncio.get_running_loop()

        def heard(table: str) -> None:  # on the listener's thread
            if not loop.is_closed():
                loop.call_soon_threadsafe(self.on_heard, table)

        self._listener = self.db.listen(heard)
        self._lease = self.db.lease()
        self._task = loop.create_task(self._keep_trying(), name="team lease")
        if self.db.own is not None:
            self._copying = loop.create_task(self._keep_copying(), name="team copy")

    async def _keep_trying(self) -> None:
        lease = self._lease
        assert lease is not None
        while True:
            try:
                held = await asyncio.to_thread(lease.try_take)
            except Exception as exc:  # the database went away: not the syncer until it is back
                if self.reachable:
                    log.warning("Could not ask who syncs: %s", exc)
                held, self.reachable = False, False
                if not self.db.away:
                    self.on_store(True)  # what is saved meanwhile is kept on this desk
            else:
                if not self.reachable:
                    log.info("The shared store answers again")
                self.reachable = True
                if self.db.away:
                    self.on_store(False)
            self.answered.set()
            if held != self.syncing:
                self.syncing = held
                log.info("This desk %s", "syncs now" if held else "no longer syncs")
                self.on_lease(held)
            await asyncio.sleep(TRY_EVERY_S)

    async def _keep_copying(self) -> None:
        """The own store kept a copy of what the desk reads (while the store answers)."""
        copied: str | None = None  # the shared store's refresh the last copy held
        while True:
            await asyncio.sleep(COPY_LOOK_S)
            if self.db.away:
                continue
            try:
                refreshed = await asyncio.to_thread(self._shared_read, refreshed_at)
                last = self.copied_at
                due = last is None or (
                    refreshed != copied
                    and (copied is None or self.now() - last >= timedelta(seconds=COPY_EVERY_S))
                )
                if due:
                    rows = await asyncio.to_thread(self.copy_now)
                    copied = refreshed
                    log.info("Copied %d rows of the shared store to this desk", rows)
            except Exception as exc:  # the store went away meanwhile: the next time
                log.warning("Could not copy the shared store to this desk: %s", exc)

    def _shared_read(self, read: Callable[[Database], T]) -> T:
        shared = self.db.shared()
        try:
            return read(shared)
        finally:
            shared.close()

    def copy_now(self) -> int:
        """Copy the shared store into the own one now, over connections of their own: the
        whole of it the first time, then what it stored since the last copy (less
        ``COPY_MARGIN_S``: rows carry the syncer's clock, not this desk's)."""
        own = self.db.own
        assert own is not None
        started, last = self.now(), self.copied_at
        changed_since = None if last is None else last - timedelta(seconds=COPY_MARGIN_S)
        local = own.reopen()
        try:
            since = started - timedelta(days=COPY_DAYS)
            rows = self._shared_read(
                lambda shared: copy_current(shared, local, since, changed_since)
            )
        finally:
            local.close()
        self.copied_at = started
        return rows

    async def stop(self) -> None:
        """Stop trying, give the lease back (another desk takes it at its next try)."""
        for task in (self._task, self._copying):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._task = self._copying = None
        listener, self._listener = self._listener, None
        if listener is not None:
            await asyncio.to_thread(listener.stop)
        lease, self._lease = self._lease, None
        if lease is not None:
            await asyncio.to_thread(lease.close)
        self.syncing = False
