"""WorkTaps' rules for accounts, account removal and locations.

Each check collects every ``Problem`` it finds and reports the lowest code (the
vendor's table is in numeric order, and the first wrong field in it wins). A
create needs every field the vendor marks required; an update takes any subset
and applies the same rules to what is given.

Where the vendor is silent:

- A field given as JSON ``null`` is blank. On an update a blank optional field
  (``city``, ``state``, ``street``, ``postal``, ``birthDate``, ``employeeId``,
  ``email``, ``phone``) is cleared; a blank required one answers its
  "is required" code. Clearing the email of an account left without a phone
  answers 40007 (Phone is required); clearing the phone of one left without an
  email answers 40006.
- A value of a type the field cannot take (a list for ``email``, say) answers
  the field's "invalid" code; for the names it answers "is required".
- ``meta`` on an update is merged key by key into the account's meta; the
  merged meta must still hold ``jobTitle`` and ``startDate``. Meta values are
  strings or numbers (kept as text), at most 100 characters.
- ``birthDate`` has no vendor code: a real ``YYYY-MM-DD`` date is stored, blank
  clears it, anything else is ignored (the account keeps its old value) so that
  the sandbox never answers a birth date the Account type says cannot exist.
- The email is unique case-insensitively and the phone exactly (both E.164),
  among accounts not removed. ``state`` is stored in capitals.
- Locations have no vendor codes for ``name``: a missing or blank name answers
  ``{"code": 400, "message": "Name is required"}``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from .data import Dataset
from .records import TapsAccount
from .worktaps_checks import (
    Problem,
    describe,
    ident,
    iso_date,
    lowest,
    problem,
    term_date,
    text,
    valid_email,
    valid_phone,
    valid_postal,
    valid_state,
    valid_timezone,
)
from .worktaps_input import Body

ROLES = ("EMPLOYEE", "MANAGER", "OWNER")
META_MAX_LENGTH = 100
NAME_REQUIRED = Problem(400, "Name is required")
LOCATION_TEXT = ("website", "street", "city", "about", "areacode")


class _Check:
    """Problems and normalized changes gathered from one body."""

    def __init__(self, body: Body, creating: bool) -> None:
        self.body = body
        self.fields = body.fields
        self.creating = creating
        self.problems: list[Problem] = []
        self.changes: dict[str, Any] = {}

    def add(self, code: int, **fill: str) -> None:
        self.problems.append(problem(code, **fill))

    def read(self, name: str) -> tuple[bool, str | None]:
        """Whether ``name`` was given, and its text (None: a type it cannot take)."""
        if name not in self.fields:
            return False, None
        return True, text(self.fields[name])

    def required(self, name: str, missing: int, invalid: int | None = None) -> str | None:
        """A field the record cannot be without; None when absent or refused."""
        given, value = self.read(name)
        if not given:
            if self.creating:
                self.add(missing)
            return None
        if value is None:
            self.add(invalid or missing)
            return None
        if not value:
            self.add(missing)
            return None
        return value

    def optional(
        self, name: str, attr: str, code: int, valid: Callable[[str], bool], upper: bool = False
    ) -> None:
        """A field with a format: blank clears it, a bad format answers ``code``."""
        given, value = self.read(name)
        if not given:
            return
        if value == "":
            self.changes[attr] = None
        elif value is None or not valid(value):
            self.add(code)
        else:
            self.changes[attr] = value.upper() if upper else value

    def free_text(self, name: str, attr: str) -> None:
        given, value = self.read(name)
        if given and value is not None:
            self.changes[attr] = value or None


class AccountCheck(_Check):
    """Checks a create (``account`` None) or an update of ``account``."""

    def __init__(self, body: Body, data: Dataset, today: date, account: TapsAccount | None) -> None:
        super().__init__(body, account is None)
        self.data = data
        self.today = today
        self.account = account

    def run(self) -> Problem | None:
        """The problem to report, or None; ``changes`` then holds the new values."""
        self._names()
        self._contact()
        self._address()
        self._role()
        self._timezone()
        self._department()
        self._locations()
        self._meta()
        return lowest(self.problems)

    def _names(self) -> None:
        for name, attr, code in (
            ("firstName", "first_name", 40004),
            ("lastName", "last_name", 40005),
        ):
            value = self.required(name, code)
            if value is not None:
                self.changes[attr] = value

    def _contact(self) -> None:
        self.optional("email", "email", 40017, valid_email)
        self.optional("phone", "phone", 40018, valid_phone)
        email_given, email = self.read("email")
        phone_given, phone = self.read("phone")
        old_email = self.account.email if self.account else None
        old_phone = self.account.phone if self.account else None
        has_email = email != "" if email_given else bool(old_email)
        has_phone = phone != "" if phone_given else bool(old_phone)
        if not has_email and not has_phone:
            if self.creating or (phone_given and phone == ""):
                self.add(40006)
            if not self.creating and email_given and email == "":
                self.add(40007)
        self._unique()

    def _unique(self) -> None:
        email = self.changes.get("email")
        phone = self.changes.get("phone")
        others = [
            a
            for a in self.data.accounts.values()
            if not a.removed and (self.account is None or a.id != self.account.id)
        ]
        if email and any(a.email and a.email.casefold() == email.casefold() for a in others):
            self.add(40029)
        if phone and any(a.phone == phone for a in others):
            self.add(40030)

    def _address(self) -> None:
        self.optional("state", "state", 40025, valid_state, upper=True)
        self.optional("postal", "postal", 40026, valid_postal)
        self.free_text("city", "city")
        self.free_text("street", "street")
        self.free_text("employeeId", "employee_id")
        given, value = self.read("birthDate")
        if given and value == "":
            self.changes["birth_date"] = None
        elif given and value and iso_date(value):
            self.changes["birth_date"] = value

    def _role(self) -> None:
        role = self.required("role", 40010, 40020)
        if role is None:
            return
        if role not in ROLES:
            self.add(40020)
            return
        if self.account and self.account.role == "MANAGER" and role != "MANAGER":
            jobs = [
                job.name
                for job in self.data.jobs
                if job.open and job.manager_account_id == self.account.id
            ]
            if jobs:
                self.add(40031, Jobs=", ".join(jobs))
        self.changes["role"] = role

    def _timezone(self) -> None:
        zone = self.required("timezone", 40011, 40023)
        if zone is not None and not valid_timezone(zone):
            self.add(40023)
        elif zone is not None:
            self.changes["timezone"] = zone

    def _department(self) -> None:
        if "department" not in self.fields:
            if self.creating:
                self.add(40009)
            return
        raw = self.fields["department"]
        found = ident(raw)
        if raw is None or found == "":
            self.add(40009)
        elif found is None:
            self.add(40002, id=describe(raw))
        elif not any(d.worktaps_id == found for d in self.data.departments):
            self.add(40002, id=found)
        else:
            self.changes["department_id"] = found

    def _locations(self) -> None:
        raw = self.fields.get("locations")
        if raw is None:
            if self.creating or "locations" in self.fields:
                self.add(40008)
            return
        ids = [ident(item) for item in raw] if isinstance(raw, list) else []
        if not ids or any(not item for item in ids):
            self.add(40019)
            return
        known = {location.id for location in self.data.locations}
        unknown = [item for item in ids if item not in known]
        if unknown:
            self.add(40001, id=str(unknown[0]))
            return
        self.changes["location_ids"] = [str(item) for item in dict.fromkeys(ids)]

    def _meta(self) -> None:
        if "meta" not in self.fields:
            if self.creating:
                self.add(40013)
            return
        given = _meta_values(self.fields["meta"])
        if self.body.meta_broken or given is None:
            self.add(40013)
            return
        merged = {**(self.account.meta if self.account else {}), **given}
        if not merged.get("jobTitle"):
            self.add(40014)
        start = merged.get("startDate", "")
        start_day = iso_date(start) if start else None
        if not start:
            self.add(40015)
        elif start_day is None:
            self.add(40021)
        elif start_day > self.today:
            self.add(40022)
        self.changes["meta"] = merged


def _meta_values(raw: Any) -> dict[str, str] | None:
    """The meta object as text values; None when it breaks the MetaInput rules."""
    if not isinstance(raw, dict):
        return None
    values: dict[str, str] = {}
    for key, value in raw.items():
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            return None
        shown = str(value)
        if not key.strip() or len(shown) > META_MAX_LENGTH:
            return None
        values[key] = shown.strip()
    return values


def check_term_date(fields: dict[str, Any], today: date) -> tuple[Problem | None, str]:
    """The removal's ``termDate``, as ``MM/DD/YYYY`` (how the vendor writes it)."""
    value = text(fields.get("termDate"))
    if value == "":
        return problem(40012), ""
    day = term_date(value) if value is not None else None
    if day is None:
        return problem(40027), ""
    if day > today:
        return problem(40028), ""
    return None, day.strftime("%m/%d/%Y")


class LocationCheck(_Check):
    """Checks a location create (``creating``) or update: only the vendor's field formats."""

    def run(self) -> Problem | None:
        given, name = self.read("name")
        if (self.creating or given) and not name:
            self.problems.append(NAME_REQUIRED)
        elif name:
            self.changes["name"] = name
        self.optional("phone", "phone", 40018, valid_phone)
        self.optional("state", "state", 40025, valid_state, upper=True)
        self.optional("postal", "postal", 40026, valid_postal)
        self.optional("timezone", "timezone", 40023, valid_timezone)
        for attr in LOCATION_TEXT:
            self.free_text(attr, attr)
        return lowest(self.problems)
