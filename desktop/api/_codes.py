"""What each vendor's error codes and fields mean, in a manager's words.

Fields are named as the vendor names them on the wire (``firstName``,
``meta.jobTitle``, ``department_id``), so a form can point at the right box.
"""

from __future__ import annotations

from typing import NamedTuple


class CodeMeaning(NamedTuple):
    field: str | None
    message: str


WORKTAPS_AUTH = 40000
WORKTAPS_NOT_FOUND = {40001, 40002, 40003}

WORKTAPS: dict[int, CodeMeaning] = {
    40000: CodeMeaning(
        None,
        "WorkTaps did not accept the API key, or the key may not make changes. "
        "Check the key under Console › Connections.",
    ),
    40001: CodeMeaning("locations", "That location no longer exists in WorkTaps. Pick another."),
    40002: CodeMeaning("department", "That department no longer exists in WorkTaps. Pick another."),
    40003: CodeMeaning("account", "That account no longer exists in WorkTaps."),
    40004: CodeMeaning("firstName", "Enter a first name."),
    40005: CodeMeaning("lastName", "Enter a last name."),
    40006: CodeMeaning("email", "Enter an email address or a phone number."),
    40007: CodeMeaning("phone", "Enter a phone number or an email address."),
    40008: CodeMeaning("locations", "Choose at least one location."),
    40009: CodeMeaning("department", "Choose a department."),
    40010: CodeMeaning("role", "Choose a role."),
    40011: CodeMeaning("timezone", "Choose a time zone."),
    40012: CodeMeaning("termDate", "Enter the last day of work."),
    40013: CodeMeaning(
        "meta", "Enter the job title and start date; extra fields hold at most 100 characters."
    ),
    40014: CodeMeaning("meta.jobTitle", "Enter a job title."),
    40015: CodeMeaning("meta.startDate", "Enter the start date."),
    40017: CodeMeaning("email", "Enter a valid email address, like name@example.com."),
    40018: CodeMeaning(
        "phone", "Enter the phone number with its country code, like +1 212 555 0100"
    ),
    40019: CodeMeaning("locations", "Choose at least one location."),
    40020: CodeMeaning("role", "Choose a role: Employee, Manager or Owner."),
    40021: CodeMeaning("meta.startDate", "Enter the start date as a date, like 2024-02-01."),
    40022: CodeMeaning("meta.startDate", "The start date cannot be in the future."),
    40023: CodeMeaning("timezone", "Choose a time zone from the list, like America/New_York."),
    40025: CodeMeaning("state", "Enter the state as its two-letter code, like NY."),
    40026: CodeMeaning("postal", "Enter the ZIP code as 5 digits, or 5+4 like 10001-1234."),
    40027: CodeMeaning("termDate", "Enter the last day of work as a date, like 01/20/2026."),
    40028: CodeMeaning("termDate", "The last day of work cannot be in the future."),
    40029: CodeMeaning("email", "Another account already has this email address."),
    40030: CodeMeaning("phone", "Another account already has this phone number."),
    40031: CodeMeaning(
        "role",
        "This person manages open jobs{jobs}; give those jobs to someone else "
        "before changing the role.",
    ),
    50001: CodeMeaning(None, "WorkTaps could not create the account. Try again in a few minutes."),
    50002: CodeMeaning(None, "WorkTaps could not remove the account. Try again in a few minutes."),
    50003: CodeMeaning(None, "WorkTaps could not update the account. Try again in a few minutes."),
    50004: CodeMeaning(None, "WorkTaps could not update the location. Try again in a few minutes."),
    50005: CodeMeaning(None, "WorkTaps could not save the location. Try again in a few minutes."),
}

WORKTIME_FIELDS: dict[str, str] = {
    "name": "name",
    "email": "email address",
    "department": "department",
    "department_id": "department",
    "position": "position",
    "salary": "salary",
    "start_date": "start date",
    "end_date": "end date",
    "status": "status",
    "type": "clock type",
    "timestamp": "time",
    "employee_id": "employee",
    "lock_id": "lock",
    "notes": "notes",
    "page": "page number",
    "limit": "page size",
    "format": "report format",
}


class WorqMeaning(NamedTuple):
    """A WorQ message (matched ignoring case) and what it means; no field: a session error."""

    said: str
    code: str
    field: str | None
    message: str


WORQ: tuple[WorqMeaning, ...] = (
    WorqMeaning("token expired", "token_expired", None, "The WorQ session ran out."),
    WorqMeaning("invalid token", "invalid_token", None, "WorQ did not accept the session token."),
    WorqMeaning(
        "invalid customer code",
        "invalid_customer_code",
        "customer_code",
        "WorQ does not know this customer code. Check it under Console › Connections.",
    ),
)
