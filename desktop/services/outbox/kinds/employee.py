"""WorkTime One employee writes as outbox kinds: create, update, delete (soft) and restore.

Payloads (JSON, as the outbox keeps them)::

    employee_create   {"draft_id", "input": {name, email, department_id, position?,
                       start_date?}, "salary"?: number}
    employee_update   {"employee_id", "changes": the fields that change (not salary),
                       "before": their old values, "salary"?: the new salary}
    employee_delete   {"employee_id", "before": {"status"}}
    employee_restore  {"employee_id", "before": {"status"}}

The salary is kept apart from the other fields: the outbox must hold it to send it
(a queued write survives a crash), but the audit log, the entry's evidence and the
cache never do; they say only whether one was given (``salary_given``). The answers
kept are the employee without the salary.

None of these has an idempotency key. A lost create is looked up by its email (no
filter exists, so every page is read): found with the name sent, it landed; not
found, it did not; found with another name, a manager decides. An update lands when
the employee shows every value sent (``compare_update``); a delete when the employee's
status is ``deleted``, a restore when it is ``active``.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop.api import Employee, NotFound, WorkTimeClient
from desktop.services.outbox.kind import Calls, Kind, Payload, Send, Sent, Verify
from desktop.services.outbox.kinds.clock_landed import Verdict
from desktop.services.outbox.kinds.worktaps_compare import compare_update, same
from desktop.store import OutboxEntry
from desktop.words import QT_TRANSLATE_NOOP, day, translate

CREATE, UPDATE = "employee_create", "employee_update"
DELETE, RESTORE = "employee_delete", "employee_restore"
KINDS = (CREATE, UPDATE, DELETE, RESTORE)
SERVICE = "WorkTime One"
FIELDS = ("name", "email", "department_id", "position", "start_date")
OLDER = timedelta(hours=1)  # as for WorkTaps: a record this much older is someone else's


def money(value: Decimal | float | int | None) -> int | float | None:
    """A salary as JSON keeps it: a whole number as an int."""
    if value is None:
        return None
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


def employee_json(employee: Employee, *, salary: bool = False) -> dict[str, Any]:
    """The employee as JSON, without the salary unless asked for (for the check only)."""
    record = employee.model_dump(mode="json", exclude={"salary"})
    if salary:
        record["salary"] = money(employee.salary)
    return record


def subject(p: Payload) -> str:
    """``employee/<id>``, or ``employee/<email>`` before the service gave an id."""
    if p.get("employee_id") is not None:
        return f"employee/{p['employee_id']}"
    return f"employee/{(p.get('input') or {}).get('email') or p.get('draft_id')}"


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)) if text else None


def _salary(p: Payload) -> Decimal | None:
    return None if p.get("salary") is None else Decimal(str(p["salary"]))


def _after(p: Payload, sent: Sent) -> dict[str, Any] | None:
    after = dict(sent.result or {})
    if "salary" in p:
        after["salary_given"] = True
    return after


# -- create ---------------------------------------------------------------------------


async def send_create(calls: Calls[WorkTimeClient], p: Payload) -> Sent:
    given = p["input"]
    made = await calls(
        lambda client: client.create_employee(
            given["name"],
            given["email"],
            given["department_id"],
            position=given.get("position"),
            salary=_salary(p),
            start_date=_day(given.get("start_date")),
        )
    )
    return Sent(made.id, employee_json(made))


async def _by_email(calls: Calls[WorkTimeClient], email: str) -> list[Employee]:
    async def read(client: WorkTimeClient) -> list[Employee]:
        wanted = email.strip().casefold()
        return [e async for e in client.iter_employees() if (e.email or "").casefold() == wanted]

    return await calls(read)


async def verify_create(calls: Calls[WorkTimeClient], p: Payload, entry: OutboxEntry) -> Verdict:
    given: dict[str, Any] = p["input"]
    found = await _by_email(calls, given["email"])
    if not found:
        why = translate("OutboxCheck", "No employee has this email address, so it was not created.")
        return Verdict(False, why)
    seen = {"found": [employee_json(e) for e in found], "sent": given}
    mine = [e for e in found if same("name", e.name, given["name"])]
    if len(found) > 1 or not mine:
        names = ", ".join(f"{e.name} ({e.id})" for e in found)
        why = translate(
            "OutboxCheck",
            "An employee with this email address exists, but it is {names}, not the one sent.",
        ).format(names=names)
        return Verdict(None, why, seen)
    employee = mine[0]
    if employee.created_at is not None and employee.created_at < entry.created_at - OLDER:
        why = translate(
            "OutboxCheck",
            "The employee with this email address was added on {day}, "
            "before this entry was queued; it may not be the one sent.",
        ).format(day=day(employee.created_at.date()))
        return Verdict(None, why, seen)
    why = translate(
        "OutboxCheck", "An employee with this email address and this name exists: it was created."
    )
    return Verdict(True, why, {"result": employee_json(employee)}, employee.id)


# -- update ---------------------------------------------------------------------------


async def send_update(calls: Calls[WorkTimeClient], p: Payload) -> Sent:
    changes = p.get("changes") or {}
    done = await calls(
        lambda client: client.update_employee(
            p["employee_id"],
            name=changes.get("name"),
            email=changes.get("email"),
            department_id=changes.get("department_id"),
            position=changes.get("position"),
            salary=_salary(p),
            start_date=_day(changes.get("start_date")),
        )
    )
    return Sent(done.id, employee_json(done))


async def _read(calls: Calls[WorkTimeClient], employee_id: str) -> Employee | None:
    try:
        return await calls(lambda client: client.get_employee(employee_id))
    except NotFound:
        return None


async def verify_update(calls: Calls[WorkTimeClient], p: Payload, entry: OutboxEntry) -> Verdict:
    employee = await _read(calls, p["employee_id"])
    if employee is None:
        why = translate(
            "OutboxCheck", "WorkTime One no longer has the employee; sending again will say so."
        )
        return Verdict(False, why)
    changes = dict(p.get("changes") or {})
    before = dict(p.get("before") or {})
    now = employee_json(employee, salary=True)
    if "salary" in p:
        # The old salary is kept nowhere; a salary that is not the new one counts as old.
        changes["salary"] = money(_salary(p))
        before["salary"] = now["salary"] if now["salary"] != changes["salary"] else None
    found = compare_update(translate("OutboxCheck", "The employee"), now, changes, before)
    shown = {"result": employee_json(employee)}
    if found.landed:
        return Verdict(True, found.why, shown, employee.id)
    return Verdict(found.landed, found.why, shown)


# -- delete and restore ---------------------------------------------------------------


async def send_delete(calls: Calls[WorkTimeClient], p: Payload) -> Sent:
    gone = await calls(lambda client: client.delete_employee(p["employee_id"]))
    return Sent(gone.id, gone.model_dump(mode="json"))


async def send_restore(calls: Calls[WorkTimeClient], p: Payload) -> Sent:
    back = await calls(lambda client: client.restore_employee(p["employee_id"]))
    return Sent(back.id, employee_json(back))


def _status_check(wanted: str) -> Verify[WorkTimeClient]:
    async def verify(calls: Calls[WorkTimeClient], p: Payload, entry: OutboxEntry) -> Verdict:
        employee = await _read(calls, p["employee_id"])
        if employee is None:
            why = translate("OutboxCheck", "WorkTime One has no such employee any more.")
            return Verdict(None, why)
        shown = {"result": employee_json(employee)}
        if employee.status == wanted:
            why = translate("OutboxCheck", "The employee's status is {status}: it landed.")
            return Verdict(True, why.format(status=wanted), shown, employee.id)
        why = translate("OutboxCheck", "The employee's status is {status}, not {wanted}.")
        return Verdict(False, why.format(status=employee.status, wanted=wanted), shown)

    return verify


def _kind(
    name: str,
    title: str,
    send: Send[WorkTimeClient],
    verify: Verify[WorkTimeClient],
    fields: tuple[str, ...],
) -> Kind[WorkTimeClient]:
    return Kind(
        name=name,
        title=title,
        send=send,
        verify=verify,
        subject=subject,
        audit_fields=fields,
        sent_after=_after,
        keeps_answers=True,
        service=SERVICE,
    )


EMPLOYEE_CREATE = _kind(
    CREATE,
    QT_TRANSLATE_NOOP("OutboxKind", "Add employee"),
    send_create,
    verify_create,
    ("draft_id", "input", "salary_given"),
)
EMPLOYEE_UPDATE = _kind(
    UPDATE,
    QT_TRANSLATE_NOOP("OutboxKind", "Edit employee"),
    send_update,
    verify_update,
    ("employee_id", "changes", "salary_given"),
)
EMPLOYEE_DELETE = _kind(
    DELETE,
    QT_TRANSLATE_NOOP("OutboxKind", "Deactivate employee"),
    send_delete,
    _status_check("deleted"),
    ("employee_id",),
)
EMPLOYEE_RESTORE = _kind(
    RESTORE,
    QT_TRANSLATE_NOOP("OutboxKind", "Restore employee"),
    send_restore,
    _status_check("active"),
    ("employee_id",),
)
EMPLOYEE_KINDS = (EMPLOYEE_CREATE, EMPLOYEE_UPDATE, EMPLOYEE_DELETE, EMPLOYEE_RESTORE)
