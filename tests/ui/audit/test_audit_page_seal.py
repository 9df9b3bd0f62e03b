"""The audit page with a sealed log, as a manager uses it: Verify names what was done to
the file, and every export carries the signed head for a paper trail."""

from __future__ import annotations

import asyncio
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.store.audit import seal_audit_log
from tests.helpers.audit import append, raw
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.store_pages import StorePages


def test_verify_names_a_hidden_cut_and_exports_carry_the_head(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, tmp_path: Path
) -> None:
    seal_audit_log(pages.session.audit.db, bytes(range(32)), key_is_new=True)
    for n in range(1, 7):
        append(pages.session.audit, n)
    page = pages.audit.page
    qtbot.addWidget(page)
    page.reload()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    last = pages.session.audit.rows(limit=1)[0].hash[:16]
    assert page.verdict.text() == (
        f"✔ All 6 rows are intact. (signed head: 6 rows, last hash {last})"
    )

    pages.session.lock()  # an export by a signed-in manager is an audit row: none here
    csv_path = tmp_path / "audit.csv"
    assert qloop.run_until_complete(page.export_to(csv_path)) == 6
    assert csv_about(csv_path)["Audit log"] == f"6 rows, last hash {last} (sealed)"
    assert csv_rows(csv_path)[0][0] == "#"  # the header row first: the file is only the table
    xlsx_path = tmp_path / "audit.xlsx"
    assert qloop.run_until_complete(page.export_to(xlsx_path)) == 6
    info = dict(openpyxl.load_workbook(xlsx_path)["About"].iter_rows(values_only=True))
    assert info["Audit log"] == f"6 rows, last hash {last} (sealed)"

    with raw(Path(pages.session.audit.db.path)) as conn:  # a tamperer, with the file to hand
        conn.execute("DELETE FROM audit WHERE id > 4")
        conn.execute("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit'")
    page.reload()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verdict.text().startswith(
        "✘ Rows 5 to 6 were cut from the end and the row counter reset to hide it: the log "
        "ends at row 4, but the signed head says 6 rows were written."
    )
