"""Whether a WorkTaps update landed, from what the service shows now: case by case."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.services.outbox.kinds.worktaps_compare import compare_update, same


@pytest.mark.parametrize(
    ("key", "current", "wanted", "equal"),
    [
        ("city", "Albany", "Albany", True),
        ("city", " Albany ", "Albany", True),
        ("city", "albany", "Albany", False),
        ("email", "Ada@Example.com", "ada@example.com", True),
        ("phone", "+12022345678", "+1 (202) 234-5678", True),
        ("state", "ny", "NY", True),
        ("street", None, "", True),
        ("street", None, "1 Main St", False),
        ("locations", ["303", "301"], ["301", "303"], True),
        ("locations", ["301"], ["301", "303"], False),
        ("meta", {"jobTitle": "Cook", "badge": "B-1"}, {"jobTitle": "Cook"}, True),
        ("meta", {"jobTitle": "Cook"}, {"jobTitle": "Chef"}, False),
        ("meta", None, {"jobTitle": "Cook"}, False),
        ("department", 209, "209", True),
    ],
)
def test_same(key: str, current: Any, wanted: Any, equal: bool) -> None:
    assert same(key, current, wanted) is equal


CHANGES = {"city": "Albany", "employeeId": "E-77"}
BEFORE = {"city": "Troy", "employeeId": None}


@pytest.mark.parametrize(
    ("now", "landed"),
    [
        ({"city": "Albany", "employeeId": "E-77"}, True),
        ({"city": "Troy"}, False),
        ({"city": "Albany"}, None),  # half of it
        ({"city": "Utica", "employeeId": "E-77"}, None),  # someone else's value
        ({"city": "Utica"}, None),
    ],
)
def test_compare_update(now: dict[str, Any], landed: bool | None) -> None:
    verdict = compare_update("The account", now, CHANGES, BEFORE)
    assert verdict.landed is landed
    assert verdict.evidence is not None
    assert verdict.evidence["now"] == {"city": now.get("city"), "employeeId": now.get("employeeId")}
    assert verdict.why.startswith("The account")


def test_a_change_to_the_value_it_had_counts_as_landed() -> None:
    assert compare_update("It", {"city": "Troy"}, {"city": "Troy"}, {"city": "Troy"}).landed


def test_without_the_old_values_it_cannot_say_not_landed() -> None:
    assert compare_update("It", {"city": "Troy"}, {"city": "Albany"}, {}).landed is None
