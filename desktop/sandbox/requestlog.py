"""What the sandbox received, with keys reduced to a fingerprint."""

from __future__ import annotations

import hashlib
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

MAX_ENTRIES = 50_000


def key_fingerprint(key: str | None) -> str | None:
    """A stable, non-reversible name for a key: tests can match it, logs never hold it."""
    if not key:
        return None
    return "key#" + hashlib.sha256(key.encode()).hexdigest()[:10]


@dataclass(slots=True)
class LoggedRequest:
    seq: int
    at: str
    service: str
    method: str
    path: str
    query: str
    key: str | None
    status: int | None
    fault: str | None

    def json(self) -> dict[str, Any]:
        return asdict(self)


class RequestLog:
    def __init__(self) -> None:
        self._entries: deque[LoggedRequest] = deque(maxlen=MAX_ENTRIES)
        self._seq = 0

    def add(self, entry_args: dict[str, Any]) -> LoggedRequest:
        self._seq += 1
        entry = LoggedRequest(seq=self._seq, status=None, **entry_args)
        self._entries.append(entry)
        return entry

    def entries(self, service: str | None = None, since: int = 0) -> list[LoggedRequest]:
        return [
            e for e in self._entries if e.seq > since and (service is None or e.service == service)
        ]

    def clear(self) -> None:
        self._entries.clear()
