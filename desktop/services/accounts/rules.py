"""Every rule behind WorkTaps' error codes 40004 to 40031, checked before anything is sent.

``check_draft`` answers ``{field: message}`` for the account form (fields are
``FIELDS`` names), in words for a manager; ``check_term_date`` and
``check_location`` do the same for a removal and a location. A create is judged
whole; an update only on what differs from the account as WorkTaps holds it
(WorkTaps' PUT judges only what it is given), plus the rules that look at the
account as a whole: an account keeps an email or a phone (40006, 40007), and a
manager of open jobs stays a manager (40031).

The rules agree with WorkTaps (the sandbox is the reference): a draft these
accept, WorkTaps accepts. A few are stricter, where WorkTaps would silently
store or drop something a manager did not mean: a birth date that is no date
(WorkTaps ignores it), a custom field named ``jobTitle`` or ``startDate`` (it
would overwrite the boxes above), a phone with an extension.

An error WorkTaps still returns becomes a field with ``field_for_error``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from desktop.api import Account, ValidationError
from desktop.services.accounts.draft import (
    FIELDS,
    JOB_TITLE,
    ROLES,
    START_DATE,
    AccountDraft,
    changed,
    clean,
    sends_meta,
    to_input,
    to_location_input,
)
from desktop.services.accounts.formats import (
    META_MAX_LENGTH,
    iso_day,
    normalize_phone,
    term_day,
    valid_email,
    valid_postal,
    valid_state,
    valid_timezone,
)
from desktop.words import QT_TRANSLATE_NOOP, translate

# Each client-error code, and the form field it is about. 40000 (the key) and 40003
# (the account itself, from the URL) are about no field: they are an AuthError and a
# NotFound, never a ValidationError.
FIELD_FOR_CODE: dict[int, str] = {
    40001: "location_ids",
    40002: "department_id",
    40004: "first_name",
    40005: "last_name",
    40006: "email",
    40007: "phone",
    40008: "location_ids",
    40009: "department_id",
    40010: "role",
    40011: "timezone",
    40012: "term_date",
    40013: "meta",
    40014: "job_title",
    40015: "start_date",
    40017: "email",
    40018: "phone",
    40019: "location_ids",
    40020: "role",
    40021: "start_date",
    40022: "start_date",
    40023: "timezone",
    40025: "state",
    40026: "postal",
    40027: "term_date",
    40028: "term_date",
    40029: "email",
    40030: "phone",
    40031: "role",
}

# The vendor's field names (as ``ValidationError.field`` gives them) -> the form's.
_VENDOR_FIELDS = {
    "firstName": "first_name",
    "lastName": "last_name",
    "email": "email",
    "phone": "phone",
    "city": "city",
    "street": "street",
    "state": "state",
    "postal": "postal",
    "birthDate": "birth_date",
    "employeeId": "employee_id",
    "timezone": "timezone",
    "role": "role",
    "department": "department_id",
    "locations": "location_ids",
    "meta": "meta",
    "meta.jobTitle": "job_title",
    "meta.startDate": "start_date",
    "termDate": "term_date",
}

MESSAGES: dict[int, str] = {
    40001: QT_TRANSLATE_NOOP(
        "AccountRules", "Location {id} no longer exists in WorkTaps. Pick another."
    ),
    40002: QT_TRANSLATE_NOOP(
        "AccountRules", "Department {id} no longer exists in WorkTaps. Pick another."
    ),
    40004: QT_TRANSLATE_NOOP("AccountRules", "Enter a first name."),
    40005: QT_TRANSLATE_NOOP("AccountRules", "Enter a last name."),
    40006: QT_TRANSLATE_NOOP("AccountRules", "Enter an email address or a phone number."),
    40007: QT_TRANSLATE_NOOP(
        "AccountRules", "Keep a phone number or an email address: an account needs one of them."
    ),
    40008: QT_TRANSLATE_NOOP("AccountRules", "Choose at least one location."),
    40009: QT_TRANSLATE_NOOP("AccountRules", "Choose a department."),
    40010: QT_TRANSLATE_NOOP("AccountRules", "Choose a role."),
    40011: QT_TRANSLATE_NOOP("AccountRules", "Choose a time zone."),
    40012: QT_TRANSLATE_NOOP("AccountRules", "Enter the last day of work."),
    40014: QT_TRANSLATE_NOOP("AccountRules", "Enter a job title."),
    40015: QT_TRANSLATE_NOOP("AccountRules", "Enter the start date."),
    40017: QT_TRANSLATE_NOOP("AccountRules", "Enter a valid email address, like name@example.com."),
    40018: QT_TRANSLATE_NOOP(
        "AccountRules",
        "Enter a phone number that exists, like (202) 234-5678, or +44 20 7946 0958 "
        "with its country code.",
    ),
    40019: QT_TRANSLATE_NOOP("AccountRules", "Choose at least one location from the list."),
    40020: QT_TRANSLATE_NOOP("AccountRules", "Choose a role: Employee, Manager or Owner."),
    40021: QT_TRANSLATE_NOOP("AccountRules", "Enter the start date as a date, like 2026-02-01."),
    40022: QT_TRANSLATE_NOOP("AccountRules", "The start date cannot be in the future."),
    40023: QT_TRANSLATE_NOOP(
        "AccountRules", "Choose a time zone from the list, like America/New_York."
    ),
    40025: QT_TRANSLATE_NOOP("AccountRules", "Enter the state as its two-letter code, like NY."),
    40026: QT_TRANSLATE_NOOP(
        "AccountRules", "Enter the ZIP code as 5 digits, or 5+4 like 10001-1234."
    ),
    40027: QT_TRANSLATE_NOOP(
        "AccountRules", "Enter the last day of work as a date, like 01/20/2026 or 2026-01-20."
    ),
    40028: QT_TRANSLATE_NOOP("AccountRules", "The last day of work cannot be in the future."),
    40029: QT_TRANSLATE_NOOP("AccountRules", "Another account already has this email address."),
    40030: QT_TRANSLATE_NOOP("AccountRules", "Another account already has this phone number."),
    40031: QT_TRANSLATE_NOOP(
        "AccountRules",
        "This person manages open jobs ({jobs}); give those jobs to someone else "
        "before changing the role.",
    ),
}
# 40029 and 40030 when the caller knows whose the email address or phone number is.
TAKEN_BY: dict[int, str] = {
    40029: QT_TRANSLATE_NOOP(
        "AccountRules", "Another account already has this email address: {whose}."
    ),
    40030: QT_TRANSLATE_NOOP(
        "AccountRules", "Another account already has this phone number: {whose}."
    ),
}
# An account cannot be sent without these: each refused empty with its code, and the
# account form marks them with * from this same table (so the marks cannot drift).
REQUIRED: dict[str, int] = {
    "first_name": 40004,
    "last_name": 40005,
    "location_ids": 40008,
    "department_id": 40009,
    "role": 40010,
    "timezone": 40011,
    "job_title": 40014,
    "start_date": 40015,
}
META_TOO_LONG = QT_TRANSLATE_NOOP(
    "AccountRules", "Custom field {key} holds at most 100 characters (it has {length})."
)
META_NO_NAME = QT_TRANSLATE_NOOP("AccountRules", "Give each custom field a name.")
META_TWICE = QT_TRANSLATE_NOOP(
    "AccountRules", "Custom field {key} is there twice; use each name once."
)
META_RESERVED = QT_TRANSLATE_NOOP(
    "AccountRules", "{key} has its own box above; give this custom field another name."
)
JOB_TITLE_TOO_LONG = QT_TRANSLATE_NOOP("AccountRules", "A job title holds at most 100 characters.")
BIRTH_DATE_INVALID = QT_TRANSLATE_NOOP(
    "AccountRules", "Enter the birth date as a date, like 1990-12-10."
)
BIRTH_DATE_FUTURE = QT_TRANSLATE_NOOP("AccountRules", "The birth date cannot be in the future.")
LOCATION_NAME_REQUIRED = QT_TRANSLATE_NOOP("AccountRules", "Enter the location's name.")
LOCATION_NAME_KEPT = QT_TRANSLATE_NOOP("AccountRules", "A location keeps a name; enter one.")
TERMINATE_OPEN_JOBS = QT_TRANSLATE_NOOP(
    "AccountRules",
    "This person manages open jobs ({jobs}); give those jobs to someone else before "
    "terminating the account.",
)


def say(text: str, **fill: str) -> str:
    """One of the messages above, in the console's language, its {names} filled in."""
    return translate("AccountRules", text).format(**fill)


