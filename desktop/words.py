"""Words a manager reads, in their language: ``translate`` for the layers without Qt, and
numbers in words ("1 entry", "2 entries", never "1 entries").

The services, the store and the API clients import no Qt, yet what they say reaches the
person at the desk. They call ``translate(context, text)``, which ``tools/i18n.py`` finds
as it finds Qt's own ``QCoreApplication.translate``; the window installs Qt's in its place
(``desktop.ui.i18n``). Without it (``frontdesk sync`` on a terminal) the text stays
English, with ``%n`` filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

Translator = Callable[[str, str, str | None, int], str]
"""``(context, text, disambiguation, n)``: QCoreApplication.translate's arguments."""


_PLURAL = re.compile(r"\((\w*)\|(\w*)\)|\(s\)")
"""English sources write a plural as "%n minute(s)" or "%n entr(y|ies)"; English's .ts
gives both forms, and without Qt the number picks one: "1 minute", "2 entries"."""


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return text

    def form(match: re.Match[str]) -> str:
        one, many = (match[1], match[2]) if match[1] is not None else ("", "s")
        return one if n == 1 else many

    text = _PLURAL.sub(form, text)
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_translator: Translator = _untranslated


def install_translator(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (None: back to English)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the console's language; ``%n`` (``%Ln``: with thousands separated)
    becomes ``n``, and a translation picks the plural form that ``n`` takes."""
    return _translator(context, text, disambiguation, n)


def _iso_clock(moment: time) -> str:
    return moment.strftime("%H:%M")


def _iso_day(day: date) -> str:
    return day.isoformat()


_clock: Callable[[time], str] = _iso_clock
_day: Callable[[date], str] = _iso_day


def install_formats(
    clock_format: Callable[[time], str] | None, day_format: Callable[[date], str] | None
) -> None:
    """Write times of day and dates as the console's language does (the window installs
    QLocale's); None: back to ISO 8601, "09:05" and "2026-12-04"."""
    global _clock, _day
    _clock = clock_format or _iso_clock
    _day = day_format or _iso_day


def clock(moment: time | datetime) -> str:
    """A time of day to the minute, ``moment`` already on the organization's clock:
    "9:05 AM" in the United States, "09:05" in Germany and without Qt."""
    return _clock(moment.time() if isinstance(moment, datetime) else moment)


def day(value: date) -> str:
    """A date with the year in full: "12/4/2026", "04.12.2026"; ISO without Qt."""
    return _day(value)


def duration(span: timedelta) -> str:
    """A span as a person says it: "45 min", "2 h 5 min", "3 days"."""
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return translate("Format", "{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if rest:
            return translate("Format", "{hours} h {minutes} min").format(hours=hours, minutes=rest)
        return translate("Format", "{hours} h").format(hours=hours)
    days = hours // 24
    return translate("Format", "%n day(s)", None, days)


def number(n: int) -> str:
    """``n`` with the thousands separated as the console's language writes them ("1.234"
    in German; "1,234" without Qt): for a second number in a sentence whose ``%Ln`` is
    taken."""
    return _translator("", "%Ln", None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation where a table of messages defines it; it is
    translated where it is said, with ``translate(context, text)``."""
    return text


def count(number: int, one: str, many: str | None = None) -> str:
    """``number`` and the noun that goes with it, with thousands separated: ``count(1,
    "entry", "entries")`` is "1 entry"; ``many`` defaults to ``one`` + "s"."""
    return f"{number:,} {one if number == 1 else (many or one + 's')}"
