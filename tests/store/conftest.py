"""A fresh store per test, on each backend: a SQLite file, and a PostgreSQL database of its
own (skipped with why where PostgreSQL is not on the machine; a failure in CI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import Database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database(tmp_path / "frontdesk.sqlite3")
    else:
        from desktop.store.postgres import PostgresDatabase

        database = PostgresDatabase(request.getfixturevalue("postgres_url"))
    yield database
    database.close()
