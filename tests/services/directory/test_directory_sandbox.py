"""The directory over a store synced from the sandbox finds every disagreement it seeds."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

from desktop.sandbox import SandboxServer
from desktop.services.directory.source import DirectorySource
from desktop.store import AccountCache, Database, LockCache, PeopleCache, WorqCache
from tests.helpers.directory import ZONE, fill_store

TODAY = date(2026, 11, 18)
# What the directory calls each seeded kind (the same name; a leaver still active is
# also still opening doors, which the sandbox's detail says).
ALSO = {"leaver_still_active": {"opening_doors"}}


def test_every_seeded_disagreement_is_found_and_nothing_else(
    tmp_path: Path, sandbox: SandboxServer
) -> None:
    db = Database(tmp_path / "cache.sqlite3")
    try:
        asyncio.run(fill_store(db, sandbox, TODAY))
        source = DirectorySource(PeopleCache(db), AccountCache(db), WorqCache(db), LockCache(db))
        people = source.directory(TODAY, ZONE)
    finally:
        db.close()
    seeded = sandbox.controls.info()["disagreements"]
    assert len(seeded) == 8
    by_email = {p.email(): p for p in people if p.email()}
    expected: dict[str, set[str]] = {}
    for item in seeded:
        expected.setdefault(item["email"], set()).update(
            {item["kind"], *ALSO.get(item["kind"], ())}
        )
    missed = {
        email: kinds - by_email[email].kinds() if email in by_email else kinds
        for email, kinds in expected.items()
    }
    assert {email: kinds for email, kinds in missed.items() if kinds} == {}
    found = {p.email(): p.kinds() for p in people if p.problems}
    assert found == expected  # no disagreement the sandbox did not seed
    assert len(people) == 120  # one row per person (the consistent leaver too)
    how = {item["kind"]: by_email[item["email"]] for item in seeded}
    assert how["email_differs"].method == "employee_id"
    assert how["phone_only"].method == "phone"
    assert how["phone_only"].match_text() == "WorkTime One by email; WorkTaps by phone"
    assert how["missing_in_worq"].match_text() == "WorkTaps by email"
    alone = [p for p in people if not p.problems and p.method != "email"]
    # The consistent leaver: exited in WorQ, deleted in WorkTime One (the sync forgets
    # deleted employees), removed from WorkTaps; gone everywhere, so no disagreement.
    assert [(p.worq is not None, p.worktime, p.worktaps) for p in alone] == [(True, None, None)]
