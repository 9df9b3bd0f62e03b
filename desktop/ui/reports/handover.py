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
from desktop.words import QT_TRANSLATE_NOOP, clock, short_day, translate

TITLE = QT_TRANSLATE_NOOP("Handover", "Shift handover")
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
    return ask_save_path(
        parent, translate("Handover", "Save the shift handover"), name,
        [translate("Handover", "PDF files (*.pdf)")], "pdf",
        lambda path: save_handover(session, runner, path, manager),
    )  # fmt: skip


def save_handover(
    session: Session, runner: TaskRunner, path: Path, manager: str
) -> asyncio.Task[int]:
    """Gather now and write ``path``, both off the Qt thread (gathering reads the day's
    events and attendance: 0.8 s at 20,000 people); the task answers the page count."""
    bus = runner.bus

    async def work() -> int:
        handover = await session.handover(manager)
        title = translate("Handover", TITLE)
        return await asyncio.to_thread(write_pdf, path, handover_html(handover), title=title)

    def written(pages: int) -> None:
        session.record_export(path.name, "shift handover", manager=manager, pages=pages)
        bus.info(
            translate("Handover", "Shift handover saved to {path} (%n page(s)).", None, pages)
            .format(path=path)
        )  # fmt: skip

    def failed(exc: Exception) -> None:
        bus.error(
            translate("Handover", "Could not write the shift handover: {why}").format(
                why=file_problem_text(exc) or exc
            )
        )

    return (
        Op(work, what=translate("Handover", "writing the shift handover"))
        .with_progress(translate("Handover", "Writing the shift handover…"))
        .success(written)
        .failure(failed)
        .run(runner)
    )


# -- the document ---------------------------------------------------------------------


def handover_html(h: Handover) -> str:
    sections = _sections(h)
    summary = table_html(
        [translate("Handover", "Section"), translate("Handover", "Count")],
        [(title, len(rows)) for title, _, rows in sections],
    )
    parts = [f"<html><head><style>{STYLE}</style></head><body>", *_heading(h), summary]
    none = html.escape(translate("Handover", "None."))
    for title, header, rows in sections:
        parts.append(f"<h2>{html.escape(title)} ({len(rows)})</h2>")
        parts.append(table_html(header, rows) if rows else f"<p class='none'>{none}</p>")
    audit = html.escape(translate("Handover", "Audit log"))
    parts.append(f"<p><b>{audit}</b> {html.escape(h.audit_head)}</p>")  # a paper trail
    parts.append("</body></html>")
    return "".join(parts)


def _heading(h: Handover) -> list[str]:
    zone, e = h.zone, html.escape
    never = translate("Handover", "never")
    refreshed = _day_time(h.refreshed, zone) if h.refreshed else never
    hours = round((h.now - h.since).total_seconds() / 3600)
    now, since = e(_day_time(h.now, zone)), e(_day_time(h.since, zone))
    lines = [
        translate("Handover", "<b>Printed</b> {now} ({zone}) by <b>{manager}</b>").format(
            now=now, zone=e(zone.key), manager=e(h.manager)
        ),
        translate("Handover", "<b>Covers</b> {since} to {now} (the last %n hour(s))", None, hours)
        .format(since=since, now=now),
        translate("Handover", "<b>Attendance last fetched</b> {when}. All times are {zone}.")
        .format(when=e(refreshed), zone=e(zone.key)),
    ]  # fmt: skip
    title = e(translate("Handover", TITLE))
    return [f"<h1>{title}</h1>", f"<p class='lead'>{'<br>'.join(lines)}</p>"]


Row = tuple[object, ...]
Rows = list[Row]


def _sections(h: Handover) -> list[tuple[str, list[str], Rows]]:
    z, events = h.zone, _event_header()
    lock, location, person = (
        translate("Handover", "Lock"),
        translate("Handover", "Location"),
        translate("Handover", "Person"),
    )
    department, problem = translate("Handover", "Department"), translate("Handover", "Problem")
    return [
        (
            translate("Handover", "Forced entry and alarms"),
            events,
            [_event(e, z) for e in h.alarms],
        ),
        (translate("Handover", "Denied unlocks"), events, [_event(e, z) for e in h.denied]),
        (
            translate("Handover", "After-hours unlocks"),
            events,
            [_event(e, z) for e in h.after_hours],
        ),
        (
            translate("Handover", "Low batteries (at or below {percent} %)").format(
                percent=LOW_BATTERY_PERCENT
            ),
            [lock, location, translate("Handover", "Battery"), translate("Handover", "Online")],
            [_battery(lock_row) for lock_row in h.low_batteries],
        ),
        (
            translate("Handover", "Writes not yet sent, and failed ones"),
            [
                "#",
                translate("Handover", "Service"),
                translate("Handover", "What"),
                translate("Handover", "For"),
                translate("Handover", "State"),
                translate("Handover", "Queued"),
                translate("Handover", "By"),
                translate("Handover", "Tries"),
                problem,
            ],
            [_write(w, z) for w in h.writes],
        ),
        (
            translate("Handover", "Open attendance problems"),
            [
                translate("Handover", "Day"),
                person,
                department,
                problem,
                translate("Handover", "Correction"),
            ],
            [_problem(p) for p in h.problems],
        ),
        (
            translate("Handover", "Who is in now"),
            [
                person,
                department,
                translate("Handover", "In since"),
                translate("Handover", "Clocked in at"),
                translate("Handover", "Last unlock"),
            ],
            [_person(p, z) for p in h.people_in],
        ),
    ]


def _battery(lock: LockRow) -> Row:
    return lock.name, lock.location, f"{lock.battery_percent} %", _online(lock.online)


def _write(w: PendingWrite, zone: ZoneInfo) -> Row:
    when = _day_time(w.since, zone)
    state = translate("OutboxState", STATE_TEXT[w.state])
    return w.id, w.service, w.what, w.whom, state, when, w.manager, w.attempts, w.problem


def _problem(p: OpenProblem) -> Row:
    entry = p.correction
    state = translate("OutboxState", STATE_TEXT[entry.state]) if entry else ""
    queued = f"#{entry.id} {state}" if entry else ""
    return short_day(p.day), p.name, p.department, p.problem, queued


def _person(p: PersonIn, zone: ZoneInfo) -> Row:
    since = fmt.local_time(p.since, zone, with_date=False)
    seen = fmt.local_time(p.last_seen, zone, with_date=False)
    return p.name, p.department, since, _place(p.lock, p.location), seen


def _event_header() -> list[str]:
    return [
        translate("Handover", "When"),
        translate("Handover", "Lock"),
        translate("Handover", "Location"),
        translate("Handover", "Event"),
        translate("Handover", "Method"),
        translate("Handover", "Person"),
    ]


def _event(e: DoorEvent, zone: ZoneInfo) -> Row:
    if e.event != "unlock":
        what = fmt.event(e.event)
    else:
        what = fmt.event("unlock") if e.success else translate("Handover", "Denied")
    return (_day_time(e.at, zone), e.lock, e.location, what, fmt.method(e.method),
            e.person or translate("Handover", "Unknown"))  # fmt: skip


def _day_time(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{short_day(local.date())} {clock(local)}"


def _place(lock: str, location: str) -> str:
    return f"{lock}, {location}" if lock and location else lock or location or "—"


def _online(online: bool | None) -> str:
    if online is None:
        return translate("Handover", "unknown", "online")
    return translate("Handover", "yes") if online else translate("Handover", "no")