class _Problems:
    """The first problem found for each field (rules run in the vendor's table order)."""

    def __init__(self) -> None:
        self.found: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.found.setdefault(field, message)

    def code(self, code: int, **fill: str) -> None:
        self.add(FIELD_FOR_CODE[code], say(MESSAGES[code], **fill))


def check_draft(
    draft: AccountDraft,
    *,
    creating: bool,
    today: date,
    departments: Collection[str],
    locations: Collection[str],
    taken_emails: Collection[str],
    taken_phones: Collection[str],
    current: Account | None = None,
    open_jobs: Sequence[str] = (),
) -> dict[str, str]:
    """``{field: message}`` for everything WorkTaps would refuse; empty when it would accept.

    ``today`` is the organization's day. ``departments`` and ``locations`` are the ids
    WorkTaps has (empty: not known yet, not checked). ``taken_emails`` and
    ``taken_phones`` are those of the other active accounts (emails in any case, phones
    in E.164). On an update (``creating`` False) ``current`` is the account as WorkTaps
    holds it and ``open_jobs`` names the open jobs it manages (as a 40031 named them).
    """
    if not creating and current is None:
        raise ValueError("an update is judged against the current account")
    names = changed(draft, None if creating else current)
    values = clean(draft).text
    problems = _Problems()
    _missing(problems, draft, names)
    _contact(problems, draft, names, creating, taken_emails, taken_phones)
    _placement(problems, draft, names, departments, locations)
    _role(problems, values["role"], names, current, open_jobs)
    if "timezone" in names and values["timezone"] and not valid_timezone(values["timezone"]):
        problems.code(40023)
    _meta(problems, draft, names, today)
    _address(problems, values, names, today)
    return problems.found


