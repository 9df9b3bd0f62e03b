"""Connections › Share with other desks, as a manager does it: the desk's address and
name typed, checked against a real PostgreSQL, saved (the password in the keyring only),
and at the next start the desk works on the shared store with its unsent work in it."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import TEAM_SECRETS
from desktop.paths import HOME_ENV, app_paths
from desktop.secrets import SecretStore
from desktop.startup import Startup
from desktop.store import AuditLog, Outbox
from desktop.store.postgres import password_apart
from desktop.ui.connections.share import ShareDialog
from desktop.ui.console import Console
from tests.helpers.console import sign_in
from tests.helpers.waiting import until


def _args() -> argparse.Namespace:
    return argparse.Namespace(demo=False, self_test=False, debug=False)


def _open(startup: Startup, qtbot: QtBot) -> Console:
    parts = startup._parts()
    startup.console = console = Console(parts)
    qtbot.addWidget(console.window)
    console.window.show()
    startup.tell_found(console)
    console.connect(None, parts.keys)
    sign_in(console, qtbot)
    console.window.show_page(console.window.pages.indexOf(console.overview))
    return console


def _dialog() -> ShareDialog:
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog)
                and w.isVisible()]  # fmt: skip
    return dialog


def _box(text: str) -> QMessageBox:
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible() and text in w.text()]  # fmt: skip
    return box


def _click(qtbot: QtBot, box: QMessageBox, words: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == words]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_desk_joins_its_team_and_its_unsent_work_goes_with_it(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_url: str,
) -> None:
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    address, password = password_apart(postgres_url)
    assert password is not None  # the test server's, as a manager types it apart
    first = Startup(_args(), tmp_path)

    async def join() -> None:
        console = _open(first, qtbot)
        assert first.db is not None
        assert first.db.dialect == "sqlite"
        outbox = Outbox(first.db)
        for state in ("queued", "sending", "failed"):
            entry = outbox.add("clock_correction", {"for": state}, "Ana", f"fix {state}")
            if state != "queued":
                outbox.mark_sending(entry.id)
            if state == "failed":
                outbox.mark_failed(entry.id, "Refused.")
        box = console.overview.team
        assert not console.window.status.team.isVisible()  # a desk on its own: no word
        assert box.share_button.text() == "&Share with other desks…"
        qtbot.mouseClick(box.share_button, Qt.MouseButton.LeftButton)
        dialog = _dialog()
        # What a manager may get wrong is said in the dialog, and nothing is saved
        qtbot.keyClicks(dialog.url, postgres_url)  # the password in the address
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "keyring" in dialog.outcome.text()
        dialog.url.clear()
        qtbot.keyClicks(dialog.url, "postgresql://fd@db.example.com/fd?sslmode=require")
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        assert "sslmode=require does not check the server's certificate" in dialog.outcome.text()
        dialog.url.clear()
        qtbot.keyClicks(dialog.url, address)
        qtbot.keyClicks(dialog.password, password)
        dialog.desk.clear()
        qtbot.keyClicks(dialog.desk, "North entrance")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        await until(lambda: dialog.outcome.text()[:1] in "✔✘", what="the test's answer")
        assert dialog.outcome.text().startswith("✔"), dialog.outcome.text()
        assert "No desk has written to it yet" in dialog.outcome.text()
        assert first.settings.team is None  # testing saves nothing
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        await until(lambda: not dialog.isVisible(), what="the dialog to close")
        again = _box("moves when Front Desk starts again")
        _click(qtbot, again, "Later")
        assert box.state.text() == (
            "This desk joins its team's shared store when Front Desk starts again."
        )
        assert box.leave_button.isVisible()
        await first.shutdown()

    qloop.run_until_complete(join())
    settings = json.loads((app_paths().config_dir / "settings.json").read_text(encoding="utf-8"))
    assert settings["team"] == {"url": address, "desk": "North entrance", "joined_by": "Ana"}
    assert SecretStore().get(TEAM_SECRETS, "team_password") == password
    for path in Path(tmp_path / "home").rglob("*"):
        if path.is_file():
            assert password.encode() not in path.read_bytes(), path

    second = Startup(_args(), tmp_path)

    async def joined() -> None:
        console = _open(second, qtbot)
        db = second.db
        assert db is not None
        assert db.dialect == "postgresql"
        shared = {entry.payload["for"]: entry.state for entry in Outbox(db).entries()}
        assert shared == {"queued": "queued", "sending": "sending", "failed": "failed"}
        actions = [row.action for row in AuditLog(db).in_order()]
        # The desk's own log, then the handover, then what this start did
        assert actions[-2:] == ["team.handed_over", "session.signed_in"]
        assert "team.joined" in actions
        assert AuditLog(db).verify().ok
        assert (
            "This desk handed 3 unsent entries of the outbox" in console.window.banner.text.text()
        )
        status = console.window.status.team
        await until(lambda: status.text() == "Team: this desk syncs", what="the lease")
        assert status.isVisible()
        assert console.overview.team.state.text().startswith("Desk North entrance on postgresql://")
        await second.shutdown()

    qloop.run_until_complete(joined())


def test_a_desk_that_cannot_reach_its_team_works_on_its_own_and_hands_over_later(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_url: str,
) -> None:
    from desktop.config import Settings, TeamSettings, save_settings
    from desktop.store.pg_cluster import _free_port

    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    address, password = password_apart(postgres_url)
    assert password is not None  # the test server's, as a manager types it apart
    SecretStore().set(TEAM_SECRETS, "team_password", password)
    nowhere = f"postgresql://frontdesk@127.0.0.1:{_free_port()}/frontdesk"
    paths = app_paths().ensure()
    save_settings(Settings(team=TeamSettings(url=nowhere, desk="Night desk")), paths)
    alone = Startup(_args(), tmp_path)

    async def on_its_own() -> None:
        console = _open(alone, qtbot)
        assert alone.db is not None
        assert alone.db.dialect == "sqlite"
        notice = _box("The team's shared store cannot be reached")
        assert notice.windowTitle() == "Front Desk: This desk is working on its own for now"
        assert "nothing is lost" in notice.text()
        _click(qtbot, notice, "OK")
        status = console.window.status.team
        assert status.isVisible()
        assert status.text() == "On its own: the team's store is out of reach"
        assert "Connection refused" in status.toolTip()
        Outbox(alone.db).add("clock_correction", {"for": "night"}, "Ana", "queued alone")
        await alone.shutdown()

    qloop.run_until_complete(on_its_own())
    save_settings(Settings(team=TeamSettings(url=address, desk="Night desk")), paths)
    back = Startup(_args(), tmp_path)

    async def back_on_the_team() -> None:
        _open(back, qtbot)
        assert back.db is not None
        assert back.db.dialect == "postgresql"
        [entry] = Outbox(back.db).entries()
        assert (entry.payload, entry.state) == ({"for": "night"}, "queued")
        await back.shutdown()

    qloop.run_until_complete(back_on_the_team())


def test_a_desk_working_alone_says_when_its_team_is_back_and_offers_to_rejoin(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    postgres_cluster: tuple[Path, str],
) -> None:
    """The shared store was down when the desk started; it comes back while the desk
    works alone: the status bar says so, and the banner offers to start again (a start
    is what rejoins: nothing is being sent then)."""
    from desktop.config import Settings, TeamSettings, save_settings
    from desktop.services import session as session_module
    from desktop.store import pg_cluster
    from desktop.ui.connections.team_controller import REJOIN

    folder, server = postgres_cluster
    monkeypatch.setattr(session_module, "REJOIN_LOOK_S", 0.2)
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    address, password = password_apart(server)
    assert password is not None
    SecretStore().set(TEAM_SECRETS, "team_password", password)
    paths = app_paths().ensure()
    save_settings(Settings(team=TeamSettings(url=address, desk="Night desk")), paths)
    pg_cluster.stop(folder)  # down as the desk starts
    alone = Startup(_args(), tmp_path)

    async def works_alone_until_the_store_is_back() -> None:
        console = _open(alone, qtbot)
        assert alone.db is not None
        assert alone.db.dialect == "sqlite"
        _click(qtbot, _box("The team's shared store cannot be reached"), "OK")
        status = console.window.status.team
        assert status.text() == "On its own: the team's store is out of reach"
        pg_cluster.resume(folder)
        await until(lambda: "back" in status.text(), within=20, what="the store back")
        assert status.text() == "On its own: the team's store is back; start again to rejoin"
        banner = console.window.banner
        await until(lambda: banner.text.text() == REJOIN, what="the offer to rejoin")
        assert banner.retry_button.text() == "Start again now"
        await alone.shutdown()

    qloop.run_until_complete(works_alone_until_the_store_is_back())
