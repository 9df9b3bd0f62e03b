"""What a screen reader says: every focusable widget on every page and in every dialog of
the console has a name (read through Qt's accessibility interfaces, as a screen reader
reads it), and every table tells its column headers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import AppPaths
from desktop.sandbox import SandboxServer
from tests.helpers.accessibility import column_headers, tables, unnamed
from tests.helpers.console import Harness
from tests.helpers.waiting import until


def test_every_focusable_widget_has_a_name_and_every_table_its_headers(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    window = console.window
    missing: list[str] = []
    headless: list[str] = []

    def check(what: str, root: QWidget) -> None:
        missing.extend(f"{what}: {w}" for w in unnamed(root) if f"{what}: {w}" not in missing)
        for view in tables(root):
            if view.horizontalHeader().isHidden():
                continue  # a totals row under its table, which it lines up with
            headers = column_headers(view)
            model = view.model()
            if not headers or any(not h for h in headers) or len(headers) != model.columnCount():
                headless.append(f"{what}: {view.accessibleName()} {headers} {model.columnCount()}")

    def dialog(what: str, open_it: Callable[[], QDialog | None]) -> None:
        opened = open_it()
        assert opened is not None, what
        check(what, opened)
        opened.reject()

    async def scenario() -> None:
        check("sign-in (first manager)", window)
        page = await harness.on_attendance(qtbot, sandbox)
        await until(lambda: console.accounts.cache.count("") > 50, within=30, what="accounts")
        for index in range(window.pages.count()):
            window.show_page(index)
            await asyncio.sleep(0.05)
            if index == window.pages.indexOf(console.reports.page):
                await until(lambda: console.reports.page.report, within=30, what="the report")
            check(window.sidebar.item(index).text(), window.pages.currentWidget())
        check("the window", window)
        assert column_headers(page.view) == [c.title for c in page.model.columns]
        dialog("correction", lambda: console.attendance.open_correction([]))
        row = page.model.row(0)
        dialog("person's day", lambda: console.today.open_person(row.employee_id))
        accounts = console.accounts
        dialog("account form", accounts.new_account)
        account = accounts.cache.accounts("")[0]
        dialog("account form (edit)", lambda: accounts.edit_account(account))
        dialog("terminate", lambda: accounts.terminate(account))
        dialog("location form", lambda: accounts.location_form(None))
        directory = console.directory
        dialog("employee form", directory.new_employee)
        await until(lambda: directory.page.people, within=30, what="the directory")
        person = next(p for p in directory.page.people if p.worktime is not None)
        dialog("deactivate", lambda: directory.deactivate(person))
        dialog("connection setup", console.open_setup)
        dialog("settings", console.open_settings)
        dialog("log", console.open_log)
        dialog("WorQ import", console.open_worq_import)
        dialog("share", console.team.open_share)
        window.lock_action.trigger()
        check("sign-in", window)
        assert missing == [], "no accessible name:\n" + "\n".join(missing)
        assert headless == [], "tables without their headers:\n" + "\n".join(headless)
        await harness.close()

    qloop.run_until_complete(scenario())
