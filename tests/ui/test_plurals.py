"""Counts read as English: "1 entry", "1 pending write", "1 account", never "1 entries"."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.widgets.status_bar import ConsoleStatusBar
from desktop.words import translate
from tests.helpers.store_pages import StorePages


def test_english_without_a_translation_says_one_and_many() -> None:
    """A terminal (``frontdesk sync``) has no Qt to translate: the English source's
    plural marks pick the form."""
    assert translate("T", "%Ln entr(y|ies)", None, 1) == "1 entry"
    assert translate("T", "%Ln entr(y|ies)", None, 0) == "0 entries"
    assert translate("T", "%Ln event(s)", None, 12_345) == "12,345 events"
    assert translate("T", "%Ln (person|people)", None, 1) == "1 person"


def test_the_status_bar_counts_one_pending_write(qtbot: QtBot) -> None:
    bar = ConsoleStatusBar()
    qtbot.addWidget(bar)
    bar.set_pending(1)
    assert bar.pending.text() == "1 pending write"
    bar.set_pending(2)
    assert bar.pending.text() == "2 pending writes"
    bar.set_pending(0)
    assert bar.pending.text() == "No pending writes"


def test_the_audit_page_counts_one_entry(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    page = pages.audit.page
    qtbot.addWidget(page)
    pages.session.record_discarded("Ana Ruiz", "Ben Ode", ["Correct a clock entry"])
    page.show()
    page.reload()
    qloop.run_until_complete(asyncio.sleep(0.2))
    assert page.count.text() == "1 entry"
