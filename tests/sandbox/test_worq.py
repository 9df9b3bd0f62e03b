"""WorQ in the sandbox: the vendor's snippet as written, tokens, paging, errors."""

from __future__ import annotations

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import WORQ_CUSTOMER_CODE, WORQ_PARTNER_KEY, WORQ_PARTNER_NAME

# The vendor's Python snippet (api-docs/worq.txt), only the host and the
# placeholders changed.
VENDOR_SNIPPET = """
import requests
auth_url = "https://employee-mss.heptagon.tech/api/v1/get-access-token"
auth_payload = {
"partner_name": "your_partner_name",
"partner_key": "your_partner_key"
}
response = requests.post(auth_url, json=auth_payload)
auth_token = response.json()['result']['token']
employee_url = "https://employee-mss.heptagon.tech/api/v1/get-employee-data"
employee_payload = {
"token": auth_token,
"customer_code": "your_customer_code",
"start_date": "2023-11-01",
"end_date": "2023-11-30",
"page": 1
}
response = requests.post(employee_url, json=employee_payload)
employee_data = response.json()
"""


def _token(base: str) -> str:
    body = {"partner_name": WORQ_PARTNER_NAME, "partner_key": WORQ_PARTNER_KEY}
    response = httpx.post(f"{base}/get-access-token", json=body)
    assert response.status_code == 200
    result = response.json()["result"]
    assert result["expires_in"] == 1800
    return str(result["token"])


def _page(base: str, token: str, page: int, **extra: object) -> httpx.Response:
    body = {
        "token": token,
        "customer_code": WORQ_CUSTOMER_CODE,
        "start_date": "2000-01-01",
        "end_date": "2026-12-31",
        "page": page,
        **extra,
    }
    return httpx.post(f"{base}/get-employee-data", json=body)


def test_vendor_snippet_runs_as_written(sandbox: SandboxServer) -> None:
    code = (
        VENDOR_SNIPPET.replace("https://employee-mss.heptagon.tech/api/v1", sandbox.url("worq"))
        .replace("your_partner_name", WORQ_PARTNER_NAME)
        .replace("your_partner_key", WORQ_PARTNER_KEY)
        .replace("your_customer_code", WORQ_CUSTOMER_CODE)
        .replace("2023-11-01", "2000-01-01")
        .replace("2023-11-30", "2026-11-30")
    )
    scope: dict[str, object] = {}
    exec(compile(code, "worq-snippet", "exec"), scope)  # noqa: S102 - the vendor's own example
    data = scope["employee_data"]
    assert isinstance(data, dict)
    assert data["status"] == "success"
    assert data["messages"] == []
    result = data["result"]
    assert result["page"] == 1
    assert result["per_page"] == 50
    assert result["total"] == 119  # 120 people, one deliberately missing from WorQ
    assert result["total_pages"] == 3
    first = result["employees"][0]
    assert set(first) == {
        "employee_id", "first_name", "last_name", "email", "phone", "department",
        "designation", "location", "date_of_joining", "date_of_exit", "status", "updated_at",
    }  # fmt: skip


def test_paging_walks_every_employee_once(sandbox: SandboxServer) -> None:
    base = sandbox.url("worq")
    token = _token(base)
    seen: list[str] = []
    page = 1
    while True:
        result = _page(base, token, page).json()["result"]
        seen += [e["employee_id"] for e in result["employees"]]
        if page >= result["total_pages"]:
            break
        page += 1
    assert len(seen) == len(set(seen)) == result["total"]
    assert _page(base, token, 99).json()["result"]["employees"] == []


def test_token_expires_between_two_pages(sandbox: SandboxServer) -> None:
    base = sandbox.url("worq")
    token = _token(base)
    assert _page(base, token, 1).status_code == 200
    sandbox.controls.time(advance=1801)
    expired = _page(base, token, 2)
    assert expired.status_code == 401
    assert expired.json() == {"status": "error", "messages": ["Token expired"], "result": None}
    renewed = _token(base)
    assert _page(base, renewed, 2).json()["result"]["page"] == 2


def test_token_lifetime_is_settable_and_tokens_can_be_expired(sandbox: SandboxServer) -> None:
    base = sandbox.url("worq")
    sandbox.controls.worq(token_lifetime=60)
    response = httpx.post(
        f"{base}/get-access-token",
        json={"partner_name": WORQ_PARTNER_NAME, "partner_key": WORQ_PARTNER_KEY},
    )
    assert response.json()["result"]["expires_in"] == 60
    token = response.json()["result"]["token"]
    sandbox.controls.worq(expire_tokens=True)
    assert _page(base, token, 1).json()["messages"] == ["Token expired"]


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        ({"partner_name": WORQ_PARTNER_NAME, "partner_key": "wrong"}, 401,
         "Invalid partner credentials"),
        ({"partner_name": WORQ_PARTNER_NAME}, 400, "Missing required field: partner_key"),
    ],
)  # fmt: skip
def test_bad_partner_credentials(
    sandbox: SandboxServer, body: dict[str, str], status: int, message: str
) -> None:
    response = httpx.post(f"{sandbox.url('worq')}/get-access-token", json=body)
    assert response.status_code == status
    assert response.json()["messages"] == [message]
    assert response.json()["result"] is None


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"token": "not-a-token"}, 401, "Invalid token"),
        ({"customer_code": "NOPE"}, 400, "Invalid customer code"),
        ({"start_date": "11/01/2023"}, 400, "Invalid start_date: use the format YYYY-MM-DD"),
        ({"end_date": "2023-02-30"}, 400, "Invalid end_date: use the format YYYY-MM-DD"),
        ({"start_date": "2026-12-01", "end_date": "2026-11-01"}, 400,
         "start_date must not be after end_date"),
        ({"page": 0}, 400, "page must be a whole number from 1"),
    ],
)  # fmt: skip
def test_employee_data_errors(
    sandbox: SandboxServer, change: dict[str, object], status: int, message: str
) -> None:
    base = sandbox.url("worq")
    body = {
        "token": _token(base),
        "customer_code": WORQ_CUSTOMER_CODE,
        "start_date": "2026-01-01",
        "end_date": "2026-11-30",
        "page": 1,
    } | change
    response = httpx.post(f"{base}/get-employee-data", json=body)
    assert response.status_code == status
    assert response.json() == {"status": "error", "messages": [message], "result": None}


def test_a_single_employee_and_the_leaver(sandbox: SandboxServer) -> None:
    base = sandbox.url("worq")
    leaver = next(
        d for d in sandbox.controls.info()["disagreements"] if d["kind"] == "leaver_still_active"
    )
    result = _page(base, _token(base), 1, employee_id=str(leaver["employee_number"])).json()
    (employee,) = result["result"]["employees"]
    assert employee["status"] == "exited"
    assert employee["date_of_exit"] == "2026-11-08"  # ten days before the test's today
    assert employee["email"] == leaver["email"]


def test_not_json_is_a_clear_error(sandbox: SandboxServer) -> None:
    response = httpx.post(f"{sandbox.url('worq')}/get-access-token", content=b"partner=x")
    assert response.status_code == 400
    assert response.json()["messages"] == ["Request body must be JSON"]
    assert response.headers["X-RateLimit-Limit"] == "1000"
