"""The formats WorkTaps gives its account and location fields, checked on the console's side.

Each check is at least as strict as the vendor's (the sandbox is the reference):
a value these accept, WorkTaps accepts. Values are judged stripped, as WorkTaps
judges them, and only ASCII digits and letters count where a format names them.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from zoneinfo import available_timezones

DEFAULT_REGION = "US"  # a phone typed without a country code is taken as a US number
META_MAX_LENGTH = 100  # every MetaInput value, jobTitle and startDate included
EMAIL_MAX_LENGTH = 254

# A dotted local part and a dotted domain with a top-level name of two letters or more:
# what a sign-up form accepts, and exactly what WorkTaps accepts.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
_STATE = re.compile(r"[A-Za-z]{2}")
_POSTAL = re.compile(r"[0-9]{5}(?:-[0-9]{4})?")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_US_DATE = re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}")


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """The number in E.164 (``+12022345678``), or None when ``text`` is no valid phone.

    Takes any common form: ``(202) 234-5678``, ``202-234-5678``, ``+1 202 234 5678``,
    ``12022345678``; numbers without a country code are read as ``region``'s. A number
    with an extension is refused: E.164 has no room for it.
    """
    import phonenumbers  # 35 ms: loaded when a number is first checked, not at start-up

    try:
        parsed = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None
    if parsed.extension or not phonenumbers.is_valid_number(parsed):
        return None
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def valid_email(text: str) -> bool:
    return len(text) <= EMAIL_MAX_LENGTH and _EMAIL.fullmatch(text) is not None


def valid_state(text: str) -> bool:
    """Two letters, like ``NY`` (either case; WorkTaps keeps capitals)."""
    return _STATE.fullmatch(text) is not None


def valid_postal(text: str) -> bool:
    """A ZIP code: 5 digits, or 5+4 like ``10001-1234``."""
    return _POSTAL.fullmatch(text) is not None


@cache
def timezones() -> frozenset[str]:
    """Every IANA time zone name this machine knows (from tzdata where the OS has none)."""
    return frozenset(available_timezones())


def valid_timezone(text: str) -> bool:
    return text in timezones()


def iso_day(text: str) -> date | None:
    """``YYYY-MM-DD`` naming a real day, else None."""
    if _ISO_DATE.fullmatch(text) is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def term_day(text: str) -> date | None:
    """A term date as WorkTaps takes it: ``MM/DD/YYYY`` (its own example) or ``YYYY-MM-DD``."""
    text = text.strip()
    if _US_DATE.fullmatch(text) is not None:
        try:
            return datetime.strptime(text, "%m/%d/%Y").date()
        except ValueError:
            return None
    return iso_day(text)
