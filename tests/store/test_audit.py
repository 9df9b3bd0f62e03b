"""The audit log: the chain, its filters, its export, and tampering of every kind found."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.export import export_table
from desktop.store import AUDIT_HEADER, AuditLog, Database, audit_table_rows
from desktop.store.audit import GENESIS
from tests.helpers.audit import START, Clock, append, fill, raw
from tests.helpers.exports import csv_about, csv_rows

COLUMNS = (
    "id",
    "at",
    "manager",
    "action",
    "subject",
    "payload",
    "reason",
    "before",
    "after",
    "outcome",
    "prev_hash",
    "hash",
    "desk",
    "origin",
)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "audit.sqlite3"


@pytest.fixture
def db(path: Path) -> Iterator[Database]:
    database = Database(path)
    yield database
    database.close()


@pytest.fixture
def log(db: Database) -> AuditLog:
    return AuditLog(db, now=Clock())


def verify_fresh(path: Path) -> Any:
    """Verification through a new Database, as the console would after a restart."""
    database = Database(path)
    try:
        return AuditLog(database).verify()
    finally:
        database.close()


# -- the chain ---------------------------------------------------------------------


def test_an_empty_log_verifies(log: AuditLog) -> None:
    result = log.verify()
    assert (result.ok, result.checked, result.first_broken_id) == (True, 0, None)
    assert result.problem == "The audit log is empty."


def test_append_round_trips_every_field(log: AuditLog) -> None:
    row = append(log, 1)
    assert row.id == 1
    assert row.manager == "Dana"
    assert row.payload == {"outbox_id": 1, "type": "clock_out", "note": "Zoë forgot #1"}
    assert row.before == {"clock_in": "08:02", "clock_out": None, "n": 1}
    assert row.after is not None
    assert row.after["hours"] == 8.97
    assert row.at == START + timedelta(minutes=1, microseconds=1)
    assert log.rows() == [row]


def test_rows_link_to_the_row_before(log: AuditLog) -> None:
    rows = fill(log, 5)
    assert rows[0].prev_hash == GENESIS == "0" * 64
    for before, row in itertools.pairwise(rows):
        assert row.prev_hash == before.hash
        assert row.id == before.id + 1
    assert len({row.hash for row in rows}) == 5
    assert log.verify().ok
    assert log.verify().checked == 5
    assert log.verify().problem == "All 5 rows are intact."


def test_the_hash_is_sha256_of_the_link_and_the_canonical_row(log: AuditLog, db: Database) -> None:
    """Anyone can check a row with the documented recipe, no console needed."""
    append(log, 1)
    stored = dict(db.conn.execute("SELECT * FROM audit").fetchone())
    digest = stored.pop("hash")
    assert stored.pop("desk") is None  # a team's columns: hashed only when set
    assert stored.pop("origin") is None
    text = stored["prev_hash"] + json.dumps(
        stored, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert hashlib.sha256(text.encode()).hexdigest() == digest
    assert stored["at"] == "2026-11-18T09:01:00.000001+00:00"
    assert stored["payload"] == '{"note":"Zoë forgot #1","outbox_id":1,"type":"clock_out"}'


def test_none_before_and_after_are_kept_as_none(log: AuditLog) -> None:
    row = append(log, 1, before=None, after=None)
    assert (row.before, row.after) == (None, None)
    assert log.rows()[0] == row
    assert log.verify().ok


def test_appending_after_a_verify_keeps_the_chain(log: AuditLog, path: Path) -> None:
    fill(log, 3)
    assert log.verify().ok
    more = append(log, 4)
    assert more.prev_hash == log.rows(limit=2)[1].hash
    assert verify_fresh(path).checked == 4


def test_two_connections_appending_in_turn_share_one_chain(log: AuditLog, path: Path) -> None:
    other_db = Database(path)
    try:
        other = AuditLog(other_db, now=Clock())
        for n in range(6):
            append(log if n % 2 else other, n)
        assert log.verify().ok
        assert [row.id for row in log.rows()] == [6, 5, 4, 3, 2, 1]
    finally:
        other_db.close()


def test_a_payload_that_is_not_json_is_refused_and_nothing_is_written(log: AuditLog) -> None:
    with pytest.raises(TypeError):
        append(log, 1, payload={"at": START})
    with pytest.raises(TypeError):
        append(log, 1, before=["not", "a", "dict"])
    assert log.rows() == []
    assert append(log, 1).id == 1


# -- append-only -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit SET reason = 'nothing happened' WHERE id = 2",
        "UPDATE audit SET outcome = outcome",
        "DELETE FROM audit WHERE id = 2",
        "DELETE FROM audit",
    ],
)
def test_the_normal_connection_cannot_change_or_delete_rows(
    log: AuditLog, db: Database, sql: str
) -> None:
    rows = fill(log, 3)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute(sql)
    assert list(reversed(log.rows())) == rows
    assert log.verify().ok


def test_a_row_cannot_be_replaced_through_sqlite_either(log: AuditLog, db: Database) -> None:
    fill(log, 2)
    changed = ", ".join("'nothing happened'" if c == "reason" else c for c in COLUMNS)
    for verb in ("INSERT OR REPLACE", "REPLACE"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.conn.execute(f"{verb} INTO audit SELECT {changed} FROM audit WHERE id = 1")  # noqa: S608
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.conn.execute(
            "INSERT INTO audit SELECT * FROM audit WHERE id = 1 "
            "ON CONFLICT (id) DO UPDATE SET reason = 'nothing happened'"
        )
    assert log.rows()[1].reason == "Forgot to clock out (row 1)"
    assert log.verify().ok


# -- tampering ---------------------------------------------------------------------


def one_character_changed(column: str, value: Any, unused_id: int) -> Any:
    """``value`` with one character different (an id becomes one not in the table)."""
    if column == "id":
        return unused_id
    if value is None:
        return "{}"
    text = str(value)
    middle = len(text) // 2
    swap = "x" if text[middle] != "x" else "y"
    return text[:middle] + swap + text[middle + 1 :]


def tamper(path: Path, row_id: int, column: str, change: Callable[[Any], Any]) -> None:
    conn = raw(path)
    try:
        value = conn.execute(
            f"SELECT {column} FROM audit WHERE id = ?",  # noqa: S608
            (row_id,),
        ).fetchone()[0]
        changed = change(value)
        assert changed != value
        conn.execute(f"UPDATE audit SET {column} = ? WHERE id = ?", (changed, row_id))  # noqa: S608
    finally:
        conn.close()


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("row_id", [1, 3, 5])
def test_one_changed_character_in_any_column_breaks_that_row(
    log: AuditLog, path: Path, column: str, row_id: int
) -> None:
    fill(log, 5)
    tamper(path, row_id, column, lambda value: one_character_changed(column, value, 9))
    result = verify_fresh(path)
    assert not result.ok
    assert result.first_broken_id == row_id, result.problem
    assert result.checked == row_id - 1
    assert f"Row {row_id}" in result.problem


@pytest.mark.parametrize("column", ["before", "after"])
def test_a_value_set_to_null_breaks_the_row(log: AuditLog, path: Path, column: str) -> None:
    fill(log, 3)
    tamper(path, 2, column, lambda _: None)
    assert verify_fresh(path).first_broken_id == 2


def test_a_value_of_another_type_breaks_the_row(log: AuditLog, path: Path) -> None:
    fill(log, 3)
    tamper(path, 2, "payload", lambda text: text.encode())  # the same bytes, as a blob
    result = verify_fresh(path)
    assert (result.first_broken_id, result.problem) == (
        2,
        "Row 2 was changed: its payload is not text.",
    )


def test_the_problem_is_said_in_plain_words(log: AuditLog, path: Path) -> None:
    fill(log, 4)
    tamper(path, 2, "reason", lambda text: text.replace("out", "in"))
    assert verify_fresh(path).problem == (
        "Row 2 was changed after it was written: it no longer matches its hash."
    )


def test_a_rewritten_link_is_reported(log: AuditLog, path: Path) -> None:
    rows = fill(log, 4)
    # A tamperer who re-hashes row 3 to hide a change still breaks its link to row 2.
    tamper(path, 3, "prev_hash", lambda _: rows[0].hash)
    assert verify_fresh(path).problem == (
        "Row 3 does not link to row 2: the hash it keeps of the row before is not that row's hash."
    )


def test_a_first_row_that_does_not_start_the_chain(log: AuditLog, path: Path) -> None:
    fill(log, 2)
    tamper(path, 1, "prev_hash", lambda _: "f" * 64)
    assert verify_fresh(path).problem == (
        "Row 1 was changed: the first row's link should be 64 zeros."
    )


def delete(path: Path, *row_ids: int) -> None:
    conn = raw(path)
    try:
        conn.executemany("DELETE FROM audit WHERE id = ?", [(i,) for i in row_ids])
    finally:
        conn.close()


def test_a_deleted_middle_row_is_a_broken_link(log: AuditLog, path: Path) -> None:
    fill(log, 5)
    delete(path, 3)
    result = verify_fresh(path)
    assert (result.ok, result.first_broken_id, result.checked) == (False, 3, 2)
    assert result.problem == "Row 3 is missing: row 2 is followed by row 4."


def test_a_deleted_first_row_is_reported(log: AuditLog, path: Path) -> None:
    fill(log, 3)
    delete(path, 1)
    result = verify_fresh(path)
    assert (result.first_broken_id, result.problem) == (
        1,
        "Row 1 is missing: the log starts at row 2.",
    )


def test_rows_cut_from_the_end_are_reported(log: AuditLog, path: Path) -> None:
    fill(log, 5)
    delete(path, 4, 5)
    result = verify_fresh(path)
    assert (result.ok, result.first_broken_id, result.checked) == (False, 4, 3)
    assert (
        result.problem == "Row 4 is missing: the log ends at row 3, but rows up to 5 were written."
    )


def test_every_row_deleted_is_reported(log: AuditLog, path: Path) -> None:
    fill(log, 2)
    delete(path, 1, 2)
    assert verify_fresh(path).problem == (
        "Row 1 is missing: the log is empty, but rows up to 2 were written."
    )


def test_a_hex_editor_changing_one_byte_in_the_file(
    log: AuditLog, db: Database, path: Path
) -> None:
    """The bytes themselves, with SQLite out of the way: the row no longer matches."""
    fill(log, 4)
    marker = b"Forgot to clock out (row 3)"
    db.close()  # the last connection checkpoints the WAL into the main file
    data = path.read_bytes()
    assert marker in data
    path.write_bytes(data.replace(marker, marker.replace(b"clock", b"clocK")))
    result = verify_fresh(path)
    assert (result.ok, result.first_broken_id) == (False, 3)


# -- random appends, one random change ---------------------------------------------

TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
JSON_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
OBJECT = st.dictionaries(TEXT, JSON_VALUE, max_size=4)
ENTRY = st.fixed_dictionaries(
    {
        "manager": TEXT,
        "action": TEXT,
        "subject": TEXT,
        "payload": OBJECT,
        "reason": TEXT,
        "before": st.none() | OBJECT,
        "after": st.none() | OBJECT,
        "outcome": TEXT,
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    entries=st.lists(ENTRY, min_size=1, max_size=8),
    data=st.data(),
)
def test_any_single_character_change_is_found_at_its_row(
    entries: list[dict[str, Any]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.sqlite3"
        database = Database(path)
        try:
            written = [AuditLog(database).append(**entry) for entry in entries]
            assert [row.payload for row in written] == [e["payload"] for e in entries]
        finally:
            database.close()
        row_id = data.draw(st.integers(1, len(entries)), label="row")
        column = data.draw(st.sampled_from(COLUMNS), label="column")
        change = data.draw(_single_change(column, len(entries)), label="change")
        tamper(path, row_id, column, change)
        result = verify_fresh(path)
        assert not result.ok
        assert result.first_broken_id == row_id, result.problem


def _single_change(column: str, count: int) -> st.SearchStrategy[Callable[[Any], Any]]:
    if column == "id":  # one digit, to an id no row holds
        return st.integers(count + 1, 9).map(lambda new: lambda _: new)

    def at(position: int, char: str) -> Callable[[Any], Any]:
        def change(value: Any) -> Any:
            text = "" if value is None else str(value)
            if not text:
                return char
            i = position % len(text)
            swap = char if char != text[i] else ("x" if text[i] != "x" else "y")
            return text[:i] + swap + text[i + 1 :]

        return change

    return st.builds(
        at, st.integers(0, 10_000), st.characters(codec="utf-8", exclude_characters="\x00")
    )


# -- filters and export ------------------------------------------------------------


def test_rows_newest_first_with_filters_and_paging(log: AuditLog) -> None:
    rows = [append(log, n, manager="Dana" if n % 2 else "Lee") for n in range(1, 11)]
    assert log.rows() == list(reversed(rows))
    assert [r.id for r in log.rows(manager="Lee")] == [10, 8, 6, 4, 2]
    assert [r.id for r in log.rows(subject="emp_1/2026-11-18")] == [10, 7, 4, 1]
    assert [r.id for r in log.rows(manager="Dana", subject="emp_1/2026-11-18")] == [7, 1]
    assert log.rows(action="account.created") == []
    assert [r.id for r in log.rows(start=rows[2].at, end=rows[5].at)] == [5, 4, 3]
    assert [r.id for r in log.rows(limit=3, offset=2)] == [8, 7, 6]
    assert log.count() == 10
    assert log.count(manager="Lee", start=rows[4].at) == 3


def test_time_filters_take_any_zone(log: AuditLog) -> None:
    rows = fill(log, 3)
    plus_five = timezone(timedelta(hours=5))
    assert [r.id for r in log.rows(start=rows[1].at.astimezone(plus_five))] == [3, 2]


def test_table_rows_are_what_the_page_shows(log: AuditLog) -> None:
    row = append(log, 1)
    paris = timezone(timedelta(hours=1))
    [cells] = audit_table_rows([row], paris)
    assert len(cells) == len(AUDIT_HEADER)
    assert dict(zip(AUDIT_HEADER, cells, strict=True)) == {
        "#": "1",
        "When": "2026-11-18 10:01:00",
        "Manager": "Dana",
        "Desk": "",
        "Action": "clock_correction.queued",
        "Subject": "emp_1/2026-11-18",
        "Reason": "Forgot to clock out (row 1)",
        "Outcome": "queued",
        "Payload": '{"note":"Zoë forgot #1","outbox_id":1,"type":"clock_out"}',
        "Before": '{"clock_in":"08:02","clock_out":null,"n":1}',
        "After": '{"clock_in":"08:02","clock_out":"17:00","hours":8.97,"n":1}',
        "Hash": row.hash,
    }
    assert audit_table_rows([append(log, 2, before=None)])[0][AUDIT_HEADER.index("Before")] == ""


def test_export_writes_every_matching_row(log: AuditLog, tmp_path: Path) -> None:
    for n in range(1, 8):
        append(log, n, manager="Dana" if n % 2 else "Lee")
    target = tmp_path / "audit.csv"

    def fetch(offset: int, limit: int) -> list[list[str]]:
        return audit_table_rows(log.rows(manager="Dana", limit=limit, offset=offset))

    count = export_table(target, AUDIT_HEADER, fetch, about=[("Manager", "Dana")])
    assert count == 4
    lines = csv_rows(target)
    assert csv_about(target) == {"Manager": "Dana", "Rows": "4"}
    assert lines[0] == list(AUDIT_HEADER)
    assert [line[0] for line in lines[1:]] == ["7", "5", "3", "1"]
    assert lines[1] == audit_table_rows(log.rows(manager="Dana", limit=1))[0]
