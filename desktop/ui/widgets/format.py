"""How times, methods and events read on screen (and in exports, which copy the screen).

Dates and times follow the chosen language's locale (``QLocale()``, set by
``desktop.ui.i18n``): "12/4/2026 9:53:34 AM" in the United States, "04.12.2026 09:53:34"
in Germany; the year always in full. Where no locale is set (the C locale: tests, a
terminal without LANG) they read as ISO 8601, "2026-12-04 09:53:34".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from desktop.store import LOW_BATTERY_PERCENT
from desktop.words import QT_TRANSLATE_NOOP, duration, translate

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


def date_format() -> str:
    """The locale's short date with the year in full: "M/d/yyyy", "dd.MM.yyyy", "d/M/yyyy"
    (a two-digit year is ambiguous in records that span years); ISO in the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format(seconds: bool = False) -> str:
    """The locale's short time ("h:mm AP", "HH:mm"), with seconds when asked."""
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return pattern


def local_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def local_time(
    moment: datetime | None, zone: ZoneInfo, with_date: bool = True, seconds: bool | None = None
) -> str:
    """``moment`` on the clock of ``zone``: date and time to the second, or the time alone
    to the minute (``seconds`` says otherwise)."""
    if moment is None:
        return ""
    local = moment.astimezone(zone)
    clock = QLocale().toString(
        QTime(local.hour, local.minute, local.second),
        time_format(seconds=with_date if seconds is None else seconds),
    )
    return f"{local_date(local.date())} {clock}" if with_date else clock


def widest_time(with_date: bool = True) -> tuple[str, ...]:
    """A moment as wide as ``local_time`` gets in this locale (late evening, two-digit
    day and month): what a column of times must hold whole (``Column.fits``)."""
    evening = datetime(2026, 12, 28, 22, 58, 58, tzinfo=UTC_ZONE)
    return (local_time(evening, UTC_ZONE, with_date),)


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
    return translate("Format", "{span} late").format(span=duration(uploaded - timestamp))


def battery(percent: int | None) -> str:
    if percent is None:
        return translate("Format", "unknown", "a lock's battery")
    level = translate("Format", "{percent} %").format(percent=QLocale().toString(percent))
    if percent <= LOW_BATTERY:
        return translate("Format", "{level} ⚠ low", "a lock's battery").format(level=level)
    return level


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
