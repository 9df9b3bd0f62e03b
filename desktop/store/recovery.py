"""Opening the database file when it may be damaged, emptied, read-only or on a full disk.

A file SQLite calls damaged (not a database, malformed) is set aside, never deleted, and
the console starts on a new one that the next sync fills from the servers. What only this
computer had, the outbox and the audit log, is read back from a copy of the damaged file:
with the ``sqlite3`` program's ``.recover`` when it is installed (it rebuilds tables from
whatever pages still parse), and row range by row range in Python (a range that raises is
halved until the unreadable rows are known), then written into the new database with
their ids. A read-only file or a full disk is not damage: the file is left as it is and
the console does not start on it (``DatabaseUnusable``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from desktop.files import FileNotice, is_disk_full, set_aside
from desktop.words import translate

from .db import Database
from .outbox import PENDING

SALVAGED = ("outbox", "audit")
RANGE = 256
"""Rows asked for at a time; a range that raises is halved down to single rows."""
MAX_QUERIES = 20_000
"""Per table: bounds the time a badly damaged file can take (a few seconds at most)."""
CLI_SECONDS = 120
MAGIC = b"SQLite format 3\0"

log = logging.getLogger("desktop.store.recovery")
Rows = dict[int, dict[str, Any]]


@dataclass(frozen=True)
class TableSalvage:
    table: str
    recovered: list[int] = field(default_factory=list)
    """Ids read back and written into the new database."""
    lost: list[int] = field(default_factory=list)
    """Ids known to have existed (up to the highest the file records) not recovered."""
    extent_known: bool = False
    """Whether the file still told how many rows there had been."""


@dataclass(frozen=True)
class Recovery:
    """What ``open_database`` did with a damaged or emptied file."""

    path: Path
    aside: Path
    problem: str
    """What SQLite said of the file (empty for a zero-length one)."""
    tables: dict[str, TableSalvage]
    unsent: int
    """Recovered outbox entries still to be sent."""
    method: str

    @property
    def empty(self) -> bool:
        return not self.problem


class DatabaseUnusable(Exception):
    """The database file cannot be used and must not be set aside: read-only, or no room."""

    def __init__(self, path: Path, kind: Literal["read_only", "full", "stuck"], detail: str):
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.kind = kind
        self.detail = detail


def open_database(path: Path) -> tuple[Database, Recovery | None]:
    """The database at ``path``, and what was done to get it (None: nothing was wrong)."""
    _check_writable(path)
    if _emptied(path):
        aside = _set_aside(path, "zero bytes")
        log.warning("The database %s was empty (0 bytes); set aside as %s", path, aside.name)
        return _new(path), Recovery(path, aside, "", {}, 0, "")
    try:
        return Database(path), None
    except sqlite3.DatabaseError as exc:
        kind = _classify(exc)
        if kind == "damaged":
            return _recover(path, str(exc))
        if kind is not None:
            raise DatabaseUnusable(path, kind, str(exc)) from exc
        raise


def _check_writable(path: Path) -> None:
    effective = os.access in os.supports_effective_ids
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        raise DatabaseUnusable(path, "read_only", "the folder cannot be written to")
    if path.exists() and not os.access(path, os.W_OK, effective_ids=effective):
        raise DatabaseUnusable(path, "read_only", "the file is read-only")


def _emptied(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return (
        path.exists() and path.stat().st_size == 0 and (not wal.exists() or wal.stat().st_size == 0)
    )


def _classify(exc: sqlite3.DatabaseError) -> Literal["damaged", "read_only", "full"] | None:
    if is_disk_full(exc):
        return "full"
    name = str(getattr(exc, "sqlite_errorname", ""))
    if name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT"):
        return "damaged"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return "read_only"
    return None


def _new(path: Path) -> Database:
    try:
        return Database(path)
    except sqlite3.DatabaseError as exc:
        kind = _classify(exc)
        raise DatabaseUnusable(path, "full" if kind == "full" else "stuck", str(exc)) from exc


def _set_aside(path: Path, problem: str) -> Path:
    try:
        return set_aside(path)
    except OSError as exc:
        raise DatabaseUnusable(
            path, "stuck", f"it is damaged ({problem}) and could not be renamed: {exc.strerror}"
        ) from exc


def _recover(path: Path, problem: str) -> tuple[Database, Recovery]:
    aside = _set_aside(path, problem)
    log.warning("The database %s is damaged (%s); set aside as %s", path, problem, aside.name)
    salvaged, method = salvage(aside)
    db = _new(path)
    tables = {table: _restore(db, table, *salvaged[table]) for table in SALVAGED}
    unsent = 0
    if tables["outbox"].recovered:
        marks = ", ".join("?" * len(PENDING))
        unsent = int(
            db.conn.execute(
                f"SELECT count(*) FROM outbox WHERE state IN ({marks})",  # noqa: S608
                PENDING,
            ).fetchone()[0]
        )
    for salvage_of in tables.values():
        log.warning(
            "Recovered %d %s rows from %s (%s); lost: %s",
            len(salvage_of.recovered),
            salvage_of.table,
            aside.name,
            method,
            _ranges(salvage_of.lost) or "none known",
        )
    return db, Recovery(path, aside, problem, tables, unsent, method)


# -- reading back ------------------------------------------------------------------------------


def salvage(damaged: Path) -> tuple[dict[str, tuple[Rows, int | None]], str]:
    """The outbox and audit rows readable in ``damaged`` (by id), and the highest id each
    table records (None if unknown); the file itself is only copied, never opened."""
    found: dict[str, tuple[Rows, int | None]] = {table: ({}, None) for table in SALVAGED}
    methods: list[str] = []
    with tempfile.TemporaryDirectory(prefix="frontdesk-recover-") as scratch:
        copy = Path(scratch) / "damaged.sqlite3"
        shutil.copyfile(damaged, copy)
        wal = damaged.with_name(damaged.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        _mend_header(copy, Path(scratch) / "template.sqlite3")
        sources = [(copy, "row by row")]
        recovered = _cli_recover(copy, Path(scratch) / "recovered.sqlite3")
        if recovered is not None:
            sources.insert(0, (recovered, "sqlite3 .recover"))
        for source, method in sources:
            try:
                conn = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
            except sqlite3.Error:
                continue
            try:
                for table in SALVAGED:
                    rows, top = read_table(conn, table)
                    known, known_top = found[table]
                    if rows:
                        methods.append(method)
                    for key, row in rows.items():
                        known.setdefault(key, row)
                    tops = [t for t in (top, known_top) if t is not None]
                    found[table] = (known, max(tops) if tops else None)
            finally:
                conn.close()
    return found, " and ".join(dict.fromkeys(methods)) or "nothing could be read"


def _mend_header(copy: Path, template: Path) -> None:
    """Give the copy a header SQLite accepts: a zeroed or overwritten one is replaced by a
    new database's (the same page size and schema format), and the page count is set to
    what the file holds (SQLite calls a file shorter than its header says malformed and
    reads nothing; a truncated one then still yields the rows in the pages left)."""
    with copy.open("r+b") as handle:
        header = bytearray(handle.read(100))
        if len(header) < 100:
            return
        if not header.startswith(MAGIC):
            Database(template).close()
            header = bytearray(template.read_bytes()[:100])
        size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if size == 1 else size
        if page_size < 512 or page_size & (page_size - 1):
            return
        pages = copy.stat().st_size // page_size
        header[28:32] = pages.to_bytes(4, "big")
        handle.seek(0)
        handle.write(header)


def _cli_recover(source: Path, target: Path) -> Path | None:
    """``sqlite3 source .recover`` replayed into ``target``; None without the program."""
    program = shutil.which("sqlite3")
    if program is None:
        return None
    try:
        done = subprocess.run(  # noqa: S603 - our own fixed arguments
            [program, str(source), ".recover"],
            capture_output=True,
            timeout=CLI_SECONDS,
            check=False,
        )
        if done.returncode:
            log.info("sqlite3 .recover: %s", done.stderr.decode("utf-8", errors="replace"))
        conn = sqlite3.connect(target)
        try:
            conn.executescript(done.stdout.decode("utf-8", errors="replace"))
        finally:
            conn.close()
    except (OSError, subprocess.SubprocessError, sqlite3.Error) as exc:
        log.warning("sqlite3 .recover did not help: %s", exc)
        return None
    return target


def read_table(conn: sqlite3.Connection, table: str) -> tuple[Rows, int | None]:
    """The rows of ``table`` that can be read, by id, and the highest id it records."""
    try:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    except sqlite3.DatabaseError:
        return {}, None
    if "id" not in columns:
        return {}, None
    top = _highest_id(conn, table)
    rows: Rows = {}
    budget = [MAX_QUERIES]
    names = ", ".join(columns)

    def read(low: int, high: int) -> bool:
        """Rows with ``low <= id < high``; False when that range cannot be read."""
        if budget[0] <= 0:
            return False
        budget[0] -= 1
        try:
            got = conn.execute(
                f"SELECT {names} FROM {table} WHERE id >= ? AND id < ? ORDER BY id",  # noqa: S608
                (low, high),
            ).fetchall()
        except sqlite3.DatabaseError:
            if high - low > 1:
                middle = (low + high) // 2
                read(low, middle)
                read(middle, high)
            return False
        rows.update({int(row[0]): dict(zip(columns, row, strict=True)) for row in got})
        return bool(got)

    if top is not None:
        for low in range(1, top + 1, RANGE):
            read(low, min(low + RANGE, top + 1))
    else:  # the file no longer says how far ids went: read on until ranges come back empty
        low, quiet = 1, 0
        while quiet < 8 and budget[0] > 0:
            quiet = 0 if read(low, low + RANGE) else quiet + 1
            low += RANGE
    return rows, top


def _highest_id(conn: sqlite3.Connection, table: str) -> int | None:
    tops: list[int] = []
    for query, args in (
        (f"SELECT max(id) FROM {table}", ()),  # noqa: S608
        ("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)),
    ):
        try:
            row = conn.execute(query, args).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None and isinstance(row[0], int):
            tops.append(row[0])
    return max(tops) if tops else None


def _restore(db: Database, table: str, rows: Rows, top: int | None) -> TableSalvage:
    columns = {row[1] for row in db.conn.execute(f"PRAGMA table_info({table})")}
    kept: list[int] = []
    with db.transaction() as conn:
        for key in sorted(rows):
            row = {name: value for name, value in rows[key].items() if name in columns}
            names = ", ".join(row)
            try:
                with db.transaction():  # one row that breaks a rule costs that row only
                    conn.execute(
                        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})",  # noqa: S608
                        list(row.values()),
                    )
            except sqlite3.DatabaseError as exc:
                log.warning("Could not keep %s row %d: %s", table, key, exc)
                continue
            kept.append(key)
    extent = max([top or 0, *rows]) if (top is not None or rows) else 0
    lost = sorted(set(range(1, extent + 1)) - set(kept))
    return TableSalvage(table, kept, lost, top is not None)


# -- the words for a manager -----------------------------------------------------------------


def _ranges(ids: Iterable[int]) -> str:
    """``1, 4 to 9, 12``."""
    parts: list[str] = []
    run: list[int] = []
    for key in sorted(ids):
        if run and key == run[-1] + 1:
            run.append(key)
            continue
        if run:
            parts.append(_span(run))
        run = [key]
    if run:
        parts.append(_span(run))
    return ", ".join(parts)


def _span(run: list[int]) -> str:
    if len(run) == 1:
        return str(run[0])
    return translate("Recovery", "{first} to {last}").format(first=run[0], last=run[-1])


def recovery_notice(recovery: Recovery) -> FileNotice:
    name, folder = recovery.path.name, recovery.path.parent
    fresh = translate(
        "Recovery",
        "Front Desk started with a new, empty database. Locks, people, attendance and "
        "accounts come back from the servers with the next sync.",
    )
    if recovery.empty:
        return FileNotice(
            translate("Recovery", "The database was empty"),
            translate(
                "Recovery",
                "The database file {name} in {folder} was empty (0 bytes): it had been emptied, "
                "for example by a disk check or an interrupted copy.",
            ).format(name=name, folder=folder),
            translate(
                "Recovery",
                "{fresh} There was nothing in it to recover. The empty file was kept as "
                "{aside} in the same folder.",
            ).format(fresh=fresh, aside=recovery.aside.name),
        )
    outbox, audit = recovery.tables["outbox"], recovery.tables["audit"]
    entries, rows = len(outbox.recovered), len(audit.recovered)
    kept = (
        translate("Recovery", "Nothing could be read back from the damaged file.")
        if not entries and not rows
        else translate(
            "Recovery",
            "Read back from the damaged file and kept: {entries} ({unsent} not yet sent: "
            "they wait in the outbox as before) and {rows}.",
        ).format(
            entries=translate("Recovery", "%n outbox entr(y|ies)", "", entries),
            unsent=recovery.unsent,
            rows=translate("Recovery", "%n audit log row(s)", "", rows),
        )
    )
    lost = []
    if outbox.lost:
        lost.append(translate("Recovery", "outbox entries {ids}").format(ids=_ranges(outbox.lost)))
    if audit.lost:
        lost.append(translate("Recovery", "audit log rows {ids}").format(ids=_ranges(audit.lost)))
    if lost:
        missing = translate(
            "Recovery",
            "Could not be recovered: {lost}. A correction among the lost outbox "
            "entries was not sent: check it in WorkTime One and enter it again if needed.",
        ).format(lost="; ".join(lost))
    else:
        missing = translate(
            "Recovery", "Nothing of the outbox or the audit log is known to be lost."
        )
    unknown_outbox, unknown_audit = not outbox.extent_known, not audit.extent_known
    if unknown_outbox and unknown_audit:
        missing += " " + translate(
            "Recovery",
            "The damaged file no longer says how many rows the outbox and audit log "
            "had, so more may be lost than this counts.",
        )
    elif unknown_outbox:
        missing += " " + translate(
            "Recovery",
            "The damaged file no longer says how many rows the outbox "
            "had, so more may be lost than this counts.",
        )
    elif unknown_audit:
        missing += " " + translate(
            "Recovery",
            "The damaged file no longer says how many rows the audit log "
            "had, so more may be lost than this counts.",
        )
    return FileNotice(
        translate("Recovery", "The database was damaged"),
        translate(
            "Recovery",
            "The database file {name} in {folder} is damaged and could not be opened "
            "(SQLite says: {problem}).",
        ).format(name=name, folder=folder, problem=recovery.problem),
        translate(
            "Recovery",
            "{fresh} The damaged file was set aside, not deleted, as {aside} in the same folder.",
        ).format(fresh=fresh, aside=recovery.aside.name)
        + f"\n\n{kept}\n{missing}",
    )


def unusable_notice(exc: DatabaseUnusable) -> FileNotice:
    name, folder = exc.path.name, exc.path.parent
    if exc.kind == "full":
        return FileNotice(
            translate("Recovery", "The disk is full"),
            translate(
                "Recovery",
                "The disk is full: Front Desk could not write to its database {name} in the "
                "folder {folder}.",
            ).format(name=name, folder=folder),
            translate(
                "Recovery",
                "Nothing was changed. Free some space on that disk, then start Front Desk again.",
            ),
        )
    if exc.kind == "read_only":
        return FileNotice(
            translate("Recovery", "The database cannot be written"),
            translate(
                "Recovery", "Front Desk cannot write to its database {name} in {folder}: {detail}."
            ).format(name=name, folder=folder, detail=exc.detail),
            translate(
                "Recovery",
                "Front Desk keeps unsent corrections and the audit log in that file, so it does "
                "not start on a file it cannot write: a correction you queued would have "
                "nowhere to go. The file is not damaged and was left as it is. Give your user "
                "account permission to change the file and the folder (or ask whoever manages "
                "this computer), then start Front Desk again.",
            ),
        )
    return FileNotice(
        translate("Recovery", "The database cannot be used"),
        translate(
            "Recovery", "Front Desk cannot use its database {name} in {folder}: {detail}."
        ).format(name=name, folder=folder, detail=exc.detail),
        translate(
            "Recovery",
            "Nothing was deleted. Move the file out of that folder yourself (or ask whoever "
            "manages this computer), then start Front Desk again: it will start with a new "
            "database.",
        ),
    )
