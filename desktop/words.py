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
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal  # annotations only: decimal costs the first frame 1 ms

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
_thread = threading.local()  # .english: this thread writes an export (``in_english``)


def _english() -> bool:
    return getattr(_thread, "english", False)


@contextmanager
def in_english() -> Iterator[None]:
    """Within it, this thread's words, times and dates are English and ISO 8601, whatever
    the console speaks: an export is a record, read by other programs and people, and its
    headers and values stay the same in every language (the window goes on translating)."""
    before = _english()
    _thread.english = True
    try:
        yield
    finally:
        _thread.english = before


def install_translator(translator: Translator | None) -> None:
    """Route ``translate`` through ``translator`` (None: back to English)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the console's language; ``%n`` (``%Ln``: with thousands separated)
    becomes ``n``, and a translation picks the plural form that ``n`` takes."""
    if _english():
        return _untranslated(context, text, disambiguation, n)
    return _translator(context, text, disambiguation, n)


def _iso_clock(moment: time) -> str:
    return moment.strftime("%H:%M")


def _iso_day(day: date) -> str:
    return day.isoformat()


def _english_short_day(day: date) -> str:
    return day.strftime("%a %d %b")


def _english_decimal(value: float | Decimal, places: int) -> str:
    return f"{value:,.{places}f}"


_clock: Callable[[time], str] = _iso_clock
_day: Callable[[date], str] = _iso_day
_short_day: Callable[[date], str] = _english_short_day
_decimal: Callable[[float | Decimal, int], str] = _english_decimal
_month: Callable[[date, bool], str] | None = None


def install_formats(
    clock_format: Callable[[time], str] | None,
    day_format: Callable[[date], str] | None,
    short_day_format: Callable[[date], str] | None = None,
    decimal_format: Callable[[float | Decimal, int], str] | None = None,
    month_format: Callable[[date, bool], str] | None = None,
) -> None:
    """Write times of day, dates and decimals as the console's language does (the window
    installs QLocale's); None: back to ISO 8601, "09:05", "2026-12-04", "Fri 04 Dec" and
    "1,234.50"."""
    global _clock, _day, _short_day, _decimal, _month
    _clock = clock_format or _iso_clock
    _day = day_format or _iso_day
    _short_day = short_day_format or _english_short_day
    _decimal = decimal_format or _english_decimal
    _month = month_format


def clock(moment: time | datetime) -> str:
    """A time of day to the minute, ``moment`` already on the organization's clock:
    "9:05 AM" in the United States, "09:05" in Germany and without Qt."""
    of_day = moment.time() if isinstance(moment, datetime) else moment
    return _iso_clock(of_day) if _english() else _clock(of_day)


def day(value: date) -> str:
    """A date with the year in full: "12/4/2026", "04.12.2026"; ISO without Qt."""
    return _iso_day(value) if _english() else _day(value)


def decimal(value: float | Decimal, places: int) -> str:
    """A number with ``places`` decimals and its thousands grouped: "1,234.50", "1.234,50"."""
    return _english_decimal(value, places) if _english() else _decimal(value, places)


def month(value: date, with_year: bool = False) -> str:
    """The month's short name, as the language writes it: "Nov", "Nov 2026", "nov 2026"."""
    if _english() or _month is None:
        return value.strftime("%b %Y" if with_year else "%b")
    return _month(value, with_year)


def weekday_date(value: date) -> str:
    """A date with its weekday, for a table of days: "Wed 2026-11-11", "Mi. 11.11.2026"."""
    if _english():
        return value.strftime("%a %Y-%m-%d")
    return f"{_short_day(value).split(' ')[0]} {_day(value)}"


def short_day(value: date) -> str:
    """A day of these weeks, by its weekday, day and month: "Fri 04 Dec", "Fr. 4. Dez."."""
    return _english_short_day(value) if _english() else _short_day(value)


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
    write = _untranslated if _english() else _translator
    return write("", "%Ln", None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text``, marked for translation where a table of messages defines it; it is
    translated where it is said, with ``translate(context, text)``."""
    return text
