"""Times in and out of SQLite: aware UTC datetimes outside, epoch seconds inside."""

from __future__ import annotations

from datetime import UTC, date, datetime


def epoch(value: datetime) -> int:
    """Whole epoch seconds of an aware datetime; a naive one is a bug, not UTC."""
    if value.tzinfo is None:
        raise ValueError("the datetime needs a time zone (use an aware datetime)")
    return int(value.timestamp())


def optional_epoch(value: datetime | None) -> int | None:
    return None if value is None else epoch(value)


def instant(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def optional_instant(value: int | None) -> datetime | None:
    return None if value is None else instant(value)


def optional_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def optional_day(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)
