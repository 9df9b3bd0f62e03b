"""Dates, times and numbers read as the chosen language's locale writes them (issue 21):
the year in full, seconds where a lock's record has them, ISO where no locale is set."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale

from desktop import words
from desktop.ui.i18n import locale_for
from desktop.ui.widgets import format as fmt

BERLIN = ZoneInfo("Europe/Berlin")
MOMENT = datetime(2026, 12, 4, 8, 53, 34, tzinfo=UTC)  # 09:53:34 in Berlin


@pytest.mark.parametrize(
    ("name", "stamp", "clock", "day"),
    [
        ("de_DE", "04.12.2026 09:53:34", "09:53", "04.12.2026"),
        ("en_US", "12/4/2026 9:53:34\u202fAM", "9:53\u202fAM", "12/4/2026"),
        ("es_ES", "4/12/2026 9:53:34", "9:53", "4/12/2026"),
        ("C", "2026-12-04 09:53:34", "09:53", "2026-12-04"),
    ],
)
def test_a_moment_reads_as_the_locale_writes_it(
    name: str, stamp: str, clock: str, day: str
) -> None:
    QLocale.setDefault(QLocale(name))
    assert fmt.local_time(MOMENT, BERLIN) == stamp
    assert fmt.local_time(MOMENT, BERLIN, with_date=False) == clock
    assert fmt.local_date(date(2026, 12, 4)) == day


def test_the_battery_says_its_number_the_locales_way() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert fmt.battery(9) == "9 % ⚠ low"  # the words stay English without a translation
    assert words.duration(timedelta(days=3)) == "3 days"


def test_the_system_locale_is_kept_when_it_speaks_the_language() -> None:
    assert locale_for("de", QLocale("de_CH")).name() == "de_CH"
    assert locale_for("es", QLocale("es_MX")).name() == "es_MX"
    assert locale_for("de", QLocale("en_GB")).name() == "de_DE"


def test_a_chart_writes_its_numbers_the_locales_way(qapp: object) -> None:
    from desktop.ui import theme
    from desktop.ui.reports.charts import bar_chart

    QLocale.setDefault(QLocale("de_DE"))
    chart = bar_chart("hours", ["Mo. 30"], [1006.5], "Hours", theme.CHART_HOURS)
    assert chart.localizeNumbers()
    assert chart.locale().language() == QLocale.Language.German
    axis = next(a for a in chart.axes() if hasattr(a, "labelFormat"))
    assert axis.labelFormat() == "%.0f"  # "%d" draws no label once numbers are localized
