"""Values as the outbox and the audit log store them: canonical JSON and ISO times.

Times are ISO 8601 text in UTC with microseconds, always the same width, so
SQLite's text order is time order and a value reads back exactly as written.
JSON is canonical (sorted keys, no spaces, no NaN), so equal values are equal
text: the audit log's hashes depend on it.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(value: datetime) -> str:
    """``value`` in UTC as fixed-width ISO text; a naive datetime is a bug, not UTC."""
    if value.tzinfo is None:
        raise ValueError("the datetime needs a time zone (use an aware datetime)")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def optional_from_iso(text: str | None) -> datetime | None:
    return None if text is None else from_iso(text)


def canonical_json(value: Any) -> str:
    """One text for one value: sorted keys, no spaces, UTF-8 kept as is, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def json_object(value: dict[str, Any]) -> str:
    """A dict as canonical JSON, refusing anything that is not a dict up front."""
    if not isinstance(value, dict):
        raise TypeError(f"expected a dict, got {type(value).__name__}")
    return canonical_json(value)


def optional_json_object(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json_object(value)


def load_object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise ValueError("the stored JSON is not an object")
    return value


def optional_load_object(text: str | None) -> dict[str, Any] | None:
    return None if text is None else load_object(text)
