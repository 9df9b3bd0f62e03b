"""WorqClient against the sandbox: paging, token renewal, errors, retries."""

from __future__ import annotations

import asyncio
from datetime import date

import pytest

from desktop.api import (
    AuthError,
    NetworkError,
    ProtocolError,
    ValidationError,
    WorqClient,
    WorqEmployee,
)
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_CUSTOMER_CODE, WORQ_PARTNER_KEY, WORQ_PARTNER_NAME
from desktop.sandbox.server import SandboxControls
from tests.helpers.api import Clock, Script, answer, collect, drain, fast, run, use

START, END = date(2000, 1, 1), date(2026, 11, 18)


def worq(
    sandbox: SandboxServer,
    *,
    key: str = WORQ_PARTNER_KEY,
    customer: str = WORQ_CUSTOMER_CODE,
    clock: Clock | None = None,
) -> WorqClient:
    return WorqClient(sandbox.url("worq"), WORQ_PARTNER_NAME, key, customer, **fast(clock))


def paths(controls: SandboxControls) -> list[tuple[str, int | None]]:
    return [(r["path"], r["status"]) for r in controls.requests("worq")]


def everyone(sandbox: SandboxServer) -> list[WorqEmployee]:
    return drain(worq(sandbox), lambda c: c.iter_employee_data(START, END))


def test_iter_employee_data_walks_every_page_once(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    people = everyone(sandbox)
    expected = controls.info()["counts"]["worq_employees"]
    assert len(people) == expected > 100
    assert len({p.employee_id for p in people}) == expected
    pages = -(-expected // 50)
    assert paths(controls) == [("/get-access-token", 200)] + [("/get-employee-data", 200)] * pages
    person = people[0]
    assert person.email
    assert person.first_name
    assert person.date_of_joining
    assert person.updated_at is not None
    assert person.updated_at.tzinfo is not None


def test_get_employee_data_answers_one_page(sandbox: SandboxServer) -> None:
    async def scenario() -> None:
        async with worq(sandbox) as client:
            page = await client.get_employee_data(START, END, page=2)
            assert (page.page, page.limit) == (2, 50)
            assert len(page.items) == 50
            assert page.total > 100

    run(scenario())


def test_one_employee_and_a_date_range(sandbox: SandboxServer) -> None:
    someone = everyone(sandbox)[7]

    async def scenario() -> None:
        async with worq(sandbox) as client:
            only = await collect(client.iter_employee_data(START, END, someone.employee_id))
            assert only == [someone]
            nobody = await collect(client.iter_employee_data(date(1990, 1, 1), date(1990, 1, 2)))
            assert nobody == []

    run(scenario())


def test_a_token_that_expires_between_pages_is_renewed_and_paging_resumes(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    expected = {p.employee_id for p in everyone(sandbox)}
    controls.clear_requests()

    async def scenario() -> list[WorqEmployee]:
        seen: list[WorqEmployee] = []
        async with worq(sandbox) as client:
            async for person in client.iter_employee_data(START, END):
                seen.append(person)
                if len(seen) == 50:  # the end of page 1: page 2 is fetched next
                    controls.worq(expire_tokens=True)
        return seen

    seen = run(scenario())
    assert sorted(p.employee_id for p in seen) == sorted(expected)
    assert paths(controls)[:5] == [
        ("/get-access-token", 200),
        ("/get-employee-data", 200),
        ("/get-employee-data", 401),
        ("/get-access-token", 200),
        ("/get-employee-data", 200),
    ]


def test_a_token_about_to_run_out_is_renewed_before_it_is_refused(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.worq(token_lifetime=600)
    clock = Clock(controls=controls)

    async def scenario() -> int:
        count = 0
        async with worq(sandbox, clock=clock) as client:
            async for _ in client.iter_employee_data(START, END):
                count += 1
                if count == 50:
                    clock.advance(580)  # 20 s left: inside the client's margin
        return count

    assert run(scenario()) == controls.info()["counts"]["worq_employees"]
    log = paths(controls)
    assert ("/get-employee-data", 401) not in log
    assert log.count(("/get-access-token", 200)) == 2


def test_a_token_is_renewed_only_once_per_request(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.worq(token_lifetime=0)
    with pytest.raises(AuthError) as caught:
        everyone(sandbox)
    assert caught.value.code == "token_expired"
    assert paths(controls) == [
        ("/get-access-token", 200),
        ("/get-employee-data", 401),
        ("/get-access-token", 200),
        ("/get-employee-data", 401),
    ]


def test_an_unknown_token_is_renewed_too() -> None:
    script = Script(
        [
            answer(200, {"status": "success", "messages": [], "result": {"token": "t1"}}),
            answer(401, {"status": "error", "messages": ["Invalid token"], "result": None}),
            answer(200, {"status": "success", "messages": [], "result": {"token": "t2"}}),
            answer(
                200,
                {
                    "status": "success",
                    "result": {
                        "employees": [{"employee_id": 1}],
                        "page": 1,
                        "per_page": 50,
                        "total": 1,
                    },
                },
            ),
        ]
    )
    client = WorqClient(
        "https://employee-mss.heptagon.tech/api/v1",
        "partner",
        "partner-key",
        "C1",
        transport=script.transport,
    )
    people = drain(client, lambda c: c.iter_employee_data(START, END))
    assert [p.employee_id for p in people] == ["1"]
    assert [r.url.path.rsplit("/", 1)[1] for r in script.seen] == [
        "get-access-token",
        "get-employee-data",
        "get-access-token",
        "get-employee-data",
    ]


def test_pages_fetched_at_once_share_one_token(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    async def three_pages(client: WorqClient) -> list[int]:
        pages = await asyncio.gather(*(client.get_employee_data(START, END, n) for n in (1, 2, 3)))
        return [page.page for page in pages]

    assert use(worq(sandbox), three_pages) == [1, 2, 3]
    assert paths(controls).count(("/get-access-token", 200)) == 1


def test_wrong_partner_key(sandbox: SandboxServer) -> None:
    with pytest.raises(AuthError, match="partner name and key") as caught:
        drain(worq(sandbox, key="not-the-key"), lambda c: c.iter_employee_data(START, END))
    assert caught.value.status == 401
    assert caught.value.code is None


def test_wrong_customer_code(sandbox: SandboxServer) -> None:
    with pytest.raises(ValidationError, match="customer code") as caught:
        drain(worq(sandbox, customer="NOPE"), lambda c: c.iter_employee_data(START, END))
    assert caught.value.field == "customer_code"


def test_start_after_end(sandbox: SandboxServer) -> None:
    with pytest.raises(ValidationError) as caught:
        drain(worq(sandbox), lambda c: c.iter_employee_data(END, START))
    assert caught.value.field == "start_date"


def test_gateway_errors_on_the_read_post_are_retried(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("status", service="worq", path="/get-employee-data", status=503, count=2)

    async def first_page() -> int:
        async with worq(sandbox) as client:
            return len((await client.get_employee_data(START, END)).items)

    assert run(first_page()) == 50
    assert paths(controls) == [("/get-access-token", 200)] + [("/get-employee-data", 503)] * 2 + [
        ("/get-employee-data", 200)
    ]


def test_dropped_connections_become_network_errors(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("drop", service="worq", path="/get-access-token", count=4)
    with pytest.raises(NetworkError):
        everyone(sandbox)
    assert len(controls.requests("worq")) == 4


def test_malformed_bodies_become_protocol_errors(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("malformed", service="worq", path="/get-employee-data")
    with pytest.raises(ProtocolError, match="expected"):
        everyone(sandbox)
