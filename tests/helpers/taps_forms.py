"""Helpers for the WorkTaps pages' tests: the pages on the sandbox, and a person's hands on
the forms (typing, erasing, ticking a box, typing into a table cell)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.api import WorkTapsClient
from desktop.sandbox import WORKTAPS_KEY, SandboxServer
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.accounts.terminate import TerminateDialog
from tests.helpers.waiting import until

WRITES = ("POST", "PUT", "DELETE")
MANAGER_OF_OPEN_JOB = 5002  # seeded: manages the open job "Saturday inventory"


@asynccontextmanager
async def connected(
    pages: AccountsController, sandbox: SandboxServer
) -> AsyncIterator[WorkTapsClient]:
    """The pages on the sandbox, synced; stopped after."""
    async with WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY) as client:
        pages.session.use_worktaps(client)
        await until(lambda: pages.cache.count("") > 100, what="the accounts")
        await until(lambda: pages.cache.locations(), what="the locations")
        # The sync commits on the store's writer thread; the pages redraw once they hear it
        total, places = pages.cache.count(""), len(pages.cache.locations())
        await until(lambda: pages.page.count.text() == f"{total:,} accounts", what="the count")
        await until(lambda: pages.places.locations.rowCount() == places, what="the places")
        try:
            yield client
        finally:
            await pages.session.stop()


def writes(sandbox: SandboxServer, since: int = 0) -> list[dict[str, Any]]:
    """The writes WorkTaps received after request ``since`` (method, path, status)."""
    return [r for r in sandbox.controls.requests("worktaps", since=since) if r["method"] in WRITES]


def last_seq(sandbox: SandboxServer) -> int:
    seen = sandbox.controls.requests("worktaps")
    return int(seen[-1]["seq"]) if seen else 0


def flagged(errors: dict[str, QLabel]) -> dict[str, str]:
    """The fields whose error line a person sees, and what it says."""
    return {name: label.text() for name, label in errors.items() if label.isVisible()}


def erase(qtbot: QtBot, field: QWidget) -> None:
    """Select everything in the box and delete it, as a person would."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    erase(qtbot, field)
    qtbot.keyClicks(field, text)


def tick(qtbot: QtBot, boxes: QListWidget, name: str) -> None:
    """Click the check box of the list item of that name (checks it, or clears it)."""
    found = boxes.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(found) == 1, f"no single {name!r} in the list"
    item = found[0]
    before = item.checkState()
    option = QStyleOptionViewItem()
    option.initFrom(boxes)
    option.rect = boxes.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = boxes.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, boxes
    )
    qtbot.mouseClick(boxes.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert item.checkState() != before, "the click missed the check box"


def type_in_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click a cell, type, press Tab (which commits at once; Enter commits later)."""
    where = table.visualRect(table.model().index(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editors = [
        e
        for e in table.viewport().findChildren(QLineEdit)
        if e.isVisible() and e.geometry().contains(QPoint(where))
    ]
    assert editors, "no cell editor opened"
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Tab)


def fill_new(form: AccountForm, qtbot: QtBot, email: str = "grace.hopper@acme.example") -> None:
    """A new account WorkTaps accepts, typed in."""
    qtbot.keyClicks(form.first_name, "Grace")
    qtbot.keyClicks(form.last_name, "Hopper")
    qtbot.keyClicks(form.email, email)
    qtbot.keyClicks(form.phone, "(202) 234-5678")
    qtbot.keyClicks(form.state, "DC")
    qtbot.keyClicks(form.postal, "20001")
    retype(qtbot, form.timezone.lineEdit(), "New York")  # as a person looks one up
    form.timezone.setCurrentText(form.timezone.completer().currentCompletion())
    form.role.setCurrentIndex(form.role.findData("EMPLOYEE"))
    form.department.setCurrentIndex(form.department.findData("201"))
    tick(qtbot, form.locations, "Headquarters")
    qtbot.keyClicks(form.job_title, "Engineer")
    qtbot.keyClicks(form.start_date, "2026-02-02")


def refuse_termination(
    taps: AccountsController, sandbox: SandboxServer, qtbot: QtBot, message: str
) -> TerminateDialog:
    """WorkTaps told to refuse terminating the manager of an open job with its 40031 and
    ``message`` (its contract's DELETE never answers it: fault injection), then that
    manager's termination confirmed. Answers the dialog, waiting for WorkTaps."""
    sandbox.controls.fault(
        "malformed", service="worktaps", method="DELETE",
        path=f"/account/{MANAGER_OF_OPEN_JOB}", status=400, content_type="application/json",
        body=json.dumps({"code": 40031, "message": message}),
    )  # fmt: skip
    held = taps.cache.get(MANAGER_OF_OPEN_JOB)
    assert held is not None
    dialog = taps.terminate(held)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    return dialog
