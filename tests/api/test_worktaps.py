"""WorkTapsClient against the sandbox: every method, paging, retries and faults."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.api import (
    Account,
    AccountInput,
    LocationInput,
    Meta,
    NetworkError,
    NotFound,
    ProtocolError,
    ServerError,
    WorkTapsClient,
)
from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_KEY
from desktop.sandbox.server import SandboxControls
from tests.helpers.api import drain, fast, use
from tests.helpers.worktaps_codes import EMPLOYEE_ID, OWNER_EMAIL, OWNER_PHONE, VALID


def taps(sandbox: SandboxServer) -> WorkTapsClient:
    return WorkTapsClient(sandbox.url("worktaps"), WORKTAPS_KEY, **fast())


def sent(controls: SandboxControls) -> list[tuple[str, str, int | None]]:
    return [(r["method"], r["path"], r["status"]) for r in controls.requests("worktaps")]


def test_iter_accounts_takes_one_request_of_1000(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    accounts = drain(taps(sandbox), lambda c: c.iter_accounts())
    expected = controls.info()["counts"]["accounts"]
    assert len(accounts) == len({a.id for a in accounts}) == expected
    assert sent(controls) == [("GET", "/accounts", 200)]
    assert "limit=1000" in controls.requests("worktaps")[0]["query"]


def test_list_accounts_pages(sandbox: SandboxServer) -> None:
    async def pages(client: WorkTapsClient) -> None:
        first = await client.list_accounts(1, 50)
        second = await client.list_accounts(2, 50)
        assert (first.page, first.limit, len(first.items)) == (1, 50, 50)
        assert first.total == second.total > 100
        assert first.has_more
        assert not {a.id for a in first.items} & {a.id for a in second.items}

    use(taps(sandbox), pages)


def test_small_pages_walk_to_the_total(sandbox: SandboxServer, controls: SandboxControls) -> None:
    async def walk(client: WorkTapsClient) -> list[Account]:
        out: list[Account] = []
        number = 1
        while True:
            page = await client.list_accounts(number, 40)
            out += page.items
            if not page.has_more:
                return out
            number += 1

    accounts = use(taps(sandbox), walk)
    assert len(accounts) == controls.info()["counts"]["accounts"]


def test_filters(sandbox: SandboxServer) -> None:
    async def filters(client: WorkTapsClient) -> None:
        (owner,) = (await client.list_accounts(email=OWNER_EMAIL)).items
        assert owner.phone == OWNER_PHONE
        assert owner.department is not None
        assert owner.locations
        for spelling in ("(212)230-0000", "2122300000", "12122300000", OWNER_PHONE):
            assert [a.id for a in (await client.list_accounts(phone=spelling)).items] == [owner.id]
        at_303 = await client.list_accounts(limit=1000, location=303)
        assert at_303.items
        assert all("303" in {loc.id for loc in a.locations} for a in at_303.items)
        chefs = await client.list_accounts(limit=1000, meta={"jobTitle": "Chef"})
        assert chefs.items
        assert all(a.meta.job_title == "Chef" for a in chefs.items)

    use(taps(sandbox), filters)


def test_account_lifecycle(sandbox: SandboxServer) -> None:
    async def lifecycle(client: WorkTapsClient) -> None:
        made = await client.create_account(VALID)
        assert (made.first_name, made.email, made.role) == ("Ada", VALID.email, "EMPLOYEE")
        assert made.department is not None
        assert made.department.id == "209"
        assert [loc.id for loc in made.locations] == ["301", "303"]
        assert made.meta.job_title == "Dish Washer"
        assert made.meta.start_date == date(2026, 11, 1)
        assert made.meta.model_extra == {"badge": "B-17"}
        assert made.birth_date == date(1990, 12, 10)
        assert await client.get_account(made.id) == made
        changed = await client.update_account(made.id, AccountInput(city="Boston"))
        assert (changed.city, changed.first_name) == ("Boston", "Ada")
        again = await client.update_account(made.id, AccountInput.from_account(changed))
        assert again == changed
        await client.delete_account(made.id, date(2026, 11, 18))
        with pytest.raises(NotFound):
            await client.get_account(made.id)

    use(taps(sandbox), lifecycle)


def test_delete_sends_the_vendors_date_format(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    use(taps(sandbox), lambda c: c.delete_account(EMPLOYEE_ID, date(2026, 1, 20)))
    assert sent(controls) == [("DELETE", f"/account/{EMPLOYEE_ID}", 200)]
    emails = [a.id for a in drain(taps(sandbox), lambda c: c.iter_accounts())]
    assert EMPLOYEE_ID not in emails


def test_departments_and_locations(sandbox: SandboxServer) -> None:
    departments = drain(taps(sandbox), lambda c: c.iter_departments())
    assert [d.id for d in departments][:2] == ["201", "202"]
    assert departments[0].name == "Engineering"
    assert departments[0].slug == "engineering"
    locations = drain(taps(sandbox), lambda c: c.iter_locations())
    assert [loc.id for loc in locations] == ["301", "302", "303"]
    assert locations[0].timezone == "America/New_York"


def test_location_create_and_update(sandbox: SandboxServer) -> None:
    async def scenario(client: WorkTapsClient) -> None:
        made = await client.create_location(
            LocationInput(
                name="Annex",
                city="Hoboken",
                state="NJ",
                postal="07030",
                timezone="America/New_York",
                phone="+12015550123",
            )
        )
        assert (made.name, made.city, made.state) == ("Annex", "Hoboken", "NJ")
        changed = await client.update_location(made.id, LocationInput(about="Overflow"))
        assert (changed.name, changed.about) == ("Annex", "Overflow")
        assert made.id in [loc.id async for loc in client.iter_locations()]

    use(taps(sandbox), scenario)


def test_a_read_is_retried_past_gateway_errors(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("status", service="worktaps", path="/account", status=503, count=2)
    account = use(taps(sandbox), lambda c: c.get_account(EMPLOYEE_ID))
    assert account.id == EMPLOYEE_ID
    assert [s for _, _, s in sent(controls)] == [503, 503, 200]


def test_a_write_is_not_retried(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault("status", service="worktaps", path="/account", status=503)
    with pytest.raises(ServerError):
        use(taps(sandbox), lambda c: c.create_account(VALID))
    assert sent(controls) == [("POST", "/account", 503)]


def test_a_write_whose_answer_is_dropped_may_have_landed(
    sandbox: SandboxServer, controls: SandboxControls
) -> None:
    controls.fault("drop", service="worktaps", path="/account", method="POST", after=True)
    with pytest.raises(NetworkError) as caught:
        use(taps(sandbox), lambda c: c.create_account(VALID))
    assert caught.value.maybe_sent
    assert len(sent(controls)) == 1
    landed = drain(taps(sandbox), lambda c: c.iter_accounts(email=VALID.email))
    assert len(landed) == 1


def test_malformed_answers(sandbox: SandboxServer, controls: SandboxControls) -> None:
    controls.fault(
        "malformed",
        service="worktaps",
        path="/accounts",
        body='{"total": "many"}',
        content_type="application/json",
    )
    with pytest.raises(ProtocolError, match="accounts"):
        drain(taps(sandbox), lambda c: c.iter_accounts())


def test_meta_input_keeps_extra_fields() -> None:
    body = AccountInput(meta=Meta(job_title="Chef", badge="7")).to_json()
    assert body == {"meta": {"jobTitle": "Chef", "badge": "7"}}
