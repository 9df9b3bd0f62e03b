"""WorkTime One's organization and employees: list, read, create, update, soft delete."""

from __future__ import annotations

import re
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import catalog
from .data import Dataset
from .records import WtEmployee, iso
from .state import SandboxState
from .worktime_http import invalid, json_object, not_found, number_out, ok, page_params, parse_date

STATUSES = ("active", "inactive", "deleted")
DEFAULT_STATUSES = frozenset({"active", "inactive"})
REQUIRED = ("name", "email", "department_id")
NEW_ID_BASE = 900_000  # seeded ids are emp_010001 upwards; created ones start at emp_900001
MAX_TEXT = 200
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def department_names(data: Dataset) -> dict[str, str]:
    return {d.worktime_id: d.name for d in data.departments}


def employee_json(names: dict[str, str], emp: WtEmployee) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": emp.id,
        "name": emp.name,
        "email": emp.email,
        "department": names.get(emp.department_id),
        "department_id": emp.department_id,
        "position": emp.position,
        "salary": number_out(emp.salary),
        "status": emp.status,
        "created_at": iso(emp.created_at),
        "start_date": emp.start_date,
    }
    if emp.status == "deleted":
        record["deleted_at"] = iso(emp.deleted_at)
    return record


def find_employee(data: Dataset, emp_id: str) -> WtEmployee:
    emp = data.employees.get(emp_id)
    if emp is None:
        raise not_found(f"No employee with id '{emp_id}'")
    return emp


# -- validation -------------------------------------------------------------------


def _optional_text(value: Any, field: str) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return _text(value, field)


