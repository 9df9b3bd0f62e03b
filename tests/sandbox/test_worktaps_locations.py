"""WorkTaps departments and locations in the sandbox: lists, location create and update."""

from __future__ import annotations

from desktop.sandbox import SandboxServer
from tests.helpers.worktaps_sandbox import client, error_of, has_rate_headers, ok


def test_location_create_answers_the_full_location(sandbox: SandboxServer) -> None:
    fields = {
        "name": "Warehouse",
        "website": "https://pop.example.com",
        "phone": "+12022345678",
        "street": "1 Pier St.",
        "city": "Hoboken",
        "postal": "07030",
        "state": "nj",
        "about": "Second warehouse",
        "areacode": "201",
        "timezone": "America/New_York",
    }
    with client(sandbox) as http:
        created = ok(http.post("/locations", json=fields))
        assert created == {**fields, "id": "304", "slug": "warehouse-2", "state": "NJ"}
        listed = ok(http.get("/locations"))
        assert listed["total"] == 4
        assert listed["records"][-1] == created
        form = ok(http.post("/locations", data={"name": "Pop-up Store"}))
        assert (form["id"], form["slug"], form["city"]) == ("305", "pop-up-store", None)


def test_location_update(sandbox: SandboxServer) -> None:
    with client(sandbox) as http:
        updated = ok(http.put("/locations/303", data={"city": "Queens", "postal": "11101-0001"}))
        assert (updated["name"], updated["city"], updated["postal"]) == (
            "Downtown Store",
            "Queens",
            "11101-0001",
        )
        renamed = ok(http.put("/locations/303", json={"name": "Uptown Store", "about": ""}))
        assert (renamed["slug"], renamed["about"]) == ("uptown-store", None)
        assert ok(http.get("/locations"))["records"][2] == renamed
        unchanged = ok(http.put("/locations/303", json={}))
        assert unchanged == renamed


def test_location_rules(sandbox: SandboxServer) -> None:
    name_required = {"code": 400, "message": "Name is required"}
    with client(sandbox) as http:
        for body in ({}, {"name": "  "}, {"city": "Queens"}):
            response = http.post("/locations", json=body)
            assert (response.status_code, response.json()) == (400, name_required)
            assert has_rate_headers(response)
        response = http.put("/locations/301", json={"name": ""})
        assert (response.status_code, response.json()) == (400, name_required)
        error_of(http.post("/locations", json={"name": "X", "phone": "555-1234"}), 400, 40018)
        error_of(http.post("/locations", json={"name": "X", "state": "N.Y."}), 400, 40025)
        error_of(http.put("/locations/301", json={"postal": "ABCDE"}), 400, 40026)
        error_of(http.put("/locations/301", json={"timezone": "EST5"}), 400, 40023)
        # Lowest code first; no name comes before any vendor code.
        error_of(http.put("/locations/301", json={"postal": "1", "phone": "1"}), 400, 40018)
        response = http.post("/locations", json={"phone": "1"})
        assert response.json() == name_required
        error_of(http.put("/locations/:id", json={"city": "X"}), 404, 40001, id=":id")
