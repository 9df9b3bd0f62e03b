"""WorQ in the connection setup: the environment, partial settings, and "Test connection"."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.config import WORQ_URLS, ConnectionProfile
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_CUSTOMER_CODE, WORQ_PARTNER_KEY, WORQ_PARTNER_NAME
from desktop.services.connections import CheckResult, Connections, Keys
from desktop.services.status import Service
from desktop.ui.connections.setup import ConnectionSetupDialog
from tests.helpers.waiting import until


async def check(profile: ConnectionProfile, keys: Keys) -> dict[Service, CheckResult]:
    async with Connections(profile, keys) as trial:
        return await trial.check_all()


def make_dialog(qtbot: QtBot) -> ConnectionSetupDialog:
    dialog = ConnectionSetupDialog(None, Keys(), check=check, save=lambda _p, _k: None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_environment_picks_worqs_address_unless_one_is_typed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.profile().worq_url == WORQ_URLS["test"]
    dialog.worq_environment.setCurrentIndex(dialog.worq_environment.findData("live"))
    assert dialog.profile().worq_url == WORQ_URLS["live"]
    qtbot.keyClicks(dialog.worq_url, "http://127.0.0.1:9/worq/api/v1")
    assert dialog.profile().worq_url == "http://127.0.0.1:9/worq/api/v1"


def test_worq_half_set_up_says_what_is_missing_then_tests_for_real(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    dialog = make_dialog(qtbot)
    label = dialog.results["worq"]

    def test_now() -> None:
        label.clear()
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)

    async def scenario() -> None:
        qtbot.keyClicks(dialog.worq_url, sandbox.url("worq"))
        qtbot.keyClicks(dialog.worq_partner, WORQ_PARTNER_NAME)
        qtbot.keyClicks(dialog.worq_key, WORQ_PARTNER_KEY)
        test_now()
        assert label.text() == "Not set up: the customer code is missing."
        await until(dialog.test_button.isEnabled, what="the test to end")
        assert label.text() == "Not set up: the customer code is missing."
        assert dialog.results["worktime"].text() == "Not set up."
        qtbot.keyClicks(dialog.worq_customer, "NOPE")
        test_now()
        await until(lambda: label.text()[:1] in "✔✘", what="WorQ's answer")
        assert (
            label.text()
            == "✘ WorQ does not know this customer code. Check it under Console › Connections."
        )
        dialog.worq_customer.clear()
        qtbot.keyClicks(dialog.worq_customer, WORQ_CUSTOMER_CODE)
        test_now()
        await until(lambda: label.text()[:1] in "✔✘", what="WorQ's answer")
        assert label.text() == (
            f"✔ partner {WORQ_PARTNER_NAME} · customer {WORQ_CUSTOMER_CODE} · test environment"
        )

    qloop.run_until_complete(scenario())
