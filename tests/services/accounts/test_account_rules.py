"""Each WorkTaps code 40004 to 40031, by the input the vendor's table describes: the console
flags the field first, and the sandbox, sent the same input, names the same field."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import httpx
import pytest

from desktop.api import Account, Location, ValidationError, WorkTapsClient
from desktop.api.errors import error_for_response
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.sandbox.worktaps_codes import MESSAGES as VENDOR_MESSAGES
from desktop.services.accounts.draft import draft_from_account
from desktop.services.accounts.rules import (
    FIELD_FOR_CODE,
    FIELDS,
    AccountDraft,
    check_location,
    check_term_date,
    field_for_error,
    jobs_from_error,
    location_field_for_error,
    parse_term_date,
    to_input,
    to_location_input,
)
from tests.helpers.accounts import (
    EMPLOYEE_ID,
    MANAGER_WITH_JOB_ID,
    OWNER_EMAIL,
    PHONE_ONLY_ID,
    TODAY,
    VALID,
    Vendor,
    send,
    with_client,
)

EMAIL_ONLY = -1  # an account the test makes first: an email, no phone
TODAY_AT = datetime(2026, 11, 18, 15, tzinfo=UTC)


@dataclass(frozen=True)
class Case:
    code: int
    field: str
    changes: dict[str, Any] = field(default_factory=dict)  # to the valid draft, or the account's
    account: int | None = None  # an update of this account (None: a create)
    open_jobs: tuple[str, ...] = ()
    wire: dict[str, Any] | None = None  # the body as sent, where AccountInput cannot hold it


CASES: dict[str, Case] = {
    "40004 first name blank": Case(40004, "first_name", {"first_name": ""}),
    "40005 last name only spaces": Case(40005, "last_name", {"last_name": "   "}),
    "40006 neither email nor phone": Case(40006, "email", {"email": "", "phone": ""}),
    "40006 phone cleared, no email": Case(40006, "email", {"phone": ""}, PHONE_ONLY_ID),
    "40007 email cleared, no phone": Case(40007, "phone", {"email": ""}, EMAIL_ONLY),
    "40008 no location": Case(40008, "location_ids", {"location_ids": ()}),
    "40009 no department": Case(40009, "department_id", {"department_id": ""}),
    "40010 no role": Case(40010, "role", {"role": ""}),
    "40011 no timezone": Case(40011, "timezone", {"timezone": ""}),
    "40013 custom field over 100": Case(40013, "meta", {"meta": (("note", "x" * 101),)}),
    "40014 no job title": Case(40014, "job_title", {"job_title": " "}),
    "40015 no start date": Case(40015, "start_date", {"start_date": ""}),
    "40017 email invalid": Case(40017, "email", {"email": "ada.lovelace"}),
    "40018 phone that cannot exist": Case(40018, "phone", {"phone": "+1 000 000 0000"}),
    "40019 a blank location": Case(40019, "location_ids", {"location_ids": (" ",)}),
    "40020 role not one of three": Case(40020, "role", {"role": "BOSS"}, wire={"role": "BOSS"}),
    "40021 start date not a date": Case(
        40021,
        "start_date",
        {"start_date": "11/01/2026"},
        wire={"meta": {"startDate": "11/01/2026"}},
    ),
    "40022 start date tomorrow": Case(40022, "start_date", {"start_date": "2026-11-19"}),
    "40023 timezone unknown": Case(40023, "timezone", {"timezone": "Mars/Olympus"}),
    "40025 state spelled out": Case(40025, "state", {"state": "California"}),
    "40026 postal too short": Case(40026, "postal", {"postal": "2000"}),
    "40029 email taken, other case": Case(40029, "email", {"email": OWNER_EMAIL.upper()}),
    "40030 phone taken, typed locally": Case(40030, "phone", {"phone": "(212) 230-0000"}),
    "40031 demoting a manager of open jobs": Case(
        40031, "role", {"role": "EMPLOYEE"}, MANAGER_WITH_JOB_ID, ("Saturday inventory",)
    ),
    "40001 unknown location": Case(40001, "location_ids", {"location_ids": ("301", "999")}),
    "40002 unknown department": Case(40002, "department_id", {"department_id": "999"}),
}
TERM_CASES = {  # typed term date -> code
    "": 40012,
    "20.01.2010": 40027,
    "02/30/2010": 40027,
    "11/19/2026": 40028,
    "2026-11-19": 40028,
}
LOCATION_CASES = {  # field, value -> code (400: the name, which has no vendor code)
    ("name", " "): 400,
    ("phone", "12345"): 40018,
    ("state", "New York"): 40025,
    ("postal", "1234"): 40026,
    ("timezone", "Mars/Olympus"): 40023,
}
LOCATION_VALID = {
    "name": "Pop-up",
    "phone": "(202) 234-5678",
    "state": "dc",
    "postal": "20001",
    "timezone": "America/New_York",
}


def test_the_tables_reach_every_code_from_40004_to_40031() -> None:
    vendor = {code for code in VENDOR_MESSAGES if 40004 <= code <= 40031}
    reached = {case.code for case in CASES.values()} | set(TERM_CASES.values())
    assert reached >= vendor
    assert set(FIELD_FOR_CODE) == {c for c in VENDOR_MESSAGES if c < 50000} - {40000, 40003}
    assert set(FIELD_FOR_CODE.values()) <= set(FIELDS)


async def _situation(
    client: WorkTapsClient, case: Case
) -> tuple[Vendor, AccountDraft, Account | None]:
    """The vendor as synced, the draft the case types, and the account it edits."""
    current = None
    if case.account == EMAIL_ONLY:
        made = await client.create_account(to_input(dataclasses.replace(VALID, phone="")))
        current = await client.get_account(made.id)
    elif case.account is not None:
        current = await client.get_account(case.account)
    base = VALID if current is None else draft_from_account(current)
    return await Vendor.read(client), dataclasses.replace(base, **case.changes), current


def _plain(message: str, code: int) -> None:
    """A manager's sentence, not the vendor's words or number."""
    assert message.endswith("."), message
    assert str(code) not in message
    assert message != VENDOR_MESSAGES[code]
    assert "required" not in message.lower()


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_console_flags_the_field(sandbox: SandboxServer, case: Case) -> None:
    async def judge(client: WorkTapsClient) -> dict[str, str]:
        vendor, draft, current = await _situation(client, case)
        return vendor.judge(draft, current, case.open_jobs)

    errors = with_client(sandbox, judge)
    assert list(errors) == [case.field]
    _plain(errors[case.field], case.code)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_sandbox_names_the_same_field(sandbox: SandboxServer, case: Case) -> None:
    async def bypass(client: WorkTapsClient) -> Account | ValidationError:
        _vendor, draft, current = await _situation(client, case)
        return await send(client, draft, current, case.wire)

    answer = with_client(sandbox, bypass)
    assert isinstance(answer, ValidationError), answer
    assert answer.code == case.code
    assert field_for_error(answer) == case.field
    if case.code == 40031:
        assert jobs_from_error(answer) == case.open_jobs


@pytest.mark.parametrize(("typed", "code"), TERM_CASES.items(), ids=TERM_CASES.keys())
def test_term_dates_by_console_and_sandbox(sandbox: SandboxServer, typed: str, code: int) -> None:
    message = check_term_date(typed, TODAY)
    assert message is not None
    _plain(message, code)
    answer = httpx.request(
        "DELETE",
        f"{sandbox.url('worktaps')}/account/{EMPLOYEE_ID}",
        json={"termDate": typed},
        auth=(WORKTAPS_KEY, ""),
    )
    error = error_for_response("worktaps", answer.status_code, answer.json(), reset_at=TODAY_AT)
    assert isinstance(error, ValidationError)
    assert error.code == code
    assert field_for_error(error) == "term_date"


@pytest.mark.parametrize(
    ("typed", "day"), [("01/20/2010", date(2010, 1, 20)), ("2026-11-18", TODAY)]
)
def test_a_term_date_in_either_form_is_accepted(typed: str, day: date) -> None:
    assert check_term_date(typed, TODAY) is None
    assert parse_term_date(typed) == day


@pytest.mark.parametrize(
    ("where", "code"), LOCATION_CASES.items(), ids=[f for f, _ in LOCATION_CASES]
)
def test_locations_by_console_and_sandbox(
    sandbox: SandboxServer, where: tuple[str, str], code: int
) -> None:
    name, value = where
    fields = {**LOCATION_VALID, name: value}
    errors = check_location(**fields, creating=True)
    assert list(errors) == [name]
    assert errors[name].endswith(".")

    async def create(client: WorkTapsClient) -> object:
        try:
            return await client.create_location(to_location_input(fields))
        except ValidationError as exc:
            return exc

    answer = with_client(sandbox, create)
    assert isinstance(answer, ValidationError)
    assert answer.code == code
    assert location_field_for_error(answer) == name


def test_a_valid_location_passes_and_lands(sandbox: SandboxServer) -> None:
    assert check_location(**LOCATION_VALID, creating=True) == {}
    assert check_location(" ", "", "", "", "", creating=False) == {
        "name": "A location keeps a name; enter one."
    }

    async def create(client: WorkTapsClient) -> Location:
        return await client.create_location(to_location_input(LOCATION_VALID))

    made = with_client(sandbox, create)
    assert (made.name, made.phone, made.state) == ("Pop-up", "+12022345678", "DC")