def _missing(problems: _Problems, draft: AccountDraft, names: frozenset[str]) -> None:
    """Every ``REQUIRED`` field that is sent empty (the job title and start date are
    sent whenever meta is: WorkTaps judges the merged whole)."""
    cleaned = clean(draft)
    for field, code in REQUIRED.items():
        sent = sends_meta(names) if field in ("job_title", "start_date") else field in names
        value = cleaned.location_ids if field == "location_ids" else cleaned.text[field]
        if sent and not value:
            problems.code(code)


def _contact(
    problems: _Problems,
    draft: AccountDraft,
    names: frozenset[str],
    creating: bool,
    taken_emails: Collection[str],
    taken_phones: Collection[str],
) -> None:
    email, phone = draft.email.strip(), draft.phone.strip()
    if "email" in names and email:
        if not valid_email(email):
            problems.code(40017)
        elif email.casefold() in {taken.casefold() for taken in taken_emails}:
            _taken(problems, 40029, _whose(taken_emails, email.casefold()))
    if "phone" in names and phone:
        normalized = normalize_phone(phone)
        if normalized is None:
            problems.code(40018)
        elif normalized in taken_phones:
            _taken(problems, 40030, _whose(taken_phones, normalized))
    if email or phone:
        return
    if creating or "phone" in names:
        problems.code(40006)
    if not creating and "email" in names:
        problems.code(40007)


def _whose(taken: Collection[str], value: str) -> str | None:
    """Whose the value is, when the caller said (a mapping value -> "Name (#id)")."""
    return taken.get(value) if isinstance(taken, Mapping) else None


def _taken(problems: _Problems, code: int, whose: str | None) -> None:
    """ "Another account already has this phone number" and, when known, whose it is."""
    message = say(TAKEN_BY[code], whose=whose) if whose else say(MESSAGES[code])
    problems.add(FIELD_FOR_CODE[code], message)


def _placement(
    problems: _Problems,
    draft: AccountDraft,
    names: frozenset[str],
    departments: Collection[str],
    locations: Collection[str],
) -> None:
    if "department_id" in names:
        department = draft.department_id.strip()
        if department and departments and department not in departments:
            problems.code(40002, id=department)
    if "location_ids" in names:
        ids = clean(draft).location_ids
        unknown = [item for item in ids if item and locations and item not in locations]
        if ids and not all(ids):
            problems.code(40019)
        elif unknown:
            problems.code(40001, id=unknown[0])


def _role(
    problems: _Problems,
    role: str,
    names: frozenset[str],
    current: Account | None,
    open_jobs: Sequence[str],
) -> None:
    if "role" not in names:
        return
    if not role:
        return
    if role not in ROLES:
        problems.code(40020)
    elif current is not None and current.role == "MANAGER" and role != "MANAGER" and open_jobs:
        problems.code(40031, jobs=", ".join(open_jobs))


def _meta(problems: _Problems, draft: AccountDraft, names: frozenset[str], today: date) -> None:
    """The custom fields always (a duplicate would be lost); the job title and start date
    whenever meta is sent, since WorkTaps then judges the merged whole."""
    seen: set[str] = set()
    for key, value in clean(draft).meta:
        if not key:
            problems.add("meta", say(META_NO_NAME))
        elif key in (JOB_TITLE, START_DATE):
            problems.add("meta", say(META_RESERVED, key=key))
        elif key in seen:
            problems.add("meta", say(META_TWICE, key=key))
        elif len(value) > META_MAX_LENGTH:
            problems.add("meta", say(META_TOO_LONG, key=key, length=str(len(value))))
        seen.add(key)
    if not sends_meta(names):
        return
    title, start = draft.job_title.strip(), draft.start_date.strip()
    if len(title) > META_MAX_LENGTH:
        problems.add("job_title", say(JOB_TITLE_TOO_LONG))
    day = iso_day(start)
    if not start:
        return
    if day is None:
        problems.code(40021)
    elif day > today:
        problems.code(40022)


