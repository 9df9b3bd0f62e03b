"""Server text is text: names that are markup, put into WorkTime One through its API, show
as the letters they are on every page and dialog that shows them, never as rich text."""

from __future__ import annotations

import asyncio
from html import escape

import httpx
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.api import AccountInput, WorkTapsClient
from desktop.api.models import Account
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.ui import theme
from desktop.ui.accounts import page as accounts_page
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.reports.charts import bar_chart, chart_view
from desktop.ui.widgets.plain import PlainLabel, plain_tip, rich_label
from tests.helpers.store_pages import StorePages, start, stop
from tests.helpers.taps_forms import connected
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY, data_of

RED = '<span style="color:red">SESSION EXPIRED</span>'
IMAGE = '<img src="//127.0.0.1/share/x.png">'
LINK = '<a href="file:///etc/passwd">y</a>'
HOSTILE = (RED, IMAGE, LINK)


def reds(image: QImage) -> int:
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if (c := QColor(image.pixel(x, y))).red() > 200 and c.green() < 80 and c.blue() < 80
    )


def markup_shown() -> list[str]:
    """Every place on screen where a hostile string would be taken for markup."""
    found = []
    for widget in QApplication.allWidgets():
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            found += [f"{where}: {h}" for h in HOSTILE if h in widget.text()]
        if QtGui.mightBeRichText(widget.toolTip()):
            found += [f"{where} tooltip: {h}" for h in HOSTILE if h in widget.toolTip()]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount to itself: one column
                columns = 1
            for row in range(min(model.rowCount(QModelIndex()), 300)):
                for column in range(columns):
                    tip = model.data(
                        model.index(row, column, QModelIndex()), Qt.ItemDataRole.ToolTipRole
                    )
                    if isinstance(tip, str) and QtGui.mightBeRichText(tip):
                        found += [f"{where} cell tooltip: {h}" for h in HOSTILE if h in tip]
    return found


def test_hostile_names_show_as_their_letters_everywhere(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, pages: StorePages, sandbox: SandboxServer
) -> None:
    with httpx.Client(
        base_url=sandbox.url("worktime"), headers={"Authorization": f"Bearer {FULL_KEY}"}
    ) as http:
        employees = data_of(http.get("/employees", params={"limit": 100, "status": "active"}))
        renamed = [e["id"] for e in employees[: len(HOSTILE)]]
        for employee_id, name in zip(renamed, HOSTILE, strict=True):
            data_of(http.put(f"/employees/{employee_id}", json={"name": name}))

    async def scenario() -> None:
        await start(pages, sandbox)
        await until(
            lambda: any(p.name == RED for p in pages.today.page.board.people),  # type: ignore[union-attr]
            what="the renamed people on the board",
        )
        for employee_id in renamed:
            dialog = pages.today.open_person(employee_id)
            qtbot.addWidget(dialog)
            dialog.show()
        assert markup_shown() == []
        await stop(pages)

    qloop.run_until_complete(scenario())


def test_our_own_markup_escapes_what_a_server_sent(qtbot: QtBot) -> None:
    account = Account.model_validate(
        {"id": 7, "first_name": RED, "last_name": IMAGE, "email": "a@example.com",
         "city": LINK}
    )  # fmt: skip
    label = rich_label(accounts_page.details(account))
    qtbot.addWidget(label)
    label.resize(700, 400)
    assert RED not in label.text()
    assert escape(RED) in label.text()
    assert reds(label.grab().toImage()) == 0
    assert plain_tip(RED) == QtGui.convertFromPlainText(RED)
    assert plain_tip("Ana") == "Ana"


def test_a_plain_label_and_a_chart_draw_the_letters(qtbot: QtBot) -> None:
    label = PlainLabel(RED)
    qtbot.addWidget(label)
    label.resize(400, 60)
    assert reds(label.grab().toImage()) == 0
    assert label.text() == RED
    view = chart_view(bar_chart("late_most", [RED, "Ana"], [3.0, 1.0], "Late", theme.CHART_HOURS))
    qtbot.addWidget(view)
    view.resize(500, 300)
    assert reds(view.grab().toImage()) == 0


def test_a_worktaps_name_that_is_markup_stays_letters_on_the_accounts_page(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, taps: AccountsController, sandbox: SandboxServer
) -> None:
    async def rename() -> tuple[int, str]:
        async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as client:
            account = (await client.list_accounts(limit=1)).items[0]
            changes = AccountInput(first_name=RED, last_name=IMAGE)
            await client.update_account(account.id, changes)
            return account.id, account.email or ""

    async def scenario() -> None:
        account_id, email = await rename()
        async with connected(taps, sandbox):
            qtbot.keyClicks(taps.page.search, email)
            await until(lambda: taps.page.model.rowCount() == 1, what="the renamed account")
            taps.page.view.selectRow(0)
            assert escape(RED) in taps.page.details.text()
            current = taps.page.current()
            assert current is not None
            assert current.id == account_id
            dialog = taps.terminate(current)
            assert dialog is not None
            qtbot.addWidget(dialog)
            dialog.show()
            assert markup_shown() == []
            assert reds(taps.page.details.grab().toImage()) == 0
            dialog.reject()

    qloop.run_until_complete(scenario())
