"""WorkTime One employees from the directory: a draft checked before sending, queued in
the outbox with its audit row, and the vendor's refusals on the field they concern.

``check`` refuses what WorkTime One would refuse (a missing name, email or
department; an email that is not one, or that another employee has; a salary that is
not a positive amount; a start date that is not a date), each on its field.
``EmployeeService.queue_*`` commits the outbox entry and its audit row in one
transaction; ``send_now`` asks the WorkTime One sender to send it at once, so a form
can show the answer, and ``refusal_on_field`` puts a refusal under its field.

The salary goes to WorkTime One and into the outbox entry that sends it, nowhere
else: the audit log says only that one was given, and the cache never holds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol
from uuid import uuid4

from desktop.api import Employee
from desktop.services.outbox.kinds import employee as employee_kinds
from desktop.services.outbox.kinds.employee import FIELDS, employee_json, money
from desktop.services.outbox.queueing import queue_write
from desktop.store import AuditLog, Outbox, OutboxEntry
from desktop.words import translate

MAX_TEXT = 200  # the service's own limit on a text field
MAX_SALARY = Decimal("100000000")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# The vendor's field (as its errors name it) -> the form's field.
FORM_FIELDS = {f: f for f in (*FIELDS, "salary")} | {"department": "department_id"}
LABELS = {
    "name": "name",
    "email": "email address",
    "department_id": "department",
    "position": "position",
    "salary": "salary",
    "start_date": "start date",
}


class SendsNow(Protocol):
    async def send_entry(self, entry_id: int) -> OutboxEntry: ...


@dataclass(frozen=True, slots=True)
class EmployeeDraft:
    """What the form holds, as typed."""

    name: str = ""
    email: str = ""
    department_id: str = ""
    position: str = ""
    salary: str = ""  # blank: none given (on an edit: unchanged)
    start_date: str = ""


def parse_salary(text: str) -> Decimal | None:
    """``65000``, ``65,000`` or ``65 000.50`` as an amount; None when blank.
    ``ValueError`` when it is not an amount."""
    cleaned = re.sub(r"[\s,]", "", text)
    if not cleaned:
        return None
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not amount.is_finite():
        raise ValueError(text)
    return amount


def check(
    draft: EmployeeDraft,
    *,
    departments: Collection[str],
    taken_emails: Collection[str],
) -> dict[str, str]:
    """Field -> what is wrong, in plain words; empty when the draft may be sent.
    ``departments``: the ids the desk knows (empty: not known, not checked);
    ``taken_emails``: other employees' emails, lower-cased."""
    errors: dict[str, str] = {}
    too_long = {
        "name": translate("EmployeeRules", "Keep the name to {limit} characters."),
        "position": translate("EmployeeRules", "Keep the position to {limit} characters."),
    }
    for name, said in too_long.items():
        if len(getattr(draft, name).strip()) > MAX_TEXT:
            errors[name] = said.format(limit=MAX_TEXT)
    if not draft.name.strip():
        errors["name"] = translate("EmployeeRules", "Enter the employee's name.")
    email = draft.email.strip()
    if not email:
        errors["email"] = translate("EmployeeRules", "Enter an email address.")
    elif not _EMAIL.fullmatch(email) or len(email) > 254:
        errors["email"] = translate(
            "EmployeeRules", "Enter a valid email address, like name@example.com."
        )
    elif email.casefold() in taken_emails:
        errors["email"] = translate(
            "EmployeeRules", "Another WorkTime One employee already has this email address."
        )
    if not draft.department_id:
        errors["department_id"] = translate("EmployeeRules", "Choose a department.")
    elif departments and draft.department_id not in departments:
        errors["department_id"] = translate(
            "EmployeeRules", "That department is not known to WorkTime One. Pick another."
        )
    problem = _salary_problem(draft.salary)
    if problem:
        errors["salary"] = problem
    if draft.start_date.strip():
        try:
            date.fromisoformat(draft.start_date.strip())
        except ValueError:
            errors["start_date"] = translate(
                "EmployeeRules", "Enter the start date as a date, like 2026-02-01."
            )
    return errors


def _salary_problem(text: str) -> str | None:
    try:
        amount = parse_salary(text)
    except ValueError:
        return translate("EmployeeRules", "Enter the salary as an amount, like 65000.")
    if amount is None:
        return None
    if amount < 0:
        return translate("EmployeeRules", "The salary cannot be negative.")
    if amount >= MAX_SALARY or amount.as_tuple().exponent < -2:  # type: ignore[operator]
        return translate(
            "EmployeeRules",
            "Enter the salary as an amount with at most two decimals, like 65000.50.",
        )
    return None


def body_of(draft: EmployeeDraft) -> dict[str, Any]:
    """The fields a create sends (not the salary), blank ones left out."""
    values = {name: getattr(draft, name).strip() for name in FIELDS}
    return {name: value for name, value in values.items() if value}


