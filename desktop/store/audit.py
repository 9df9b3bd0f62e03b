"""The audit log: append-only and hash-chained.

Each row holds the hash of the row before it (``prev_hash``; 64 zeros for the
first) and its own ``hash``: the SHA-256, in hex, of ``prev_hash`` followed by
the canonical JSON of every other stored field, exactly as stored (``desk`` and
``origin``, a team's, only when set: rows from before them hash as they did)::

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

Sealed (``Database.audit_seal``, see ``audit_seal``), each row from the head's
``keyed_from`` on hashes with HMAC-SHA256 under a key kept in the OS keyring
instead of plain SHA-256, and a signed head beside the database records how many
rows were written and the last hash. ``verify`` then tells apart a changed row,
a cut tail, a cut tail hidden by resetting ``sqlite_sequence``, and a log
rewritten with its hashes recomputed.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any, Literal

from desktop.words import translate

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
from .audit_seal import AuditHead, AuditSeal
from .db import Database

log = logging.getLogger("desktop.store.audit")
GENESIS = "0" * 64
TEXT_FIELDS = ("at", "manager", "action", "subject", "payload", "reason", "outcome")
NULLABLE_FIELDS = ("before", "after", "desk", "origin")
UNSET_UNHASHED = ("desk", "origin")  # hashed only when set (migration 9 added them)
_COLUMNS = (
    "id, at, manager, action, subject, payload, reason, before, after, outcome, desk, origin, "
    "prev_hash, hash"
)
_COLUMN_NAMES = tuple(name.strip() for name in _COLUMNS.split(","))
AUDIT_HEADER = (
    "#",
    "When",
    "Manager",
    "Desk",
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
    desk: str | None = None  # the desk that wrote it, on a team's shared store
    origin: str | None = None  # brought by a desk joining a team: its row's hash there


Finding = Literal[
    "intact", "changed", "missing_row", "cut", "cut_hidden", "rewritten", "head_altered", "breaks"
]


@dataclass(frozen=True, slots=True)
class AuditVerification:
    ok: bool
    checked: int  # rows found intact before the first broken one (all of them when ok)
    first_broken_id: int | None
    problem: str  # in plain words; says the log is intact when ok
    finding: Finding = "intact"
    head: str = ""  # the signed head in short ("120 rows, last hash 1a2b…"), or why none


def chain_hash(stored: dict[str, Any], seal: AuditSeal | None = None) -> str:
    """The hash of a row from its stored fields (``hash`` itself left out): an HMAC under
    the seal's key when given, else plain SHA-256."""
    fields = {
        name: value
        for name, value in stored.items()
        if name != "hash" and not (name in UNSET_UNHASHED and value is None)
    }
    text = str(fields["prev_hash"]) + canonical_json(fields)
    if seal is not None:
        return seal.mac(text)
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
        at: datetime | None = None,
        origin: str | None = None,
    ) -> AuditRow:
        """Adds a row at the end of the chain; it is on disk when this returns. ``at``
        and ``origin``: a row another log held first (``handover``), as it was written
        there; else now, and none. The row names this database's desk (``Database.desk``).

        The last hash is read inside the same IMMEDIATE transaction as the insert,
        so two appends (even from two connections) cannot both follow one row.
        """
        values: dict[str, Any] = {
            "at": iso(at or self.now()),
            "manager": manager,
            "action": action,
            "subject": subject,
            "payload": json_object(payload),
            "reason": reason,
            "before": optional_json_object(before),
            "after": optional_json_object(after),
            "outcome": outcome,
            "desk": self.db.desk,
            "origin": origin,
        }
        seal = self.db.audit_seal
        with self.db.transaction() as conn:
            last = conn.execute(
                "SELECT id, hash, prev_hash FROM audit ORDER BY id DESC LIMIT 1"
            ).fetchone()
            stored = {
                "id": 1 if last is None else int(last[0]) + 1,
                **values,
                "prev_hash": GENESIS if last is None else str(last[1]),
            }
            head = None if seal is None else _checked_head(seal.read_head(), last, stored["id"])
            keyed = seal is not None and (
                not isinstance(head, AuditHead) or stored["id"] >= head.keyed_from
            )
            stored["hash"] = chain_hash(stored, seal if keyed else None)
            conn.execute(
                f"INSERT INTO audit ({_COLUMNS}) "  # noqa: S608
                f"VALUES ({', '.join('?' * len(_COLUMN_NAMES))})",
                [stored[name] for name in _COLUMN_NAMES],
            )
        if seal is not None:  # after the commit: a head never counts a row that is not there
            seal.after_append(head, stored["id"], stored["hash"])
        self.db.touch("audit")  # deferred to the commit when inside an outer transaction
        return _audit_row(stored)

    def bring(self, rows: Sequence[AuditRow]) -> int:
        """Rows another log held (a desk joining a team: ``handover``), appended in their
        order with their own time, manager and words, each with its hash there as
        ``origin``; rows an earlier call brought are left out. Answers how many were
        added. One transaction and one insert for all: one ``append`` a row took 1.3 ms
        on PostgreSQL, 6 s for a desk's 5,000 rows at its first start in the team. (A
        sealed log appends one by one: its head follows each row.)"""
        if self.db.audit_seal is not None:
            return sum(self._bring_one(row) for row in rows)
        with self.db.transaction() as conn:
            known: set[str] = set()
            for start in range(0, len(rows), 500):
                hashes = [row.hash for row in rows[start : start + 500]]
                found = conn.execute(
                    f"SELECT origin FROM audit WHERE origin IN ({', '.join('?' * len(hashes))})",  # noqa: S608
                    hashes,
                )
                known |= {str(origin[0]) for origin in found}
            last = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
            next_id, prev_hash = (1, GENESIS) if last is None else (int(last[0]) + 1, str(last[1]))
            added: list[list[Any]] = []
            for row in rows:
                if row.hash in known:
                    continue
                stored = {"id": next_id, **self._values(row), "prev_hash": prev_hash}
                stored["hash"] = prev_hash = chain_hash(stored)
                added.append([stored[name] for name in _COLUMN_NAMES])
                next_id += 1
            if added:
                conn.executemany(
                    f"INSERT INTO audit ({_COLUMNS}) "  # noqa: S608
                    f"VALUES ({', '.join('?' * len(_COLUMN_NAMES))})",
                    added,
                )
                self.db.touch("audit")
        return len(added)

    def _values(self, row: AuditRow) -> dict[str, Any]:
        return {
            "at": iso(row.at), "manager": row.manager, "action": row.action,
            "subject": row.subject, "payload": json_object(row.payload), "reason": row.reason,
            "before": optional_json_object(row.before), "after": optional_json_object(row.after),
            "outcome": row.outcome, "desk": self.db.desk, "origin": row.hash,
        }  # fmt: skip

    def _bring_one(self, row: AuditRow) -> int:
        found = self.db.conn.execute("SELECT 1 FROM audit WHERE origin = ?", (row.hash,))
        if found.fetchone() is not None:
            return 0
        self.append(manager=row.manager, action=row.action, subject=row.subject,
                    payload=row.payload, reason=row.reason, before=row.before, after=row.after,
                    outcome=row.outcome, at=row.at, origin=row.hash)  # fmt: skip
        return 1

    def head_line(self) -> str:
        """The head in short, for exports and paper: rows, last hash, and whether sealed."""
        seal = self.db.audit_seal
        last = self.db.conn.execute(
            "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"
        ).fetchone()
        count, last_hash = (0, GENESIS) if last is None else (int(last[0]), str(last[1]))
        state = "sealed" if seal is not None else self._unsealed()
        return f"{count} rows, last hash {last_hash[:16]} ({state})"

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

    def in_order(self) -> list[AuditRow]:
        """Every row, oldest first (a desk's log handed to its team's)."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY id")  # noqa: S608
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
        """Walks the chain in id order and compares its end with the signed head; reports
        the first thing wrong, named for what it shows (``finding``)."""
        seal = self.db.audit_seal
        head = seal.read_head() if seal is not None else None
        keyed_from = head.keyed_from if isinstance(head, AuditHead) else None
        head_words = _head_words(seal, head) if seal is not None else self._unsealed()
        expected_id, prev_hash, checked = 1, GENESIS, 0
        hashes: dict[int, str] = {}
        broken: tuple[int, str, Finding] | None = None
        sealed_after = False  # a sealed row after an unsealed one: one row changed, not all
        recomputed = False  # the first unsealed row has a plain SHA-256: made without the key
        for row in self.db.conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY id"):  # noqa: S608
            stored = dict(row)
            key = seal if keyed_from is not None and stored["id"] >= keyed_from else None
            if broken is None:
                broken = _break(stored, expected_id, prev_hash, key, lenient=seal)
                if broken is not None and broken[2] == "rewritten":
                    recomputed = chain_hash(stored) == stored["hash"]  # plain SHA-256: no key
            elif key is not None and chain_hash(stored, key) == stored["hash"]:
                sealed_after = True
            if broken is None:
                checked += 1
            expected_id, prev_hash = stored["id"] + 1, stored["hash"]
            hashes[stored["id"]] = stored["hash"]
        last_only = broken is not None and expected_id - 1 == broken[0] and not recomputed
        if broken is not None and broken[2] == "rewritten" and (sealed_after or last_only):
            broken = (broken[0], _changed(broken[0]), "changed")
        if broken is not None:
            return AuditVerification(False, checked, broken[0], broken[1], broken[2], head_words)
        last = expected_id - 1
        written = self._highest_id_written()
        if written > last:
            return AuditVerification(
                False, checked, last + 1, _cut(last + 1, written), "cut", head_words
            )
        if isinstance(head, str):
            return AuditVerification(False, checked, None, head, "head_altered", head_words)
        if seal is not None and head is None and last > 0:
            missing = translate(
                "AuditCheck",
                "The signed head of the audit log is missing: rows cannot be shown complete.",
            )
            return AuditVerification(False, checked, None, missing, "head_altered", head_words)
        if isinstance(head, AuditHead):
            if head.count > last:
                return AuditVerification(
                    False, checked, last + 1, _hidden_cut(last, head), "cut_hidden", head_words
                )
            if head.count and hashes.get(head.count) != head.last_hash:
                return AuditVerification(
                    False,
                    checked,
                    head.count,
                    translate(
                        "AuditCheck",
                        "The log was rewritten: row {row} is not the row the signed head recorded.",
                    ).format(row=head.count),
                    "rewritten",
                    head_words,
                )
            if head.breaks:
                return AuditVerification(
                    False, checked, None, " ".join(head.breaks), "breaks", head_words
                )
        intact = (
            translate("AuditCheck", "The audit log is empty.")
            if checked == 0
            else translate("AuditCheck", "All %n rows are intact.", "", checked)
        )
        return AuditVerification(True, checked, None, intact, "intact", head_words)

    def _unsealed(self) -> str:
        if self.db.dialect == "postgresql":
            return translate(
                "AuditCheck", "the team's log: its database refuses changes and deletions"
            )
        return translate("AuditCheck", "not sealed: no keyring on this computer")

    def _highest_id_written(self) -> int:
        if self.db.dialect == "postgresql":
            # No row can be cut there but by the table's owner (a trigger refuses UPDATE,
            # DELETE and TRUNCATE); the organization's one chain and its grants are the
            # rest of team mode (issue 18, item 5).
            query = "SELECT coalesce(max(id), 0) FROM audit"
        else:
            query = "SELECT seq FROM sqlite_sequence WHERE name = 'audit'"
        row = self.db.conn.execute(query).fetchone()
        return 0 if row is None else int(row[0])


def seal_audit_log(db: Database, key: bytes, key_is_new: bool) -> None:
    """Seal ``db``'s audit log with ``key`` from here on. A log without a head gets one,
    signing the rows it holds, only when the key is new (this folder was never sealed)
    or the log is empty: a head missing beside a sealed log stays missing, for
    ``verify`` and the next append to report."""
    seal = AuditSeal.beside(Path(db.path), key)
    if seal.read_head() is None:
        last = db.conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        if last is None or key_is_new:
            count, last_hash = (0, GENESIS) if last is None else (int(last[0]), str(last[1]))
            seal.write_head(AuditHead(count + 1, count, last_hash))
    db.audit_seal = seal


def audit_cells(row: AuditRow, zone: tzinfo = UTC) -> list[str]:
    """One row as the audit page shows it (and exports it), under ``AUDIT_HEADER``."""
    return [
        str(row.id),
        row.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
        row.manager,
        row.desk or "",
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


def _break(
    stored: dict[str, Any],
    expected_id: int,
    prev_hash: str,
    seal: AuditSeal | None = None,
    lenient: AuditSeal | None = None,
) -> tuple[int, str, Finding] | None:
    """None when ``stored`` continues the chain; else (the broken id, what is wrong, and
    the finding). ``seal``: the row must carry an HMAC under its key; else a plain SHA-256
    or, with ``lenient``, an HMAC under that key (rows before the head's ``keyed_from``)."""
    row_id = stored["id"]
    if row_id != expected_id:
        if row_id < expected_id:
            return (
                row_id,
                translate(
                    "AuditCheck", "Row {row} is out of sequence: the log should start at row 1."
                ).format(row=row_id),
                ("changed"),
            )
        if expected_id == 1:
            said = translate("AuditCheck", "Row 1 is missing: the log starts at row {row}.")
            return 1, said.format(row=row_id), "missing_row"
        return (
            expected_id,
            translate(
                "AuditCheck", "Row {row} is missing: row {before} is followed by row {after}."
            ).format(row=expected_id, before=expected_id - 1, after=row_id),
            "missing_row",
        )
    wrong_type = _wrong_type(stored)
    if wrong_type is not None:
        said = translate("AuditCheck", "Row {row} was changed: its {field} is not text.")
        return row_id, said.format(row=row_id, field=wrong_type), "changed"
    if stored["prev_hash"] != prev_hash:
        if row_id == 1:
            return (
                row_id,
                translate(
                    "AuditCheck", "Row 1 was changed: the first row's link should be 64 zeros."
                ),
                ("changed"),
            )
        return (
            row_id,
            translate(
                "AuditCheck",
                "Row {row} does not link to row {before}: the hash it keeps of the "
                "row before is not that row's hash.",
            ).format(row=row_id, before=row_id - 1),
            "changed",
        )
    if chain_hash(stored, seal) != stored["hash"] and not (
        seal is None and lenient is not None and chain_hash(stored, lenient) == stored["hash"]
    ):
        if seal is not None:
            # Every later row failing too, with its links intact, is a rewrite (see verify).
            return (
                row_id,
                translate(
                    "AuditCheck",
                    "The log was rewritten from row {row} on with its hashes recomputed: "
                    "the rows no longer carry this computer's seal.",
                ).format(row=row_id),
                "rewritten",
            )
        return row_id, _changed(row_id), "changed"
    return None


def _changed(row_id: int) -> str:
    return translate(
        "AuditCheck", "Row {row} was changed after it was written: it no longer matches its hash."
    ).format(row=row_id)


def _hidden_cut(last: int, head: AuditHead) -> str:
    if last == 0:
        said = translate(
            "AuditCheck",
            "Rows {first} to {count} were cut from the end and the row counter reset "
            "to hide it: the log is empty, but the signed head says {count} rows were written.",
        )
    else:
        said = translate(
            "AuditCheck",
            "Rows {first} to {count} were cut from the end and the row counter reset to hide "
            "it: the log ends at row {last}, but the signed head says {count} rows were written.",
        )
    return said.format(first=last + 1, count=head.count, last=last)


def _checked_head(head: AuditHead | str | None, last: Any, next_id: int) -> AuditHead | str | None:
    """The head as an append finds it; a mismatch with the table becomes a signed break.
    A head one row behind, that row following it, is a crash between commit and head."""
    if not isinstance(head, AuditHead):
        return head
    last_id, last_hash = (0, GENESIS) if last is None else (int(last[0]), str(last[1]))
    if (head.count, head.last_hash) == (last_id, last_hash):
        return head
    if last is not None and head.count == last_id - 1 and str(last[2]) == head.last_hash:
        return head
    why = (
        f"Before row {next_id} was added, the log ended at row {last_id} (hash "
        f"{last_hash[:16]}), but the signed head recorded {head.short()}."
    )
    log.error("audit log: %s", why)
    return replace(head, breaks=(*head.breaks, why))


def _head_words(seal: AuditSeal | None, head: AuditHead | str | None) -> str:
    if seal is None:
        return translate("AuditCheck", "not sealed: no keyring on this computer")
    if isinstance(head, AuditHead):
        return translate("AuditCheck", "signed head: {head}").format(head=head.short())
    if head is None:
        return translate("AuditCheck", "no signed head")
    return translate("AuditCheck", "the signed head is not valid")


def _cut(first_missing: int, written: int) -> str:
    if first_missing == 1:
        said = translate(
            "AuditCheck",
            "Row {row} is missing: the log is empty, but rows up to {written} were written.",
        )
    else:
        said = translate(
            "AuditCheck",
            "Row {row} is missing: the log ends at row {last}, but rows up to {written} "
            "were written.",
        )
    return said.format(row=first_missing, last=first_missing - 1, written=written)


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
        desk=stored.get("desk"),
        origin=stored.get("origin"),
    )
