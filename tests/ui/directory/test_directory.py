"""The directory through the console against the sandbox, as a manager uses it."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.services.directory.people import PROBLEM_TITLES
from desktop.ui import theme
from desktop.ui.accounts.account_form import AccountForm
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.accounts.terminate import TerminateDialog
from desktop.ui.directory.controller import DirectoryController
from desktop.ui.directory.employee_form import EmployeeForm
from desktop.ui.directory.page import DirectoryPage
from desktop.ui.session_signals import SessionSignals
from desktop.ui.widgets.confirm import ConfirmDialog
from tests.helpers.desk import MANAGER, PIN, Desk, close_desk, open_desk
from tests.helpers.store_pages import StorePages
from tests.helpers.taps_forms import flagged
from tests.helpers.waiting import until

NEW_EMAIL = "grace.hopper@acme.example"
DISAGREEMENTS = 1  # the column


Scenario = Callable[[Desk], Awaitable[None]]
OnDesk = Callable[[Scenario], None]


@pytest.fixture
def on_desk(
    qloop: asyncio.AbstractEventLoop,
    pages: StorePages,
    signals: SessionSignals,
    sandbox: SandboxServer,
    qtbot: QtBot,
) -> OnDesk:
    """Runs a scenario on the console's desk (data, accounts, directory) opened on the sandbox."""
    session = pages.session
    taps = AccountsController(session, signals, session.runner)
    directory = DirectoryController(session, signals, session.runner, taps)
    qtbot.addWidget(directory.page)
    directory.page.resize(1280, 800)
    directory.page.show()

    def run(scenario: Scenario) -> None:
        async def go() -> None:
            desk = await open_desk(pages, taps, directory, sandbox)
            try:
                await scenario(desk)
            finally:
                await close_desk(desk)

        qloop.run_until_complete(go())

    return run


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(page: DirectoryPage, email: str) -> None:
    person = page.person_with(email)
    assert person is not None, email
    page.search.clear()
    page.only_problems.setChecked(False)
    page.apply()
    assert page.select(person)


async def opened(directory: DirectoryController, kind: type, before: object = None) -> object:
    await until(
        lambda: isinstance(directory.opened, kind) and directory.opened is not before
        and directory.opened.isVisible(),
        what=f"a {kind.__name__}",
    )  # fmt: skip
    return directory.opened