def changes_of(draft: EmployeeDraft, current: Employee) -> dict[str, Any]:
    """The fields an edit changes (not the salary). A blank position or start date is
    left as it is: WorkTime One has no way to clear one."""
    now = employee_json(current)
    wanted = body_of(draft)
    return {name: value for name, value in wanted.items() if str(now.get(name) or "") != value}


def refusal_on_field(entry: OutboxEntry) -> dict[str, str]:
    """A failed entry's refusal under the form field it concerns (``general`` when the
    vendor named none), in plain words."""
    evidence = entry.evidence or {}
    vendor = evidence.get("field")
    said = str(evidence.get("server_message") or "")
    message = str(
        evidence.get("message")
        or entry.last_error
        or translate("EmployeeRules", "WorkTime One refused it.")
    )
    name = FORM_FIELDS.get(str(vendor)) if vendor else None
    if name is None:
        return {"general": message}
    if name == "email" and "already exists" in said:
        message = (
            translate(
                "EmployeeRules",
                "Another WorkTime One employee already has this email address. "
                "That employee was deleted: restore them from the directory instead.",
            )
            if "deleted" in said
            else translate(
                "EmployeeRules", "Another WorkTime One employee already has this email address."
            )
        )
    elif name == "department_id" and said.startswith("No department"):
        message = translate(
            "EmployeeRules", "WorkTime One does not know that department. Pick another."
        )
    return {name: message}


@dataclass
class EmployeeService:
    outbox: Outbox
    audit: AuditLog
    cache_sink: Callable[[Employee], None] | None = None
    status_sink: Callable[[str, str], None] | None = None
    draft_id: Callable[[], str] = field(default=lambda: uuid4().hex)

    def __post_init__(self) -> None:
        if self.outbox.db is not self.audit.db:
            raise ValueError("the outbox and the audit log must share one database")

    def queue_create(self, draft: EmployeeDraft, manager: str, reason: str) -> OutboxEntry:
        body = body_of(draft)
        payload: dict[str, Any] = {"draft_id": self.draft_id(), "input": body}
        self._add_salary(payload, draft)
        return self._queue(employee_kinds.CREATE, payload, manager, reason, None, body)

    def queue_update(
        self, current: Employee, draft: EmployeeDraft, manager: str, reason: str
    ) -> OutboxEntry | None:
        """None when nothing changes (a salary typed counts as a change)."""
        changes = changes_of(draft, current)
        payload: dict[str, Any] = {"employee_id": current.id, "changes": changes}
        self._add_salary(payload, draft)
        if not changes and "salary" not in payload:
            return None
        now = employee_json(current)
        before = {key: now.get(key) for key in changes}
        payload["before"] = before
        after = {**changes, **({"salary_given": True} if "salary" in payload else {})}
        return self._queue(employee_kinds.UPDATE, payload, manager, reason, before, after)

    def queue_delete(self, employee_id: str, status: str, manager: str, reason: str) -> OutboxEntry:
        """A soft delete: ``queue_restore`` brings the employee back."""
        return self._status(employee_kinds.DELETE, employee_id, status, "deleted", manager, reason)

    def queue_restore(
        self, employee_id: str, status: str, manager: str, reason: str
    ) -> OutboxEntry:
        return self._status(employee_kinds.RESTORE, employee_id, status, "active", manager, reason)

    def _status(
        self, kind: str, employee_id: str, status: str, to: str, manager: str, reason: str
    ) -> OutboxEntry:
        before: dict[str, Any] = {"status": status}
        payload = {"employee_id": employee_id, "before": before}
        return self._queue(kind, payload, manager, reason, before, {"status": to})

    async def send_now(self, entry_id: int, sender: SendsNow) -> OutboxEntry:
        """Send the entry now and return it as it then is; a sent one reaches the cache."""
        entry = await sender.send_entry(entry_id)
        self.settled(entry)
        return entry

    def settled(self, entry: OutboxEntry) -> None:
        """Bring a sent entry's result into the cache (nothing for any other entry)."""
        if entry.state != "sent" or entry.kind not in employee_kinds.KINDS:
            return
        found = (entry.evidence or {}).get("result")
        if not isinstance(found, dict):
            return
        if entry.kind == employee_kinds.DELETE:
            if self.status_sink is not None:
                self.status_sink(str(entry.payload["employee_id"]), "deleted")
        elif self.cache_sink is not None:
            self.cache_sink(Employee.model_validate(found))

    def _add_salary(self, payload: dict[str, Any], draft: EmployeeDraft) -> None:
        amount = parse_salary(draft.salary)
        if amount is not None:
            payload["salary"] = money(amount)
            payload["salary_given"] = True

    def _queue(
        self,
        kind: str,
        payload: dict[str, Any],
        manager: str,
        reason: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
    ) -> OutboxEntry:
        return queue_write(
            self.outbox, self.audit, kind=kind, payload=payload, manager=manager, reason=reason,
            subject=employee_kinds.subject(payload), before=before, after=after,
            audited={key: value for key, value in payload.items() if key != "salary"},
        )  # fmt: skip
