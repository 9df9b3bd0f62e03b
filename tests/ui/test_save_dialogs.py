"""Every save starts in one sensible place with a name that says what the file holds: the
folder last saved into, else Documents (made on a fresh profile that has none); a folder
that is gone gets plain words, never errno text."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.messages import Message
from desktop.sandbox import SandboxServer
from desktop.ui.reports.handover import ask_handover
from desktop.ui.widgets import save_dialog
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.waiting import until


@pytest.fixture
def fresh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A profile with no Documents folder yet, and no folder saved into this run."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setattr(save_dialog, "_last_folder", None)
    return home


def folder_of(dialog: QFileDialog) -> Path:
    return Path(dialog.directory().absolutePath())


def test_a_fresh_profile_saves_into_documents_made_for_it(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    fresh_home: Path,
) -> None:
    async def scenario() -> None:
        await start(pages, sandbox)
        dialog = ask_handover(pages.session, pages.runner)
        assert dialog is not None
        assert folder_of(dialog) == fresh_home / "Documents"
        assert (fresh_home / "Documents").is_dir()
        assert dialog.selectedFiles()[0] == str(
            fresh_home / "Documents/handover-2026-11-18-1000.pdf"
        )
        dialog.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_the_next_save_starts_where_the_last_one_went_and_names_its_contents(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    fresh_home: Path,
    tmp_path: Path,
) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()

    async def scenario() -> None:
        await start(pages, sandbox)
        page = pages.locks.page
        page.locks_view.selectRow(0)
        lock = page.selected_lock()
        assert lock is not None
        dialog = page.ask_export("xlsx")
        name = Path(dialog.selectedFiles()[0]).name
        assert name.startswith(lock.name.replace(" ", "-") + "-history-")
        assert name.endswith("-to-2026-11-18.xlsx")
        dialog.selectFile(str(desk / name))
        dialog.accept()
        await until(lambda: (desk / name).exists(), within=30, what="the export")
        audit = pages.audit.page.ask_export()
        assert folder_of(audit) == desk
        assert Path(audit.selectedFiles()[0]).name == "audit-log-2026-11-18.csv"
        audit.reject()
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_a_folder_that_is_gone_gets_plain_words(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    pages: StorePages,
    sandbox: SandboxServer,
    fresh_home: Path,
    tmp_path: Path,
) -> None:
    told: list[Message] = []
    pages.runner.bus.subscribe(told.append)
    gone = tmp_path / "unplugged" / "handover.pdf"

    async def scenario() -> None:
        await start(pages, sandbox)
        dialog = ask_handover(pages.session, pages.runner)
        assert dialog is not None
        dialog.fileSelected.emit(str(gone))  # the folder went away after it was chosen
        await until(lambda: told, within=30, what="the message")
        await stop(pages)

    qloop.run_until_complete(scenario())
    (message,) = told
    assert message.level == "error"
    assert message.text == (
        f"Could not write the shift handover: The folder {gone.parent} does not exist "
        "(any more): choose another one."
    )
    assert "Errno" not in message.text
