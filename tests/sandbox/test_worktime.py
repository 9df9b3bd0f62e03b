"""WorkTime One in the sandbox: auth, scopes, rate limit, the envelope, organization, employees."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator

import httpx
import pytest

from desktop.sandbox import SandboxServer
from desktop.sandbox.credentials import worktime_key
from tests.helpers.worktime_sandbox import (
    FULL_KEY,
    RATE_HEADERS,
    client,
    data_of,
    error_of,
    parse,
    walk,
)

EMPLOYEE_FIELDS = {
    "id",
    "name",
    "email",
    "department",
    "department_id",
    "position",
    "salary",
    "status",
    "created_at",
    "start_date",
}


@pytest.fixture
def wt(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    with client(sandbox) as http:
        yield http


def new_employee(**fields: object) -> dict[str, object]:
    body: dict[str, object] = {
        "name": "Jane Smith",
        "email": "jane.smith@acme.example",
        "department_id": "dept_03",
        "position": "Marketing Manager",
        "salary": 65000,
        "start_date": "2024-02-01",
    }
    body.update(fields)
    return {k: v for k, v in body.items() if v is not None}


# -- auth, scopes, envelope --------------------------------------------------------


def test_missing_and_unknown_keys_are_401_with_rate_headers(sandbox: SandboxServer) -> None:
    base = sandbox.url("worktime")
    missing = httpx.get(base + "/organization")
    error_of(missing, 401)
    assert missing.headers["X-RateLimit-Limit"] == "100"
    unknown = httpx.get(base + "/employees", headers={"Authorization": "Bearer nope"})
    assert "not valid" in error_of(unknown, 401)["message"]
    basic = httpx.get(base + "/organization", auth=(FULL_KEY, ""))
    error_of(basic, 401)


@pytest.mark.parametrize(
    ("key", "scope", "allowed"),
    [
        (worktime_key("read", "paid"), "read", {"GET"}),
        (worktime_key("read_write", "paid"), "read_write", {"GET", "POST", "PUT"}),
        (worktime_key("full", "paid"), "full", {"GET", "POST", "PUT", "DELETE"}),
    ],
)
def test_each_scope_allows_its_methods_and_403s_the_rest(
    sandbox: SandboxServer, key: str, scope: str, allowed: set[str]
) -> None:
    with client(sandbox, key) as http:
        answers = {
            "GET": http.get("/employees/emp_010003"),
            "POST": http.post("/employees", json=new_employee()),
            "PUT": http.put("/employees/emp_010003", json={"position": "Chef"}),
            "DELETE": http.delete("/employees/emp_010004"),
        }
    expected = {"GET": 200, "POST": 201, "PUT": 200, "DELETE": 200}
    for method, response in answers.items():
        if method in allowed:
            data_of(response, expected[method])
        else:
            assert scope in error_of(response, 403)["message"]


def test_unknown_path_and_method_are_404_envelopes(wt: httpx.Client) -> None:
    error_of(wt.get("/no-such-thing"), 404)
    error_of(wt.delete("/employees"), 404)
    error_of(wt.get("/employees/emp_999999"), 404)


def test_bad_json_body_is_400(wt: httpx.Client) -> None:
    response = wt.post(
        "/employees", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    error_of(response, 400)
    error_of(wt.post("/employees", json=[1, 2]), 400)


def test_a_failing_handler_answers_500_internal_error(
    wt: httpx.Client, sandbox: SandboxServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(sandbox.state.data, "lock_events", broken)
    error = error_of(wt.get("/locks/lock_101/history"), 500)
    assert "simulated bug" not in error["message"]


# -- rate limit --------------------------------------------------------------------


def test_free_plan_counts_down_then_429_until_the_window_resets(sandbox: SandboxServer) -> None:
    with client(sandbox, worktime_key("read", "free")) as http:
        resets = set()
        for n in range(100):
            response = http.get("/organization")
            data_of(response)
            assert response.headers["X-RateLimit-Limit"] == "100"
            assert response.headers["X-RateLimit-Remaining"] == str(99 - n)
            resets.add(response.headers["X-RateLimit-Reset"])
        assert len(resets) == 1
        limited = http.get("/organization")
        error_of(limited, 429)
        assert limited.headers["X-RateLimit-Remaining"] == "0"
        assert limited.headers["X-RateLimit-Reset"] in resets
        error_of(http.get("/organization"), 429)  # a refused request is not counted either
        sandbox.controls.time(advance=3600)
        again = http.get("/organization")
        data_of(again)
        assert again.headers["X-RateLimit-Remaining"] == "99"
        assert int(again.headers["X-RateLimit-Reset"]) > int(resets.pop())


def test_other_plans_have_their_limits(sandbox: SandboxServer) -> None:
    for key, limit in (
        (worktime_key("read", "paid"), "1000"),
        (worktime_key("read", "enterprise"), "10000"),
    ):
        with client(sandbox, key) as http:
            response = http.get("/organization")
            for header in RATE_HEADERS:
                assert header in response.headers
            assert response.headers["X-RateLimit-Limit"] == limit


# -- organization -------------------------------------------------------------------


def test_organization(wt: httpx.Client, sandbox: SandboxServer) -> None:
    org = data_of(wt.get("/organization"))
    assert set(org) == {"id", "name", "employees_count", "created_at", "timezone"}
    assert org["id"] == "org_123456"
    assert org["name"] == "Acme Corporation"
    assert org["timezone"] == "America/New_York"
    parse(org["created_at"])
    everyone = sandbox.controls.info()["counts"]["employees"]
    deleted = len(walk(wt, "/employees", status="deleted"))
    assert deleted >= 1
    assert org["employees_count"] == everyone - deleted


# -- employees --------------------------------------------------------------------------


def test_employee_pages_of_seven_add_up_to_everyone(
    wt: httpx.Client, sandbox: SandboxServer
) -> None:
    listed = walk(wt, "/employees", limit=7)
    deleted = walk(wt, "/employees", limit=7, status="deleted")
    assert len(listed) + len(deleted) == sandbox.controls.info()["counts"]["employees"]
    ids = [e["id"] for e in listed]
    assert len(set(ids)) == len(ids)
    order = [(e["created_at"], e["id"]) for e in listed]
    assert order == sorted(order)
    for employee in listed:
        assert set(employee) == EMPLOYEE_FIELDS
        assert employee["status"] in ("active", "inactive")
    for employee in deleted:
        assert set(employee) == EMPLOYEE_FIELDS | {"deleted_at"}
        assert employee["status"] == "deleted"


def test_employee_paging_defaults_and_bad_values(wt: httpx.Client) -> None:
    response = wt.get("/employees")
    assert len(data_of(response)) == 50
    assert response.json()["pagination"] == {"page": 1, "limit": 50, "total": 119}
    for params, field in (
        ({"limit": 101}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"page": 0}, "page"),
        ({"page": "x"}, "page"),
        ({"status": "gone"}, "status"),
    ):
        error_of(wt.get("/employees", params=params), 400, field)
    beyond = wt.get("/employees", params={"page": 99, "limit": 100})
    assert data_of(beyond) == []
    assert beyond.json()["pagination"]["total"] == 119


def test_employee_filters(wt: httpx.Client) -> None:
    marketing = walk(wt, "/employees", department="dept_03")
    assert marketing
    assert {(e["department_id"], e["department"]) for e in marketing} == {("dept_03", "Marketing")}
    inactive = walk(wt, "/employees", status="inactive")
    assert inactive
    assert {e["status"] for e in inactive} == {"inactive"}
    active = walk(wt, "/employees", status="active")
    assert len(active) + len(inactive) == len(walk(wt, "/employees"))
    assert walk(wt, "/employees", department="dept_99") == []


def test_create_read_update_delete_restore(wt: httpx.Client) -> None:
    created = data_of(wt.post("/employees", json=new_employee()), 201)
    assert set(created) == EMPLOYEE_FIELDS
    assert created["id"].startswith("emp_")
    assert created["department"] == "Marketing"
    assert created["salary"] == 65000
    assert created["status"] == "active"
    assert created["created_at"] == "2026-11-18T15:00:00Z"
    assert created["start_date"] == "2024-02-01"
    emp_id = created["id"]
    assert data_of(wt.get(f"/employees/{emp_id}")) == created
    assert walk(wt, "/employees")[-1]["id"] == emp_id  # newest created_at lists last

    updated = data_of(wt.put(f"/employees/{emp_id}", json={"position": "CMO", "salary": 90500.5}))
    assert updated["position"] == "CMO"
    assert updated["salary"] == 90500.5
    assert updated["name"] == "Jane Smith"

    count = data_of(wt.get("/organization"))["employees_count"]
    gone = data_of(wt.delete(f"/employees/{emp_id}"))
    assert set(gone) == {"id", "status", "deleted_at"}
    assert gone["id"] == emp_id
    assert gone["status"] == "deleted"
    assert gone["deleted_at"] == "2026-11-18T15:00:00Z"
    assert data_of(wt.get(f"/employees/{emp_id}"))["status"] == "deleted"
    assert emp_id not in {e["id"] for e in walk(wt, "/employees")}
    assert emp_id in {e["id"] for e in walk(wt, "/employees", status="deleted")}
    assert data_of(wt.get("/organization"))["employees_count"] == count - 1

    restored = data_of(wt.put(f"/employees/{emp_id}", json={"status": "active"}))
    assert restored["status"] == "active"
    assert "deleted_at" not in restored
    assert data_of(wt.get("/organization"))["employees_count"] == count


def test_created_ids_are_unique(wt: httpx.Client) -> None:
    first = data_of(wt.post("/employees", json=new_employee()), 201)
    second = data_of(wt.post("/employees", json=new_employee(email="j2@acme.example")), 201)
    assert first["id"] != second["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (new_employee(name=None), "name"),
        (new_employee(email=None), "email"),
        (new_employee(department_id=None), "department_id"),
        (new_employee(name="   "), "name"),
        (new_employee(email="not-an-email"), "email"),
        (new_employee(email=42), "email"),
        (new_employee(department_id="dept_99"), "department_id"),
        (new_employee(salary=-1), "salary"),
        (new_employee(salary="lots"), "salary"),
        (new_employee(start_date="02/01/2024"), "start_date"),
        (new_employee(start_date="2024-02-30"), "start_date"),
    ],
)
def test_create_rejects_bad_fields(wt: httpx.Client, body: dict[str, object], field: str) -> None:
    error = error_of(wt.post("/employees", json=body), 400, field)
    if body.get(field) is None:
        assert error["message"] == f"The '{field}' field is required"


def test_email_is_unique_ignoring_case(wt: httpx.Client) -> None:
    taken = data_of(wt.get("/employees/emp_010003"))["email"]
    error_of(wt.post("/employees", json=new_employee(email=taken.upper())), 400, "email")
    other = data_of(wt.get("/employees/emp_010004"))
    error_of(wt.put(f"/employees/{other['id']}", json={"email": taken}), 400, "email")
    same = data_of(wt.put(f"/employees/{other['id']}", json={"email": other["email"].upper()}))
    assert same["email"] == other["email"].upper()


def test_update_checks_what_it_is_given(wt: httpx.Client) -> None:
    error_of(wt.put("/employees/emp_999999", json={"name": "X"}), 404)
    error_of(wt.put("/employees/emp_010003", json={"name": None}), 400, "name")
    error_of(wt.put("/employees/emp_010003", json={"status": "retired"}), 400, "status")
    error_of(wt.put("/employees/emp_010003", json={"department_id": "x"}), 400, "department_id")
    moved = data_of(wt.put("/employees/emp_010003", json={"department_id": "dept_01"}))
    assert (moved["department_id"], moved["department"]) == ("dept_01", "Engineering")


# -- the vendor's own curl examples, verbatim but for host and key -----------------

ORGANIZATION_EXAMPLE = """curl -X GET https://api.worktime.one/v1/organization \\
-H "Authorization: Bearer YOUR_API_KEY" \\
-H "Content-Type: application/json\""""

