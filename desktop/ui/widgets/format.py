"""How times, methods and events read on screen (and in exports, which copy the screen)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from desktop.store import LOW_BATTERY_PERCENT
from desktop.words import QT_TRANSLATE_NOOP, count, translate

METHODS = {
    "fingerprint": QT_TRANSLATE_NOOP("Format", "Fingerprint"),
    "card": QT_TRANSLATE_NOOP("Format", "Card"),
    "passcode": QT_TRANSLATE_NOOP("Format", "Passcode"),
    "app": QT_TRANSLATE_NOOP("Format", "App"),
    "key": QT_TRANSLATE_NOOP("Format", "Key"),
    "gateway": QT_TRANSLATE_NOOP("Format", "Gateway"),
    "face": QT_TRANSLATE_NOOP("Format", "Face"),
}
EVENTS = {
    "unlock": QT_TRANSLATE_NOOP("Format", "Unlock"),
    "forced": QT_TRANSLATE_NOOP("Format", "Forced entry"),
    "tamper": QT_TRANSLATE_NOOP("Format", "Tamper alarm"),
    "locked_out": QT_TRANSLATE_NOOP("Format", "Locked out"),
}
LOW_BATTERY = LOW_BATTERY_PERCENT  # the handover and the Locks page warn at the same level
UPLOAD_GAP_WORTH_SHOWING = timedelta(minutes=5)
UTC_ZONE = ZoneInfo("UTC")


def local_time(moment: datetime | None, zone: ZoneInfo, with_date: bool = True) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    return local.strftime("%Y-%m-%d %H:%M:%S" if with_date else "%H:%M")


def duration(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return count(hours // 24, "day")


def ago(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "never"
    span = now - moment
    if span < timedelta(minutes=1):
        return "just now"
    return f"{duration(span)} ago"


def method(name: str) -> str:
    known = METHODS.get(name)
    return translate("Format", known) if known else name.replace("_", " ").capitalize()


def event(name: str) -> str:
    known = EVENTS.get(name)
    return translate("Format", known) if known else name.replace("_", " ").capitalize()


def upload_gap(timestamp: datetime, uploaded: datetime | None) -> str:
    """How late the lock's record reached the cloud, when that matters."""
    if uploaded is None or uploaded - timestamp < UPLOAD_GAP_WORTH_SHOWING:
        return ""
    return f"{duration(uploaded - timestamp)} late"


def battery(percent: int | None) -> str:
    if percent is None:
        return "unknown"
    return f"{percent} %" + (" ⚠ low" if percent <= LOW_BATTERY else "")


def phone(e164: str | None) -> str:
    """A phone the way people read it: national form at home, international otherwise."""
    if not e164:
        return ""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if number.country_code == 1
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))
