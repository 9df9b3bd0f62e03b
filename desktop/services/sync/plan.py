"""Which date ranges to read so that open attendance days cost the fewest requests.

Reading one day costs ``ceil(records / page)`` requests (at least one); reading a
range costs ``ceil(sum of its days' records / page)``, which is never more than
reading its days one by one (the part-filled last pages are shared). So open days
are read as ranges, one per run of open days, except that a range never spans a
day that holds records but is closed: nothing settled is read again. Days with no
records between two open days (a weekend) cost nothing and may ride along.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

DayRange = tuple[date, date]  # both ends inclusive


def plan_reads(open_days: Sequence[date], counts: Mapping[date, int]) -> list[DayRange]:
    """The ranges to read, ascending, that cover every day in ``open_days``; ``counts``
    holds how many records each day has in the cache (days with none may be left out)."""
    ranges: list[DayRange] = []
    for day in sorted(set(open_days)):
        if ranges and _only_empty_between(ranges[-1][1], day, counts):
            ranges[-1] = (ranges[-1][0], day)
        else:
            ranges.append((day, day))
    return ranges


def _only_empty_between(first: date, last: date, counts: Mapping[date, int]) -> bool:
    between = (first + timedelta(days=n) for n in range(1, (last - first).days))
    return all(counts.get(day, 0) == 0 for day in between)
