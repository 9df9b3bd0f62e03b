"""The periods a report (or a page's dates) covers, as dates in the organization's timezone.

Today and yesterday are one day each. Weeks run Monday to Sunday. "This week" and "this
month" run to today (a report of days that have not happened yet is empty); "last week"
and "last month" are whole. A custom range is any start to any end, both included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from desktop.services.attendance.board import (
    org_today as org_today,  # the reports' today is the board's
)
from desktop.words import QT_TRANSLATE_NOOP, month, translate

PeriodKind = Literal[
    "today", "yesterday", "this_week", "last_week", "this_month", "last_month", "custom"
]
PERIOD_TITLES: dict[PeriodKind, str] = {
    "today": QT_TRANSLATE_NOOP("Period", "Today"),
    "yesterday": QT_TRANSLATE_NOOP("Period", "Yesterday"),
    "this_week": QT_TRANSLATE_NOOP("Period", "This week"),
    "last_week": QT_TRANSLATE_NOOP("Period", "Last week"),
    "this_month": QT_TRANSLATE_NOOP("Period", "This month"),
    "last_month": QT_TRANSLATE_NOOP("Period", "Last month"),
    "custom": QT_TRANSLATE_NOOP("Period", "Custom range"),
}


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    start: date
    end: date

    @property
    def title(self) -> str:
        return translate("Period", PERIOD_TITLES[self.kind])

    def span(self) -> str:
        """``16 – 18 Nov 2026``, ``28 Oct – 3 Nov 2026``, ``29 Dec 2025 – 4 Jan 2026``."""
        start, end = self.start, self.end
        last = f"{end.day} {month(end, with_year=True)}"
        if start == end:
            return last
        if start.year != end.year:
            return f"{start.day} {month(start, with_year=True)} – {last}"
        if start.month != end.month:
            return f"{start.day} {month(start)} – {last}"
        return f"{start.day} – {last}"

    def describe(self) -> str:
        if self.kind == "custom":
            return self.span()
        return translate("Period", "{title}, {span}").format(title=self.title, span=self.span())

    def days(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def _month_start(day: date) -> date:
    return day.replace(day=1)


def period_for(
    kind: PeriodKind, today: date, *, start: date | None = None, end: date | None = None
) -> Period:
    """The period of ``kind`` as seen on ``today``; ``custom`` takes ``start`` and ``end``."""
    monday = today - timedelta(days=today.weekday())
    if kind == "today":
        return Period(kind, today, today)
    if kind == "yesterday":
        yesterday = today - timedelta(days=1)
        return Period(kind, yesterday, yesterday)
    if kind == "this_week":
        return Period(kind, monday, today)
    if kind == "last_week":
        return Period(kind, monday - timedelta(days=7), monday - timedelta(days=1))
    if kind == "this_month":
        return Period(kind, _month_start(today), today)
    if kind == "last_month":
        last_day = _month_start(today) - timedelta(days=1)
        return Period(kind, _month_start(last_day), last_day)
    if start is None or end is None:
        raise ValueError(translate("Period", "A custom range needs a first and a last day."))
    if start > end:
        raise ValueError(translate("Period", "The first day of the range is after the last."))
    return Period("custom", start, end)
