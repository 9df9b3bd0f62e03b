"""An account as the form holds it, and the body it becomes for WorkTaps.

A draft is text as typed. ``clean`` reads it the way WorkTaps reads a body
(stripped, state in capitals, the phone in E.164 when it is one), ``changed``
says which fields differ from the account being edited, and ``to_input`` makes
the body: every field on a create, only what changed on an update (WorkTaps'
PUT takes any subset and merges ``meta`` key by key).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.api import Account, AccountInput, Location, LocationInput, Meta
from desktop.services.accounts.formats import iso_day, normalize_phone

ROLES = ("EMPLOYEE", "MANAGER", "OWNER")
JOB_TITLE = "jobTitle"
START_DATE = "startDate"

# The form's fields, in the vendor's order; ``meta`` is the custom fields and
# ``term_date`` belongs to a removal.
FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "city",
    "street",
    "state",
    "postal",
    "birth_date",
    "employee_id",
    "timezone",
    "role",
    "department_id",
    "location_ids",
    "job_title",
    "start_date",
    "meta",
    "term_date",
)
_TEXT = tuple(f for f in FIELDS if f not in ("location_ids", "meta", "term_date"))
_META_FIELDS = ("job_title", "start_date", "meta")
LOCATION_FIELDS = (
    "name",
    "website",
    "phone",
    "street",
    "city",
    "postal",
    "state",
    "about",
    "areacode",
    "timezone",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class AccountDraft:
    """What the account form holds, as typed."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""  # any common form; sent in E.164
    city: str = ""
    street: str = ""
    state: str = ""
    postal: str = ""
    birth_date: str = ""  # YYYY-MM-DD or empty
    employee_id: str = ""
    timezone: str = ""
    role: str = ""  # EMPLOYEE, MANAGER or OWNER
    department_id: str = ""
    location_ids: tuple[str, ...] = ()
    job_title: str = ""
    start_date: str = ""  # YYYY-MM-DD
    meta: tuple[tuple[str, str], ...] = ()  # custom fields: key, value


def draft_from_account(account: Account) -> AccountDraft:
    """The form filled in with what WorkTaps holds (to edit it)."""
    return AccountDraft(
        first_name=account.first_name or "",
        last_name=account.last_name or "",
        email=account.email or "",
        phone=account.phone or "",
        city=account.city or "",
        street=account.street or "",
        state=account.state or "",
        postal=account.postal or "",
        birth_date=account.birth_date.isoformat() if account.birth_date else "",
        employee_id=account.employee_id or "",
        timezone=account.timezone or "",
        role=account.role or "",
        department_id=account.department.id if account.department else "",
        location_ids=tuple(location.id for location in account.locations),
        job_title=_job_title(account),
        start_date=_start_date(account),
        meta=tuple(custom_meta(account).items()),
    )


def custom_meta(account: Account) -> dict[str, str]:
    """The organization's own meta fields (not jobTitle or startDate), blank ones left out."""
    extra = account.meta.model_extra or {}
    values = {str(key): "" if value is None else str(value) for key, value in extra.items()}
    return {key: value for key, value in values.items() if value.strip()}


def _job_title(account: Account) -> str:
    return account.meta.job_title or account.job_title or ""


def _start_date(account: Account) -> str:
    day = account.meta.start_date or account.start_date
    return day.isoformat() if day else ""


@dataclass(frozen=True, slots=True)
class Clean:
    """A draft read as WorkTaps reads a body."""

    text: dict[str, str]  # every field of ``_TEXT``, stripped
    location_ids: tuple[str, ...]  # stripped, first of each kept, blanks kept (WorkTaps refuses)
    meta: tuple[tuple[str, str], ...]  # stripped; rows blank on both sides dropped


def clean(draft: AccountDraft) -> Clean:
    text = {name: str(getattr(draft, name)).strip() for name in _TEXT}
    text["state"] = text["state"].upper()
    text["phone"] = normalize_phone(text["phone"]) or text["phone"]
    locations = tuple(dict.fromkeys(item.strip() for item in draft.location_ids))
    pairs = ((key.strip(), value.strip()) for key, value in draft.meta)
    return Clean(text, locations, tuple(pair for pair in pairs if pair != ("", "")))


