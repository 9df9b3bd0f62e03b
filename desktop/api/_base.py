"""What every record shares: tolerant parsing, aware timestamps, pages, rate limits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict


def _blank_to_none(value: Any) -> Any:
    """Vendors send ``""`` for an empty date as often as ``null``."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _as_utc(value: datetime) -> datetime:
    """The wire is UTC; a timestamp that forgot its ``Z`` is UTC too."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


Timestamp = Annotated[datetime, AfterValidator(_as_utc)]
OptionalTimestamp = Annotated[Timestamp | None, BeforeValidator(_blank_to_none)]
OptionalDate = Annotated[date | None, BeforeValidator(_blank_to_none)]


class Record(BaseModel):
    """A vendor's record: unknown fields ignored, ids that come as numbers kept as text."""

    model_config = ConfigDict(
        extra="ignore",
        frozen=True,
        coerce_numbers_to_str=True,
        populate_by_name=True,
    )


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items``, which ``page`` (from 1), its ``limit``, the ``total``."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    page: int
    limit: int
    total: int

    @property
    def has_more(self) -> bool:
        """Whether a later page holds more (an empty page never has more)."""
        return bool(self.items) and self.page * self.limit < self.total

    @classmethod
    def single(cls, items: list[T]) -> Page[T]:
        """A list that came without paging: all of it on one page."""
        return cls(items=items, page=1, limit=max(1, len(items)), total=len(items))


class RateLimit(BaseModel):
    """The last ``X-RateLimit-*`` headers: the hourly ``limit``, what ``remaining``, when reset."""

    model_config = ConfigDict(frozen=True)

    limit: int
    remaining: int
    reset_at: datetime


async def walk(fetch: Callable[[int], Awaitable[Page[T]]]) -> AsyncIterator[T]:
    """Every item of every page, fetching page 1, 2, ... and stopping on the total."""
    number = 1
    while True:
        page = await fetch(number)
        for item in page.items:
            yield item
        if not page.items or number * page.limit >= page.total:
            return
        number += 1
