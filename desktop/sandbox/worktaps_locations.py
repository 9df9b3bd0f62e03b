"""WorkTaps' department and location endpoints.

Lists answer ``{total, records}`` in id order with the accounts' paging; a
location answers as the full object (every field the vendor's Post Input
names). A new location takes the next free numeric id; its slug is made from
its name and kept unique (``warehouse``, ``warehouse-2``), and renaming a
location makes its slug again. A body the sandbox cannot read answers the first
problem a create would (``Name is required``).
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.responses import Response

from .http import JSONResponse
from .records import Location
from .state import SandboxState
from .worktaps_checks import Refused, problem
from .worktaps_input import page_params, paged, read_body
from .worktaps_rules import NAME_REQUIRED, LocationCheck


def _id_order(value: str) -> tuple[int, str]:
    return (int(value), value) if value.isdigit() else (1 << 62, value)


async def list_departments(state: SandboxState, request: Request) -> Response:
    limit, page = page_params(request)
    records = sorted(state.data.departments, key=lambda d: _id_order(d.worktaps_id))
    return JSONResponse(
        {
            "total": len(records),
            "records": [d.worktaps_json() for d in paged(records, limit, page)],
        }
    )


async def list_locations(state: SandboxState, request: Request) -> Response:
    limit, page = page_params(request)
    records = sorted(state.data.locations, key=lambda loc: _id_order(loc.id))
    return JSONResponse(
        {"total": len(records), "records": [loc.json() for loc in paged(records, limit, page)]}
    )


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "location"


def _unique_slug(state: SandboxState, name: str, own_id: str | None) -> str:
    base = slugify(name)
    taken = {loc.slug for loc in state.data.locations if loc.id != own_id}
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _next_id(state: SandboxState) -> str:
    numbers = [int(loc.id) for loc in state.data.locations if loc.id.isdigit()]
    return str(max(numbers, default=300) + 1)


async def create_location(state: SandboxState, request: Request) -> Response:
    body = await read_body(request)
    if not body.readable:
        raise Refused(NAME_REQUIRED)
    check = LocationCheck(body, creating=True)
    found = check.run()
    if found:
        raise Refused(found)
    name = str(check.changes.pop("name"))
    ident = _next_id(state)
    location = Location(ident, name, _unique_slug(state, name, ident), **check.changes)
    state.data.locations.append(location)
    return JSONResponse(location.json())


async def update_location(state: SandboxState, request: Request) -> Response:
    raw = str(request.path_params["id"])
    location = next((loc for loc in state.data.locations if loc.id == raw), None)
    if location is None:
        raise Refused(problem(40001, id=raw), in_path=True)
    body = await read_body(request)
    if not body.readable:
        raise Refused(NAME_REQUIRED)
    check = LocationCheck(body, creating=False)
    found = check.run()
    if found:
        raise Refused(found)
    for attr, value in check.changes.items():
        setattr(location, attr, value)
    if "name" in check.changes:
        location.slug = _unique_slug(state, location.name, location.id)
    return JSONResponse(location.json())
