"""The organization's timezone: as WorkTime One last told it, kept in the snapshot cache."""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.store import SnapshotCache

log = logging.getLogger("desktop.services.org_zone")
ZONE_SNAPSHOT = ("organization", "timezone")


def local_zone() -> ZoneInfo:
    name = datetime.now().astimezone().tzname() or "UTC"
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def cached_zone(snapshots: SnapshotCache) -> ZoneInfo:
    """The organization's timezone as WorkTime One last told it (the computer's before)."""
    snapshot = snapshots.get(*ZONE_SNAPSHOT)
    if snapshot is not None:
        try:
            return ZoneInfo(str(snapshot.body))
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("the cached organization timezone %r is unknown", snapshot.body)
    return local_zone()


def zone_named(name: str | None) -> ZoneInfo | None:
    """WorkTime One's timezone by its name; None when it gave none, or one unknown here."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        log.warning("WorkTime One gave an unknown timezone %r", name)
        return None
