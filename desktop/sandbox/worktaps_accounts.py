"""WorkTaps' account endpoints: create, get, update, remove and list.

An account answers as the vendor's full Account object. A removed account is
gone: get, update and remove answer 404 (40003) and lists leave it out. New
accounts take ids above every id the data set has used.

The account in the path is looked up before the body is judged: its fields
cannot be checked (uniqueness, "Phone is required") without it. A body the
sandbox cannot read answers the first code a create would (40004; 40012 for a
removal), since none of its fields could be read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .http import JSONResponse
from .records import TapsAccount, iso
from .state import SandboxState
from .worktaps_checks import Refused, phone_digits, problem
from .worktaps_input import loads, page_params, paged, read_body
from .worktaps_rules import AccountCheck, check_term_date

AccountFilter = Callable[[TapsAccount], bool]
_DIGITS = re.compile(r"^\d{1,18}$")
_OPTIONAL = ("email", "phone", "city", "state", "street", "postal", "birth_date", "employee_id")


def account_json(state: SandboxState, account: TapsAccount) -> dict[str, Any]:
    """The vendor's full Account object."""
    data = state.data
    department = next((d for d in data.departments if d.worktaps_id == account.department_id), None)
    locations = {location.id: location for location in data.locations}
    return {
        "id": account.id,
        "created": iso(account.created),
        "startDate": account.meta.get("startDate"),
        "firstName": account.first_name,
        "lastName": account.last_name,
        "email": account.email,
        "phone": account.phone,
        "city": account.city,
        "state": account.state,
        "street": account.street,
        "postal": account.postal,
        "birthDate": account.birth_date,
        "employeeId": account.employee_id,
        "timezone": account.timezone,
        "role": account.role,
        "jobTitle": account.meta.get("jobTitle"),
        "department": department.worktaps_json()
        if department
        else {"id": account.department_id, "name": None, "slug": None},
        "locations": [
            {"id": loc.id, "name": loc.name, "slug": loc.slug}
            for loc in (locations.get(i) for i in account.location_ids)
            if loc is not None
        ],
        "meta": dict(account.meta),
    }


def _today(state: SandboxState) -> date:
    return state.data.local_date(state.now_ts())


def _find(state: SandboxState, request: Request) -> TapsAccount:
    raw = str(request.path_params["id"])
    account = state.data.accounts.get(int(raw)) if _DIGITS.match(raw) else None
    if account is None or account.removed:
        raise Refused(problem(40003, id=raw), in_path=True)
    return account


def _next_id(state: SandboxState) -> int:
    return max(state.data.accounts, default=5000) + 1


async def create_account(state: SandboxState, request: Request) -> Response:
    body = await read_body(request)
    if not body.readable:
        raise Refused(problem(40004))
    check = AccountCheck(body, state.data, _today(state), None)
    found = check.run()
    if found:
        raise Refused(found)
    values: dict[str, Any] = dict.fromkeys(_OPTIONAL)
    values.update(check.changes)
    account = TapsAccount(id=_next_id(state), created=int(state.now_ts()), **values)
    state.data.accounts[account.id] = account
    return JSONResponse(account_json(state, account))


async def get_account(state: SandboxState, request: Request) -> Response:
    return JSONResponse(account_json(state, _find(state, request)))


async def update_account(state: SandboxState, request: Request) -> Response:
    account = _find(state, request)
    body = await read_body(request)
    if not body.readable:
        raise Refused(problem(40004))
    check = AccountCheck(body, state.data, _today(state), account)
    found = check.run()
    if found:
        raise Refused(found)
    for attr, value in check.changes.items():
        setattr(account, attr, value)
    return JSONResponse(account_json(state, account))


async def remove_account(state: SandboxState, request: Request) -> Response:
    """``termDate`` from the body (form or JSON) or, failing that, the query string."""
    account = _find(state, request)
    body = await read_body(request)
    fields = {**request.query_params, **(body.fields if body.readable else {})}
    found, term = check_term_date(fields, _today(state))
    if found:
        raise Refused(found)
    account.removed = True
    account.term_date = term
    return JSONResponse({"removed": True})


async def list_accounts(state: SandboxState, request: Request) -> Response:
    limit, page = page_params(request)
    keep = _filters(request)
    records = [
        account
        for _, account in sorted(state.data.accounts.items())
        if not account.removed and all(test(account) for test in keep)
    ]
    return JSONResponse(
        {
            "total": len(records),
            "records": [account_json(state, a) for a in paged(records, limit, page)],
        }
    )


def _filters(request: Request) -> list[AccountFilter]:
    """The list's filters; blank ones are ignored."""
    query = request.query_params
    keep: list[AccountFilter] = []
    if location := query.get("location", "").strip():
        keep.append(lambda a: location in a.location_ids)
    if email := query.get("email", "").strip().casefold():
        keep.append(lambda a: (a.email or "").casefold() == email)
    if query.get("phone", "").strip():
        wanted = phone_digits(query["phone"])
        keep.append(lambda a: bool(wanted) and phone_digits(a.phone or "") == wanted)
    if query.get("meta", "").strip():
        meta = _meta_filter(query["meta"])
        keep.append(lambda a: all(a.meta.get(k) == v for k, v in meta.items()))
    return keep


def _meta_filter(raw: str) -> dict[str, str]:
    """The stringified JSON object to match; 40013 when it is not one.

    A string that itself holds the JSON (stringified twice) is accepted too.
    """
    try:
        value = loads(raw)
        if isinstance(value, str):
            value = loads(value)
    except ValueError as exc:
        raise Refused(problem(40013)) from exc
    if not isinstance(value, dict):
        raise Refused(problem(40013))
    wanted: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(item, str | int | float) or isinstance(item, bool):
            raise Refused(problem(40013))
        wanted[key] = str(item).strip()
    return wanted
