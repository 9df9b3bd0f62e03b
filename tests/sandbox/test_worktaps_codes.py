"""Every WorkTaps error code, reached by the input the vendor's table describes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.worktaps_codes import MESSAGES
from tests.helpers.worktaps_sandbox import (
    DROP,
    EMPLOYEE_ID,
    KEY,
    MANAGER_WITH_JOB_ID,
    OWNER_EMAIL,
    OWNER_PHONE,
    PHONE_ONLY_ID,
    READONLY_KEY,
    account_body,
    client,
    error_of,
    has_rate_headers,
    meta,
    ok,
)

EMAIL_ONLY = "{email_only}"  # in a path: an account made by the test, with an email, no phone


@dataclass(frozen=True)
class Case:
    code: int
    method: str
    path: str
    status: int = 400
    json: Any = None
    form: list[tuple[str, str]] | None = None
    raw: str | None = None  # sent as application/json as it is
    key: str | None = KEY
    fill: dict[str, str] = field(default_factory=dict)


def _create(**changes: Any) -> dict[str, Any]:
    return account_body(**changes)


CASES: dict[str, Case] = {
    "40000 no key": Case(40000, "POST", "/account", 401, _create(), key=None),
    "40000 unknown key": Case(40000, "GET", "/accounts", 401, key="not-a-key"),
    "40000 read-only key writes": Case(40000, "POST", "/account", 401, _create(), key=READONLY_KEY),
    "40001 location in body": Case(
        40001, "POST", "/account", 400, _create(locations=["301", "999"]), fill={"id": "999"}
    ),
    "40001 location in path": Case(
        40001, "PUT", "/locations/999", 404, {"city": "Nowhere"}, fill={"id": "999"}
    ),
    "40002 department": Case(
        40002, "POST", "/account", 400, _create(department=999), fill={"id": "999"}
    ),
    "40003 get": Case(40003, "GET", "/account/999999", 404, fill={"id": "999999"}),
    "40003 update": Case(
        40003, "PUT", "/account/999999", 404, {"firstName": "X"}, fill={"id": "999999"}
    ),
    "40003 remove": Case(
        40003, "DELETE", "/account/999999", 404, {"termDate": "01/20/2010"}, fill={"id": "999999"}
    ),
    "40004 missing": Case(40004, "POST", "/account", json=_create(firstName=DROP)),
    "40004 blank": Case(40004, "POST", "/account", json=_create(firstName="  ")),
    "40004 cleared": Case(40004, "PUT", f"/account/{EMPLOYEE_ID}", json={"firstName": ""}),
    "40005 missing": Case(40005, "POST", "/account", json=_create(lastName=DROP)),
    "40006 neither email nor phone": Case(
        40006, "POST", "/account", json=_create(email=DROP, phone="")
    ),
    "40006 phone cleared, no email": Case(
        40006, "PUT", f"/account/{PHONE_ONLY_ID}", json={"phone": ""}
    ),
    "40007 email cleared, no phone": Case(
        40007, "PUT", f"/account/{EMAIL_ONLY}", json={"email": ""}
    ),
    "40008": Case(40008, "POST", "/account", json=_create(locations=DROP)),
    "40009": Case(40009, "POST", "/account", json=_create(department=DROP)),
    "40010": Case(40010, "POST", "/account", json=_create(role=DROP)),
    "40011": Case(40011, "POST", "/account", json=_create(timezone=DROP)),
    "40012": Case(40012, "DELETE", f"/account/{EMPLOYEE_ID}"),
    "40013 missing": Case(40013, "POST", "/account", json=_create(meta=DROP)),
    "40013 not an object": Case(40013, "POST", "/account", json=_create(meta=["Dish Washer"])),
    "40013 value over 100": Case(
        40013, "POST", "/account", json=_create(meta=meta(note="x" * 101))
    ),
    "40013 value not text": Case(40013, "POST", "/account", json=_create(meta=meta(note={"a": 1}))),
    "40013 duplicate name": Case(
        40013,
        "POST",
        "/account",
        raw='{"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", '
        '"timezone": "America/New_York", "role": "EMPLOYEE", "department": "209", '
        '"locations": ["301"], "meta": {"jobTitle": "Chef", "startDate": "2026-01-05", '
        '"jobTitle": "Dish Washer"}}',
    ),
    "40013 duplicate form name": Case(
        40013,
        "PUT",
        f"/account/{EMPLOYEE_ID}",
        form=[("meta[badge]", "A"), ("meta[badge]", "B")],
    ),
    "40014": Case(40014, "POST", "/account", json=_create(meta=meta(jobTitle=DROP))),
    "40015": Case(40015, "POST", "/account", json=_create(meta=meta(startDate=DROP))),
    "40017": Case(40017, "POST", "/account", json=_create(email="ada.lovelace")),
    "40018 not E.164": Case(40018, "POST", "/account", json=_create(phone="(202) 234-5678")),
    "40018 no such number": Case(40018, "POST", "/account", json=_create(phone="+10000000000")),
    "40019 empty": Case(40019, "POST", "/account", json=_create(locations=[])),
    "40019 not an array": Case(40019, "POST", "/account", json=_create(locations="301")),
    "40020": Case(40020, "POST", "/account", json=_create(role="BOSS")),
    "40020 lower case": Case(40020, "PUT", f"/account/{EMPLOYEE_ID}", json={"role": "manager"}),
    "40021 format": Case(
        40021, "POST", "/account", json=_create(meta=meta(startDate="11/01/2026"))
    ),
    "40021 no such day": Case(
        40021, "POST", "/account", json=_create(meta=meta(startDate="2026-02-30"))
    ),
    "40022": Case(40022, "POST", "/account", json=_create(meta=meta(startDate="2026-11-19"))),
    "40023": Case(40023, "POST", "/account", json=_create(timezone="Mars/Olympus")),
    "40025": Case(40025, "POST", "/account", json=_create(state="California")),
    "40026": Case(40026, "POST", "/account", json=_create(postal="2000")),
    "40027 format": Case(
        40027, "DELETE", f"/account/{EMPLOYEE_ID}", json={"termDate": "20.01.2010"}
    ),
    "40027 no such day": Case(
        40027, "DELETE", f"/account/{EMPLOYEE_ID}", form=[("termDate", "02/30/2010")]
    ),
    "40028": Case(40028, "DELETE", f"/account/{EMPLOYEE_ID}", json={"termDate": "11/19/2026"}),
    "40029": Case(40029, "POST", "/account", json=_create(email=OWNER_EMAIL.upper())),
    "40030": Case(40030, "POST", "/account", json=_create(phone=OWNER_PHONE)),
    "40031": Case(
        40031,
        "PUT",
        f"/account/{MANAGER_WITH_JOB_ID}",
        json={"role": "EMPLOYEE"},
        fill={"Jobs": "Saturday inventory"},
    ),
}


def _email_only_account(sandbox: SandboxServer) -> int:
    body = account_body(phone=DROP, email="only.email@example.com")
    with client(sandbox) as http:
        return int(ok(http.post("/account", json=body))["id"])


def _send(sandbox: SandboxServer, case: Case) -> httpx.Response:
    path = case.path
    if EMAIL_ONLY in path:
        path = path.replace(EMAIL_ONLY, str(_email_only_account(sandbox)))
    with client(sandbox, case.key) as http:
        if case.raw is not None:
            headers = {"Content-Type": "application/json"}
            return http.request(case.method, path, content=case.raw, headers=headers)
        if case.form is not None:
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
            return http.request(case.method, path, content=urlencode(case.form), headers=headers)
        return http.request(case.method, path, json=case.json)


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_every_code_by_the_vendors_input(sandbox: SandboxServer, case: Case) -> None:
    response = _send(sandbox, case)
    error_of(response, case.status, case.code, **case.fill)
    assert has_rate_headers(response)


def test_the_table_reaches_every_client_error_code() -> None:
    reached = {case.code for case in CASES.values()}
    assert reached == {code for code in MESSAGES if code < 50000}


@pytest.mark.parametrize(
    ("method", "path", "body", "code"),
    [
        ("POST", "/account", account_body(), 50001),
        ("DELETE", f"/account/{EMPLOYEE_ID}", {"termDate": "01/20/2010"}, 50002),
        ("PUT", f"/account/{EMPLOYEE_ID}", {"firstName": "Ann"}, 50003),
        ("PUT", "/locations/301", {"city": "Queens"}, 50004),
        ("POST", "/locations", {"name": "Pop-up"}, 50005),
    ],
)
def test_server_errors_by_injected_fault(
    sandbox: SandboxServer, method: str, path: str, body: dict[str, Any], code: int
) -> None:
    sandbox.controls.fault("status", service="worktaps", path=path, method=method, status=500)
    with client(sandbox) as http:
        error_of(http.request(method, path, json=body), 500, code)
        # One request only: the next one lands.
        assert http.request(method, path, json=body).status_code == 200


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (account_body(firstName=DROP, email="bad", state="Cal", postal="1"), 40004),
        (account_body(state="Cal", postal="1", timezone="Nowhere"), 40023),
        (account_body(state="Cal", postal="1"), 40025),
        (account_body(locations=["998"], department="997"), 40001),
        (account_body(department="997", role="BOSS"), 40002),
        (account_body(email="bad", phone="bad", role=DROP), 40010),
        (account_body(meta=meta(jobTitle=DROP, startDate="someday")), 40014),
        (account_body(email=OWNER_EMAIL, phone=OWNER_PHONE), 40029),
    ],
)
def test_lowest_code_wins(sandbox: SandboxServer, body: dict[str, Any], code: int) -> None:
    fill = {"id": "998"} if code == 40001 else {"id": "997"} if code == 40002 else {}
    with client(sandbox) as http:
        error_of(http.post("/account", json=body), 400, code, **fill)


def test_lowest_code_wins_in_form_bodies_and_updates(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        form = {"role": "BOSS", "email": "bad", "postal": "1"}
        error_of(http.put(f"/account/{EMPLOYEE_ID}", data=form), 400, 40017)
        error_of(
            http.put(f"/account/{EMPLOYEE_ID}", data={"postal": "1", "state": "C"}), 400, 40025
        )
        error_of(http.post("/account", data={"firstName": "John", "lastName": "Doe"}), 400, 40006)


def test_the_path_id_is_judged_before_the_body(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        response = http.put("/account/999999", json={"locations": ["998"]})
        error_of(response, 404, 40003, id="999999")


def test_unreadable_bodies_answer_the_first_required_code(sandbox: SandboxServer) -> None:
    json_type = {"Content-Type": "application/json"}

    def send(method: str, path: str, content: bytes = b"{not json") -> httpx.Response:
        with client(sandbox) as http:
            return http.request(method, path, content=content, headers=json_type)

    error_of(send("POST", "/account"), 400, 40004)
    error_of(send("POST", "/account", b"[1, 2]"), 400, 40004)
    error_of(send("PUT", f"/account/{EMPLOYEE_ID}"), 400, 40004)
    error_of(send("DELETE", f"/account/{EMPLOYEE_ID}"), 400, 40012)
    response = send("POST", "/locations")
    assert response.status_code == 400
    assert response.json() == {"code": 400, "message": "Name is required"}
