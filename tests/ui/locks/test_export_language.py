"""An export is a record: in German, the page speaks German and the file it writes keeps
English headers, words and ISO times, the same file in every language."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop import words
from desktop.sandbox import SandboxServer
from desktop.ui.i18n import install_language
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until

ENGLISH_HEADER = ["Time", "Person", "Method", "Result", "Event", "Uploaded"]


def test_in_german_the_page_translates_and_the_export_stays_english(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer,
    tmp_path: Path,
) -> None:  # fmt: skip
    page = pages.locks.page

    async def scenario() -> None:
        await start(pages, sandbox)
        await until(lambda: page.events_model.rowCount() > 0, what="history")
        try:
            assert install_language("de", tmp_path / "cache") == "de"
            page.set_zone(page.zone)  # the columns made again, in German
            model = page.events_model
            header = [
                model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
            ]
            assert header == ["Zeit", "Person", "Methode", "Ergebnis", "Ereignis", "Hochgeladen"]
            results = {c.text(r) for r in model.rows() for c in model.columns[3:4]}
            assert results <= {"Gewährt", "Verweigert"}
            page.method.setCurrentIndex(page.method.findData("card"))
            await until(lambda: page.count.text().endswith("Ereignisse"), what="the count")
            path = tmp_path / "front-door.csv"
            await page.export_to(path)
            assert page.count.text().endswith(
                "Ereignisse nach front-door.csv exportiert (Inhalt: front-door-about.txt)"
            )
        finally:
            install_language("en", tmp_path / "cache")
            words.install_translator(None)
            await stop(pages)
        body = csv_rows(path)
        assert body[0] == ENGLISH_HEADER
        assert {row[2] for row in body[1:]} == {"Card"}
        assert {row[3] for row in body[1:]} <= {"Granted", "Denied"}
        assert all(row[0][:4].isdigit() and row[0][4] == "-" for row in body[1:])  # ISO
        assert csv_about(path)["Filters"] == "method Card"

    qloop.run_until_complete(scenario())
