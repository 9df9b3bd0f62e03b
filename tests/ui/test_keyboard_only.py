"""The README's tasks without a mouse: keys typed into whatever has the focus, as a
person at the keyboard would, never a click or a call on a widget. The forgotten
clock-out corrected and sent, and a new WorkTaps account made and listed."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.demo import sandbox_profile
from desktop.paths import AppPaths
from desktop.sandbox import WORKTAPS_KEY, SandboxServer, worktime_key
from desktop.services.connections import Keys
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.attendance.correction import CorrectionDialog
from tests.helpers.accessibility import where
from tests.helpers.console import Harness
from tests.helpers.waiting import until

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)


def type_in(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(target: QWidget, most: int = 40) -> None:
    """Tab until ``target`` has the focus; fails naming the stops on the way."""
    stops = []
    for _ in range(most):
        if focused() is target or target.isAncestorOf(focused()):
            return
        stops.append(where(focused()))
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {where(target)}:\n" + "\n".join(stops))


async def back_in(window: QWidget) -> None:
    """The window active again once its dialog closed, as the window manager does (the
    offscreen platform leaves no window active)."""
    window.activateWindow()
    await until(lambda: QApplication.activeWindow() is window, what="the window active")
    await until(lambda: QApplication.focusWidget() is not None, what="a focus")


def shown_dialog(kind: type[QDialog], over: QWidget) -> QDialog:
    (dialog,) = [d for d in over.findChildren(kind) if d.isVisible()]
    return dialog


def test_a_forgotten_clock_out_is_corrected_and_an_account_made_with_the_keyboard_only(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot, paths: AppPaths, sandbox: SandboxServer
) -> None:
    harness = Harness(paths, qtbot, now=sandbox.state.clock.now)
    console = harness.console
    window = console.window

    async def scenario() -> None:
        harness.sign_in(qtbot)
        keys = Keys(worktime_key("readwrite", "enterprise"), WORKTAPS_KEY)  # type: ignore[arg-type]
        console.connect(sandbox_profile(sandbox, "Office"), keys)
        await back_in(window)

        # Attendance: problems only, a forgotten clock-out, corrected to 18:00.
        key(Qt.Key.Key_3, CTRL)
        page = console.attendance.page
        assert window.pages.currentWidget() is page
        await until(lambda: len(page.model.rows()) > 10, within=30, what="the attendance rows")
        tab_to(page.problems_only)
        key(Qt.Key.Key_Space)
        assert page.problems_only.isChecked()
        tab_to(page.view)
        for _ in range(page.model.rowCount()):
            current = page.view.currentIndex()
            if current.isValid() and page.model.row(current.row()).problem == "no_clock_out":
                break
            key(Qt.Key.Key_Down)
        row = page.model.row(page.view.currentIndex().row())
        assert row.problem == "no_clock_out"
        key(Qt.Key.Key_Return)
        dialog = shown_dialog(CorrectionDialog, window)
        assert isinstance(dialog, CorrectionDialog)
        await until(lambda: dialog.isAncestorOf(QApplication.focusWidget()), what="focus in")
        assert dialog.kind.currentData() == "clock_out"
        tab_to(dialog.time)
        type_in("18:00")
        assert dialog.time.time().toString("HH:mm") == "18:00"
        key(Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible()
        await back_in(window)
        assert focused() is page.view  # back on the row corrected
        banner = window.banner
        await until(lambda: ": sent " in banner.text.text(), within=30, what="sent")
        assert banner.text.text().startswith(f"Clock-out 18:00 for {row.name}")
        key(Qt.Key.Key_8, CTRL)
        outbox = console.outbox.page
        assert window.pages.currentWidget() is outbox
        await until(lambda: outbox.model.rowCount() == 1, what="the outbox's entry")
        assert outbox.model.row(0).state == "sent"

        # Accounts: the new-account form, filled field by field.
        key(Qt.Key.Key_6, CTRL)
        accounts = console.accounts
        assert window.pages.currentWidget() is accounts.page
        await until(lambda: accounts.cache.count("") > 50, within=30, what="the accounts")
        await until(lambda: accounts.cache.locations(), within=30, what="the locations")
        key(Qt.Key.Key_N, ALT)  # the button's underlined letter: it is pressed a moment later
        await until(lambda: any(f.isVisible() for f in window.findChildren(AccountForm)),
                    what="the account form")  # fmt: skip
        form = shown_dialog(AccountForm, window)
        assert isinstance(form, AccountForm)
        await until(lambda: focused() is form.first_name, what="the first field focused")
        type_in("Kay")
        key(Qt.Key.Key_Tab)
        type_in("Keys")
        key(Qt.Key.Key_Tab)
        type_in("kay.keys@acme.example")
        tab_to(form.timezone)
        type_in("America/New_York")
        tab_to(form.role)
        type_in("Employee")
        assert form.role.currentData() == "EMPLOYEE"
        tab_to(form.department)
        key(Qt.Key.Key_Down)  # the first department (Space would open the list)
        assert form.department.currentIndex() == 1
        tab_to(form.locations)
        key(Qt.Key.Key_Space)
        ticked = form.locations.currentItem()
        assert ticked is not None
        assert ticked.checkState() == Qt.CheckState.Checked
        tab_to(form.job_title)
        type_in("Typist")
        tab_to(form.start_date)
        type_in("2026-01-05")
        key(Qt.Key.Key_Return)
        await until(lambda: not form.isVisible(), within=30, what="WorkTaps to take it")
        await until(lambda: accounts.cache.accounts("kay keys"), what="the account listed")
        names = [accounts.page.view.model().index(r, 0).data()
                 for r in range(accounts.page.view.model().rowCount())]  # fmt: skip
        assert any("Keys" in str(n) and "Kay" in str(n) for n in names), names
        await harness.close()

    qloop.run_until_complete(scenario())