def _address(
    problems: _Problems, values: dict[str, str], names: frozenset[str], today: date
) -> None:
    for field, code, valid in (("state", 40025, valid_state), ("postal", 40026, valid_postal)):
        if field in names and values[field] and not valid(values[field]):
            problems.code(code)
    birth = values["birth_date"]
    if "birth_date" in names and birth:
        day = iso_day(birth)
        if day is None:
            problems.add("birth_date", say(BIRTH_DATE_INVALID))
        elif day > today:
            problems.add("birth_date", say(BIRTH_DATE_FUTURE))


# -- removal, locations, the server's own answers -----------------------------------


def parse_term_date(text: str) -> date | None:
    """The last day of work, typed ``YYYY-MM-DD`` or ``MM/DD/YYYY``; None when it is neither."""
    return term_day(text)


def check_term_date(text: str, today: date) -> str | None:
    """What is wrong with a term date (40012, 40027, 40028), or None."""
    if not text.strip():
        return say(MESSAGES[40012])
    day = term_day(text)
    if day is None:
        return say(MESSAGES[40027])
    if day > today:
        return say(MESSAGES[40028])
    return None


def check_location(
    name: str, phone: str, state: str, postal: str, timezone: str, *, creating: bool
) -> dict[str, str]:
    """``{field: message}`` for a location form (fields ``name``, ``phone``, ``state``,
    ``postal``, ``timezone``). A name is required on a create, and cannot be blanked on
    an update either (WorkTaps refuses a blank one)."""
    found: dict[str, str] = {}
    if not name.strip():
        found["name"] = say(LOCATION_NAME_REQUIRED if creating else LOCATION_NAME_KEPT)
    if phone.strip() and normalize_phone(phone) is None:
        found["phone"] = say(MESSAGES[40018])
    if state.strip() and not valid_state(state.strip()):
        found["state"] = say(MESSAGES[40025])
    if postal.strip() and not valid_postal(postal.strip()):
        found["postal"] = say(MESSAGES[40026])
    if timezone.strip() and not valid_timezone(timezone.strip()):
        found["timezone"] = say(MESSAGES[40023])
    return found


def field_for_error(exc: ValidationError) -> str:
    """The form field a WorkTaps ``ValidationError`` is about (one of ``FIELDS``), by its
    code or else its vendor field name; ``""`` when it names none (show it on the form)."""
    return field_for_code(exc.code, exc.field, default="")


def field_for_code(
    code: int | str | None, field: str | None = None, *, default: str = "general"
) -> str:
    """The account form field a refusal's code (else its vendor field name) is about;
    ``default`` when it names none."""
    if isinstance(code, int) and code in FIELD_FOR_CODE:
        return FIELD_FOR_CODE[code]
    return _VENDOR_FIELDS.get(field or "", default)


_LOCATION_FIELD_FOR_CODE = {40018: "phone", 40023: "timezone", 40025: "state", 40026: "postal"}


def location_field_for_error(exc: ValidationError) -> str:
    """The location form field a WorkTaps ``ValidationError`` is about; a refusal without
    a vendor code is the missing name (the only one WorkTaps has)."""
    return location_field_for_code(exc.code, exc.field, default="name")


def location_field_for_code(
    code: int | str | None, field: str | None = None, *, default: str = "general"
) -> str:
    """The location form field a refusal's code (else its vendor field) is about. WorkTaps'
    missing name answers the plain status 400, without a vendor code; anything else names
    no field (``default``)."""
    if isinstance(code, int) and code in _LOCATION_FIELD_FOR_CODE:
        return _LOCATION_FIELD_FOR_CODE[code]
    if field in ("name", "phone", "state", "postal", "timezone"):
        return field
    return "name" if code == 400 else default


def jobs_from_error(exc: ValidationError) -> tuple[str, ...]:
    """The open jobs a 40031 names (to pass back as ``open_jobs``); empty for other errors."""
    return jobs_named(exc.code, exc.detail)


def jobs_named(code: int | str | None, vendor_message: str | None) -> tuple[str, ...]:
    """The open jobs WorkTaps' 40031 message names after its colon; empty for other codes."""
    if code != 40031 or not vendor_message or ": " not in vendor_message:
        return ()
    listed = vendor_message.split(": ", 1)[1]
    return tuple(job.strip() for job in listed.split(",") if job.strip())


__all__ = [
    "FIELDS",
    "FIELD_FOR_CODE",
    "MESSAGES",
    "AccountDraft",
    "check_draft",
    "check_location",
    "check_term_date",
    "field_for_code",
    "field_for_error",
    "jobs_from_error",
    "jobs_named",
    "location_field_for_code",
    "location_field_for_error",
    "normalize_phone",
    "parse_term_date",
    "to_input",
    "to_location_input",
]
