"""The shift handover as a printable PDF, and the console's way of asking for one.

``ask_handover(session, runner, parent)`` asks for a file name
(``handover-YYYY-MM-DD-HHMM.pdf`` in the documents folder); the session gathers the
handover from the store on a worker thread, which lays it out and writes it too;
then the message bus says where it went.
"""

from __future__ import annotations

import asyncio
import html
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.files import file_problem_text
from desktop.services.reports.handover import (
    DoorEvent,
    Handover,
    OpenProblem,
    PersonIn,
)
from desktop.services.reports.handover_writes import STATE_TEXT, PendingWrite
from desktop.services.session import Session
from desktop.store import LOW_BATTERY_PERCENT, LockRow
from desktop.tasks import Op, TaskRunner
from desktop.ui import theme
from desktop.ui.widgets import format as fmt
from desktop.ui.widgets.pdf import table_html, write_pdf
from desktop.ui.widgets.save_dialog import ask_save_path

TITLE = "Shift handover"
STYLE = (
    "body { font-family: sans-serif; font-size: 9pt; }"
    "h1 { font-size: 16pt; margin-bottom: 12px; }"
    "h2 { font-size: 11pt; margin-top: 32px; margin-bottom: 10px; }"
    f"th {{ background-color: {theme.PRINT_HEADER}; }}"
    f".none {{ color: {theme.PRINT_MUTED}; font-style: italic; }}"
    ".lead { margin-bottom: 36px; }"
)


def default_name(now: datetime, zone: ZoneInfo) -> str:
    return f"handover-{now.astimezone(zone):%Y-%m-%d-%H%M}.pdf"


def ask_handover(
    session: Session, runner: TaskRunner, parent: QWidget | None = None
) -> QFileDialog | None:
    """Ask where to save the shift handover, then write it there (see the module).

    None when no manager is signed in (the console is locked)."""
    manager = session.manager
    if manager is None:
        return None
    name = default_name(session.now(), session.zone)
    return ask_save_path(parent, "Save the shift handover", name, ["PDF files (*.pdf)"], "pdf",
                         lambda path: save_handover(session, runner, path, manager))  # fmt: skip


def save_handover(
    session: Session, runner: TaskRunner, path: Path, manager: str
) -> asyncio.Task[int]:
    """Gather now and write ``path``, both off the Qt thread (gathering reads the day's
    events and attendance: 0.8 s at 20,000 people); the task answers the page count."""
    bus = runner.bus

    async def work() -> int:
        handover = await session.handover(manager)
        return await asyncio.to_thread(write_pdf, path, handover_html(handover), title=TITLE)

    def written(pages: int) -> None:
        session.record_export(path.name, "shift handover", manager=manager, pages=pages)
        bus.info(f"Shift handover saved to {path} ({pages} page{'s' if pages != 1 else ''}).")

    def failed(exc: Exception) -> None:
        bus.error(f"Could not write the shift handover: {file_problem_text(exc) or exc}")

    return (
        Op(work, what="writing the shift handover")
        .with_progress("Writing the shift handover…")
        .success(written)
        .failure(failed)
        .run(runner)
    )


# -- the document ---------------------------------------------------------------------


def handover_html(h: Handover) -> str:
    sections = _sections(h)
    summary = table_html(["Section", "Count"], [(title, len(rows)) for title, _, rows in sections])
    parts = [f"<html><head><style>{STYLE}</style></head><body>", *_heading(h), summary]
    for title, header, rows in sections:
        parts.append(f"<h2>{html.escape(title)} ({len(rows)})</h2>")
        parts.append(table_html(header, rows) if rows else "<p class='none'>None.</p>")
    parts.append(f"<p><b>Audit log</b> {html.escape(h.audit_head)}</p>")  # a paper trail
    parts.append("</body></html>")
    return "".join(parts)


def _heading(h: Handover) -> list[str]:
    zone, e = h.zone, html.escape
    refreshed = _day_time(h.refreshed, zone) if h.refreshed else "never"
    hours = round((h.now - h.since).total_seconds() / 3600)
    lines = [
        f"<b>Printed</b> {e(_day_time(h.now, zone))} ({e(zone.key)}) by <b>{e(h.manager)}</b>",
        f"<b>Covers</b> {e(_day_time(h.since, zone))} to {e(_day_time(h.now, zone))} "
        f"(the last {hours} hours)",
        f"<b>Attendance last fetched</b> {e(refreshed)}. All times are {e(zone.key)}.",
    ]
    return [f"<h1>{TITLE}</h1>", f"<p class='lead'>{'<br>'.join(lines)}</p>"]


Row = tuple[object, ...]
Rows = list[Row]


def _sections(h: Handover) -> list[tuple[str, list[str], Rows]]:
    z = h.zone
    return [
        ("Forced entry and alarms", _EVENT_HEADER, [_event(e, z) for e in h.alarms]),
        ("Denied unlocks", _EVENT_HEADER, [_event(e, z) for e in h.denied]),
        ("After-hours unlocks", _EVENT_HEADER, [_event(e, z) for e in h.after_hours]),
        (
            f"Low batteries (at or below {LOW_BATTERY_PERCENT} %)",
            ["Lock", "Location", "Battery", "Online"],
            [_battery(lock) for lock in h.low_batteries],
        ),
        (
            "Writes not yet sent, and failed ones",
            ["#", "Service", "What", "For", "State", "Queued", "By", "Tries", "Problem"],
            [_write(w, z) for w in h.writes],
        ),
        (
            "Open attendance problems",
            ["Day", "Person", "Department", "Problem", "Correction"],
            [_problem(p) for p in h.problems],
        ),
        (
            "Who is in now",
            ["Person", "Department", "In since", "Clocked in at", "Last unlock"],
            [_person(p, z) for p in h.people_in],
        ),
    ]


def _battery(lock: LockRow) -> Row:
    return lock.name, lock.location, f"{lock.battery_percent} %", _online(lock.online)


def _write(w: PendingWrite, zone: ZoneInfo) -> Row:
    when = _day_time(w.since, zone)
    state = STATE_TEXT[w.state]
    return w.id, w.service, w.what, w.whom, state, when, w.manager, w.attempts, w.problem


def _problem(p: OpenProblem) -> Row:
    entry = p.correction
    queued = f"#{entry.id} {STATE_TEXT[entry.state].lower()}" if entry else ""
    return f"{p.day:%a %d %b}", p.name, p.department, p.problem, queued


def _person(p: PersonIn, zone: ZoneInfo) -> Row:
    since = fmt.local_time(p.since, zone, with_date=False)
    seen = fmt.local_time(p.last_seen, zone, with_date=False)
    return p.name, p.department, since, _place(p.lock, p.location), seen


_EVENT_HEADER = ["When", "Lock", "Location", "Event", "Method", "Person"]


def _event(e: DoorEvent, zone: ZoneInfo) -> Row:
    what = fmt.event(e.event) if e.event != "unlock" else ("Unlock" if e.success else "Denied")
    return (_day_time(e.at, zone), e.lock, e.location, what, fmt.method(e.method),
            e.person or "Unknown")  # fmt: skip


def _day_time(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%a %d %b %H:%M}"


def _place(lock: str, location: str) -> str:
    return f"{lock}, {location}" if lock and location else lock or location or "—"


def _online(online: bool | None) -> str:
    return "unknown" if online is None else ("yes" if online else "no")
