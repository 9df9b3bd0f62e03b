"""The console driven as a manager would: setup, keyring, sign-in, locking, offline, errors."""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.config import ConnectionProfile, load_settings
from desktop.demo import DEMO_KEYS, sandbox_profile
from desktop.log import redactor
from desktop.paths import AppPaths
from desktop.sandbox import (
    WORKTAPS_KEY,
    WORQ_CUSTOMER_CODE,
    WORQ_PARTNER_KEY,
    WORQ_PARTNER_NAME,
    SandboxServer,
    worktime_key,
)
from desktop.services.connections import Keys
from tests.helpers.console import Harness
from tests.helpers.memory_keyring import MemoryKeyring
from tests.helpers.outbox import FORGOT_OUT, TUESDAY, clock_out, local
from tests.helpers.waiting import until


def profile_for(sandbox: SandboxServer) -> ConnectionProfile:
    return sandbox_profile(sandbox, "Office")


GOOD_KEYS = DEMO_KEYS


def test_first_run_setup_through_the_dialog_keeps_keys_in_the_keyring_only(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    paths: AppPaths,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    harness = Harness(paths, qtbot)

    async def scenario() -> None:
        harness.sign_in(qtbot)  # no manager yet: the first profile is created
        assert not harness.console.window.locked
        dialog = harness.console.open_setup()
        for field, text in (
            (dialog.name, "Office"),
            (dialog.worktime_url, sandbox.url("worktime")),
            (dialog.worktaps_url, sandbox.url("worktaps")),
            (dialog.worq_url, sandbox.url("worq")),
        ):
            field.clear()
            qtbot.keyClicks(field, text)
        qtbot.keyClicks(dialog.worktime_key, worktime_key("read", "free"))
        qtbot.keyClicks(dialog.worktaps_key, WORKTAPS_KEY)
        qtbot.keyClicks(dialog.worq_partner, WORQ_PARTNER_NAME)
        qtbot.keyClicks(dialog.worq_customer, WORQ_CUSTOMER_CODE)
        qtbot.keyClicks(dialog.worq_key, WORQ_PARTNER_KEY)
        assert dialog.worktime_key.echoMode() == dialog.worktime_key.EchoMode.Password
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        labels = dialog.results
        await until(lambda: all(x.text()[:1] in "✔✘" for x in labels.values()), what="results")
        assert (
            labels["worktime"]
            .text()
            .startswith("✔ Acme Corporation · writes allowed until refused · free plan")
        )
        assert "99 of 100 requests left this hour" in labels["worktime"].text()  # one read
        assert labels["worktaps"].text() == "✔ 9 departments · writes allowed until refused"
        written = [(r["method"], r["path"]) for service in ("worktime", "worktaps")
                   for r in sandbox.controls.requests(service) if r["method"] != "GET"]  # fmt: skip
        assert written == []  # no probe writes: nothing but reads to test a connection
        assert labels["worq"].text().startswith("✔ partner frontdesk-demo")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        await until(lambda: harness.console.overview.organization.text() == "Acme Corporation")
        await harness.close()

    qloop.run_until_complete(scenario())
    stored = {user: value for (_service, user), value in memory_keyring.entries.items()}
    assert stored["Office/worktime_key"] == worktime_key("read", "free")
    assert stored["Office/worq_partner_key"] == WORQ_PARTNER_KEY
    settings_text = (paths.config_dir / "settings.json").read_text(encoding="utf-8")
    for secret in stored.values():
        assert secret not in settings_text
    settings, warnings = load_settings(paths)
    assert warnings == []
    assert settings.active_profile == "Office"
    # What a key may write is not known before a write: nothing was probed.
    assert harness.console.health.states["worktime"].can_write is None


def test_an_invalid_address_is_refused_on_its_field(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths
) -> None:
    harness = Harness(paths, qtbot)
    dialog = harness.console.open_setup()
    dialog.worktime_url.clear()
    qtbot.keyClicks(dialog.worktime_url, "http://api.worktime.one/v1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "must start with https://" in dialog.error.text()
    assert not (paths.config_dir / "settings.json").exists()
    qloop.run_until_complete(harness.close())


def test_wrong_pin_idle_lock_and_unlock(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths
) -> None:
    harness = Harness(paths, qtbot)
    harness.managers.create("Ana", "2468")
    harness.console.signin.reload()
    window = harness.console.window

    async def scenario() -> None:
        harness.sign_in(qtbot, pin="1111")
        assert window.locked
        assert harness.console.signin.message.text() == "That PIN is not right."
        harness.sign_in(qtbot)
        assert not window.locked
        assert window.status.manager.text() == "Signed in: Ana"
        harness.console.idle.set_minutes(0.005)  # 300 ms without input
        await until(lambda: window.locked, within=5, what="the idle lock")
        assert window.pages.isHidden() or not window.pages.isVisible()
        assert not window.status.isVisible()
        harness.sign_in(qtbot)
        assert not window.locked
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert window.locked
        await harness.close()

    qloop.run_until_complete(scenario())


def test_offline_start_shows_the_last_fetched_data_and_its_age(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    first = Harness(paths, qtbot)
    profile = profile_for(sandbox)

    async def online() -> None:
        first.sign_in(qtbot)
        first.console.connect(profile, GOOD_KEYS)
        await until(lambda: first.console.overview.organization.text() == "Acme Corporation")
        await first.close()

    qloop.run_until_complete(online())
    dead = profile.model_copy(update={"worktime_url": "http://127.0.0.1:9/worktime/v1"})
    second = Harness(paths, qtbot)

    async def offline() -> None:
        assert second.console.overview.organization.text() == "Acme Corporation"
        assert "Showing what was fetched" in second.console.overview.freshness.text()
        second.sign_in(qtbot)
        second.console.connect(dead, Keys(worktime=GOOD_KEYS.worktime))
        await until(lambda: second.console.window.banner.isVisible(), what="the banner")
        assert "WorkTime One" in second.console.window.banner.text.text()
        assert "Could not reach WorkTime One" in second.console.overview.freshness.text()
        assert second.console.overview.organization.text() == "Acme Corporation"
        await second.close()

    qloop.run_until_complete(offline())


def test_a_refused_key_shows_the_banner_and_retry_recovers(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot)
    banner = harness.console.window.banner

    async def scenario() -> None:
        harness.sign_in(qtbot)
        sandbox.controls.fault("status", service="worktime", path="/organization", status=401)
        harness.console.connect(profile_for(sandbox), GOOD_KEYS)
        await until(banner.isVisible, what="the error banner")
        assert banner.text.text().startswith("WorkTime One:")
        assert banner.retry_button.isVisible()
        status = harness.console.window.status.services["worktime"].text()
        assert "key refused" in status
        qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
        await until(lambda: not banner.isVisible(), what="the banner to clear")
        await until(lambda: "key refused" not in harness.console.window.status.services[
            "worktime"].text())  # fmt: skip
        await harness.close()

    qloop.run_until_complete(scenario())


def test_log_viewer_follows_the_log_with_secrets_redacted(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths
) -> None:
    harness = Harness(paths, qtbot)
    redactor.add("canary-5e1f-key")
    viewer = harness.console.open_log()
    logging.getLogger("desktop.test").warning("sent Bearer canary-5e1f-key to the service")
    qtbot.waitUntil(lambda: "sent Bearer" in viewer.text.toPlainText(), timeout=5000)
    assert "canary-5e1f-key" not in viewer.text.toPlainText()
    qloop.run_until_complete(harness.close())


def test_a_read_only_key_turns_corrections_off_with_the_reason(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot)

    async def scenario() -> None:
        harness.sign_in(qtbot)
        read_only = Keys(worktime_key("read", "enterprise"), WORKTAPS_KEY, WORQ_PARTNER_KEY)
        profile = profile_for(sandbox)
        harness.console.connect(profile, read_only)
        state = harness.console.health.states
        console = harness.console
        await until(lambda: console.session.people.employees(), what="the employees")
        assert state["worktime"].can_write is None  # not known yet: no probe
        console.session.corrections.queue([clock_out(FORGOT_OUT, local(TUESDAY, 17, 45))], "Ana")
        await until(lambda: state["worktime"].can_write is False, within=30, what="the 403")
        reason = state["worktime"].read_only_reason
        correct = console.attendance.page.correct_button
        assert not correct.isEnabled()
        assert reason in correct.toolTip()
        qtbot.keyClick(harness.console.window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert harness.told[-1] == f"WorkTime One: {reason}"
        assert profile.refused_writes == {"worktime": reason}
        # Connected again (as after a restart): writes are off at once, nothing probed.
        first = harness.console.connections
        harness.console.connect(profile, read_only)
        assert first is not None
        await first.aclose()  # the console closes it on its runner too: not left to the GC
        assert state["worktime"].can_write is False
        assert not correct.isEnabled()
        await harness.close()

    qloop.run_until_complete(scenario())
