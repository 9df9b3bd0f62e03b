"""The console's account rules agree with the sandbox on random drafts.

Each example breaks none, one or two fields of an otherwise likely valid draft
(names, emails, phones in several forms, states, postal codes, time zones,
roles, dates, custom fields), judges it as the console does against what a
fresh sync would know, then sends ``to_input(draft)`` to the sandbox:

- what the console accepts, the sandbox accepts;
- what the sandbox refuses, the console refused, on the field the sandbox names;
- where the console alone refuses, it is one of its documented stricter rules.

Each example starts from a freshly seeded sandbox (one day of history, so the
reset is quick) and reads from it what the console would know: departments,
locations, the accounts whose emails and phones are taken, the account edited.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any
from uuid import uuid4

import httpx
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from desktop.api import Account, Location, ValidationError, WorkTapsClient
from desktop.sandbox import WORKTAPS_KEY, SandboxServer
from desktop.services.accounts.draft import draft_from_account
from desktop.services.accounts.formats import timezones
from desktop.services.accounts.rules import (
    AccountDraft,
    check_location,
    check_term_date,
    field_for_error,
    location_field_for_error,
    normalize_phone,
    parse_term_date,
    to_input,
    to_location_input,
)
from tests.helpers.accounts import (
    EMPLOYEE_ID,
    MANAGER_WITH_JOB_ID,
    OWNER_EMAIL,
    OWNER_ID,
    PHONE_ONLY_ID,
    TODAY,
    Vendor,
    send,
    with_client,
)
from tests.helpers.accounts import VALID as VALID_DRAFT
from tests.helpers.clock import TEST_NOW_ISO

EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Where the console is stricter than WorkTaps on purpose (see account_rules): a birth
# date that is no date, a custom field named like a box above or given twice, a phone
# with an extension, digits that are not ASCII. And on an update, a value no body can
# hold (a role other than the three, a start date that is no date) is left out of the
# body, so WorkTaps sees no change where the console refuses one.
STRICTER = {"birth_date", "meta", "phone", "postal", "state"}
LEFT_OUT = {"role", "start_date"}
# WorkTaps' 40013 covers every meta value, the job title and start date too; the
# console names the box that is too long.
NAMED_AS = {"meta": {"meta", "job_title", "start_date"}}
OPEN_JOBS = {MANAGER_WITH_JOB_ID: ("Saturday inventory",)}

AREAS = ("202", "212", "312", "415", "617", "713")
EXCHANGES = [n for n in range(200, 1000) if n % 100 != 11]  # N11 is a service code


def _phone(area: str, exchange: int, line: int, form: int) -> str:
    number = f"{exchange}{line:04d}"
    return [
        f"({area}) {number[:3]}-{number[3:]}",
        f"{area}-{number[:3]}-{number[3:]}",
        f"+1 {area} {number[:3]} {number[3:]}",
        f"{area}{number}",
        f"1{area}{number}",
        f"+1{area}{number}",
    ][form]


def _iso(day: date) -> str:
    return day.isoformat()


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.text(max_size=max_size)


VALID: dict[str, st.SearchStrategy[Any]] = {
    "first_name": st.sampled_from(["Ada", "Łukasz", "O'Neil", "Mary Ann", " José "])
    | st.text(st.characters(categories=["L"]), min_size=1, max_size=12),
    "last_name": st.sampled_from(["Lovelace", "Nguyễn", "de la Cruz"]),
    "email": st.builds(
        "{}.{}@{}".format,
        st.sampled_from(["ada", "Bob", "c_d", "e+f"]),
        st.integers(0, 10**12),
        st.sampled_from(["example.com", "Mail.Example.org"]),
    ),
    "phone": st.builds(
        _phone,
        st.sampled_from(AREAS),
        st.sampled_from(EXCHANGES),
        st.integers(0, 9999),
        st.integers(0, 5),
    )
    | st.just("+44 20 7946 0958")
    | st.just(""),
    "city": _text(20),
    "street": _text(30),
    "state": st.sampled_from(["NY", "ny", "Dc", "CA", ""]),
    "postal": st.from_regex(r"[0-9]{5}(-[0-9]{4})?", fullmatch=True) | st.just(""),
    "birth_date": st.dates(date(1940, 1, 1), date(2008, 12, 31)).map(_iso) | st.just(""),
    "employee_id": _text(10),
    "timezone": st.sampled_from(sorted(timezones())) | st.just(" America/New_York "),
    "role": st.sampled_from(["EMPLOYEE", "MANAGER", "OWNER", " OWNER "]),
    "department_id": st.sampled_from(["209", "201", " 205 "]),
    "location_ids": st.lists(st.sampled_from(["301", "302", "303"]), min_size=1, max_size=3).map(
        tuple
    ),
    "job_title": st.text(st.characters(categories=["L", "N", "P"]), min_size=1, max_size=40),
    "start_date": st.dates(date(2000, 1, 1), TODAY).map(_iso),
    "meta": st.lists(
        st.tuples(st.sampled_from(["badge", "note", "Badge", "shirt"]), _text(100)),
        max_size=3,
        unique_by=lambda pair: pair[0],
    ).map(tuple),
}
BROKEN: dict[str, st.SearchStrategy[Any]] = {
    "first_name": st.sampled_from(["", "   "]),
    "last_name": st.sampled_from(["", "\t"]),
    "email": st.sampled_from(["", "ada.lovelace", "a@b", "a b@example.com", OWNER_EMAIL.upper()])
    | st.emails()
    | _text(20),
    "phone": st.sampled_from(
        ["", "12345", "+1 000 000 0000", "202-234-5678 x12", "020 7946 0958", "(212) 230-0000"]
    )
    | _text(15),
    "state": st.sampled_from(["California", "N1", "C", "ÑY"]) | _text(3),
    "postal": st.sampled_from(["2000", "200011234", "abcde", "２０００１"]) | _text(10),
    "birth_date": st.sampled_from(["1990-02-30", "12/10/1990", "2030-01-01"]) | _text(10),
    "timezone": st.sampled_from(["", "Mars/Olympus", "america/new_york"]) | _text(12),
    "role": st.sampled_from(["", "manager", "BOSS"]) | _text(8),
    "department_id": st.sampled_from(["", "999"]),
    "location_ids": st.sampled_from([(), ("999",), (" ",), ("301", "")]),
    "job_title": st.sampled_from(["", " ", "x" * 101]) | _text(120),
    "start_date": st.sampled_from(["", _iso(TODAY + timedelta(days=1)), "11/01/2026", "2026-02-30"])
    | _text(10),
    "meta": st.lists(
        st.tuples(st.sampled_from(["badge", " badge", "jobTitle", "startDate", ""]), _text(110)),
        min_size=1,
        max_size=3,
    ).map(tuple),
}


@st.composite
def drafts(draw: st.DrawFn) -> AccountDraft:
    count = draw(st.sampled_from([0, 0, 1, 2]))  # half the drafts break nothing
    broken = draw(st.sets(st.sampled_from(sorted(BROKEN)), min_size=count, max_size=count))
    values = {
        name: draw(BROKEN[name] if name in broken else strategy) for name, strategy in VALID.items()
    }
    if not values["email"] and not values["phone"]:
        values["email"] = draw(VALID["email"])
    return AccountDraft(**values)


@st.composite
def edits(draw: st.DrawFn) -> tuple[int, dict[str, Any]]:
    account = draw(st.sampled_from([OWNER_ID, MANAGER_WITH_JOB_ID, EMPLOYEE_ID, PHONE_ONLY_ID]))
    names = draw(st.sets(st.sampled_from(sorted(VALID)), min_size=1, max_size=2))
    changes = {name: draw(VALID[name] | BROKEN.get(name, VALID[name])) for name in names}
    return account, changes


def _fresh(sandbox: SandboxServer) -> None:
    sandbox.controls.reset(seed=1, days=1, now=TEST_NOW_ISO)
    sandbox.controls.time(frozen=True, speed=1)


def _agree(
    errors: dict[str, str],
    answer: Account | ValidationError,
    draft: AccountDraft,
    stricter: set[str] = STRICTER,
) -> None:
    if isinstance(answer, ValidationError):
        event("both refuse")
        assert errors, f"the sandbox refused ({answer.code} {answer.detail}); the console did not"
        assert NAMED_AS.get(field_for_error(answer), {field_for_error(answer)}) & set(errors), (
            answer.code,
            errors,
        )
        return
    event("both accept" if not errors else "only the console refuses")
    assert set(errors) <= stricter, errors
    if not errors and draft.phone.strip():
        assert answer.phone == normalize_phone(draft.phone)


@pytest.mark.slow
@EXAMPLES
@given(draft=drafts())
def test_what_the_console_accepts_on_create_the_sandbox_accepts(
    sandbox: SandboxServer, draft: AccountDraft
) -> None:
    _fresh(sandbox)

    async def example(client: WorkTapsClient) -> None:
        vendor = await Vendor.read(client)
        _agree(vendor.judge(draft), await send(client, draft), draft)

    with_client(sandbox, example)


@pytest.mark.slow
@EXAMPLES
@given(edit=edits())
def test_what_the_console_accepts_on_update_the_sandbox_accepts(
    sandbox: SandboxServer, edit: tuple[int, dict[str, Any]]
) -> None:
    account_id, changes = edit
    _fresh(sandbox)

    async def example(client: WorkTapsClient) -> None:
        vendor = await Vendor.read(client)
        current = await client.get_account(account_id)
        draft = dataclasses.replace(draft_from_account(current), **changes)
        errors = vendor.judge(draft, current, OPEN_JOBS.get(account_id, ()))
        _agree(errors, await send(client, draft, current), draft, STRICTER | LEFT_OUT)

    with_client(sandbox, example)


# -- term dates and locations ---------------------------------------------------------


def _term_forms(day: date) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            day.isoformat(),
            day.strftime("%m/%d/%Y"),
            f" {day:%m/%d/%Y} ",
            day.strftime("%d.%m.%Y"),
            day.strftime("%m/%d/%y"),
            day.strftime("%Y/%m/%d"),
        ]
    )


TERM_DATES = (
    st.dates(date(1990, 1, 1), TODAY + timedelta(days=400)).flatmap(_term_forms)
    | st.sampled_from(["", " ", "02/30/2026", "2026-02-30", "13/01/2026", "２０２６-01-02"])
    | st.from_regex(r"[0-9]{2}/[0-9]{2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True)
    | _text(12)
)


def _ascii_digits(text: str) -> bool:
    return all(c.isascii() for c in text if c.isdigit())


@pytest.mark.slow
@EXAMPLES
@given(typed=TERM_DATES)
@example(typed="01/01/0001")  # the client once wrote it "01/01/1" (strftime's %Y)
def test_what_the_console_accepts_as_a_term_date_the_sandbox_accepts(
    sandbox: SandboxServer, typed: str
) -> None:
    """The console's reading, sent the client's way (``MM/DD/YYYY``), is accepted; the text
    as typed, sent raw, is refused only where the console refused it too."""
    problem = check_term_date(typed, TODAY)

    async def example(client: WorkTapsClient) -> None:
        ours, raw = [await _disposable(client) for _ in range(2)]
        if problem is None:
            day = parse_term_date(typed)
            assert day is not None
            await client.delete_account(ours, day)  # raises when WorkTaps refuses
        async with httpx.AsyncClient(auth=(WORKTAPS_KEY, "")) as http:
            answer = await http.request(
                "DELETE", f"{sandbox.url('worktaps')}/account/{raw}", json={"termDate": typed}
            )
        if answer.status_code == 400:
            event("both refuse")
            assert problem is not None, (typed, answer.json())
        else:
            assert answer.status_code == 200, answer.text
            event("both accept" if problem is None else "only the console refuses")
            assert problem is None or not _ascii_digits(typed), (typed, problem)

    with_client(sandbox, example)


async def _disposable(client: WorkTapsClient) -> int:
    """A fresh account to remove."""
    made = await client.create_account(
        to_input(
            dataclasses.replace(VALID_DRAFT, email=f"leaver.{uuid4().hex}@example.com", phone="")
        )
    )
    return made.id


LOCATION: dict[str, st.SearchStrategy[str]] = {
    "name": st.sampled_from(["Pop-up", "Store 7", "Łódź depot"]) | _text(20),
    "phone": VALID["phone"] | BROKEN["phone"],
    "state": VALID["state"] | BROKEN["state"],
    "postal": VALID["postal"] | BROKEN["postal"],
    "timezone": VALID["timezone"] | BROKEN["timezone"] | st.just(""),
}
# As for accounts: a phone with an extension, a postal code or state in digits or letters
# that are not ASCII.
LOCATION_STRICTER = {"phone", "postal", "state"}


@pytest.mark.slow
@EXAMPLES
@given(fields=st.fixed_dictionaries(LOCATION))
def test_what_the_console_accepts_as_a_location_the_sandbox_accepts(
    sandbox: SandboxServer, fields: dict[str, str]
) -> None:
    errors = check_location(**fields, creating=True)

    async def create(client: WorkTapsClient) -> Location | ValidationError:
        try:
            return await client.create_location(to_location_input(fields))
        except ValidationError as refused:
            return refused

    answer = with_client(sandbox, create)
    if isinstance(answer, ValidationError):
        event("both refuse")
        assert location_field_for_error(answer) in errors, (answer.code, errors)
        return
    event("both accept" if not errors else "only the console refuses")
    assert set(errors) <= LOCATION_STRICTER, errors
    if not errors and fields["phone"].strip():
        assert answer.phone == normalize_phone(fields["phone"])
