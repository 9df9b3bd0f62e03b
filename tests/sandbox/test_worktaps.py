"""WorkTaps in the sandbox: auth, rate-limit headers, accounts from create to removal."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORKTAPS_HOURLY_LIMIT
from tests.helpers.worktaps_sandbox import (
    DROP,
    EMPLOYEE_ID,
    KEY,
    NEW_PHONE,
    OWNER_EMAIL,
    PHONE_ONLY_ID,
    READONLY_KEY,
    REMOVED_ID,
    account_body,
    client,
    error_of,
    has_rate_headers,
    ok,
)

ACCOUNT_FIELDS = {
    "id",
    "created",
    "startDate",
    "firstName",
    "lastName",
    "email",
    "phone",
    "city",
    "state",
    "street",
    "postal",
    "birthDate",
    "employeeId",
    "timezone",
    "role",
    "jobTitle",
    "department",
    "locations",
    "meta",
}


# -- auth and rate limits -----------------------------------------------------------------


def test_basic_auth_with_the_key_as_user_and_an_empty_password(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        assert ok(http.get(f"/account/{EMPLOYEE_ID}"))["id"] == EMPLOYEE_ID


def test_bearer_auth(sandbox: SandboxServer) -> None:
    headers = {"Authorization": f"Bearer {KEY}"}
    response = httpx.get(f"{sandbox.url('worktaps')}/account/{EMPLOYEE_ID}", headers=headers)
    assert ok(response)["id"] == EMPLOYEE_ID


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": "Basic " + "d3Jvbmcta2V5Og=="},  # wrong-key:
        {"Authorization": "Basic !!not base64!!"},
        {"Authorization": "Token " + KEY},
    ],
    ids=["missing", "unknown bearer", "unknown basic", "garbled basic", "other scheme"],
)
def test_missing_or_unknown_key_is_40000(sandbox: SandboxServer, headers: dict[str, str]) -> None:
    response = httpx.get(f"{sandbox.url('worktaps')}/accounts", headers=headers)
    error_of(response, 401, 40000)
    assert has_rate_headers(response)


def test_read_only_key_reads_but_cannot_write(sandbox: SandboxServer) -> None:
    with client(sandbox, READONLY_KEY) as http:
        assert ok(http.get("/accounts?limit=1"))["total"] > 100
        error_of(http.post("/account", json=account_body()), 401, 40000)
        error_of(http.put(f"/account/{EMPLOYEE_ID}", json={"firstName": "X"}), 401, 40000)
        error_of(
            http.request("DELETE", f"/account/{EMPLOYEE_ID}", data={"termDate": "01/20/2010"}),
            401,
            40000,
        )
        error_of(http.post("/locations", json={"name": "Pop-up"}), 401, 40000)
        error_of(http.put("/locations/301", json={"city": "Queens"}), 401, 40000)
        assert ok(http.get(f"/account/{EMPLOYEE_ID}"))["firstName"] != "X"


def test_rate_limit_headers_on_every_response(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        responses = [
            http.get("/accounts"),  # 200
            http.post("/account", json={}),  # 400
            http.get("/account/1"),  # 404 with a code
            http.get("/nowhere"),  # 404 without a vendor code
            http.delete("/accounts"),  # 405
        ]
    with client(sandbox, READONLY_KEY) as http:
        responses.append(http.post("/locations", json={"name": "X"}))  # 401, read-only
    with client(sandbox, None) as http:
        responses.append(http.get("/accounts"))  # 401, no key
    assert [r.status_code for r in responses] == [200, 400, 404, 404, 405, 401, 401]
    assert all(has_rate_headers(r) for r in responses)
    limits = {r.headers["X-RateLimit-Limit"] for r in responses}
    assert limits == {str(WORKTAPS_HOURLY_LIMIT)}
    remaining = [int(r.headers["X-RateLimit-Remaining"]) for r in responses[:5]]
    assert remaining == [WORKTAPS_HOURLY_LIMIT - n for n in range(1, 6)]
    assert responses[-1].json() == {"code": 40000, "message": "Unauthorized request"}
    assert responses[3].json() == {"code": 404, "message": "Not found"}
    assert responses[4].json() == {"code": 405, "message": "Method not allowed"}


def test_past_the_hourly_limit_answers_429_until_the_window_resets(
    sandbox: SandboxServer,
) -> None:
    for _ in range(WORKTAPS_HOURLY_LIMIT - 1):  # spend the hour in-process, quickly
        sandbox.state.limiter.hit(f"worktaps:{KEY}", WORKTAPS_HOURLY_LIMIT)
    with client(sandbox) as http:
        last = http.get("/departments")
        assert last.status_code == 200
        assert last.headers["X-RateLimit-Remaining"] == "0"
        refused = http.get("/departments")
        assert refused.status_code == 429
        assert refused.json() == {"code": 429, "message": "Too many requests"}
        assert has_rate_headers(refused)
        assert refused.headers["X-RateLimit-Reset"] == last.headers["X-RateLimit-Reset"]
        assert 0 < int(refused.headers["Retry-After"]) <= 3600
        with client(sandbox, READONLY_KEY) as other:
            assert other.get("/departments").status_code == 200  # per key
        sandbox.controls.time(advance=3600)
        assert http.get("/departments").status_code == 200


# -- accounts -----------------------------------------------------------------------------


def test_create_answers_the_full_account(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        account = ok(http.post("/account", json=account_body()))
        assert set(account) == ACCOUNT_FIELDS
        assert account["id"] > max(sandbox.state.data.accounts) - 1 > 5000
        assert account["created"] == "2026-11-18T15:00:00Z"
        assert account["startDate"] == "2026-11-01"
        assert account["jobTitle"] == "Dish Washer"
        assert account["department"] == {"id": "209", "name": "Kitchen", "slug": "kitchen"}
        assert [loc["id"] for loc in account["locations"]] == ["301", "303"]
        assert account["locations"][0] == {
            "id": "301",
            "name": "Headquarters",
            "slug": "headquarters",
        }
        assert account["meta"] == {
            "jobTitle": "Dish Washer",
            "startDate": "2026-11-01",
            "badge": "B-17",
        }
        assert account["phone"] == NEW_PHONE
        assert account["postal"] == "20001-1234"
        assert ok(http.get(f"/account/{account['id']}")) == account


def test_new_ids_are_unique_and_above_the_seeded_ones(sandbox: SandboxServer) -> None:
    seeded = max(sandbox.state.data.accounts)
    with client(sandbox) as http:
        first = ok(http.post("/account", json=account_body(email="a@example.com", phone=DROP)))
        second = ok(http.post("/account", json=account_body(email="b@example.com", phone=DROP)))
    assert seeded < first["id"] < second["id"]


def test_account_lifecycle_create_get_update_list_remove(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        total = ok(http.get("/accounts"))["total"]
        created = ok(http.post("/account", json=account_body(locations=[302])))
        ident = created["id"]
        assert ok(http.get(f"/account/{ident}"))["email"] == "ada.lovelace@example.com"

        updated = ok(http.put(f"/account/{ident}", data={"firstName": "Augusta", "state": "md"}))
        assert (updated["firstName"], updated["lastName"], updated["state"]) == (
            "Augusta",
            "Lovelace",
            "MD",
        )
        assert ok(http.get("/accounts"))["total"] == total + 1

        def ids(**query: str) -> list[int]:
            return [a["id"] for a in ok(http.get("/accounts", params=query))["records"]]

        assert ids(email="ADA.Lovelace@example.com") == [ident]
        for phone in ("(202)234-5678", "2022345678", "12022345678", "+12022345678"):
            assert ids(phone=phone) == [ident], phone
        raw = httpx.get(f"{sandbox.url('worktaps')}/accounts?phone=+12022345678", auth=(KEY, ""))
        assert [a["id"] for a in ok(raw)["records"]] == [ident]  # "+" read as a space
        assert ident in ids(location="302", limit="1000")
        assert ident not in ids(location="301", limit="1000")
        assert ident in ids(meta='{"jobTitle": "Dish Washer"}')
        assert ids(meta='{"badge": "B-17"}') == [ident]
        assert ids(meta='{"badge": "B-17", "jobTitle": "Chef"}') == []

        removed = http.request("DELETE", f"/account/{ident}", data={"termDate": "11/18/2026"})
        assert ok(removed) == {"removed": True}
        error_of(http.get(f"/account/{ident}"), 404, 40003, id=str(ident))
        assert ids(email="ada.lovelace@example.com") == []
        assert ok(http.get("/accounts"))["total"] == total


def test_removed_accounts_are_gone(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        error_of(http.get(f"/account/{REMOVED_ID}"), 404, 40003, id=str(REMOVED_ID))
        error_of(
            http.put(f"/account/{REMOVED_ID}", json={"firstName": "X"}),
            404,
            40003,
            id=str(REMOVED_ID),
        )
        listed = ok(http.get("/accounts", params={"limit": 1000}))["records"]
        assert REMOVED_ID not in {a["id"] for a in listed}
        # Its email is free again.
        email = sandbox.state.data.accounts[REMOVED_ID].email
        ok(http.post("/account", json=account_body(email=email, phone=DROP)))


@pytest.mark.parametrize(
    "send",
    [
        {"json": {"termDate": "2010-01-20"}},
        {"data": {"termDate": "01/20/2010"}},
        {"params": {"termDate": "01/20/2010"}},
    ],
    ids=["json", "form", "query string"],
)
def test_remove_takes_term_date_from_body_or_query(
    sandbox: SandboxServer, send: dict[str, Any]
) -> None:
    with client(sandbox) as http:
        assert ok(http.request("DELETE", f"/account/{EMPLOYEE_ID}", **send)) == {"removed": True}
        error_of(
            http.request("DELETE", f"/account/{EMPLOYEE_ID}", **send),
            404,
            40003,
            id=str(EMPLOYEE_ID),
        )
    assert sandbox.state.data.accounts[EMPLOYEE_ID].term_date == "01/20/2010"


def test_create_from_form_fields(sandbox: SandboxServer) -> None:
    form = {
        "firstName": "John",
        "lastName": "Doe",
        "phone": NEW_PHONE,
        "timezone": "America/Chicago",
        "role": "MANAGER",
        "department": "209",
        "locations": ["301", "302"],  # repeated: locations=301&locations=302
        "meta[jobTitle]": "Chef",
        "meta[startDate]": "2024-02-29",
        "meta[shift]": "late",
    }
    with client(sandbox) as http:
        account = ok(http.post("/account", data=form))
    assert account["email"] is None
    assert account["role"] == "MANAGER"
    assert [loc["id"] for loc in account["locations"]] == ["301", "302"]
    assert account["meta"] == {"jobTitle": "Chef", "startDate": "2024-02-29", "shift": "late"}
    assert account["department"]["name"] == "Kitchen"


@pytest.mark.parametrize(
    "locations",
    [
        {"locations[]": ["301", "303"]},
        {"locations": "301,303"},
        {"locations[0]": "301", "locations[1]": "303"},
    ],
    ids=["brackets", "comma-separated", "indexed"],
)
def test_form_locations_spellings(sandbox: SandboxServer, locations: dict[str, Any]) -> None:
    form = {
        "firstName": "John",
        "lastName": "Doe",
        "email": "john.doe@example.com",
        "timezone": "UTC",
        "role": "EMPLOYEE",
        "department[id]": "201",
        "meta": '{"jobTitle": "QA Analyst", "startDate": "2026-11-18"}',
        **locations,
    }
    with client(sandbox) as http:
        account = ok(http.post("/account", data=form))
    assert [loc["id"] for loc in account["locations"]] == ["301", "303"]
    assert account["jobTitle"] == "QA Analyst"


def test_multipart_form_fields_work_too(sandbox: SandboxServer) -> None:
    body = account_body()
    fields = {k: v for k, v in body.items() if isinstance(v, str)}
    fields |= {"meta[jobTitle]": "Chef", "meta[startDate]": "2020-01-01", "locations": "301"}
    with client(sandbox) as http:
        response = http.post("/account", data=fields, files={"note": ("n.txt", b"ignored")})
    assert ok(response)["jobTitle"] == "Chef"


def test_update_takes_any_subset_and_merges_meta(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        before = ok(http.get(f"/account/{EMPLOYEE_ID}"))
        assert ok(http.put(f"/account/{EMPLOYEE_ID}", json={})) == before
        after = ok(http.put(f"/account/{EMPLOYEE_ID}", json={"meta": {"badge": 42}}))
        assert after["meta"] == {**before["meta"], "badge": "42"}
        after = ok(http.put(f"/account/{EMPLOYEE_ID}", data={"meta[jobTitle]": "Chef"}))
        assert after["jobTitle"] == after["meta"]["jobTitle"] == "Chef"
        error_of(http.put(f"/account/{EMPLOYEE_ID}", json={"meta": {"startDate": ""}}), 400, 40015)
        cleared = ok(http.put(f"/account/{EMPLOYEE_ID}", json={"city": None, "postal": ""}))
        assert (cleared["city"], cleared["postal"]) == (None, None)
        # Its own email and phone are not duplicates of itself.
        same = {"email": before["email"].upper(), "phone": before["phone"]}
        assert ok(http.put(f"/account/{EMPLOYEE_ID}", json=same))["phone"] == before["phone"]


def test_contact_rules_on_update(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        # An account with a phone may drop its email, and the other way round.
        dropped = ok(http.put(f"/account/{EMPLOYEE_ID}", json={"email": ""}))
        assert dropped["email"] is None
        error_of(http.put(f"/account/{EMPLOYEE_ID}", json={"phone": ""}), 400, 40006)
        error_of(http.put(f"/account/{PHONE_ONLY_ID}", json={"email": "", "phone": ""}), 400, 40006)
        swapped = {"email": "new.address@example.com", "phone": ""}
        assert ok(http.put(f"/account/{PHONE_ONLY_ID}", json=swapped))["phone"] is None
        error_of(http.put(f"/account/{EMPLOYEE_ID}", json={"email": OWNER_EMAIL}), 400, 40029)


def test_birth_date_is_kept_only_when_a_real_date(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        before = ok(http.get(f"/account/{EMPLOYEE_ID}"))["birthDate"]
        kept = ok(http.put(f"/account/{EMPLOYEE_ID}", json={"birthDate": "10/12/1990"}))
        assert kept["birthDate"] == before
        changed = ok(http.put(f"/account/{EMPLOYEE_ID}", json={"birthDate": "1990-12-10"}))
        assert changed["birthDate"] == "1990-12-10"


def test_demoting_a_manager_without_open_jobs(sandbox: SandboxServer) -> None:
    data = sandbox.state.data
    busy = {job.manager_account_id for job in data.jobs if job.open}
    free = next(a.id for a in data.accounts.values() if a.role == "MANAGER" and a.id not in busy)
    with client(sandbox) as http:
        assert ok(http.put(f"/account/{free}", json={"role": "EMPLOYEE"}))["role"] == "EMPLOYEE"
