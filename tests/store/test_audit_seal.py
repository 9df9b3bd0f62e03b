"""The sealed audit log against the four ways a tamperer with the file shortens or rewrites
it: each is a real edit of the SQLite file, and ``verify`` names each one apart."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.store import AuditLog, Database
from desktop.store.audit import chain_hash, seal_audit_log
from desktop.store.audit_seal import HEAD_SUFFIX, AuditSeal
from tests.helpers.audit import Clock, append, fill, raw

KEY = bytes(range(32))


def open_sealed(path: Path, key: bytes = KEY, key_is_new: bool = False) -> Database:
    db = Database(path)
    seal_audit_log(db, key, key_is_new)
    return db


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "frontdesk.sqlite3"


@pytest.fixture
def sealed(path: Path) -> Iterator[AuditLog]:
    db = open_sealed(path)
    log = AuditLog(db, now=Clock())
    fill(log, 12)
    yield log
    db.close()


def verify_after_restart(path: Path) -> object:
    db = open_sealed(path)
    try:
        return AuditLog(db).verify()
    finally:
        db.close()


def test_a_sealed_log_verifies_and_says_its_head(sealed: AuditLog, path: Path) -> None:
    result = sealed.verify()
    assert (result.ok, result.finding, result.checked) == (True, "intact", 12)
    last = sealed.rows(limit=1)[0]
    assert result.head == f"signed head: 12 rows, last hash {last.hash[:16]}"
    assert sealed.head_line() == f"12 rows, last hash {last.hash[:16]} (sealed)"
    plain = hashlib.sha256((last.prev_hash + "x").encode()).hexdigest()
    assert last.hash != plain  # an HMAC: not a hash anyone can recompute
    head = json.loads(path.with_name(path.name + HEAD_SUFFIX).read_text(encoding="utf-8"))
    assert (head["count"], head["last_hash"]) == (12, last.hash)
    assert KEY.hex() not in path.read_bytes().hex()


def test_a_changed_row(sealed: AuditLog, path: Path) -> None:
    with raw(path) as conn:
        conn.execute("UPDATE audit SET reason = 'Nothing to see' WHERE id = 5")
    result = verify_after_restart(path)
    assert (result.ok, result.finding, result.first_broken_id) == (False, "changed", 5)  # type: ignore[attr-defined]
    assert result.problem == (  # type: ignore[attr-defined]
        "Row 5 was changed after it was written: it no longer matches its hash."
    )


def test_a_tail_cut(sealed: AuditLog, path: Path) -> None:
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE id > 9")
    result = verify_after_restart(path)
    assert (result.ok, result.finding, result.first_broken_id) == (False, "cut", 10)  # type: ignore[attr-defined]
    assert result.problem == (  # type: ignore[attr-defined]
        "Row 10 is missing: the log ends at row 9, but rows up to 12 were written."
    )


def test_a_tail_cut_hidden_by_resetting_the_counter(sealed: AuditLog, path: Path) -> None:
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE id > 9")
        conn.execute("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit'")
    result = verify_after_restart(path)
    assert (result.ok, result.finding, result.first_broken_id) == (False, "cut_hidden", 10)  # type: ignore[attr-defined]
    assert result.problem == (  # type: ignore[attr-defined]
        "Rows 10 to 12 were cut from the end and the row counter reset to hide it: the log "
        "ends at row 9, but the signed head says 12 rows were written."
    )


def test_the_next_append_keeps_a_hidden_cut_on_record(sealed: AuditLog, path: Path) -> None:
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE id > 9")
        conn.execute("UPDATE sqlite_sequence SET seq = 9 WHERE name = 'audit'")
    db = open_sealed(path)
    log = AuditLog(db, now=Clock())
    append(log, 10)  # the console goes on: the head now follows row 10, with the break kept
    result = log.verify()
    db.close()
    assert (result.ok, result.finding) == (False, "breaks")
    assert result.problem.startswith("Before row 10 was added, the log ended at row 9 (hash ")
    assert "but the signed head recorded 12 rows, last hash" in result.problem


@pytest.mark.parametrize("how", ["plain SHA-256", "another key"])
def test_a_full_rewrite_with_the_hashes_recomputed(sealed: AuditLog, path: Path, how: str) -> None:
    other = AuditSeal.beside(path, b"\x01" * 32) if how == "another key" else None
    with raw(path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY id")]
        conn.execute("DELETE FROM audit")
        prev = "0" * 64
        for row in rows:  # every reason reworded, every hash recomputed, every link redone
            row["reason"] = "Routine check"
            row["prev_hash"] = prev
            row["hash"] = chain_hash(row, other)
            prev = row["hash"]
            names = ", ".join(row)
            conn.execute(
                f"INSERT INTO audit ({names}) VALUES ({', '.join('?' * len(row))})",  # noqa: S608
                list(row.values()),
            )
    result = verify_after_restart(path)
    assert (result.ok, result.finding, result.first_broken_id) == (False, "rewritten", 1)  # type: ignore[attr-defined]
    assert result.problem == (  # type: ignore[attr-defined]
        "The log was rewritten from row 1 on with its hashes recomputed: the rows no longer "
        "carry this computer's seal."
    )


def test_an_altered_or_missing_head(sealed: AuditLog, path: Path) -> None:
    head_path = path.with_name(path.name + HEAD_SUFFIX)
    head = json.loads(head_path.read_text(encoding="utf-8"))
    head["count"] = 11
    head_path.write_text(json.dumps(head), encoding="utf-8")
    result = verify_after_restart(path)
    assert (result.ok, result.finding) == (False, "head_altered")  # type: ignore[attr-defined]
    assert "was altered" in result.problem  # type: ignore[attr-defined]
    head_path.unlink()
    result = verify_after_restart(path)  # a key that exists: the head is not made anew
    assert (result.ok, result.finding) == (False, "head_altered")  # type: ignore[attr-defined]
    assert result.problem == (  # type: ignore[attr-defined]
        "The signed head of the audit log is missing: rows cannot be shown complete."
    )


def test_an_unsealed_log_is_sealed_from_the_next_row_on(path: Path) -> None:
    db = Database(path)
    fill(AuditLog(db, now=Clock()), 3)  # written before the seal (an older version)
    db.close()
    db = open_sealed(path, key_is_new=True)
    log = AuditLog(db, now=Clock())
    append(log, 4)
    assert log.verify().ok
    assert log.verify().head.startswith("signed head: 4 rows, last hash ")
    db.close()
    assert verify_after_restart(path).ok  # type: ignore[attr-defined]


def test_without_a_keyring_the_log_is_chained_and_says_it_is_not_sealed(path: Path) -> None:
    db = Database(path)
    log = AuditLog(db, now=Clock())
    fill(log, 2)
    result = log.verify()
    assert (result.ok, result.head) == (True, "not sealed: no keyring on this computer")
    assert log.head_line().endswith("(not sealed: no keyring on this computer)")
    db.close()
