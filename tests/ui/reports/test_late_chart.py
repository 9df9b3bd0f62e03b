""" "Who is late most" answers its question: the minutes each person was late, horizontal
bars, most first, every name on its bar with how many times (none dropped for room)."""

from __future__ import annotations

import asyncio

from pytestqt.qtbot import QtBot

from desktop.sandbox import SandboxServer
from desktop.ui.reports.charts import BAR_ROW_PX
from desktop.ui.reports.controller import ReportsController
from tests.helpers.reports import reporting


def test_every_late_person_is_named_with_their_minutes(
    qloop: asyncio.AbstractEventLoop,
    qtbot: QtBot,
    reports: ReportsController,
    sandbox: SandboxServer,
) -> None:
    page = reports.page

    async def scenario() -> None:
        async with reporting(reports, sandbox):
            await checks()

    async def checks() -> None:
        assert page.report is not None
        late = page.report.series().late_most
        assert len(late) >= 3
        chart = page.charts.chart("late_most")
        assert chart.title() == "Who is late most (minutes late in all)"
        axis = next(a for a in chart.axes() if hasattr(a, "categories"))
        bars = chart.series()[0].barSets()[0]  # type: ignore[attr-defined]
        names = list(reversed(axis.categories()))  # the first at the top
        minutes = list(reversed([bars.at(i) for i in range(bars.count())]))
        assert minutes == [float(p.late_minutes) for p in late]
        assert minutes == sorted(minutes, reverse=True)
        for person, name in zip(late, names, strict=True):
            times = "once" if person.late_arrivals == 1 else f"{person.late_arrivals}×"
            assert name == f"{person.name} ({times})"
        assert page.charts.views["late_most"].minimumHeight() >= BAR_ROW_PX * len(late)

    qloop.run_until_complete(scenario())
