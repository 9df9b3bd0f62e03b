"""Property: people who agree across the three systems, however each system writes their
email, id and phone and in whatever order the records come, are one row each with no
disagreement; take away WorkTaps' email and the row holds by employee id, then phone."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.api import Account
from desktop.services.directory.people import build
from tests.helpers.directory import Hr, Wt

TODAY = date(2026, 11, 18)


def _phone(n: int, style: int) -> str:
    digits = f"212{230 + n % 700:03d}{n:04d}"
    return [f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"+1{digits}", f"1-{digits}"][style]


people = st.lists(
    st.tuples(st.integers(1, 9999), st.booleans(), st.integers(0, 2), st.integers(0, 2)),
    min_size=1, max_size=25, unique_by=lambda t: t[0],
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(people, st.randoms(use_true_random=False))
def test_agreeing_people_are_one_row_each(found: list[tuple[int, bool, int, int]], rnd) -> None:  # type: ignore[no-untyped-def]
    wt, taps, hr = [], [], []
    for n, upper, style, drop in found:
        email = f"p{n}@acme.example"
        shown = email.upper() if upper else email
        hr.append(Hr(str(n), "P", str(n), email, _phone(n, style)))
        wt.append(Wt(f"emp_{n:06d}", f"P {n}", shown))
        body = {"id": n, "firstName": "P", "lastName": str(n), "email": shown,
                "employeeId": f"{n:05d}", "phone": _phone(n, (style + 1) % 3),
                "department": {"id": "201", "name": "sales"}}  # fmt: skip
        if drop >= 1:
            body["email"] = None  # then by employee id
        if drop >= 2:
            body["employeeId"] = None  # then by phone
        taps.append(Account.model_validate(body))
    for items in (wt, taps, hr):
        rnd.shuffle(items)
    rows = build(wt, taps, hr, today=TODAY)
    assert len(rows) == len(found)
    by_n = {row.worq.employee_id: row for row in rows if row.worq is not None}
    for n, _upper, _style, drop in found:
        row = by_n[str(n)]
        assert row.worktime is not None
        assert row.worktaps is not None
        assert row.method == ["email", "employee_id", "phone"][drop]
        assert row.kinds() == ({"phone_only"} if drop == 2 else set())
