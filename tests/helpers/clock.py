"""The tests' moment: the sandbox fixture is reseeded at it, its clock frozen there."""

from __future__ import annotations

from datetime import UTC, datetime

# A Wednesday, 10:00 in the organization's timezone (America/New_York).
TEST_NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)
TEST_NOW_ISO = "2026-11-18T15:00:00Z"