def _text(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise invalid(f"The '{field}' field must be text", field)
    text = value.strip()
    if not text:
        raise invalid(f"The '{field}' field cannot be empty", field)
    if len(text) > MAX_TEXT:
        raise invalid(f"The '{field}' field must be at most {MAX_TEXT} characters", field)
    return text


def _email(data: Dataset, value: Any, current: WtEmployee | None) -> str:
    email = _text(value, "email")
    if not _EMAIL.fullmatch(email) or len(email) > 254:
        raise invalid(f"The 'email' field is not a valid email address: {email}", "email")
    wanted = email.lower()
    for other in data.employees.values():
        if other.email.lower() == wanted and (current is None or other.id != current.id):
            note = (
                " (deleted; restore it with PUT status active)" if other.status == "deleted" else ""
            )
            raise invalid(
                f"An employee with the email {email} already exists: {other.id}{note}", "email"
            )
    return email


def _department(data: Dataset, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise invalid(
            "The 'department_id' field must be a department id like dept_01", "department_id"
        )
    if value.strip() not in {d.worktime_id for d in data.departments}:
        raise invalid(f"No department with id '{value}'", "department_id")
    return value.strip()


def _salary(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise invalid("The 'salary' field must be a number", "salary")
    if value < 0:
        raise invalid("The 'salary' field cannot be negative", "salary")
    return float(value)


def _status(value: Any) -> str:
    if value not in STATUSES:
        raise invalid(f"The 'status' field must be one of {', '.join(STATUSES)}", "status")
    return str(value)


def clean_fields(data: Dataset, body: dict[str, Any], current: WtEmployee | None) -> dict[str, Any]:
    """The known fields of a create (``current`` None) or update body, checked."""
    if current is None:
        for name in REQUIRED:
            value = body.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                raise invalid(f"The '{name}' field is required", name)
    out: dict[str, Any] = {}
    if "name" in body:
        out["name"] = _text(body["name"], "name")
    if "email" in body:
        out["email"] = _email(data, body["email"], current)
    if "department_id" in body:
        out["department_id"] = _department(data, body["department_id"])
    if "position" in body:
        out["position"] = _optional_text(body["position"], "position")
    if "salary" in body:
        out["salary"] = _salary(body["salary"])
    if "start_date" in body:
        raw = body["start_date"]
        out["start_date"] = None if raw is None else parse_date(raw, "start_date").isoformat()
    if "status" in body and current is not None:
        out["status"] = _status(body["status"])
    return out


# -- handlers --------------------------------------------------------------------


async def organization(state: SandboxState, request: Request) -> Response:
    data = state.data
    employees = data.employees.values()
    created = min((e.created_at for e in employees), default=data.built_at)
    return ok(
        {
            "id": catalog.ORG_ID,
            "name": catalog.ORG_NAME,
            "employees_count": sum(1 for e in employees if e.status != "deleted"),
            "created_at": iso(created),
            "timezone": data.params.timezone,
        }
    )


def _status_filter(request: Request) -> frozenset[str]:
    raw = request.query_params.get("status", "").strip()
    if not raw:
        return DEFAULT_STATUSES
    wanted = frozenset(part.strip() for part in raw.split(",") if part.strip())
    if not wanted <= set(STATUSES):
        raise invalid(f"The 'status' parameter must be one of {', '.join(STATUSES)}", "status")
    return wanted


async def list_employees(state: SandboxState, request: Request) -> Response:
    page = page_params(request)
    statuses = _status_filter(request)
    department = request.query_params.get("department", "").strip()
    items = [
        e
        for e in state.data.employees.values()
        if e.status in statuses and (not department or e.department_id == department)
    ]
    items.sort(key=lambda e: (e.created_at, e.id))
    names = department_names(state.data)
    return page.response([employee_json(names, e) for e in page.slice(items)], len(items))


async def get_employee(state: SandboxState, request: Request) -> Response:
    emp = find_employee(state.data, request.path_params["id"])
    return ok(employee_json(department_names(state.data), emp))


def _new_id(state: SandboxState) -> str:
    while True:
        candidate = f"emp_{NEW_ID_BASE + state.next_id():06d}"
        if candidate not in state.data.employees:
            return candidate


async def create_employee(state: SandboxState, request: Request) -> Response:
    body = await json_object(request)
    data = state.data
    fields = clean_fields(data, body, None)
    now = int(state.now_ts())
    emp = WtEmployee(
        id=_new_id(state),
        name=fields["name"],
        email=fields["email"],
        department_id=fields["department_id"],
        position=fields.get("position"),
        salary=fields.get("salary"),
        status="active",
        created_at=now,
        start_date=fields.get("start_date"),
        updated_at=now,
    )
    data.employees[emp.id] = emp
    record = employee_json(department_names(data), emp)
    state.webhooks.emit("employee.created", iso(now), record)
    return ok(record, 201)


async def update_employee(state: SandboxState, request: Request) -> Response:
    data = state.data
    emp = find_employee(data, request.path_params["id"])
    body = await json_object(request)
    fields = clean_fields(data, body, emp)
    now = int(state.now_ts())
    was_deleted = emp.status == "deleted"
    for name, value in fields.items():
        setattr(emp, name, value)
    if emp.status == "deleted" and not was_deleted:
        emp.deleted_at = now
    elif emp.status != "deleted":
        emp.deleted_at = None
    if fields:
        emp.updated_at = now
    record = employee_json(department_names(data), emp)
    if fields:
        deleted_now = emp.status == "deleted" and not was_deleted
        event = "employee.deleted" if deleted_now else "employee.updated"
        state.webhooks.emit(event, iso(now), record)
    return ok(record)


async def delete_employee(state: SandboxState, request: Request) -> Response:
    emp = find_employee(state.data, request.path_params["id"])
    if emp.status != "deleted":
        now = int(state.now_ts())
        emp.status = "deleted"
        emp.deleted_at = now
        emp.updated_at = now
        state.webhooks.emit(
            "employee.deleted", iso(now), employee_json(department_names(state.data), emp)
        )
    return ok({"id": emp.id, "status": emp.status, "deleted_at": iso(emp.deleted_at)})
