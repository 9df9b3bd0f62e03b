"""The audit log: append-only and hash-chained.

Each row holds the hash of the row before it (``prev_hash``; 64 zeros for the
first) and its own ``hash``: the SHA-256, in hex, of ``prev_hash`` followed by
the canonical JSON of every other stored field, exactly as stored::

    sha256(prev_hash + json.dumps({"id": 7, "at": "2026-11-18T15:00:00.000000+00:00",
        "manager": ..., "action": ..., "subject": ..., "payload": "<JSON text>",
        "reason": ..., "before": "<JSON text>" | None, "after": ..., "outcome": ...,
        "prev_hash": ...}, sort_keys=True, separators=(",", ":"), ensure_ascii=False))

SQLite triggers refuse UPDATE and DELETE, so nothing going through SQLite can
change history. Someone editing the file's bytes can, and ``verify`` finds it:
any changed byte of a row breaks that row's hash, a removed row leaves a gap
in the ids, and rows cut from the end are still counted in ``sqlite_sequence``
(which a careful tamperer could edit too: the chain itself cannot show a
shortened tail).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from ._stored import (
    canonical_json,
    from_iso,
    iso,
    json_object,
    load_object,
    optional_json_object,
    optional_load_object,
    utc_now,
)
from .db import Database

GENESIS = "0" * 64
TEXT_FIELDS = ("at", "manager", "action", "subject", "payload", "reason", "outcome")
NULLABLE_FIELDS = ("before", "after")
_COLUMNS = (
    "id, at, manager, action, subject, payload, reason, before, after, outcome, prev_hash, hash"
)
AUDIT_HEADER = (
    "#",
    "When",
    "Manager",
    "Action",
    "Subject",
    "Reason",
    "Outcome",
    "Payload",
    "Before",
    "After",
    "Hash",
)


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    manager: str
    action: str
    subject: str
    payload: dict[str, Any]
    reason: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    outcome: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    ok: bool
    checked: int  # rows found intact before the first broken one (all of them when ok)
    first_broken_id: int | None
    problem: str  # in plain words; says the log is intact when ok


def chain_hash(stored: dict[str, Any]) -> str:
    """The hash of a row from its stored fields (``hash`` itself left out)."""
    fields = {name: value for name, value in stored.items() if name != "hash"}
    text = str(fields["prev_hash"]) + canonical_json(fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, db: Database, now: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.now = now

    def append(
        self,
        *,
        manager: str,
        action: str,
        subject: str,
        payload: dict[str, Any],
        reason: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        outcome: str,
    ) -> AuditRow:
        """Adds a row at the end of the chain; it is on disk when this returns.

        The last hash is read inside the same IMMEDIATE transaction as the insert,
        so two appends (even from two connections) cannot both follow one row.
        """
        values: dict[str, Any] = {
            "at": iso(self.now()),
            "manager": manager,
            "action": action,
            "subject": subject,
            "payload": json_object(payload),
            "reason": reason,
            "before": optional_json_object(before),
            "after": optional_json_object(after),
            "outcome": outcome,
        }
        with self.db.transaction() as conn:
            last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            stored = {
                "id": 1 if last is None else int(last[0]) + 1,
                **values,
                "prev_hash": GENESIS if last is None else str(last[1]),
            }
            stored["hash"] = chain_hash(stored)
            conn.execute(
                f"INSERT INTO audit ({_COLUMNS}) VALUES ({', '.join('?' * 12)})",  # noqa: S608
                [stored[name.strip()] for name in _COLUMNS.split(",")],
            )
        return _audit_row(stored)

    def rows(
        self,
        *,
        manager: str | None = None,
        action: str | None = None,
        subject: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[AuditRow]:
        """Rows matching every filter given, newest first; ``start <= at < end``."""
        where, params = _where(manager, action, subject, start, end)
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM audit {where} ORDER BY id DESC LIMIT ? OFFSET ?",  # noqa: S608
            [*params, limit, offset],
        )
        return [_audit_row(dict(row)) for row in rows]

    def count(
        self,
        *,
        manager: str | None = None,
        action: str | None = None,
        subject: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> int:
        where, params = _where(manager, action, subject, start, end)
        row = self.db.conn.execute(f"SELECT count(*) FROM audit {where}", params).fetchone()  # noqa: S608
        return int(row[0])

    def verify(self) -> AuditVerification:
        """Walks the chain in id order; reports the first row that breaks it."""
        expected_id, prev_hash, checked = 1, GENESIS, 0
        for row in self.db.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY id"):  # noqa: S608
            broken = _break(dict(row), expected_id, prev_hash)
            if broken is not None:
                return AuditVerification(False, checked, broken[0], broken[1])
            checked += 1
            expected_id, prev_hash = row["id"] + 1, row["hash"]
        written = self._highest_id_written()
        if written >= expected_id:
            return AuditVerification(False, checked, expected_id, _cut(expected_id, written))
        intact = "The audit log is empty." if checked == 0 else f"All {checked} rows are intact."
        return AuditVerification(True, checked, None, intact)

    def _highest_id_written(self) -> int:
        row = self.db.conn.execute(
            "SELECT seq FROM sqlite_sequence WHERE name = 'audit'"
        ).fetchone()
        return 0 if row is None else int(row[0])


def audit_cells(row: AuditRow, zone: tzinfo = UTC) -> list[str]:
    """One row as the audit page shows it (and exports it), under ``AUDIT_HEADER``."""
    return [
        str(row.id),
        row.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
        row.manager,
        row.action,
        row.subject,
        row.reason,
        row.outcome,
        canonical_json(row.payload),
        "" if row.before is None else canonical_json(row.before),
        "" if row.after is None else canonical_json(row.after),
        row.hash,
    ]


def audit_table_rows(rows: Iterable[AuditRow], zone: tzinfo = UTC) -> list[list[str]]:
    """Rows for ``services.export.export_table`` with ``AUDIT_HEADER``."""
    return [audit_cells(row, zone) for row in rows]


def _where(
    manager: str | None,
    action: str | None,
    subject: str | None,
    start: datetime | None,
    end: datetime | None,
) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for column, value in (("manager", manager), ("action", action), ("subject", subject)):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if start is not None:
        clauses.append("at >= ?")
        params.append(iso(start))
    if end is not None:
        clauses.append("at < ?")
        params.append(iso(end))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params


def _break(stored: dict[str, Any], expected_id: int, prev_hash: str) -> tuple[int, str] | None:
    """None when ``stored`` continues the chain; else (the broken id, what is wrong)."""
    row_id = stored["id"]
    if row_id != expected_id:
        if row_id < expected_id:
            return row_id, f"Row {row_id} is out of sequence: the log should start at row 1."
        if expected_id == 1:
            return 1, f"Row 1 is missing: the log starts at row {row_id}."
        return expected_id, (
            f"Row {expected_id} is missing: row {expected_id - 1} is followed by row {row_id}."
        )
    wrong_type = _wrong_type(stored)
    if wrong_type is not None:
        return row_id, f"Row {row_id} was changed: its {wrong_type} is not text."
    if stored["prev_hash"] != prev_hash:
        if row_id == 1:
            return row_id, "Row 1 was changed: the first row's link should be 64 zeros."
        return row_id, (
            f"Row {row_id} does not link to row {row_id - 1}: the hash it keeps of the "
            "row before is not that row's hash."
        )
    if chain_hash(stored) != stored["hash"]:
        return (
            row_id,
            f"Row {row_id} was changed after it was written: it no longer matches its hash.",
        )
    return None


def _cut(first_missing: int, written: int) -> str:
    held = "the log is empty" if first_missing == 1 else f"the log ends at row {first_missing - 1}"
    return f"Row {first_missing} is missing: {held}, but rows up to {written} were written."


def _wrong_type(stored: dict[str, Any]) -> str | None:
    for name in (*TEXT_FIELDS, "prev_hash", "hash"):
        if not isinstance(stored[name], str):
            return name
    for name in NULLABLE_FIELDS:
        if stored[name] is not None and not isinstance(stored[name], str):
            return name
    return None


def _audit_row(stored: dict[str, Any]) -> AuditRow:
    return AuditRow(
        id=stored["id"],
        at=from_iso(stored["at"]),
        manager=stored["manager"],
        action=stored["action"],
        subject=stored["subject"],
        payload=load_object(stored["payload"]),
        reason=stored["reason"],
        before=optional_load_object(stored["before"]),
        after=optional_load_object(stored["after"]),
        outcome=stored["outcome"],
        prev_hash=stored["prev_hash"],
        hash=stored["hash"],
    )
