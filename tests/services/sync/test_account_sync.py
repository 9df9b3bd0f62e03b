"""Syncing WorkTaps into the cache against the sandbox: the fewest requests, the whole set."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qs

import pytest

from desktop.api import AccountInput, WorkTapsClient
from desktop.sandbox import SandboxServer
from desktop.services.sync.accounts import ACCOUNTS, DEPARTMENTS, LOCATIONS, AccountSync
from desktop.store import AccountCache, Database, SyncState
from tests.helpers.accounts import MANAGER_WITH_JOB_ID, OWNER_ID, with_client
from tests.helpers.clock import TEST_NOW_ISO

T = TypeVar("T")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "cache.sqlite3")
    yield database
    database.close()


def run(sandbox: SandboxServer, db: Database, job: Callable[[AccountSync], Awaitable[T]]) -> T:
    async def go(client: WorkTapsClient) -> T:
        sync = AccountSync(client, AccountCache(db), SyncState(db), sandbox.state.clock.now)
        return await job(sync)

    return with_client(sandbox, go)


def asked(sandbox: SandboxServer, path: str) -> list[dict[str, str]]:
    """The query of each WorkTaps request for exactly ``path``."""
    requests = sandbox.controls.requests("worktaps")
    return [
        {k: v[0] for k, v in parse_qs(r["query"]).items()} for r in requests if r["path"] == path
    ]


def listed(sandbox: SandboxServer) -> int:
    return int(sandbox.controls.info()["counts"]["accounts"])


def test_2500_accounts_take_three_pages_of_1000(sandbox: SandboxServer, db: Database) -> None:
    sandbox.controls.reset(seed=1, employees=2500, days=1, now=TEST_NOW_ISO)
    sandbox.controls.clear_requests()
    count = run(sandbox, db, lambda s: s.sync_accounts())
    total = listed(sandbox)
    pages = asked(sandbox, "/accounts")
    assert count == total > 2000
    assert len(pages) == math.ceil(total / 1000) == 3
    assert [(p["page"], p["limit"]) for p in pages] == [("1", "1000"), ("2", "1000"), ("3", "1000")]
    cache = AccountCache(db)
    assert cache.count() == total
    assert SyncState(db).detail(ACCOUNTS) == f"{total} accounts"


def test_one_page_when_fewer_than_1000(sandbox: SandboxServer, db: Database) -> None:
    sandbox.controls.clear_requests()
    count = run(sandbox, db, lambda s: s.sync_accounts())
    assert count == listed(sandbox) < 1000
    assert len(asked(sandbox, "/accounts")) == 1
    cache = AccountCache(db)
    owner = cache.get(OWNER_ID)
    assert owner is not None
    assert owner.email == "jack.mendoza@acme.example"
    assert owner.department is not None
    assert owner.meta.job_title


def test_a_removed_account_is_forgotten_and_a_new_one_found(
    sandbox: SandboxServer, db: Database
) -> None:
    run(sandbox, db, lambda s: s.sync_accounts())
    cache = AccountCache(db)
    before = cache.count()

    async def change(client: WorkTapsClient) -> int:
        await client.delete_account(MANAGER_WITH_JOB_ID + 1, date(2026, 11, 1))
        made = await client.create_account(
            AccountInput.model_validate(
                {
                    "firstName": "Zed",
                    "lastName": "Newcomer",
                    "email": "zed.newcomer@example.com",
                    "timezone": "America/New_York",
                    "role": "EMPLOYEE",
                    "department": "209",
                    "locations": ["301"],
                    "meta": {"jobTitle": "Cook", "startDate": "2026-11-02"},
                }
            )
        )
        return made.id

    made = with_client(sandbox, change)
    assert cache.get(MANAGER_WITH_JOB_ID + 1) is not None
    run(sandbox, db, lambda s: s.sync_accounts())
    assert cache.get(MANAGER_WITH_JOB_ID + 1) is None
    assert [a.id for a in cache.accounts("newcomer")] == [made]
    assert cache.count() == before


def test_sync_all_reads_departments_locations_and_accounts(
    sandbox: SandboxServer, db: Database
) -> None:
    sandbox.controls.clear_requests()
    counts = run(sandbox, db, lambda s: s.sync_all())
    cache = AccountCache(db)
    assert counts == {DEPARTMENTS: 9, LOCATIONS: 3, ACCOUNTS: listed(sandbox)}
    assert [d.name for d in cache.departments()][:2] == ["Customer Support", "Engineering"]
    assert [loc.id for loc in cache.locations()] == ["303", "301", "302"]
    paths = [r["path"] for r in sandbox.controls.requests("worktaps")]
    assert paths == ["/departments", "/locations", "/accounts"]
    assert all(q["limit"] == "1000" for q in asked(sandbox, "/departments"))
    state = SyncState(db)
    assert state.detail(LOCATIONS) == "3 locations"
    assert state.synced_at(DEPARTMENTS) is not None
