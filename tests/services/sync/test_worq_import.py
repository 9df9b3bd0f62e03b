"""Importing WorQ employees into the store, against the sandbox over real sockets."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.api import AuthError, ServerError, WorqClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_CUSTOMER_CODE, WORQ_PARTNER_KEY, WORQ_PARTNER_NAME
from desktop.sandbox.server import SandboxControls
from desktop.services.sync.worq import ImportResult, Progress, WorqImport
from desktop.store import Database, WorqCache
from tests.helpers.api import TEST_NOW, Clock, fast

START, END = date(2000, 1, 1), date(2026, 11, 18)
Seen = list[tuple[int, int | None]]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[WorqCache]:
    db = Database(tmp_path / "cache.sqlite3")
    yield WorqCache(db)
    db.close()


def client(sandbox: SandboxServer, key: str = WORQ_PARTNER_KEY) -> WorqClient:
    return WorqClient(sandbox.url("worq"), WORQ_PARTNER_NAME, key, WORQ_CUSTOMER_CODE, **fast())


def expected_ids(sandbox: SandboxServer, start: date, end: date) -> set[str]:
    """Who WorQ holds for the range, read from the sandbox's own data set: joined in the
    range, or last updated in it (the organization's local day)."""
    data = sandbox.state.data
    return {
        e.employee_id
        for e in data.worq
        if start <= date.fromisoformat(e.date_of_joining) <= end
        or start <= data.local_date(e.updated_at) <= end
    }


def run_import(
    sandbox: SandboxServer,
    cache: WorqCache,
    start: date = START,
    end: date = END,
    *,
    key: str = WORQ_PARTNER_KEY,
    progress: Progress | None = None,
) -> ImportResult:
    async def scenario() -> ImportResult:
        async with client(sandbox, key) as worq:
            return await WorqImport(worq, cache, Clock()).run(start, end, progress)

    return asyncio.run(scenario())


def worq_paths(controls: SandboxControls) -> list[tuple[str, int | None]]:
    return [(r["path"], r["status"]) for r in controls.requests("worq")]


def test_a_full_import_keeps_everyone_worq_holds_for_the_range(
    sandbox: SandboxServer, cache: WorqCache
) -> None:
    seen: Seen = []
    result = run_import(sandbox, cache, progress=lambda done, total: seen.append((done, total)))
    everyone = {e.employee_id: e for e in sandbox.state.data.worq}
    assert len(everyone) == sandbox.controls.info()["counts"]["worq_employees"] > 100
    assert (result.new, result.updated, result.changed) == (len(everyone), 0, 0)
    assert result.run.outcome == "done"
    assert result.run.pages == 3
    assert result.run.total == len(everyone)
    assert seen == [(0, None), (50, 119), (100, 119), (119, 119)]
    people = cache.all()
    assert {p.employee_id for p in people} == set(everyone)
    for person in people:
        source = everyone[person.employee_id]
        assert (person.email, person.phone, person.department) == (
            source.email,
            source.phone,
            source.department,
        )
        assert person.status == source.status
        assert person.end_date == (
            date.fromisoformat(source.date_of_exit) if source.date_of_exit else None
        )
        assert person.updated_at is not None
        assert person.updated_at.timestamp() == source.updated_at
    assert cache.last_run("done") == result.run
    assert result.summary() == "Imported 119 people from WorQ: 119 new, 0 already known."


def test_a_date_range_imports_only_who_changed_in_it(
    sandbox: SandboxServer, cache: WorqCache
) -> None:
    start, end = date(2026, 10, 19), date(2026, 11, 18)
    expected = expected_ids(sandbox, start, end)
    assert 0 < len(expected) < 119
    result = run_import(sandbox, cache, start, end)
    assert result.new == len(expected)
    assert {p.employee_id for p in cache.all()} == expected


def test_a_token_that_expires_mid_import_is_renewed_and_every_record_arrives(
    sandbox: SandboxServer, controls: SandboxControls, cache: WorqCache
) -> None:
    controls.worq(token_lifetime=60)
    controls.clear_requests()

    def between_pages(done: int, total: int | None) -> None:
        if done:  # a page was kept: two minutes pass before the next one is asked for
            controls.time(advance=120)

    async def scenario() -> ImportResult:
        async with client(sandbox) as worq:
            return await WorqImport(worq, cache, Clock()).run(START, END, between_pages)

    result = asyncio.run(scenario())
    assert result.new == len(sandbox.state.data.worq) == len(cache.all())
    assert result.run.outcome == "done"
    log = worq_paths(controls)
    assert log.count(("/get-employee-data", 401)) == 2  # before pages 2 and 3
    assert log.count(("/get-access-token", 200)) == 3
    assert log.count(("/get-employee-data", 200)) == 3


def test_a_cancelled_import_keeps_the_pages_that_arrived_and_says_so(
    sandbox: SandboxServer, controls: SandboxControls, cache: WorqCache
) -> None:
    async def scenario() -> WorqImport:
        async with client(sandbox) as worq:
            importer = WorqImport(worq, cache, Clock())
            page_one_kept = asyncio.Event()

            def slow_after_page_one(done: int, total: int | None) -> None:
                if done == 50:  # page 2 will be held by the sandbox until after the cancel
                    controls.fault("delay", service="worq", path="/get-employee-data", delay=5)
                    page_one_kept.set()

            task = asyncio.ensure_future(importer.run(START, END, slow_after_page_one))
            await page_one_kept.wait()  # the import is now waiting for page 2
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            controls.clear_faults()  # a delay not yet used would hold the next import
            return importer

    importer = asyncio.run(scenario())
    run = cache.last_run()
    assert run is not None
    assert importer.last == run
    assert run.outcome == "cancelled"
    assert (run.pages, run.new, run.kept, run.total) == (1, 50, 50, 119)
    assert run.finished_at == TEST_NOW
    assert len(cache.all()) == 50
    assert cache.last_run("done") is None
    # The next import finishes the job: the 50 kept are known, the rest new.
    again = run_import(sandbox, cache)
    assert (again.new, again.updated) == (69, 50)
    assert len(cache.all()) == 119


def test_a_second_import_counts_updates_not_new_and_notices_changes(
    sandbox: SandboxServer, controls: SandboxControls, cache: WorqCache
) -> None:
    run_import(sandbox, cache)
    second = run_import(sandbox, cache)
    assert (second.new, second.updated, second.changed) == (0, 119, 0)
    changed = sandbox.state.data.worq[5]
    changed.phone = "(646) 555-0199"
    changed.updated_at = int(TEST_NOW.timestamp())
    third = run_import(sandbox, cache)
    assert (third.new, third.updated, third.changed) == (0, 119, 1)
    assert third.summary().endswith("0 new, 119 already known (1 changed).")
    person = next(p for p in cache.all() if p.employee_id == changed.employee_id)
    assert person.phone == "(646) 555-0199"
    assert [r.outcome for r in cache.runs()] == ["done", "done", "done"]


def test_a_server_failure_mid_import_is_recorded_and_raised(
    sandbox: SandboxServer, controls: SandboxControls, cache: WorqCache
) -> None:
    def fail_after_page_one(done: int, total: int | None) -> None:
        if done == 50:
            controls.fault(
                "status", service="worq", path="/get-employee-data", status=503, count=10
            )

    with pytest.raises(ServerError) as caught:
        run_import(sandbox, cache, progress=fail_after_page_one)
    run = cache.last_run()
    assert run is not None
    assert run.outcome == "failed"
    assert run.error == caught.value.message
    assert run.kept == len(cache.all()) == 50
    assert "503" in (run.error or "")


def test_credentials_worq_refuses_fail_the_run_and_keep_nothing(
    sandbox: SandboxServer, cache: WorqCache
) -> None:
    with pytest.raises(AuthError) as caught:
        run_import(sandbox, cache, key="not-the-key")
    run = cache.last_run()
    assert run is not None
    assert run.outcome == "failed"
    assert run.kept == 0
    assert cache.all() == []
    assert run.error == caught.value.message
    assert "partner name and key" in caught.value.message


def test_a_range_worq_has_nobody_for_is_done_and_says_so(
    sandbox: SandboxServer, cache: WorqCache
) -> None:
    seen: Seen = []
    result = run_import(
        sandbox, cache, date(1990, 1, 1), date(1990, 1, 31), progress=lambda *p: seen.append(p)
    )
    assert result.run.outcome == "done"
    assert (result.kept, result.run.total, result.run.pages) == (0, 0, 1)
    assert seen == [(0, None), (0, 0)]
    assert result.summary() == (
        "Nothing to import: WorQ has nobody created or updated in these dates."
    )
