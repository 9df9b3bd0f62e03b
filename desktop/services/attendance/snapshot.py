"""The board as kept for the next start (``store.board_snapshot``), and back.

The snapshot is kept at most once a minute while the board is drawn, and once more when
the console closes, in the desk's own SQLite file; at the next start the first frame
reads it before anything else, and the Today page shows it until its first draw.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

from desktop.services.attendance.board import STATUS_TEXT, Board, PersonToday
from desktop.store import board_snapshot
from desktop.store.board_snapshot import BoardSnapshot, SnapshotRow

log = logging.getLogger("desktop.services.attendance.snapshot")
KEEP_EVERY_S = 60.0


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _moment(text: object) -> datetime | None:
    return None if text is None else datetime.fromisoformat(str(text))


def snapshot_of(board: Board, zone: ZoneInfo) -> BoardSnapshot:
    rows: list[SnapshotRow] = [
        [p.employee_id, p.name, p.department, p.status, _iso(p.clock_in), _iso(p.clock_out),
         p.late_minutes, p.early_minutes, p.work_hours, _iso(p.last_seen), p.active]
        for p in board.people
    ]  # fmt: skip
    return BoardSnapshot.of(board.day.isoformat(), board.now.isoformat(), zone.key, rows)


def _person(row: SnapshotRow) -> PersonToday:
    employee_id, name, department, status, clock_in, clock_out, late, early, hours, seen, active = (
        row
    )
    if status not in STATUS_TEXT:
        raise ValueError(f"unknown status {status!r}")
    return PersonToday(
        str(employee_id), str(name), str(department), status,
        _moment(clock_in), _moment(clock_out), int(cast(int, late)), int(cast(int, early)),
        float(cast(float, hours)), _moment(seen), bool(active),
    )  # fmt: skip


def board_of(snapshot: BoardSnapshot) -> Board:
    """The board the snapshot keeps (its people; not the feed, which the first draw
    brings). ValueError or TypeError for rows that are not a board's."""
    people = [_person(row) for row in snapshot.rows()]
    day = datetime.fromisoformat(snapshot.day).date()
    return Board(day, datetime.fromisoformat(snapshot.drawn_at), people)


class SnapshotKeeper:
    """Keeps the board drawn in ``path`` (None: nowhere, a store with no file of its own),
    at most every ``KEEP_EVERY_S`` and at ``flush``; called on a worker thread."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._kept_at = -KEEP_EVERY_S
        self._last: BoardSnapshot | None = None  # drawn and not yet kept

    def drawn(self, board: Board, zone: ZoneInfo) -> None:
        self._last = snapshot_of(board, zone)
        if time.monotonic() - self._kept_at >= KEEP_EVERY_S:
            self.flush()

    def flush(self) -> None:
        snapshot, self._last = self._last, None
        if snapshot is None or self.path is None:
            return
        self._kept_at = time.monotonic()
        try:
            board_snapshot.save(self.path, snapshot)
        except sqlite3.Error as exc:  # the next draw tries again; a start without it draws
            log.warning("The board could not be kept for the next start: %s", exc)
