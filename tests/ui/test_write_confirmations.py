"""Every write is confirmed the way a correction is: a short banner naming what happened
("Account Grace Hopper created in WorkTaps."), Show in Outbox selecting its entry, and
after a create the new row selected on the page (accounts, locations, employees)."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, WORQ_PARTNER_KEY, SandboxServer, worktime_key
from desktop.services.connections import Keys
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.accounts.location_form import LocationForm
from desktop.ui.console import Console
from desktop.ui.directory.employee_form import EmployeeForm
from tests.helpers.console import Harness
from tests.helpers.taps_forms import fill_new
from tests.helpers.waiting import until


def the_form(page: QWidget, kind: type) -> QWidget:
    (form,) = [f for f in page.window().findChildren(kind) if f.isVisible()]
    return form


async def confirmed(qtbot: QtBot, console: Console, said: str) -> None:
    """The banner says ``said``; its Show in Outbox opens the Outbox on the entry."""
    banner = console.window.banner
    await until(lambda: banner.isVisible() and banner.text.text() == said, within=30,
                what=f"{said!r} (the banner says {banner.text.text()!r})")  # fmt: skip
    assert banner.retry_button.text() == "Show in Outbox"
    qtbot.mouseClick(banner.retry_button, Qt.MouseButton.LeftButton)
    assert console.window.pages.currentWidget() is console.outbox.page
    entry = console.outbox.page.current()
    assert entry is not None
    assert entry.state == "sent"


def test_accounts_locations_and_employees_are_confirmed(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console, window = harness.console, harness.console.window
    window.resize(1280, 800)

    async def scenario() -> None:
        harness.sign_in(qtbot)
        keys = Keys(worktime_key("full", "enterprise"), WORKTAPS_KEY, WORQ_PARTNER_KEY)
        console.connect(sandbox_profile(sandbox, "Office"), keys)
        accounts = console.accounts.page
        await until(lambda: accounts.model.rowCount() > 0, within=30, what="the accounts")

        window.show_page(window.pages.indexOf(accounts))
        qtbot.mouseClick(accounts.new_button, Qt.MouseButton.LeftButton)
        form = the_form(accounts, AccountForm)
        assert isinstance(form, AccountForm)
        fill_new(form, qtbot)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not form.isVisible(), within=30, what="WorkTaps to accept")
        selected = accounts.view.currentIndex()
        assert selected.isValid()
        account = accounts.model.row(selected.row())
        assert (account.first_name, account.last_name) == ("Grace", "Hopper")
        await confirmed(qtbot, console, "Account Grace Hopper created in WorkTaps.")

        places = console.accounts.places
        window.show_page(window.pages.indexOf(places))
        qtbot.mouseClick(places.new_button, Qt.MouseButton.LeftButton)
        where = the_form(places, LocationForm)
        assert isinstance(where, LocationForm)
        qtbot.keyClicks(where.inputs["name"], "Pop-up Store")
        qtbot.mouseClick(where.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not where.isVisible(), within=30, what="WorkTaps to accept")
        chosen = places.location_view.currentIndex()
        assert chosen.isValid()
        assert places.locations.row(chosen.row()).name == "Pop-up Store"
        await confirmed(qtbot, console, "Location Pop-up Store saved.")

        directory = console.directory.page
        window.show_page(window.pages.indexOf(directory))
        await until(lambda: directory.model.rowCount() > 0, within=30, what="the directory")
        qtbot.mouseClick(directory.new_button, Qt.MouseButton.LeftButton)
        await until(lambda: isinstance(console.directory.opened, EmployeeForm),
                    what="the employee form")  # fmt: skip
        person = console.directory.opened
        assert isinstance(person, EmployeeForm)
        qtbot.keyClicks(person.name, "Grace Hopper")
        qtbot.keyClicks(person.email, "grace.hopper@worktime.example")
        person.department.setCurrentIndex(person.department.findData("dept_02"))
        qtbot.mouseClick(person.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: not person.isVisible(), within=30, what="WorkTime One to accept")
        await until(lambda: directory.current() is not None
                    and directory.current().worktime is not None  # type: ignore[union-attr]
                    and directory.current().worktime.name == "Grace Hopper",  # type: ignore[union-attr]
                    within=30, what="the new employee selected")  # fmt: skip
        await confirmed(qtbot, console, "Employee Grace Hopper created in WorkTime One.")
        await harness.close()

    qloop.run_until_complete(scenario())
