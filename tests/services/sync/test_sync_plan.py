"""Planning attendance reads: fewest requests, never re-reading a settled day."""

from __future__ import annotations

import math
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.sync.plan import plan_reads

WED = date(2026, 11, 18)


def day(offset: int) -> date:
    return WED + timedelta(days=offset)


def requests_for(days: list[date], counts: dict[date, int], page: int) -> int:
    """Requests one ranged read of ``days`` takes, by the cached counts."""
    return max(1, math.ceil(sum(counts.get(day, 0) for day in days) / page))


def test_one_day_is_one_range() -> None:
    assert plan_reads([WED], {WED: 110}) == [(WED, WED)]
    assert plan_reads([WED], {}) == [(WED, WED)]


def test_neighbours_share_a_range() -> None:
    counts = {day(-2): 110, day(-1): 110, WED: 110}
    assert plan_reads([day(-2), day(-1), WED], counts) == [(day(-2), WED)]
    # Apart: 2 + 2 + 2 requests; together: ceil(330 / 100) = 4.
    assert requests_for([day(-2), day(-1), WED], counts, 100) == 4


def test_empty_days_may_ride_along_but_closed_ones_never() -> None:
    friday, monday = day(-5), day(-2)  # a weekend with no records between
    counts = {friday: 60, monday: 30, day(-1): 120, WED: 40}
    assert plan_reads([friday, monday], counts) == [(friday, monday)]
    # Tuesday (day -1) is closed but holds records: Monday and Wednesday stay apart.
    assert plan_reads([monday, WED], counts) == [(monday, monday), (WED, WED)]


def test_duplicates_and_order_do_not_matter() -> None:
    counts = {day(-1): 10, WED: 10}
    assert plan_reads([WED, day(-1), WED], counts) == [(day(-1), WED)]


@given(
    st.lists(st.integers(0, 250), min_size=1, max_size=10),
    st.lists(st.booleans(), min_size=10, max_size=10),
)
def test_the_plan_covers_the_open_days_reads_nothing_settled_and_costs_no_more(
    sizes: list[int], open_flags: list[bool]
) -> None:
    days = [day(-n) for n in range(len(sizes))]
    counts = dict(zip(days, sizes, strict=True))
    open_days = [d for d, is_open in zip(days, open_flags, strict=False) if is_open] or [WED]
    ranges = plan_reads(open_days, counts)
    read = {a + timedelta(days=n) for a, b in ranges for n in range((b - a).days + 1)}
    assert set(open_days) <= read
    assert all(counts.get(d, 0) == 0 for d in read - set(open_days))
    planned = sum(
        requests_for([a + timedelta(days=n) for n in range((b - a).days + 1)], counts, 100)
        for a, b in ranges
    )
    assert planned <= sum(max(1, math.ceil(counts.get(d, 0) / 100)) for d in set(open_days))
