"""WorkTaps accounts through the console against the sandbox, as a manager uses them."""

from __future__ import annotations

import asyncio
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.api import AccountInput, Meta
from desktop.sandbox import SandboxServer
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.outbox.page import OutboxPage
from tests.helpers.taps_forms import connected, fill_new
from tests.helpers.waiting import until


def test_create_search_edit_and_terminate(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    page = taps.page

    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            total = taps.cache.count("")
            # The sync commits on the store's writer thread; the page hears it on its own
            await until(lambda: page.count.text() == f"{total:,} accounts", what="the count")
            form = taps.new_account()
            assert form is not None
            qtbot.addWidget(form)
            fill_new(form, qtbot, "grace.hopper@acme.example")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: not form.isVisible(), what="WorkTaps to accept")
            found = await client.list_accounts(email="grace.hopper@acme.example")
            assert found.total == 1
            qtbot.keyClicks(page.search, "grace hop")
            await until(lambda: page.model.rowCount() == 1, what="the instant search")
            page.view.selectRow(0)
            assert "grace.hopper@acme.example" in page.details.text()
            # Edit: a new job title.
            editor = taps.edit_account(page.current())  # type: ignore[arg-type]
            assert editor is not None
            qtbot.addWidget(editor)
            editor.job_title.clear()
            qtbot.keyClicks(editor.job_title, "Rear Admiral")
            qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: not editor.isVisible(), what="the edit")
            fresh = await client.get_account(found.items[0].id)
            assert fresh.meta.job_title == "Rear Admiral"
            # Terminate it.
            dialog = taps.terminate(fresh)
            assert dialog is not None
            qtbot.addWidget(dialog)
            qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
            await until(lambda: not dialog.isVisible(), what="the termination")
            assert (await client.list_accounts(email="grace.hopper@acme.example")).total == 0
            rows = taps.session.audit.rows()
            assert [a.action for a in reversed(rows)] == [
                "account_create.queued", "account_create.sent",
                "account_update.queued", "account_update.sent",
                "account_delete.queued", "account_delete.sent",
            ]  # fmt: skip
            assert {a.manager for a in rows} == {"Ana Ruiz"}
            assert taps.session.audit.verify().ok

    qloop.run_until_complete(scenario())


def test_a_refusal_only_the_server_knows_lands_on_its_field(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def scenario() -> None:
        async with connected(taps, sandbox) as client:
            # Someone else takes the email after the console last synced.
            await client.create_account(AccountInput(
                first_name="Other", last_name="Person", email="taken.later@acme.example",
                timezone="America/New_York", role="EMPLOYEE", department="201",
                locations=["301"], meta=Meta(job_title="Clerk", start_date="2026-01-05")))  # type: ignore[arg-type]  # fmt: skip
            form = taps.new_account()
            assert form is not None
            qtbot.addWidget(form)
            fill_new(form, qtbot, "taken.later@acme.example")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
            await until(lambda: form.errors["email"].isVisible(), what="the server's refusal")
            assert form.isVisible()
            assert form.first_name.text() == "Grace"  # nothing typed is lost
            assert taps.session.outbox.entries()[0].state == "failed"
            # The Outbox page says what the failed entry was and for whom.
            shown = OutboxPage(
                taps.session.outbox, ZoneInfo("America/New_York"), str, lambda *_: None
            )
            qtbot.addWidget(shown)
            shown.view.selectRow(0)
            cells = [shown.model.index(0, c).data() for c in range(shown.model.columnCount())]
            assert cells[3:6] == [f"Grace {form.last_name.text()}", "Create WorkTaps account",
                                  "Failed"]  # fmt: skip
            assert not shown.edit_button.isEnabled()  # the account form is where it is fixed

    qloop.run_until_complete(scenario())


def test_server_filters_find_the_dish_washers(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    page = taps.page

    async def scenario() -> None:
        async with connected(taps, sandbox):
            qtbot.keyClicks(page.meta_key, "jobTitle")
            qtbot.keyClicks(page.meta_value, "Dish Washer")
            qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
            await until(lambda: "match the server" in page.count.text(), what="the results")
            rows = page.server_model.rows()
            assert rows
            assert all(a.meta.job_title == "Dish Washer" for a in rows)

    qloop.run_until_complete(scenario())


def test_the_location_filter_asks_the_server_and_shows_who_works_there(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    page = taps.page
    # Demoting a manager of open jobs (40031) is in test_account_form.py's table.

    async def scenario() -> None:
        async with connected(taps, sandbox):
            await until(lambda: page.location.count() == 4, what="the locations to pick")
            cached = taps.cache.accounts("", offset=0, limit=1000)
            expected = sorted(a.id for a in cached if "302" in {loc.id for loc in a.locations})
            assert 0 < len(expected) < len(cached)
            before = len(sandbox.controls.requests("worktaps"))
            page.location.setCurrentIndex(page.location.findText("Warehouse"))
            qtbot.mouseClick(page.server_button, Qt.MouseButton.LeftButton)
            await until(lambda: "match the server" in page.count.text(), what="the results")
            asked = sandbox.controls.requests("worktaps")[before:]
            assert [(r["path"], "location=302" in r["query"]) for r in asked] == [
                ("/accounts", True)
            ]
            assert page.view.model() is page.server_model
            assert page.count.text() == f"{len(expected)} accounts match the server's filters"
            column = [c.title for c in page.server_model.columns].index("Locations")
            shown = [
                page.server_model.index(row, column).data()
                for row in range(page.server_model.rowCount())
            ]
            assert len(shown) == len(expected)
            assert all("Warehouse" in text for text in shown)
            assert sorted(a.id for a in page.server_model.rows()) == expected
            page.view.selectRow(0)
            assert "<b>Locations</b>: Warehouse" in page.details.text()
            assert page.terminate_button.isEnabled()
            qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
            assert page.view.model() is page.model

    qloop.run_until_complete(scenario())
