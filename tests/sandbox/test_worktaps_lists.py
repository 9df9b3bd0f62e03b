"""WorkTaps lists in the sandbox: paging, the meta filter, departments and locations."""

from __future__ import annotations

import pytest

from desktop.sandbox import SandboxServer
from tests.helpers.worktaps_sandbox import client, error_of, has_rate_headers, ok

LOCATION_FIELDS = {
    "id",
    "name",
    "slug",
    "website",
    "phone",
    "street",
    "city",
    "postal",
    "state",
    "about",
    "areacode",
    "timezone",
}


def test_departments_list(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        body = ok(http.get("/departments"))
        assert body["total"] == len(body["records"]) == 9
        assert body["records"][0] == {"id": "201", "name": "Engineering", "slug": "engineering"}
        assert [d["id"] for d in body["records"]] == sorted(d["id"] for d in body["records"])
        second = ok(http.get("/departments", params={"limit": 4, "page": 2}))
        assert second["total"] == 9
        assert [d["id"] for d in second["records"]] == ["205", "206", "207", "208"]


def test_locations_list(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        body = ok(http.get("/locations"))
    assert body["total"] == 3
    assert [loc["id"] for loc in body["records"]] == ["301", "302", "303"]
    assert all(set(loc) == LOCATION_FIELDS for loc in body["records"])
    assert body["records"][1]["slug"] == "warehouse"


def test_meta_filter_finds_the_vendors_dish_washers(sandbox: SandboxServer) -> None:
    expected = sorted(
        a.id
        for a in sandbox.state.data.accounts.values()
        if not a.removed and a.meta.get("jobTitle") == "Dish Washer"
    )
    assert expected
    with client(sandbox) as http:
        page = ok(http.get("/accounts", params={"meta": '{"jobTitle": "Dish Washer"}'}))
        assert page["total"] == len(expected)
        assert [a["id"] for a in page["records"]] == expected
        for bad in ("{not json", "[1]", '{"jobTitle": ["Dish Washer"]}'):
            error_of(http.get("/accounts", params={"meta": bad}), 400, 40013)


def test_walking_the_pages_gives_every_account_once(sandbox: SandboxServer) -> None:
    seen: list[int] = []
    with client(sandbox) as http:
        total = ok(http.get("/accounts", params={"limit": 1}))["total"]
        for page in range(1, total // 7 + 3):
            body = ok(http.get("/accounts", params={"limit": 7, "page": page}))
            assert body["total"] == total
            assert len(body["records"]) <= 7
            seen += [a["id"] for a in body["records"]]
        assert ok(http.get("/accounts"))["records"][-1]["id"] == seen[99]  # default limit 100
    assert len(seen) == total == len(set(seen))
    assert seen == sorted(seen)


@pytest.mark.parametrize("path", ["/accounts", "/departments", "/locations"])
@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("limit=1001", "limit must be between 1 and 1000"),
        ("limit=0", "limit must be between 1 and 1000"),
        ("limit=many", "limit must be between 1 and 1000"),
        ("page=0", "page must be a whole number from 1"),
    ],
)
def test_paging_out_of_range(sandbox: SandboxServer, path: str, query: str, message: str) -> None:
    with client(sandbox) as http:
        response = http.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.json() == {"code": 400, "message": message}
    assert has_rate_headers(response)
