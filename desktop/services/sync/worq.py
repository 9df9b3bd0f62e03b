"""Import the employees WorQ (HR) created or updated in a date range into the store.

``await WorqImport(client, cache, now).run(start, end, progress)`` walks WorQ's
pages one by one (the client renews its token and says how many pages there
are) and writes each page to the store in its own transaction, together with
the run's counts, as it arrives. So whatever happens next, what arrived is
kept and the run's record says how much that was:

- done: every page arrived; the result says how many people were new and how
  many were already known (and of those, how many came back changed);
- cancelled (the task was cancelled): the run is marked cancelled with the
  pages kept so far, and ``CancelledError`` goes on up;
- failed: the run is marked failed with the error's message, and the error
  (an ``ApiError`` for what WorQ or the network did) goes on up.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from desktop.api import ApiError, Page, WorqEmployee
from desktop.store import WorqCache, WorqRun
from desktop.store.worq import INTERRUPTED
from desktop.words import translate

Progress = Callable[[int, int | None], None]
"""``progress(people_so_far, total)``; ``total`` is None until WorQ has said it."""


class EmployeeSource(Protocol):
    """What the import needs of ``WorqClient``."""

    async def get_employee_data(
        self, start_date: date, end_date: date, page: int = 1, employee_id: str | None = None
    ) -> Page[WorqEmployee]: ...


@dataclass(frozen=True, slots=True)
class ImportResult:
    """A finished import: its run as stored (range, times, counts, outcome)."""

    run: WorqRun

    @property
    def new(self) -> int:
        return self.run.new

    @property
    def updated(self) -> int:
        return self.run.updated

    @property
    def changed(self) -> int:
        return self.run.changed

    @property
    def kept(self) -> int:
        return self.run.kept

    def summary(self) -> str:
        """One line for a manager: ``Imported 119 people: 3 new, 116 already known (2 changed).``"""
        return summary(self.run)


class WorqImport:
    def __init__(
        self, client: EmployeeSource, cache: WorqCache, now: Callable[[], datetime]
    ) -> None:
        self.client, self.cache, self.now = client, cache, now
        self.page = 0  # pages kept so far by the current (or last) run
        self.pages: int | None = None  # how many WorQ says there are; None before the first
        self.last: WorqRun | None = None  # the last run, once it ended (however it ended)

    async def run(self, start: date, end: date, progress: Progress | None = None) -> ImportResult:
        run_id = self.cache.begin_run(start, end, self.now())
        self.page, self.pages, self.last = 0, None, None
        try:
            await self._walk(run_id, start, end, progress or _quiet)
        except asyncio.CancelledError:
            self.last = self.cache.finish_run(run_id, "cancelled", self.now())
            raise
        except ApiError as exc:
            self.last = self.cache.finish_run(run_id, "failed", self.now(), exc.message)
            raise
        except Exception as exc:
            self.last = self.cache.finish_run(run_id, "failed", self.now(), _bug_text(exc))
            raise
        self.last = self.cache.finish_run(run_id, "done", self.now())
        return ImportResult(self.last)

    async def _walk(self, run_id: int, start: date, end: date, progress: Progress) -> None:
        people = 0
        progress(0, None)
        number = 1
        while True:
            page = await self.client.get_employee_data(start, end, number)
            if number == 1:
                self.cache.set_total(run_id, page.total)
            self.pages = math.ceil(page.total / page.limit) if page.limit else number
            self.cache.upsert_many(page.items, self.now(), run_id=run_id)
            people += len(page.items)
            self.page = number
            progress(people, page.total)
            if not page.has_more:
                return
            number += 1


def summary(run: WorqRun) -> str:
    """What a run did, in one line for a manager (in the console's language now: a run
    keeps its counts, not its words)."""
    if run.changed:
        counts = translate(
            "WorqImport", "{new} new, {known} already known ({changed} changed)"
        ).format(new=run.new, known=run.updated, changed=run.changed)
    else:
        counts = translate("WorqImport", "{new} new, {known} already known").format(
            new=run.new, known=run.updated
        )
    kept = run.kept
    if run.outcome == "done":
        if not kept:
            return translate(
                "WorqImport",
                "Nothing to import: WorQ has nobody created or updated in these dates.",
            )
        return translate(
            "WorqImport", "Imported %n (person|people) from WorQ: {counts}.", "", kept
        ).format(counts=counts)
    if run.outcome == "cancelled":
        if not kept:
            return translate("WorqImport", "Import cancelled: nothing was imported.")
        return translate("WorqImport", "Import cancelled, {kept} kept: {counts}.").format(
            kept=kept, counts=counts
        )
    if run.outcome == "failed":
        error = run.error or translate("WorqImport", "unknown error")
        if error == INTERRUPTED:
            error = translate("WorqImport", INTERRUPTED)
        if kept:
            return translate("WorqImport", "Import failed: {error} {kept} kept: {counts}.").format(
                error=error, kept=kept, counts=counts
            )
        return translate("WorqImport", "Import failed: {error} Nothing was imported.").format(
            error=error
        )
    return translate("WorqImport", "Importing… %n (person|people) so far.", "", kept)


def _bug_text(exc: Exception) -> str:
    return translate("WorqImport", "an unexpected error ({name}); it has been logged").format(
        name=type(exc).__name__
    )


def _quiet(done: int, total: int | None) -> None:
    return None