def _current(account: Account) -> Clean:
    return clean(draft_from_account(account))


def changed(draft: AccountDraft, current: Account | None) -> frozenset[str]:
    """The fields of ``draft`` that differ from ``current`` (every field when creating)."""
    if current is None:
        return frozenset(FIELDS) - {"term_date"}
    new, old = clean(draft), _current(current)
    names = {name for name in _TEXT if new.text[name] != old.text[name]}
    if set(new.location_ids) != set(old.location_ids):
        names.add("location_ids")
    if _meta_changes(new, old):
        names.add("meta")
    return frozenset(names)


def _meta_changes(new: Clean, old: Clean) -> dict[str, str]:
    """Custom meta keys to send on an update: new or changed values, and removed keys
    as blank (WorkTaps merges meta, so a key can be blanked but not dropped)."""
    given = dict(new.meta)
    before = dict(old.meta)
    sent = {key: value for key, value in given.items() if before.get(key) != value}
    sent.update((key, "") for key in before if key not in given)
    return sent


def sends_meta(names: frozenset[str]) -> bool:
    return any(name in names for name in _META_FIELDS)


def to_input(draft: AccountDraft, *, current: Account | None = None) -> AccountInput:
    """The body for WorkTaps: on a create (``current`` None) every field that has a value,
    on an update only what changed (a blank clears it). The phone goes in E.164 when it
    is a valid number (as typed otherwise, for WorkTaps to refuse), ``meta`` holds the
    job title, the start date and the custom fields.

    A role other than the three, or a birth or start date that is no date, cannot be put
    in a body: it is left out (``check_draft`` refuses such a draft first), and so is a
    cleared birth date (the body has no way to say it)."""
    new = clean(draft)
    names = changed(draft, current)
    values: dict[str, Any] = {}
    for name in _TEXT:
        if name in names and (current is not None or new.text[name]):
            values[name] = new.text[name]
    values["role"] = values["role"] if values.get("role") in ROLES else None
    birth = values.pop("birth_date", "")
    values["birth_date"] = iso_day(birth)
    department = values.pop("department_id", None)
    values["department"] = department
    if "location_ids" in names and (current is not None or new.location_ids):
        values["locations"] = list(new.location_ids)
    values["meta"] = _meta_input(new, names, current)
    for name in ("job_title", "start_date"):
        values.pop(name, None)
    return AccountInput.model_validate(values)


def _meta_input(new: Clean, names: frozenset[str], current: Account | None) -> Meta | None:
    if not sends_meta(names):
        return None
    custom = dict(new.meta) if current is None else _meta_changes(new, _current(current))
    values: dict[str, Any] = dict(custom)
    # Set last, so they win over a custom key of the same name (check_draft refuses one).
    values[JOB_TITLE] = new.text["job_title"] if "job_title" in names else None
    start = new.text["start_date"]
    values[START_DATE] = iso_day(start) if "start_date" in names else None
    meta = Meta.model_validate(values)
    return meta if meta.model_dump(exclude_none=True) else None


def to_location_input(
    fields: Mapping[str, str], *, current: Location | None = None
) -> LocationInput:
    """A location form's text (keys from ``LOCATION_FIELDS``) as WorkTaps' body: stripped,
    the phone in E.164 when it is a valid number, the state in capitals; on a create the
    fields that have a value, on an update (``current``) only what changed."""
    values = {name: fields[name].strip() for name in LOCATION_FIELDS if name in fields}
    if values.get("phone"):
        values["phone"] = normalize_phone(values["phone"]) or values["phone"]
    if "state" in values:
        values["state"] = values["state"].upper()
    if current is None:
        kept = {name: value for name, value in values.items() if value}
    else:
        kept = {
            name: value for name, value in values.items() if value != (getattr(current, name) or "")
        }
    return LocationInput.model_validate(kept)
