"""WorkTime One employee writes through the outbox against the sandbox: each lands once
whatever the network does, a refusal lands on its field, and the salary stays out of
the audit log."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from desktop.api import Employee, WorkTimeClient
from desktop.sandbox import SandboxServer, worktime_key
from desktop.services.directory.employees import (
    EmployeeDraft,
    EmployeeService,
    check,
    refusal_on_field,
)
from desktop.services.outbox.registry import CLOCK_KINDS, WORKTIME_KINDS
from desktop.services.outbox.sender import OutboxSender
from desktop.store import AuditLog, Database, Outbox, OutboxEntry

T = TypeVar("T")
MANAGER = "Ana Ruiz"
DRAFT = EmployeeDraft(
    name="Grace Hopper",
    email="grace.hopper@acme.example",
    department_id="dept_02",
    position="Rear Admiral",
    salary="71,500",
    start_date="2026-02-02",
)


class Desk:
    def __init__(self, path: Path, sandbox: SandboxServer) -> None:
        self.sandbox = sandbox
        self.db = Database(path)
        now = sandbox.state.clock.now
        self.outbox, self.audit = Outbox(self.db, now), AuditLog(self.db, now)
        self.cached: list[Employee] = []
        self.statuses: list[tuple[str, str]] = []
        self.service = EmployeeService(
            self.outbox,
            self.audit,
            cache_sink=self.cached.append,
            status_sink=lambda i, s: self.statuses.append((i, s)),
        )

    def run(self, job: Callable[[WorkTimeClient], Awaitable[T]]) -> T:
        async def go() -> T:
            url = self.sandbox.url("worktime")
            async with WorkTimeClient(url, worktime_key("full", "enterprise")) as client:
                return await job(client)

        return asyncio.run(go())

    def send(self, entry: OutboxEntry) -> OutboxEntry:
        async def job(client: WorkTimeClient) -> OutboxEntry:
            sender = OutboxSender(
                self.outbox, self.audit, client, kinds=WORKTIME_KINDS,
                now=self.sandbox.state.clock.now, settle=timedelta(0),
            )  # fmt: skip
            return await self.service.send_now(entry.id, sender)

        return self.run(job)

    def by_email(self, email: str) -> list[Employee]:
        async def job(client: WorkTimeClient) -> list[Employee]:
            return [e async for e in client.iter_employees(status=None) if e.email == email]

        return self.run(job)

    def get(self, employee_id: str) -> Employee:
        return self.run(lambda client: client.get_employee(employee_id))

    def actions(self) -> list[str]:
        return [row.action for row in reversed(self.audit.rows())]

    def audit_text(self) -> str:
        return json.dumps([[r.payload, r.before, r.after] for r in self.audit.rows()], default=str)


@pytest.fixture
def desk(tmp_path: Path, sandbox: SandboxServer) -> Iterator[Desk]:
    made = Desk(tmp_path / "frontdesk.sqlite3", sandbox)
    yield made
    made.db.close()


def drop(sandbox: SandboxServer, method: str, path: str, *, after: bool) -> None:
    sandbox.controls.fault("drop", service="worktime", path=path, method=method, after=after)


def test_clock_kinds_keep_their_name_and_the_worktime_registry_adds_employees() -> None:
    assert list(CLOCK_KINDS) == ["clock_correction"]
    assert set(WORKTIME_KINDS) == {
        "clock_correction", "employee_create", "employee_update", "employee_delete",
        "employee_restore",
    }  # fmt: skip


def test_create_edit_delete_and_restore_land_and_are_audited_without_the_salary(
    desk: Desk,
) -> None:
    sent = desk.send(desk.service.queue_create(DRAFT, MANAGER, "New hire"))
    assert sent.state == "sent"
    [made] = desk.by_email(DRAFT.email)
    assert (made.name, made.department_id, made.salary) == ("Grace Hopper", "dept_02", 71500)
    assert sent.server_id == made.id
    assert desk.cached[-1].id == made.id
    assert desk.cached[-1].salary is None
    edited = replace(DRAFT, name="Grace B. Hopper", salary="80000")
    entry = desk.service.queue_update(made, edited, MANAGER, "Name and pay")
    assert entry is not None
    assert entry.payload["changes"] == {"name": "Grace B. Hopper"}
    assert desk.send(entry).state == "sent"
    fresh = desk.get(made.id)
    assert (fresh.name, fresh.salary) == ("Grace B. Hopper", 80000)
    same = replace(edited, salary="")
    assert desk.service.queue_update(fresh, same, MANAGER, "Nothing") is None
    assert desk.send(desk.service.queue_delete(made.id, "active", MANAGER, "Left")).state == "sent"
    assert desk.get(made.id).status == "deleted"
    assert desk.statuses == [(made.id, "deleted")]
    back = desk.send(desk.service.queue_restore(made.id, "deleted", MANAGER, "Came back"))
    assert back.state == "sent"
    assert desk.get(made.id).status == "active"
    assert desk.actions() == [
        "employee_create.queued", "employee_create.sent",
        "employee_update.queued", "employee_update.sent",
        "employee_delete.queued", "employee_delete.sent",
        "employee_restore.queued", "employee_restore.sent",
    ]  # fmt: skip
    text = desk.audit_text()
    assert "71500" not in text
    assert "80000" not in text
    assert '"salary_given": true' in text
    assert {row.subject for row in desk.audit.rows()[:-2]} == {f"employee/{made.id}"}
    assert desk.audit.verify().ok


def test_refusals_land_on_their_field(desk: Desk) -> None:
    taken = desk.run(lambda c: c.get_employee("emp_010001")).email
    assert taken is not None
    twin = EmployeeDraft(name="Twin", email=taken.upper(), department_id="dept_01")
    failed = desk.send(desk.service.queue_create(twin, MANAGER, "New hire"))
    assert failed.state == "failed"
    assert refusal_on_field(failed) == {
        "email": "Another WorkTime One employee already has this email address."
    }
    nowhere = EmployeeDraft(name="Nobody", email="nobody@acme.example", department_id="dept_99")
    failed = desk.send(desk.service.queue_create(nowhere, MANAGER, "New hire"))
    assert refusal_on_field(failed) == {
        "department_id": "WorkTime One does not know that department. Pick another."
    }
    assert desk.actions()[-1] == "employee_create.failed"


@pytest.mark.parametrize("after", [True, False], ids=["answer lost", "request lost"])
def test_a_lost_create_is_looked_up_and_made_once(desk: Desk, after: bool) -> None:
    drop(desk.sandbox, "POST", "/employees", after=after)
    entry = desk.service.queue_create(DRAFT, MANAGER, "New hire")
    first = desk.send(entry)
    if not after:
        assert first.state == "queued"  # checked: not there, so it goes again
        desk.sandbox.controls.time(advance=60)  # past the backoff
        first = desk.send(entry)
    assert first.state == "sent"
    assert len(desk.by_email(DRAFT.email)) == 1
    assert "employee_create.verified" in desk.actions()


def test_lost_update_delete_and_restore_are_checked_not_resent(desk: Desk) -> None:
    made = desk.get("emp_010002")
    drop(desk.sandbox, "PUT", f"/employees/{made.id}", after=True)
    renamed = EmployeeDraft(name="Renamed Person", email=made.email or "",
                            department_id=made.department_id or "", salary="98765")  # fmt: skip
    entry = desk.service.queue_update(made, renamed, MANAGER, "Rename")
    assert entry is not None
    assert desk.send(entry).state == "sent"
    assert (desk.get(made.id).name, desk.get(made.id).salary) == ("Renamed Person", 98765)
    drop(desk.sandbox, "DELETE", f"/employees/{made.id}", after=True)
    assert desk.send(desk.service.queue_delete(made.id, "active", MANAGER, "Left")).state == "sent"
    drop(desk.sandbox, "PUT", f"/employees/{made.id}", after=True)
    back = desk.service.queue_restore(made.id, "deleted", MANAGER, "Back")
    assert desk.send(back).state == "sent"
    assert desk.get(made.id).status == "active"
    verified = [a for a in desk.actions() if a.endswith(".verified")]
    assert verified == [
        "employee_update.verified",
        "employee_delete.verified",
        "employee_restore.verified",
    ]
    assert "98765" not in desk.audit_text()


def test_check_names_each_field() -> None:
    bad = EmployeeDraft(email="not-an-email", salary="lots", start_date="02/02/2026")
    assert check(bad, departments={"dept_01"}, taken_emails=set()) == {
        "name": "Enter the employee's name.",
        "email": "Enter a valid email address, like name@example.com.",
        "department_id": "Choose a department.",
        "salary": "Enter the salary as an amount, like 65000.",
        "start_date": "Enter the start date as a date, like 2026-02-01.",
    }
    taken = EmployeeDraft(name="A", email="A@x.example", department_id="dept_09", salary="-1")
    assert check(taken, departments={"dept_01"}, taken_emails={"a@x.example"}) == {
        "email": "Another WorkTime One employee already has this email address.",
        "department_id": "That department is not known to WorkTime One. Pick another.",
        "salary": "The salary cannot be negative.",
    }
    fine = EmployeeDraft(name="A", email="a@x.example", department_id="dept_01", salary="65 000.5")
    assert check(fine, departments={"dept_01"}, taken_emails=set()) == {}
    assert check(
        EmployeeDraft(name="A", email="a@x.example", department_id="d", salary="1.234"),
        departments=(),
        taken_emails=(),
    ) == {"salary": "Enter the salary as an amount with at most two decimals, like 65000.50."}
