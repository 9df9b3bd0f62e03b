"""Exports cannot run formulas: a name WorkTime One holds as ``=HYPERLINK(...)`` is saved as
text in CSV and Excel, read back as a spreadsheet would, while our numbers stay numbers."""

from __future__ import annotations

import asyncio
import zipfile
from decimal import Decimal
from pathlib import Path

import httpx
import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.api import WorkTimeClient
from desktop.sandbox import SandboxServer
from desktop.services.export import csv_cell, export_table, runs_as_formula
from desktop.ui.reports.controller import ReportsController
from tests.helpers.exports import csv_about, csv_rows
from tests.helpers.reports import save
from tests.helpers.waiting import until
from tests.helpers.worktime_sandbox import FULL_KEY, data_of

HYPERLINK = '=HYPERLINK("http://127.0.0.1/x","Payroll")'
DDE = "=cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (HYPERLINK, True),
        (DDE, True),
        ("+1+cmd|x", True),
        ("-2+3", True),
        ("@SUM(A1)", True),
        ("\tTab", True),
        ("\rReturn", True),
        ("-15", False),  # only a number: data, not a formula
        ("+3.5", False),
        ("Ana-Maria", False),
        ("", False),
        (-15, False),  # a number we computed
    ],
)
def test_what_a_spreadsheet_would_run(text: object, runs: bool) -> None:
    assert runs_as_formula(text) is runs
    assert csv_cell(text) == (f"'{text}" if runs else text)


def test_every_file_keeps_the_text_and_the_numbers(tmp_path: Path) -> None:
    header = ["Person", "Minutes late", "Note"]
    rows = [[HYPERLINK, -15, DDE], ["@Ana", 12.5, "-15"]]
    about = [("Person", DDE)]

    csv_path = tmp_path / "t.csv"
    assert export_table(csv_path, header, lambda o, n: rows[o : o + n], about=about) == 2
    lines = csv_rows(csv_path)
    assert csv_about(csv_path)["Person"] == DDE  # a text file beside it: never a formula
    assert lines[0] == header
    assert lines[1:] == [[f"'{HYPERLINK}", "-15", f"'{DDE}"], ["'@Ana", "12.5", "-15"]]

    xlsx_path = tmp_path / "t.xlsx"
    export_table(xlsx_path, header, lambda o, n: rows[o : o + n], about=about)
    with zipfile.ZipFile(xlsx_path) as package:
        sheets = [package.read(n) for n in package.namelist() if n.startswith("xl/worksheets/")]
    assert sheets
    assert all(b"<f>" not in sheet for sheet in sheets)
    book = openpyxl.load_workbook(xlsx_path)
    export = book["Export"]
    assert [[c.value for c in row] for row in export.iter_rows(min_row=2)] == rows
    assert [[c.data_type for c in row] for row in export.iter_rows(min_row=2)] == [
        ["s", "n", "s"],
        ["s", "n", "s"],
    ]
    assert book["About"]["B1"].value == DDE
    assert book["About"]["B1"].data_type == "s"


def test_a_hostile_name_from_the_server_is_saved_as_text(
    qloop: asyncio.AbstractEventLoop, reports: ReportsController,
    raw: httpx.Client, sandbox: SandboxServer, tmp_path: Path,
) -> None:  # fmt: skip
    employee = data_of(raw.get("/employees", params={"limit": 1}))[0]
    data_of(raw.put(f"/employees/{employee['id']}", json={"name": HYPERLINK}))
    page = reports.page

    async def scenario() -> None:
        api = WorkTimeClient(sandbox.url("worktime"), FULL_KEY)
        reports.session.use_worktime(api)
        await until(lambda: page.report is not None, what="the first report")
        page.period.setFocus()
        page.period.setCurrentIndex(page.period.findText("Last week", Qt.MatchFlag.MatchStartsWith))
        await until(
            lambda: page.report and page.report.period.kind == "last_week", what="last week"
        )
        assert page.report is not None
        assert HYPERLINK in [p.employee_name for p in page.report.payroll]

        csv_path = tmp_path / "payroll.csv"
        await save(reports, page.ask_export("csv"), csv_path)
        unsealed = "0 rows, last hash 0000000000000000 (not sealed: no keyring on this computer)"
        assert csv_about(csv_path)["Audit log"] == unsealed
        body = csv_rows(csv_path)
        hostile = [line for line in body if HYPERLINK in line[0]]
        assert [line[0] for line in hostile] == [f"'{HYPERLINK}"]
        assert Decimal(body[-1][-1].replace(",", "")) > 0  # the total stays a figure

        xlsx_path = tmp_path / "payroll.xlsx"
        await save(reports, page.ask_export("xlsx"), xlsx_path)
        with zipfile.ZipFile(xlsx_path) as package:
            assert b"<f>" not in package.read("xl/worksheets/sheet1.xml")
        sheet = openpyxl.load_workbook(xlsx_path)["Export"]
        cells = [row for row in sheet.iter_rows(min_row=2) if row[0].value == HYPERLINK]
        assert len(cells) == 1
        assert cells[0][0].data_type == "s"
        assert [c.data_type for c in cells[0][1:] if isinstance(c.value, int | float)]
        await reports.stop()
        await reports.session.stop()
        await api.aclose()

    qloop.run_until_complete(scenario())