def typed(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_create_edit_delete_and_restore_an_employee_as_a_manager_does(
    qtbot: QtBot, on_desk: OnDesk
) -> None:
    async def scenario(desk: Desk) -> None:
        directory, page = desk.directory, desk.directory.page
        told: list[str] = []  # the banner's confirmations
        directory.runner.bus.subscribe(lambda message: told.append(message.text))
        page.view.clearSelection()
        page.view.setCurrentIndex(page.model.index(-1, -1))
        click(qtbot, page.new_button)
        form = await opened(directory, EmployeeForm)
        assert isinstance(form, EmployeeForm)
        typed(qtbot, form.name, "Grace Hopper")
        typed(qtbot, form.email, NEW_EMAIL)
        form.department.setCurrentIndex(form.department.findData("dept_02"))
        typed(qtbot, form.position, "Rear Admiral")
        typed(qtbot, form.salary, "71500")
        typed(qtbot, form.start_date, "2026-02-02")
        assert form.salary.echoMode() == QLineEdit.EchoMode.Password  # masked as typed
        click(qtbot, form.save_button)
        await until(lambda: not form.isVisible(), what="WorkTime One to accept")
        made = await desk.employee_by_email(NEW_EMAIL)
        assert made is not None
        assert (made.name, made.department_id, made.position, made.salary) == (
            "Grace Hopper", "dept_02", "Rear Admiral", 71500)  # fmt: skip
        await until(lambda: page.person_with(NEW_EMAIL) is not None, what="the new row")
        assert desk.person(NEW_EMAIL).kinds() == {"missing_in_worktaps", "missing_in_worq"}
        # Edit: the salary is not even loaded until revealed with the manager's PIN.
        select(page, NEW_EMAIL)
        click(qtbot, page.edit_button)
        editor = await opened(directory, EmployeeForm, form)
        assert isinstance(editor, EmployeeForm)
        assert editor.name.text() == "Grace Hopper"
        assert editor.salary.text() == ""
        assert not editor.salary_shown()
        click(qtbot, editor.reveal_button)
        assert editor.pin_row.isVisible()
        qtbot.keyClicks(editor.pin, "1111")
        click(qtbot, editor.pin_button)
        assert editor.errors["salary"].text() == "That PIN is not right."
        assert not editor.salary_shown()
        qtbot.keyClicks(editor.pin, PIN)
        click(qtbot, editor.pin_button)
        assert editor.salary_shown()
        assert editor.salary.text() == "71500"
        typed(qtbot, editor.position, "Commodore")
        click(qtbot, editor.save_button)
        await until(lambda: not editor.isVisible(), what="the edit")
        assert told[-1] == "Employee Grace Hopper updated in WorkTime One."
        assert (await desk.worktime.get_employee(made.id)).position == "Commodore"
        assert (await desk.worktime.get_employee(made.id)).salary == 71500  # unchanged
        # Deactivate (a soft delete), then restore.
        select(page, NEW_EMAIL)
        click(qtbot, page.deactivate_button)
        dialog = await opened(directory, ConfirmDialog)
        assert isinstance(dialog, ConfirmDialog)
        click(qtbot, dialog.confirm)
        await until(lambda: not dialog.isVisible(), what="the soft delete")
        assert told[-1] == "Employee Grace Hopper deactivated in WorkTime One."
        assert (await desk.worktime.get_employee(made.id)).status == "deleted"
        await until(lambda: desk.person(NEW_EMAIL).worktime.status == "deleted",  # type: ignore[union-attr]
                    what="the row to show the delete")  # fmt: skip
        select(page, NEW_EMAIL)
        assert page.restore_button.isEnabled()
        assert not page.deactivate_button.isEnabled()
        click(qtbot, page.restore_button)
        again = await opened(directory, ConfirmDialog, dialog)
        assert isinstance(again, ConfirmDialog)
        click(qtbot, again.confirm)
        await until(lambda: not again.isVisible(), what="the restore")
        assert told[-1] == "Employee Grace Hopper restored in WorkTime One."
        assert (await desk.worktime.get_employee(made.id)).status == "active"
        rows = directory.session.audit.rows()
        mine = [r.action for r in reversed(rows) if r.action.startswith("employee_")]
        assert mine == [
            "employee_create.queued", "employee_create.sent",
            "employee_update.queued", "employee_update.sent",
            "employee_delete.queued", "employee_delete.sent",
            "employee_restore.queued", "employee_restore.sent",
        ]  # fmt: skip
        assert {r.manager for r in rows} == {MANAGER}
        assert "71500" not in str([(r.payload, r.before, r.after) for r in rows])
        assert directory.session.audit.verify().ok

    on_desk(scenario)


def test_a_refusal_from_worktime_one_lands_on_its_field(qtbot: QtBot, on_desk: OnDesk) -> None:
    async def scenario(desk: Desk) -> None:
        # Someone else takes the email after the directory last read WorkTime One.
        await desk.worktime.create_employee("Other Person", NEW_EMAIL, "dept_01")
        form = desk.directory.new_employee()
        assert form is not None
        typed(qtbot, form.name, "Grace Hopper")
        typed(qtbot, form.email, NEW_EMAIL)
        form.department.setCurrentIndex(1)
        click(qtbot, form.save_button)
        await until(lambda: form.errors["email"].isVisible(), what="the server's refusal")
        assert form.errors["email"].text() == (
            "Another WorkTime One employee already has this email address."
        )
        assert form.isVisible()
        assert form.name.text() == "Grace Hopper"  # nothing typed is lost
        assert desk.directory.session.outbox.entries()[0].state == "failed"
        assert desk.directory.session.audit.rows()[0].action == "employee_create.failed"

    on_desk(scenario)


def test_the_salary_is_masked_and_cannot_be_revealed_without_a_pin_check(
    qtbot: QtBot, on_desk: OnDesk
) -> None:
    async def scenario(desk: Desk) -> None:
        desk.directory.check_pin = None
        form = desk.directory.new_employee()
        assert form is not None
        qtbot.keyClicks(form.salary, "65000")
        assert form.salary.echoMode() == QLineEdit.EchoMode.Password
        assert form.salary.displayText() != "65000"
        assert not form.reveal_button.isEnabled()
        assert "Sign in" in form.reveal_button.toolTip()
        form.reject()

    on_desk(scenario)


def test_every_seeded_disagreement_shows_in_colour_and_in_words(
    qtbot: QtBot, on_desk: OnDesk, sandbox: SandboxServer
) -> None:
    async def scenario(desk: Desk) -> None:
        page = desk.directory.page
        seeded = sandbox.controls.info()["disagreements"]
        page.only_problems.setChecked(True)
        assert page.model.rowCount() == len({item["email"] for item in seeded})
        for item in seeded:
            page.search.clear()
            qtbot.keyClicks(page.search, item["email"])
            await until(
                lambda e=item["email"]: [p.email() for p in page.model.rows()] == [e],
                what=item["email"],
            )
            index = page.model.index(0, DISAGREEMENTS)
            text = page.model.data(index)
            assert PROBLEM_TITLES[item["kind"]] in text
            assert text.startswith("⚠")
            assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) == theme.color(
                theme.DANGER
            )
            page.view.selectRow(0)
            assert PROBLEM_TITLES[item["kind"]] in page.details.text()
        email_differs = next(i["email"] for i in seeded if i["kind"] == "email_differs")
        assert desk.person(email_differs).match_text() == (
            "WorkTime One by email; WorkTaps by employee id"
        )

    on_desk(scenario)


