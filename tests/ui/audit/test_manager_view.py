"""The audit log as a manager reads it: the person, the day and the change in words, who
and why; the stored record behind a details pane; and sign-ins, wrong PINs, locks and
exports recorded too, not only in the log file."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from desktop.ui.attendance.correction import CorrectionDialog
from tests.helpers.console import Harness
from tests.helpers.waiting import until


def shown(page: object) -> list[dict[str, str]]:
    model = page.model  # type: ignore[attr-defined]
    titles = [c.title for c in model.columns]
    return [
        {t: c.text(row) for t, c in zip(titles, model.columns, strict=True)} for row in model.rows()
    ]


def test_the_audit_log_reads_as_what_happened(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    paths: AppPaths,
    sandbox: SandboxServer,
    tmp_path: Path,
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    window = console.window

    async def scenario() -> None:
        page = await harness.on_attendance(qtbot, sandbox)  # the first manager, Ana
        page.problems_only.setChecked(True)
        row = next(r for r in page.model.rows() if r.problem == "no_clock_out")
        dialog = console.attendance.correct_rows([row])
        assert isinstance(dialog, CorrectionDialog)
        dialog.time.setTime(QTime(17, 30))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)
        outbox = console.session.outbox
        await until(lambda: outbox.entries()[0].state == "sent", within=30, what="sent")
        # A wrong PIN, then the right one.
        window.lock_action.trigger()
        harness.sign_in(qtbot, pin="0000")
        harness.sign_in(qtbot)
        audit = console.audit.page
        window.show_page(window.pages.indexOf(audit))
        await until(lambda: len(shown(audit)) >= 6, what="the audit rows")
        await audit.export_to(tmp_path / "audit.csv")
        await until(lambda: shown(audit)[0]["What"] == "Saved an export", what="the export row")
        rows = shown(audit)
        whats = [r["What"] for r in rows]
        assert whats[:5] == [
            "Saved an export",
            "Signed in",
            "A wrong PIN was typed",
            "Locked the console",
            "Clock-out 17:30: sent",
        ]
        sent = rows[4]
        assert sent["For"] == f"{row.name}, {row.day.isoformat()}"
        assert sent["Manager"] == "Ana"
        assert rows[5]["What"] == "Clock-out 17:30: saved"
        assert rows[5]["Why"] == "Forgot to clock out"
        assert rows[0]["For"] == "audit.csv"
        # The stored record, JSON and hashes, is behind the details pane.
        audit.view.selectRow(4)
        details = audit.details.toPlainText()
        assert "Action: clock_correction.sent" in details
        assert '"employee_id": "' + row.employee_id + '"' in details
        stored = console.session.audit.rows()[4]
        assert f"Hash: {stored.hash}" in details
        await harness.close()

    qloop.run_until_complete(scenario())