EMPLOYEES_EXAMPLE = """curl -X GET "https://api.worktime.one/v1/employees?limit=10" \\
-H "Authorization: Bearer YOUR_API_KEY\""""


def run_curl(example: str, sandbox: SandboxServer) -> dict[str, object]:
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("the curl binary is not installed, so the vendor's examples cannot be run")
    sh = shutil.which("sh")
    assert sh is not None
    command = example.replace("https://api.worktime.one/v1", sandbox.url("worktime")).replace(
        "YOUR_API_KEY", FULL_KEY
    )
    # The vendor's command, run through a shell exactly as the page shows it.
    done = subprocess.run([sh, "-c", command], capture_output=True, timeout=30, check=True)
    body: dict[str, object] = json.loads(done.stdout)
    return body


def test_vendor_curl_organization_example(sandbox: SandboxServer) -> None:
    body = run_curl(ORGANIZATION_EXAMPLE, sandbox)
    assert body["success"] is True
    org = body["data"]
    assert isinstance(org, dict)
    assert {"id", "name", "employees_count", "created_at"} <= set(org)
    assert org["id"] == "org_123456"


def test_vendor_curl_employees_example(sandbox: SandboxServer) -> None:
    body = run_curl(EMPLOYEES_EXAMPLE, sandbox)
    assert body["success"] is True
    employees = body["data"]
    assert isinstance(employees, list)
    assert len(employees) == 10
    vendor_fields = {
        "id",
        "name",
        "email",
        "department",
        "position",
        "salary",
        "status",
        "created_at",
    }
    assert all(vendor_fields <= set(e) for e in employees)
    assert body["pagination"] == {"page": 1, "limit": 10, "total": 119}
