"""Reading WorkTaps requests: JSON or form bodies, and the list paging parameters.

The vendor's curl examples send form fields (``-d firstName="John"``), clients
send JSON; both become one ``Body``:

- JSON: an object; ``department`` an id, ``locations`` a list of ids, ``meta``
  an object. A ``meta`` key given twice (or ``meta`` itself twice) is flagged,
  since the vendor forbids duplicate meta names (40013).
- Form (``application/x-www-form-urlencoded`` or ``multipart/form-data``):
  ``locations`` repeated, as ``locations[]`` / ``locations[0]``, or
  comma-separated; ``meta[jobTitle]=...`` keys, or ``meta`` as a JSON object in
  a string (a repeated ``meta[key]`` is a duplicate); ``department`` or
  ``department[id]`` an id.

Without a content type, a body starting with ``{`` or ``[`` is read as JSON and
anything else as form fields. A body that is neither (invalid JSON, not an
object, not UTF-8) is ``readable=False``: nothing was read from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from starlette.requests import Request

from .http import int_param
from .worktaps_checks import Problem, Refused

T = TypeVar("T")
LIMIT_DEFAULT = 100
LIMIT_MAX = 1000
_BRACKETED = re.compile(r"^(\w+)\[([^\[\]]*)\]$")


@dataclass(slots=True)
class Body:
    fields: dict[str, Any] = field(default_factory=dict)
    meta_broken: bool = False  # duplicate meta names, or a form ``meta`` that is no JSON object
    readable: bool = True


class JsonObject(dict[str, Any]):
    """A decoded JSON object that remembers which of its keys were given twice."""

    duplicates: set[str]


def _object_pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject()
    obj.duplicates = set()
    for key, value in pairs:
        if key in obj:
            obj.duplicates.add(key)
        obj[key] = value
    return obj


def loads(raw: str | bytes) -> Any:
    """``json.loads`` whose objects are ``JsonObject``s; raises ValueError."""
    return json.loads(raw, object_pairs_hook=_object_pairs)


def has_duplicates(value: Any) -> bool:
    return isinstance(value, JsonObject) and bool(value.duplicates)


async def read_body(request: Request) -> Body:
    raw = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        return await _multipart(request)
    if not raw.strip():
        return Body()
    looks_json = raw.lstrip()[:1] in (b"{", b"[")
    if kind.endswith("json") or (kind != "application/x-www-form-urlencoded" and looks_json):
        return parse_json(raw)
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Body(readable=False)
    return parse_form(parse_qsl(decoded, keep_blank_values=True))


async def _multipart(request: Request) -> Body:
    try:
        async with request.form() as form:
            pairs = [(key, value) for key, value in form.multi_items() if isinstance(value, str)]
    except Exception:  # python-multipart's errors: a body we cannot read
        return Body(readable=False)
    return parse_form(pairs)


def parse_json(raw: bytes) -> Body:
    try:
        value = loads(raw)
    except (ValueError, UnicodeDecodeError):
        return Body(readable=False)
    if not isinstance(value, JsonObject):
        return Body(readable=False)
    broken = "meta" in value.duplicates or has_duplicates(value.get("meta"))
    return Body(dict(value), meta_broken=broken)


def parse_form(pairs: Iterable[tuple[str, str]]) -> Body:
    body = Body()
    meta: dict[str, Any] = {}
    locations: list[str] | None = None
    meta_given = False
    for key, value in pairs:
        match = _BRACKETED.match(key)
        base, sub = (match.group(1), match.group(2)) if match else (key, None)
        if base == "locations":
            locations = (locations or []) + [p.strip() for p in value.split(",") if p.strip()]
        elif base == "meta":
            meta_given = True
            body.meta_broken |= _add_form_meta(meta, sub, value)
        elif base == "department" and sub == "id":
            body.fields["department"] = value
        else:
            body.fields[key] = value
    if locations is not None:
        body.fields["locations"] = locations
    if meta_given:
        body.fields["meta"] = meta
    return body


def _add_form_meta(meta: dict[str, Any], sub: str | None, value: str) -> bool:
    """Adds ``meta[sub]=value`` or a ``meta`` JSON string; True when that breaks the rules."""
    if sub is not None:
        broken = not sub.strip() or sub in meta
        meta[sub] = value
        return broken
    try:
        parsed = loads(value)
    except ValueError:
        return True
    if not isinstance(parsed, JsonObject):
        return True
    broken = bool(parsed.duplicates) or any(key in meta for key in parsed)
    meta.update(parsed)
    return broken


# -- paging -----------------------------------------------------------------------


def page_params(request: Request) -> tuple[int, int]:
    """``limit`` (1 to 1000, default 100) and ``page`` (from 1); 400 otherwise.

    The vendor has no code for these, so the answer's code is the HTTP status.
    """
    limit = int_param(request, "limit", LIMIT_DEFAULT)
    if limit is None or not 1 <= limit <= LIMIT_MAX:
        raise Refused(Problem(400, f"limit must be between 1 and {LIMIT_MAX}"))
    page = int_param(request, "page", 1)
    if page is None or page < 1:
        raise Refused(Problem(400, "page must be a whole number from 1"))
    return limit, page


def paged(records: Sequence[T], limit: int, page: int) -> list[T]:
    start = (page - 1) * limit
    return list(records[start : start + limit])
