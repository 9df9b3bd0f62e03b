"""Every WorkTaps error code, through WorkTapsClient against the sandbox: class, field, words."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from desktop.api import (
    AccountInput,
    ApiError,
    AuthError,
    LocationInput,
    Meta,
    NotFound,
    ServerError,
    ValidationError,
    WorkTapsClient,
)
from desktop.api._codes import WORKTAPS
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY, WORKTAPS_READONLY_KEY
from desktop.sandbox.server import SandboxControls
from desktop.sandbox.worktaps_codes import MESSAGES
from tests.helpers.api import fast, use
from tests.helpers.worktaps_codes import EMPLOYEE_ID, OWNER_EMAIL, OWNER_PHONE, VALID

PHONE_ONLY_ID = 5061
MANAGER_WITH_JOB_ID = 5002

Action = Callable[[WorkTapsClient], Awaitable[Any]]


def create(**changes: Any) -> Action:
    return lambda client: client.create_account(VALID.model_copy(update=changes))


def update(account_id: int, **changes: Any) -> Action:
    return lambda client: client.update_account(account_id, AccountInput(**changes))


async def _clear_email_of_an_email_only_account(client: WorkTapsClient) -> None:
    made = await client.create_account(VALID.model_copy(update={"phone": None}))
    await client.update_account(made.id, AccountInput(email=""))


@dataclass(frozen=True)
class Case:
    code: int
    action: Action
    kind: type[ApiError] = ValidationError
    key: str = WORKTAPS_KEY


CASES: dict[str, Case] = {
    "40000 read-only key writes": Case(40000, create(), AuthError, WORKTAPS_READONLY_KEY),
    "40000 unknown key": Case(40000, lambda c: c.list_accounts(), AuthError, "not-a-key"),
    "40001 location in body": Case(40001, create(locations=["301", "999"])),
    "40001 location in path": Case(
        40001, lambda c: c.update_location(999, LocationInput(city="Nowhere")), NotFound
    ),
    "40002": Case(40002, create(department="999")),
    "40003": Case(40003, lambda c: c.get_account(999999), NotFound),
    "40004": Case(40004, create(first_name=None)),
    "40005": Case(40005, create(last_name=None)),
    "40006": Case(40006, update(PHONE_ONLY_ID, phone="")),
    "40007": Case(40007, _clear_email_of_an_email_only_account),
    "40008": Case(40008, create(locations=None)),
    "40009": Case(40009, create(department=None)),
    "40010": Case(40010, create(role=None)),
    "40011": Case(40011, create(timezone=None)),
    "40013": Case(40013, create(meta=Meta(job_title="Chef", start_date="2026-01-05", x="y" * 101))),
    "40014": Case(40014, create(meta=Meta(start_date=date(2026, 1, 5)))),
    "40015": Case(40015, create(meta=Meta(job_title="Chef"))),
    "40017": Case(40017, create(email="ada.lovelace")),
    "40018": Case(40018, create(phone="(202) 234-5678")),
    "40019": Case(40019, create(locations=[])),
    "40022": Case(40022, create(meta=Meta(job_title="Chef", start_date=date(2026, 11, 19)))),
    "40023": Case(40023, create(timezone="Mars/Olympus")),
    "40025": Case(40025, create(state="California")),
    "40026": Case(40026, create(postal="2000")),
    "40028": Case(40028, lambda c: c.delete_account(EMPLOYEE_ID, date(2026, 11, 19))),
    "40029": Case(40029, create(email=OWNER_EMAIL.upper())),
    "40030": Case(40030, create(phone=OWNER_PHONE)),
    "40031": Case(40031, update(MANAGER_WITH_JOB_ID, role="EMPLOYEE")),
}

# What the typed client cannot send wrong (it always sends a well-formed date or role)
# comes from the sandbox's injected faults, over the same socket and parser.
INJECTED: dict[int, tuple[str, str, Action]] = {
    40012: ("DELETE", "/account", lambda c: c.delete_account(EMPLOYEE_ID, date(2026, 1, 2))),
    40020: ("POST", "/account", create()),
    40021: ("POST", "/account", create()),
    40027: ("DELETE", "/account", lambda c: c.delete_account(EMPLOYEE_ID, date(2026, 1, 2))),
    50001: ("POST", "/account", create()),
    50002: ("DELETE", "/account", lambda c: c.delete_account(EMPLOYEE_ID, date(2026, 1, 2))),
    50003: ("PUT", "/account", update(EMPLOYEE_ID, city="Boston")),
    50004: ("PUT", "/locations", lambda c: c.update_location(301, LocationInput(city="Boston"))),
    50005: ("POST", "/locations", lambda c: c.create_location(LocationInput(name="Annex"))),
}


def client(sandbox: SandboxServer, key: str = WORKTAPS_KEY) -> WorkTapsClient:
    return WorkTapsClient(sandbox.url("worktaps"), key, **fast())


def expect(error: ApiError, code: int, kind: type[ApiError]) -> None:
    assert type(error) is kind
    assert error.code == code
    assert error.service == "worktaps"
    if isinstance(error, ValidationError):
        assert error.field == WORKTAPS[code].field
    if code != 40031:
        assert error.message == WORKTAPS[code].message
    assert error.detail is not None
    assert error.detail.split(" ")[0] == MESSAGES[code].split(" ")[0]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_code_the_client_can_provoke(sandbox: SandboxServer, case: Case) -> None:
    with pytest.raises(ApiError) as caught:
        use(client(sandbox, case.key), case.action)
    expect(caught.value, case.code, case.kind)


@pytest.mark.parametrize("code", INJECTED.keys())
def test_each_code_the_client_cannot_provoke(
    sandbox: SandboxServer, controls: SandboxControls, code: int
) -> None:
    method, path, action = INJECTED[code]
    status = 500 if code >= 50000 else 400
    controls.fault("status", service="worktaps", path=path, method=method, status=status, code=code)
    with pytest.raises(ApiError) as caught:
        use(client(sandbox), action)
    expect(caught.value, code, ServerError if code >= 50000 else ValidationError)
    assert len(controls.requests("worktaps")) == 1  # writes are never retried


def test_every_code_of_the_vendors_table_is_covered() -> None:
    covered = {case.code for case in CASES.values()} | set(INJECTED)
    assert covered == set(MESSAGES) == set(WORKTAPS)


def test_a_manager_of_open_jobs_is_told_which_jobs(sandbox: SandboxServer) -> None:
    with pytest.raises(ValidationError, match="Saturday inventory") as caught:
        use(client(sandbox), update(MANAGER_WITH_JOB_ID, role="EMPLOYEE"))
    assert caught.value.field == "role"


def test_phone_error_in_a_managers_words(sandbox: SandboxServer) -> None:
    with pytest.raises(ValidationError) as caught:
        use(client(sandbox), create(phone="(202) 234-5678"))
    assert caught.value.field == "phone"
    assert str(caught.value) == (
        "Enter the phone number with its country code, like +1 212 555 0100"
    )
