"""The directory over a hand-filled store, without any service: the table, its filter and
search, writes that wait in the outbox, and the salary behind the manager's PIN."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.api import Account, Employee, WorqEmployee
from desktop.messages import Message, MessageBus
from desktop.services.managers import ManagerDirectory
from desktop.services.session import Session
from desktop.store import AccountCache, Database, PeopleCache, WorqCache
from desktop.tasks import TaskRunner
from desktop.ui.accounts.controller import AccountsController
from desktop.ui.directory.controller import DirectoryController, pin_checker
from desktop.ui.directory.employee_form import EmployeeForm
from desktop.ui.session_signals import SessionSignals
from tests.helpers.waiting import until

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
MANAGER = "Ana Ruiz"


def desk_over(db: Database, runner: TaskRunner) -> DirectoryController:
    """The directory on a session over ``db`` with nothing connected, at ``NOW``."""
    session = Session(db, runner, now=lambda: NOW)
    signals = SessionSignals(session)
    return DirectoryController(
        session, signals, runner, AccountsController(session, signals, runner)
    )


@pytest.fixture
def db(tmp_path: Path) -> Database:
    made = Database(tmp_path / "cache.sqlite3")
    yield made  # type: ignore[misc]
    made.close()


@pytest.fixture
def messages() -> list[Message]:
    return []


@pytest.fixture
def directory(
    db: Database, qtbot: QtBot, messages: list[Message], qloop: asyncio.AbstractEventLoop
) -> DirectoryController:
    bus = MessageBus()
    bus.subscribe(messages.append)
    made = desk_over(db, TaskRunner(bus))
    made.session.sign_in(MANAGER)
    qtbot.addWidget(made.page)
    fill(db)
    made.page.show()  # reads the store on a worker thread
    qloop.run_until_complete(until(lambda: len(made.page.people) == 3, what="the directory"))
    return made


def fill(db: Database) -> None:
    PeopleCache(db).save_employees([
        Employee(id="emp_010001", name="Ada Lovelace", email="ada@acme.example",
                 department="Sales", department_id="dept_01", salary=90000),
        Employee(id="emp_010002", name="Bob Stone", email="bob@acme.example",
                 department="Finance", department_id="dept_02", status="inactive"),
    ], NOW)  # fmt: skip
    AccountCache(db).save_accounts([
        Account.model_validate({"id": 5001, "firstName": "Ada", "lastName": "Lovelace",
                                "email": "ada@acme.example", "employeeId": "10001",
                                "phone": "+12122345678", "department": {"id": "201",
                                                                       "name": "Sales"}}),
    ], NOW)  # fmt: skip
    WorqCache(db).upsert_many([
        WorqEmployee(employee_id="10001", first_name="Ada", last_name="Lovelace",
                     email="ada@acme.example", phone="(212) 234-5678", department="Sales",
                     status="active"),
        WorqEmployee(employee_id="10002", first_name="Bob", last_name="Stone",
                     email="bob@acme.example", phone="(212) 234-5679", department="Finance",
                     status="active", designation="Clerk", date_of_joining=date(2025, 3, 1)),
        WorqEmployee(employee_id="10003", first_name="Cy", last_name="Young",
                     email="cy@acme.example", department="Finance", status="active",
                     designation="Analyst", date_of_joining=date(2026, 1, 5)),
    ], NOW)  # fmt: skip


def test_the_table_filters_and_searches(directory: DirectoryController, qtmodeltester: ModelTester,
                                        qtbot: QtBot) -> None:  # fmt: skip
    page = directory.page
    assert [p.name for p in page.model.rows()] == ["Ada Lovelace", "Bob Stone", "Cy Young"]
    qtmodeltester.check(page.model)
    assert page.count.text() == "3 of 3 people · 2 with disagreements"
    page.only_problems.setChecked(True)
    assert [p.name for p in page.model.rows()] == ["Bob Stone", "Cy Young"]
    assert page.model.data(page.model.index(0, 1)) == "⚠ No WorkTaps account; Status differs"
    page.only_problems.setChecked(False)
    page.search.setText("not in workTime")
    page.apply()
    assert [p.name for p in page.model.rows()] == ["Cy Young"]
    page.view.selectRow(0)
    assert "Not in WorkTime One" in page.details.text()
    assert page.new_button.isEnabled()
    assert page.create_account_button.isEnabled()
    assert not page.edit_button.isEnabled()
    assert not page.terminate_button.isEnabled()
    page.set_writable("WorkTime One: this key can only read.")
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip() == "WorkTime One: this key can only read."
    assert page.create_account_button.isEnabled()  # WorkTaps may still write
    page.set_writable(None, "WorkTaps: this key can only read.")
    assert page.new_button.isEnabled()
    assert not page.create_account_button.isEnabled()


def test_offline_a_new_employee_from_worq_waits_in_the_outbox(
    directory: DirectoryController, qtbot: QtBot, messages: list[Message]
) -> None:
    page = directory.page
    page.search.setText("cy young")
    page.apply()
    page.view.selectRow(0)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = directory.opened
    assert isinstance(form, EmployeeForm)
    # Prefilled from WorQ; the department matched by name.
    assert (form.name.text(), form.email.text(), form.position.text()) == (
        "Cy Young", "cy@acme.example", "Analyst")  # fmt: skip
    assert form.department.currentData() == "dept_02"
    assert form.start_date.text() == "2026-01-05"
    assert form.salary.text() == ""
    qtbot.keyClicks(form.salary, "52000")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    [entry] = directory.session.outbox.entries()
    assert (entry.kind, entry.state, entry.payload["salary"]) == (
        "employee_create",
        "queued",
        52000,
    )
    [row] = directory.session.audit.rows()
    assert (row.action, row.subject) == ("employee_create.queued", "employee/cy@acme.example")
    assert "salary" not in row.payload
    assert row.payload["salary_given"] is True
    assert [m.text for m in messages] == [
        "WorkTime One is not connected: the change waits in the outbox and goes out later."
    ]


def test_a_form_refuses_on_its_fields_before_sending(directory: DirectoryController,
                                                      qtbot: QtBot) -> None:  # fmt: skip
    form = directory.new_employee()
    assert form is not None
    qtbot.keyClicks(form.email, "BOB@acme.example")
    qtbot.keyClicks(form.salary, "a lot")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    shown = {name: label.text() for name, label in form.errors.items() if label.isVisibleTo(form)}
    assert shown == {
        "name": "Enter the employee's name.",
        "email": "Another WorkTime One employee already has this email address.",
        "department_id": "Choose a department.",
        "salary": "Enter the salary as an amount, like 65000.",
    }
    assert directory.session.outbox.entries() == []


def test_the_salary_shows_only_after_the_signed_in_managers_pin(
    directory: DirectoryController, tmp_path: Path, qtbot: QtBot
) -> None:
    managers = ManagerDirectory(tmp_path / "managers.json", lambda: b"p" * 32)
    managers.create(MANAGER, "2468")
    directory.check_pin = pin_checker(managers)
    current = Employee(id="emp_010001", name="Ada Lovelace", email="ada@acme.example",
                       department="Sales", department_id="dept_01", salary=90000)  # fmt: skip
    form = directory._employee_form(current)
    assert form is not None
    assert form.salary.text() == ""  # not even loaded
    assert form.salary.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(form.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.pin, "1357")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert not form.salary_shown()
    assert form.errors["salary"].isVisibleTo(form)
    qtbot.keyClicks(form.pin, "2468")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert form.salary_shown()
    assert form.salary.text() == "90000"
    # Hidden again, the current salary leaves the screen; nothing changed is sent.
    qtbot.mouseClick(form.reveal_button, Qt.MouseButton.LeftButton)
    assert form.salary.text() == ""
    assert form.draft().salary == ""
    # Someone else signs in: the reveal no longer works for the form's manager.
    directory.session.sign_in("Somebody Else")
    qtbot.mouseClick(form.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.pin, "2468")
    qtbot.keyClick(form.pin, Qt.Key.Key_Return)
    assert not form.salary_shown()
    assert form.errors["salary"].text() == "Sign in again to reveal the salary."


def test_before_any_worq_import_nobody_is_called_missing_from_worq(
    db: Database, qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    directory = desk_over(db, TaskRunner(MessageBus()))
    qtbot.addWidget(directory.page)
    PeopleCache(db).save_employees(
        [Employee(id="emp_010003", name="Cy Young", email="cy@acme.example")], NOW
    )
    directory.page.show()
    qloop.run_until_complete(until(lambda: len(directory.page.people) == 1, what="the row"))
    assert directory.page.count.text() == "1 of 1 people · 0 with disagreements"
    assert directory.page.hint.isVisible()
    assert "No WorkTaps records yet" in directory.page.hint.text()
    assert "No WorQ records yet (import it with Console › Import from WorQ…)" in (
        directory.page.hint.text()
    )
