"""The shift handover as a manager prints it: the file dialog, the PDF, the message."""

from __future__ import annotations

import asyncio
import unicodedata
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.messages import Message
from desktop.sandbox import SandboxServer, worktime_key
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.services.reports.handover import gather
from desktop.ui.reports.handover import ask_handover, handover_html
from desktop.ui.widgets.pdf import write_pdf
from tests.helpers.accounts import VALID
from tests.helpers.handover import MANAGER, filled, leave_writes
from tests.helpers.store_pages import StorePages
from tests.helpers.waiting import until


def test_the_handover_pdf_says_what_the_next_manager_needs(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    messages: list[Message] = []
    pages.runner.bus.subscribe(messages.append)
    target = tmp_path / "desk" / "handover.pdf"
    target.parent.mkdir()

    async def scenario() -> None:
        await filled(pages.session, sandbox)
        seen = gather(pages.session.locks.db, pages.session.zone, pages.session.now(), MANAGER)
        open_days = sorted(p.employee_id for p in seen.problems if p.problem == "No clock-out")
        await leave_writes(pages.session, sandbox, open_days)
        dialog = ask_handover(pages.session, pages.runner)
        assert dialog is not None
        qtbot.addWidget(dialog)
        assert dialog.selectedFiles()[0].endswith("/handover-2026-11-18-1000.pdf")
        dialog.selectFile(str(target))
        dialog.accept()
        await until(lambda: messages, within=30, what="the message")

    qloop.run_until_complete(scenario())
    (message,) = messages
    assert message.level == "info"
    assert message.text.startswith(f"Shift handover saved to {target} (")
    handover = gather(pages.session.locks.db, pages.session.zone, pages.session.now(), MANAGER)
    reader = PdfReader(target)
    assert f"({len(reader.pages)} pages)" in message.text
    assert len(reader.pages) >= 3  # 112 people in take pages of their own
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" is "fi"
    assert f"by {MANAGER}" in flat
    assert "America/New_York" in flat
    assert "Printed Wed 18 Nov 10:00" in flat
    # The printout carries the log's head as it was when printed; the print itself is the
    # row after it (an export is an audit event too).
    saved, *earlier = pages.session.audit.rows()
    assert (saved.action, saved.subject) == ("export.saved", target.name)
    assert saved.payload == {"table": "shift handover", "pages": len(reader.pages)}
    printed = f"{len(earlier)} rows, last hash {earlier[0].hash[:16]}"
    assert f"Audit log {printed}" in flat  # the paper trail of its length
    assert handover.audit_head.startswith(f"{len(earlier) + 1} rows, last hash ")
    assert f"Who is in now ({len(handover.people_in)})" in flat
    for person in handover.people_in:
        assert person.name in flat
    assert f"Denied unlocks ({len(handover.denied)})" in flat
    for event in handover.denied:
        assert event.person in flat
    assert "Forced entry and alarms (0)" in flat
    assert "Loading dock Warehouse 9 %" in flat
    assert "Clock-out 18:00 on 2026-11-17" in flat
    assert "WorkTaps New account Ada Lovelace Queued" in flat
    assert "Failed" in flat
    raw = target.read_bytes()
    for secret in (worktime_key("readwrite", "enterprise"), worktime_key("read", "enterprise"),
                   WORKTAPS_KEY):  # fmt: skip
        assert secret.encode() not in raw
        assert secret not in flat
    for private in (VALID.birth_date, VALID.street, VALID.postal, "234-5678"):
        assert private not in flat


def test_no_dialog_while_the_console_is_locked(pages: StorePages) -> None:
    pages.session.lock()
    assert ask_handover(pages.session, pages.runner) is None


def test_hostile_names_print_as_their_own_text(
    qloop: asyncio.AbstractEventLoop, pages: StorePages, sandbox: SandboxServer, tmp_path: Path
) -> None:
    """A name that is markup or a formula prints letter for letter, and nothing is loaded."""
    hostile = [
        '<span style="color:red">SESSION EXPIRED</span>',
        '<img src="//127.0.0.1/share/x.png">',
        '=HYPERLINK("http://127.0.0.1/x","y")',
    ]
    qloop.run_until_complete(filled(pages.session, sandbox))
    handover = gather(pages.session.locks.db, pages.session.zone, pages.session.now(), MANAGER)
    assert len(handover.people_in) >= len(hostile)
    people = [replace(p, name=n) for p, n in zip(handover.people_in, hostile, strict=False)]
    target = tmp_path / "handover.pdf"
    write_pdf(target, handover_html(replace(handover, people_in=people)), title="Handover")
    text = " ".join((page.extract_text() or "") for page in PdfReader(target).pages)
    letters = "".join(unicodedata.normalize("NFKC", text).split())  # a cell may wrap a name
    for name in hostile:
        assert "".join(name.split()) in letters
