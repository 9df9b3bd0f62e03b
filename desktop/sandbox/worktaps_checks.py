"""WorkTaps' error answers and the field checks every WorkTaps rule builds on.

A ``Problem`` is one vendor error code with its message; handlers raise
``Refused`` and the route guard turns it into ``{"code", "message"}`` with the
HTTP status the contract gives the code (``http_status``).

The checks here are the vendor's field formats, shared by accounts and
locations: E.164 phones that ``phonenumbers`` also calls valid, two-letter
states, 5 or 5+4 digit postal codes, IANA timezones, real calendar dates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import available_timezones

import phonenumbers

from . import worktaps_codes

E164 = re.compile(r"^\+[1-9]\d{1,14}$")
# Local part and dotted domain, no spaces; what a sign-up form would accept.
EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$"
)
STATE = re.compile(r"^[A-Za-z]{2}$")
POSTAL = re.compile(r"^\d{5}(?:-\d{4})?$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
US_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One error answer: a vendor code (or a plain HTTP status where the vendor has none)."""

    code: int
    message: str

    def json(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


def problem(code: int, **fill: str) -> Problem:
    """The vendor's code with its table message, ``[id]`` / ``[Jobs]`` filled in."""
    return Problem(code, worktaps_codes.message(code, **fill))


class Refused(Exception):
    """Raised by a handler to answer with ``problem``.

    ``in_path``: the id the problem names came from the URL path, so 40001 and
    40003 answer 404 (from a body they answer 400).
    """

    def __init__(self, found: Problem, *, in_path: bool = False) -> None:
        super().__init__(found.message)
        self.problem = found
        self.in_path = in_path


def http_status(code: int, *, in_path: bool = False) -> int:
    """The HTTP status the contract gives a code."""
    if code < 1000:  # a plain status where the vendor has no code: 400, 404, 405, 429
        return code
    if code == 40000:
        return 401
    if code >= 50000:
        return 500
    if in_path and code in (40001, 40003):
        return 404
    return 400


def lowest(problems: list[Problem]) -> Problem | None:
    """The vendor's table is in numeric order; the first wrong field in it is reported."""
    return min(problems, key=lambda p: p.code, default=None)


# -- reading values ---------------------------------------------------------------


def text(value: Any) -> str | None:
    """A scalar field as stripped text: JSON null is blank, numbers become text.

    None means the value has a type no text field can take (a list, an object,
    a boolean); each rule reports that as the field's "invalid" code.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def ident(value: Any) -> str | None:
    """A department or location id: a string, a number, or an object with ``id``."""
    if isinstance(value, dict):
        value = value.get("id")
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str | int):
        return str(value).strip()
    return None


def describe(value: Any) -> str:
    """A value for an ``[id]`` placeholder."""
    return value if isinstance(value, str) else json.dumps(value)


# -- formats ---------------------------------------------------------------------


def valid_phone(value: str) -> bool:
    """E.164 (``+`` then up to 15 digits) and a number that can exist."""
    if not E164.match(value):
        return False
    try:
        parsed = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(parsed))


def valid_email(value: str) -> bool:
    return len(value) <= 254 and EMAIL.match(value) is not None


def valid_state(value: str) -> bool:
    return STATE.match(value) is not None


def valid_postal(value: str) -> bool:
    return POSTAL.match(value) is not None


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones())


def valid_timezone(value: str) -> bool:
    return value in _timezones()


def iso_date(value: str) -> date | None:
    """``YYYY-MM-DD`` that names a real day, else None."""
    if not ISO_DATE.match(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def term_date(value: str) -> date | None:
    """``MM/DD/YYYY`` (the vendor's example) or ``YYYY-MM-DD``, naming a real day."""
    if US_DATE.match(value):
        try:
            return datetime.strptime(value, "%m/%d/%Y").date()
        except ValueError:
            return None
    return iso_date(value)


def phone_digits(value: str) -> str:
    """A phone reduced for the list filter: digits only, a US leading 1 dropped.

    ``(202)234-5678``, ``2022345678``, ``12022345678`` and ``+12022345678`` all
    become ``2022345678``.
    """
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits.startswith("1"):
        return digits[1:]
    return digits