def test_row_actions_create_the_account_terminate_and_deactivate_a_leaver(
    qtbot: QtBot, on_desk: OnDesk, sandbox: SandboxServer
) -> None:
    async def scenario(desk: Desk) -> None:
        directory, page = desk.directory, desk.directory.page
        seeded = {i["kind"]: i["email"] for i in sandbox.controls.info()["disagreements"]}
        # Create the WorkTaps account from the WorQ record: the form comes prefilled.
        missing = seeded["missing_in_worktaps"]
        select(page, missing)
        hr = desk.person(missing).worq
        assert hr is not None
        click(qtbot, page.create_account_button)
        form = await opened(directory, AccountForm)
        assert isinstance(form, AccountForm)
        assert (form.first_name.text(), form.last_name.text()) == (hr.first_name, hr.last_name)
        assert form.email.text() == missing
        assert form.phone.text().startswith("+1")
        assert form.employee_id.text() == hr.employee_id
        assert form.department.currentIndex() > 0
        assert form.start_date.text() == hr.start_date.isoformat()  # type: ignore[union-attr]
        click(qtbot, form.save_button)
        await until(lambda: not form.isVisible(), what="WorkTaps to accept")
        assert (await desk.worktaps.list_accounts(email=missing)).total == 1
        await until(lambda: "missing_in_worktaps" not in desk.person(missing).kinds(),
                    what="the row to agree")  # fmt: skip
        # A leaver still active: terminate their WorkTaps account (on their exit date)...
        leaver = seeded["leaver_still_active"]
        person = desk.person(leaver)
        assert person.worktaps is not None
        assert person.worktime is not None
        account_id, employee_id = person.worktaps.id, person.worktime.id
        select(page, leaver)
        click(qtbot, page.terminate_button)
        dialog = await opened(directory, TerminateDialog)
        assert isinstance(dialog, TerminateDialog)
        assert dialog.chosen() == person.worq.end_date  # type: ignore[union-attr]
        click(qtbot, dialog.confirm)
        await until(lambda: not dialog.isVisible(), what="the termination")
        assert (await desk.worktaps.list_accounts(email=leaver)).total == 0
        # ... and deactivate them in WorkTime One.
        select(page, leaver)
        click(qtbot, page.deactivate_button)
        confirm = await opened(directory, ConfirmDialog)
        assert isinstance(confirm, ConfirmDialog)
        click(qtbot, confirm.confirm)
        await until(lambda: not confirm.isVisible(), what="the soft delete")
        assert (await desk.worktime.get_employee(employee_id)).status == "deleted"
        await until(lambda: "leaver_still_active" not in desk.person(leaver).kinds(),
                    what="the leaver to be gone")  # fmt: skip
        actions = [r.action for r in reversed(directory.session.audit.rows())]
        assert actions == [
            "account_create.queued", "account_create.sent",
            "account_delete.queued", "account_delete.sent",
            "employee_delete.queued", "employee_delete.sent",
        ]  # fmt: skip
        subjects = {r.subject for r in directory.session.audit.rows()}
        assert {f"account/{account_id}", f"employee/{employee_id}"} <= subjects

    on_desk(scenario)


