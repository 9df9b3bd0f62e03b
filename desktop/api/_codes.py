"""What each vendor's error codes and fields mean, in a manager's words.

Fields are named as the vendor names them on the wire (``firstName``,
``meta.jobTitle``, ``department_id``), so a form can point at the right box. The
messages are English, marked for translation; ``errors`` says them in the console's
language (``translate("VendorCodes", message)``) when it makes the error.
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.words import QT_TRANSLATE_NOOP


class CodeMeaning(NamedTuple):
    field: str | None
    message: str


WORKTAPS_AUTH = 40000
WORKTAPS_NOT_FOUND = {40001, 40002, 40003}

WORKTAPS: dict[int, CodeMeaning] = {
    40000: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes",
            "WorkTaps did not accept the API key, or the key may not make changes. "
            "Check the key under Console › Connections.",
        ),
    ),
    40001: CodeMeaning(
        "locations",
        QT_TRANSLATE_NOOP(
            "VendorCodes", "That location no longer exists in WorkTaps. Pick another."
        ),
    ),
    40002: CodeMeaning(
        "department",
        QT_TRANSLATE_NOOP(
            "VendorCodes", "That department no longer exists in WorkTaps. Pick another."
        ),
    ),
    40003: CodeMeaning(
        "account", QT_TRANSLATE_NOOP("VendorCodes", "That account no longer exists in WorkTaps.")
    ),
    40004: CodeMeaning("firstName", QT_TRANSLATE_NOOP("VendorCodes", "Enter a first name.")),
    40005: CodeMeaning("lastName", QT_TRANSLATE_NOOP("VendorCodes", "Enter a last name.")),
    40006: CodeMeaning(
        "email", QT_TRANSLATE_NOOP("VendorCodes", "Enter an email address or a phone number.")
    ),
    40007: CodeMeaning(
        "phone", QT_TRANSLATE_NOOP("VendorCodes", "Enter a phone number or an email address.")
    ),
    40008: CodeMeaning(
        "locations", QT_TRANSLATE_NOOP("VendorCodes", "Choose at least one location.")
    ),
    40009: CodeMeaning("department", QT_TRANSLATE_NOOP("VendorCodes", "Choose a department.")),
    40010: CodeMeaning("role", QT_TRANSLATE_NOOP("VendorCodes", "Choose a role.")),
    40011: CodeMeaning("timezone", QT_TRANSLATE_NOOP("VendorCodes", "Choose a time zone.")),
    40012: CodeMeaning("termDate", QT_TRANSLATE_NOOP("VendorCodes", "Enter the last day of work.")),
    40013: CodeMeaning(
        "meta",
        QT_TRANSLATE_NOOP(
            "VendorCodes",
            "Enter the job title and start date; extra fields hold at most 100 characters.",
        ),
    ),
    40014: CodeMeaning("meta.jobTitle", QT_TRANSLATE_NOOP("VendorCodes", "Enter a job title.")),
    40015: CodeMeaning("meta.startDate", QT_TRANSLATE_NOOP("VendorCodes", "Enter the start date.")),
    40017: CodeMeaning(
        "email",
        QT_TRANSLATE_NOOP("VendorCodes", "Enter a valid email address, like name@example.com."),
    ),
    40018: CodeMeaning(
        "phone",
        QT_TRANSLATE_NOOP(
            "VendorCodes", "Enter the phone number with its country code, like +1 212 555 0100"
        ),
    ),
    40019: CodeMeaning(
        "locations", QT_TRANSLATE_NOOP("VendorCodes", "Choose at least one location.")
    ),
    40020: CodeMeaning(
        "role", QT_TRANSLATE_NOOP("VendorCodes", "Choose a role: Employee, Manager or Owner.")
    ),
    40021: CodeMeaning(
        "meta.startDate",
        QT_TRANSLATE_NOOP("VendorCodes", "Enter the start date as a date, like 2024-02-01."),
    ),
    40022: CodeMeaning(
        "meta.startDate",
        QT_TRANSLATE_NOOP("VendorCodes", "The start date cannot be in the future."),
    ),
    40023: CodeMeaning(
        "timezone",
        QT_TRANSLATE_NOOP(
            "VendorCodes", "Choose a time zone from the list, like America/New_York."
        ),
    ),
    40025: CodeMeaning(
        "state",
        QT_TRANSLATE_NOOP("VendorCodes", "Enter the state as its two-letter code, like NY."),
    ),
    40026: CodeMeaning(
        "postal",
        QT_TRANSLATE_NOOP("VendorCodes", "Enter the ZIP code as 5 digits, or 5+4 like 10001-1234."),
    ),
    40027: CodeMeaning(
        "termDate",
        QT_TRANSLATE_NOOP("VendorCodes", "Enter the last day of work as a date, like 01/20/2026."),
    ),
    40028: CodeMeaning(
        "termDate",
        QT_TRANSLATE_NOOP("VendorCodes", "The last day of work cannot be in the future."),
    ),
    40029: CodeMeaning(
        "email", QT_TRANSLATE_NOOP("VendorCodes", "Another account already has this email address.")
    ),
    40030: CodeMeaning(
        "phone", QT_TRANSLATE_NOOP("VendorCodes", "Another account already has this phone number.")
    ),
    40031: CodeMeaning(
        "role",
        QT_TRANSLATE_NOOP(
            "VendorCodes",
            "This person manages open jobs{jobs}; give those jobs to someone else "
            "before changing the role.",
        ),
    ),
    50001: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes", "WorkTaps could not create the account. Try again in a few minutes."
        ),
    ),
    50002: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes", "WorkTaps could not remove the account. Try again in a few minutes."
        ),
    ),
    50003: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes", "WorkTaps could not update the account. Try again in a few minutes."
        ),
    ),
    50004: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes", "WorkTaps could not update the location. Try again in a few minutes."
        ),
    ),
    50005: CodeMeaning(
        None,
        QT_TRANSLATE_NOOP(
            "VendorCodes", "WorkTaps could not save the location. Try again in a few minutes."
        ),
    ),
}

WORKTIME_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("VendorFields", "name"),
    "email": QT_TRANSLATE_NOOP("VendorFields", "email address"),
    "department": QT_TRANSLATE_NOOP("VendorFields", "department"),
    "department_id": QT_TRANSLATE_NOOP("VendorFields", "department"),
    "position": QT_TRANSLATE_NOOP("VendorFields", "position"),
    "salary": QT_TRANSLATE_NOOP("VendorFields", "salary"),
    "start_date": QT_TRANSLATE_NOOP("VendorFields", "start date"),
    "end_date": QT_TRANSLATE_NOOP("VendorFields", "end date"),
    "status": QT_TRANSLATE_NOOP("VendorFields", "status"),
    "type": QT_TRANSLATE_NOOP("VendorFields", "clock type"),
    "timestamp": QT_TRANSLATE_NOOP("VendorFields", "time"),
    "employee_id": QT_TRANSLATE_NOOP("VendorFields", "employee"),
    "lock_id": QT_TRANSLATE_NOOP("VendorFields", "lock"),
    "notes": QT_TRANSLATE_NOOP("VendorFields", "notes"),
    "page": QT_TRANSLATE_NOOP("VendorFields", "page number"),
    "limit": QT_TRANSLATE_NOOP("VendorFields", "page size"),
    "format": QT_TRANSLATE_NOOP("VendorFields", "report format"),
}


class WorqMeaning(NamedTuple):
    """A WorQ message (matched ignoring case) and what it means; no field: a session error."""

    said: str
    code: str
    field: str | None
    message: str


WORQ: tuple[WorqMeaning, ...] = (
    WorqMeaning(
        "token expired",
        "token_expired",
        None,
        QT_TRANSLATE_NOOP("VendorCodes", "The WorQ session ran out."),
    ),
    WorqMeaning(
        "invalid token",
        "invalid_token",
        None,
        QT_TRANSLATE_NOOP("VendorCodes", "WorQ did not accept the session token."),
    ),
    WorqMeaning(
        "invalid customer code",
        "invalid_customer_code",
        "customer_code",
        QT_TRANSLATE_NOOP(
            "VendorCodes",
            "WorQ does not know this customer code. Check it under Console › Connections.",
        ),
    ),
)
