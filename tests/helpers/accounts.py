"""Judging account drafts the console's way and sending them to the sandbox the client's way."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from pydantic import PrivateAttr

from desktop.api import Account, AccountInput, ValidationError, WorkTapsClient
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.services.accounts.rules import AccountDraft, check_draft, to_input
from tests.helpers.api import fast

T = TypeVar("T")
TODAY = date(2026, 11, 18)  # the sandbox fixture's day in the organization's zone

# Seeded facts (seed 1, 120 people).
OWNER_ID = 5001
OWNER_EMAIL = "jack.mendoza@acme.example"
MANAGER_WITH_JOB_ID = 5002  # manages the open job "Saturday inventory"
EMPLOYEE_ID = 5010
PHONE_ONLY_ID = 5061  # no email

VALID = AccountDraft(
    first_name="Ada",
    last_name="Lovelace",
    email="ada.lovelace@example.com",
    phone="(202) 234-5678",
    city="Washington",
    street="1 Analytical Way",
    state="dc",
    postal="20001-1234",
    birth_date="1990-12-10",
    employee_id="90001",
    timezone="America/New_York",
    role="EMPLOYEE",
    department_id="209",
    location_ids=("301", "303"),
    job_title="Dish Washer",
    start_date="2026-11-01",
    meta=(("badge", "B-17"),),
)


class Wire(AccountInput):
    """A body sent exactly as given: what the form sends with the console's checks bypassed,
    where ``AccountInput``'s types cannot hold it (a role ``BOSS``, a start date ``11/01``)."""

    _body: dict[str, Any] = PrivateAttr(default_factory=dict)

    @classmethod
    def of(cls, body: dict[str, Any]) -> Wire:
        wire = cls()
        wire._body = dict(body)
        return wire

    def to_json(self) -> dict[str, Any]:
        return dict(self._body)


def taps(sandbox: SandboxServer) -> WorkTapsClient:
    return WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY, **fast())


def with_client(sandbox: SandboxServer, job: Callable[[WorkTapsClient], Awaitable[T]]) -> T:
    async def main() -> T:
        async with taps(sandbox) as client:
            return await job(client)

    return asyncio.run(main())


@dataclass(frozen=True)
class Vendor:
    """What the console knows of WorkTaps before judging a draft (from a fresh sync)."""

    departments: frozenset[str]
    locations: frozenset[str]
    accounts: tuple[Account, ...]

    @classmethod
    async def read(cls, client: WorkTapsClient) -> Vendor:
        return cls(
            frozenset([d.id async for d in client.iter_departments()]),
            frozenset([loc.id async for loc in client.iter_locations()]),
            tuple([a async for a in client.iter_accounts()]),
        )

    def judge(
        self,
        draft: AccountDraft,
        current: Account | None = None,
        open_jobs: tuple[str, ...] = (),
    ) -> dict[str, str]:
        others = [a for a in self.accounts if current is None or a.id != current.id]
        return check_draft(
            draft,
            creating=current is None,
            today=TODAY,
            departments=self.departments,
            locations=self.locations,
            taken_emails={a.email.lower() for a in others if a.email},
            taken_phones={a.phone for a in others if a.phone},
            current=current,
            open_jobs=open_jobs,
        )


async def send(
    client: WorkTapsClient,
    draft: AccountDraft,
    current: Account | None = None,
    wire: dict[str, Any] | None = None,
) -> Account | ValidationError:
    """``to_input(draft)`` created or updated (``wire`` changes the body as sent); the account
    WorkTaps answers, or the ValidationError it raised."""
    body: AccountInput = to_input(draft, current=current)
    if wire is not None:
        changed = body.to_json()
        for key, value in wire.items():
            if isinstance(value, dict) and isinstance(changed.get(key), dict):
                changed[key] = {**changed[key], **value}
            else:
                changed[key] = value
        body = Wire.of(changed)
    try:
        if current is None:
            return await client.create_account(body)
        return await client.update_account(current.id, body)
    except ValidationError as exc:
        return exc


def account(account_id: int, first: str, last: str, **fields: Any) -> Account:
    """A WorkTaps account as the API answers one (its department and location set)."""
    body: dict[str, Any] = {
        "id": account_id,
        "firstName": first,
        "lastName": last,
        "email": f"{first}.{last}@acme.example".lower(),
        "role": "EMPLOYEE",
        "department": {"id": "209", "name": "Kitchen", "slug": "kitchen"},
        "locations": [{"id": "301", "name": "Headquarters", "slug": "headquarters"}],
        "meta": {"jobTitle": "Cook", "startDate": "2025-01-06"},
        **fields,
    }
    return Account.model_validate(body)
