"""The Attendance page and the correction dialog (opened from here, from a person's day,
from Ctrl+K and from a failed entry on the Outbox page)."""
