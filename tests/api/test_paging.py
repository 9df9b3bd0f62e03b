"""Paging rules on scripted answers: lists without paging are one page; walks stop on totals."""

from __future__ import annotations

from datetime import date, datetime

import httpx
import pytest

from desktop.api import ProtocolError, WorkTapsClient, WorkTimeClient, WorqClient
from tests.helpers.api import Script, answer, drain, use

D = date(2026, 11, 18)
LOCK = {"id": "lock_1", "name": "Door"}
EVENT = {"id": "e", "timestamp": "2026-11-18T09:00:00Z"}


def wt(script: Script) -> WorkTimeClient:
    return WorkTimeClient("https://api.worktime.one/v1", "key-123456", transport=script.transport)


def taps(script: Script) -> WorkTapsClient:
    return WorkTapsClient("https://worktaps.com/api/v1", "key-123456", transport=script.transport)


def worq(script: Script) -> WorqClient:
    return WorqClient(
        "https://employee-mss.worqhub.com/api/v1",
        "partner",
        "key-123456",
        "C1",
        transport=script.transport,
    )


def test_a_worktime_list_without_pagination_is_one_page() -> None:
    script = Script([answer(200, {"success": True, "data": [LOCK, LOCK]})])
    assert len(use(wt(script), lambda c: c.list_locks())) == 2
    assert len(script.seen) == 1
    page = use(
        wt(Script([answer(200, {"success": True, "data": [EVENT]})])),
        lambda c: c.list_lock_history("lock_1"),
    )
    assert (page.page, page.total, page.has_more) == (1, 1, False)


def test_a_walk_stops_on_the_total_without_asking_for_an_empty_page() -> None:
    def body(n: int) -> dict[str, object]:
        return {
            "success": True,
            "data": [EVENT] * 100,
            "pagination": {"page": n, "limit": 100, "total": 200},
        }

    script = Script([answer(200, body(1)), answer(200, body(2))])
    assert len(drain(wt(script), lambda c: c.iter_lock_history("lock_1", D, D))) == 200
    assert [r.url.params["page"] for r in script.seen] == ["1", "2"]
    assert script.seen[0].url.params["start_date"] == "2026-11-18"


def test_a_walk_stops_on_an_empty_page_whatever_the_total_says() -> None:
    body = {"success": True, "data": [], "pagination": {"page": 1, "limit": 100, "total": 999}}
    script = Script([answer(200, body)])
    assert drain(wt(script), lambda c: c.iter_employees()) == []
    assert len(script.seen) == 1


def test_dates_given_as_datetimes_are_sent_as_dates() -> None:
    script = Script([answer(200, {"success": True, "data": []})])
    use(wt(script), lambda c: c.payroll_report(datetime(2026, 11, 1, 8), D))
    assert script.seen[0].url.params["start_date"] == "2026-11-01"


def test_worktaps_lists_without_a_total_or_as_a_bare_list_are_one_page() -> None:
    bare = Script([answer(200, [{"id": "201", "name": "Eng"}])])
    assert [d.id for d in drain(taps(bare), lambda c: c.iter_departments())] == ["201"]
    untotalled = Script([answer(200, {"records": [{"id": "301"}]})])
    page = use(taps(untotalled), lambda c: c.list_locations(2, 10))
    assert (page.page, page.total, page.has_more) == (2, 11, False)


def test_a_delete_that_is_not_removed_is_a_protocol_error() -> None:
    script = Script([answer(200, {"removed": False})])
    with pytest.raises(ProtocolError, match="removed"):
        use(taps(script), lambda c: c.delete_account(1, D))


def test_worq_pages_without_a_total() -> None:
    token = answer(200, {"status": "success", "result": {"token": "t" * 16, "expires_in": 1800}})

    def data(page: int, total_pages: int | None) -> httpx.Response:
        result: dict[str, object] = {
            "employees": [{"employee_id": str(page)}],
            "page": page,
            "per_page": 1,
        }
        if total_pages is not None:
            result["total_pages"] = total_pages
        return answer(200, {"status": "success", "messages": [], "result": result})

    script = Script([token, data(1, 2), data(2, 2)])
    assert [p.employee_id for p in drain(worq(script), lambda c: c.iter_employee_data(D, D))] == [
        "1",
        "2",
    ]
    script = Script([token, data(1, None)])
    assert len(drain(worq(script), lambda c: c.iter_employee_data(D, D))) == 1