def test_a_change_queued_offline_is_sent_by_the_loop_and_reaches_the_directory(
    qtbot: QtBot, on_desk: OnDesk
) -> None:
    async def scenario(desk: Desk) -> None:
        directory = desk.directory
        session = directory.session
        connected, session.worktime_sender = session.worktime_sender, None  # offline
        form = directory.new_employee()
        assert form is not None
        typed(qtbot, form.name, "Grace Hopper")
        typed(qtbot, form.email, NEW_EMAIL)
        form.department.setCurrentIndex(1)
        click(qtbot, form.save_button)
        assert not form.isVisible()  # queued: the form closes
        assert directory.session.outbox.entries()[0].state == "queued"
        session.worktime_sender = connected  # back online; no refresh asked for:
        assert connected is not None  # the loop's send alone must reach the directory
        connected.poke()
        await until(lambda: directory.session.outbox.entries()[0].state == "sent", what="the loop")
        await until(
            lambda: (p := directory.page.person_with(NEW_EMAIL)) is not None
            and p.worktime is not None,
            what="the new employee in the directory",
        )  # fmt: skip
        assert await desk.employee_by_email(NEW_EMAIL) is not None

    on_desk(scenario)


def test_a_refused_deactivation_reads_as_one_on_the_outbox_page(
    qtbot: QtBot, on_desk: OnDesk, sandbox: SandboxServer
) -> None:
    async def scenario(desk: Desk) -> None:
        directory, page = desk.directory, desk.directory.page
        person = next(p for p in page.people if p.worktime and p.worktime.status == "active")
        assert person.worktime is not None
        sandbox.controls.fault("status", service="worktime",
                               path=f"/employees/{person.worktime.id}", status=400)  # fmt: skip
        assert page.select(person)
        click(qtbot, page.deactivate_button)
        dialog = await opened(directory, ConfirmDialog)
        assert isinstance(dialog, ConfirmDialog)
        click(qtbot, dialog.confirm)
        outbox = desk.data.session.outbox
        await until(lambda: outbox.entries()[0].state == "failed", what="the refusal")
        shown = desk.data.outbox.page
        shown.reload()
        shown.view.selectRow(0)
        cells = [shown.model.index(0, c).data() for c in range(shown.model.columnCount())]
        assert cells[3:5] == [person.worktime.name, "Deactivate employee"]  # For, Entry
        assert shown.retry_button.isEnabled()
        assert not shown.edit_button.isEnabled()  # no clock-correction form for this entry

    on_desk(scenario)


def test_the_employee_form_marks_what_is_required_and_forgives_as_it_is_fixed(
    qtbot: QtBot, on_desk: OnDesk
) -> None:
    async def scenario(desk: Desk) -> None:
        directory, page = desk.directory, desk.directory.page
        page.view.clearSelection()
        page.view.setCurrentIndex(page.model.index(-1, -1))
        click(qtbot, page.new_button)
        form = await opened(directory, EmployeeForm)
        assert isinstance(form, EmployeeForm)
        marked = {
            label.text() for label in form.findChildren(QLabel) if label.text().endswith(" *")
        }
        assert marked == {"Name *", "Email *", "Department *"}
        click(qtbot, form.save_button)
        assert set(flagged(form.errors)) == {"name", "email", "department_id"}
        start_at = form.start_date.mapTo(form, form.start_date.rect().topLeft()).y()
        qtbot.keyClicks(form.email, "grace")  # not an address yet: still refused
        assert (
            flagged(form.errors)["email"] == "Enter a valid email address, like name@example.com."
        )
        qtbot.keyClicks(form.email, "@acme.example")
        qtbot.keyClicks(form.name, "Grace Hopper")
        assert set(flagged(form.errors)) == {"department_id"}
        assert form.start_date.mapTo(form, form.start_date.rect().topLeft()).y() == start_at
        form.reject()

    on_desk(scenario)
