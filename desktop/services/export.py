"""Export a table exactly as shown: the same columns, the same text, every matching row.

Rows come in batches from a ``fetch(offset, limit)`` query, so an export of
200,000 events never holds them all; it runs off the Qt thread and reports
progress. Each file records what it holds (the filters and the timezone) in
its header lines (CSV) or on a second sheet (Excel). Cells are usually the text shown;
numbers and dates may be given as such, and stay numbers and dates in Excel.

Text that a spreadsheet would run (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``, or
anything else starting with ``= + - @``, a tab or a carriage return: OWASP's CSV
injection list) is written as text: with a leading ``'`` in CSV, as a string cell in
Excel (the text itself unchanged). A number we computed stays a number.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal

ExportFormat = Literal["csv", "xlsx"]
Fetch = Callable[[int, int], Sequence[Sequence[object]]]
Progress = Callable[[int], None]
BATCH = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def runs_as_formula(value: object) -> bool:
    """Whether a spreadsheet opening this cell could take it for a formula.

    Text that is only a number ("-15", "+3.5") is data, not a formula, and stays as it is.
    """
    return (
        isinstance(value, str)
        and value.startswith(FORMULA_STARTS)
        and _PLAIN_NUMBER.fullmatch(value) is None
    )


def csv_cell(value: object) -> object:
    """A cell for the CSV writer: text a spreadsheet would run gets a leading ``'``."""
    return f"'{value}" if runs_as_formula(value) else value


def _batches(fetch: Fetch, progress: Progress | None) -> Iterator[Sequence[object]]:
    offset = 0
    while True:
        rows = fetch(offset, BATCH)
        yield from rows
        offset += len(rows)
        if progress is not None:
            progress(offset)
        if len(rows) < BATCH:
            return


def export_table(
    path: Path,
    header: Sequence[str],
    fetch: Fetch,
    *,
    about: Sequence[tuple[str, str]] = (),
    progress: Progress | None = None,
) -> int:
    """Write every row to ``path`` (.csv or .xlsx by its suffix); returns how many."""
    kind: ExportFormat = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
    temporary = path.with_name(path.name + ".part")
    count = (_write_xlsx if kind == "xlsx" else _write_csv)(
        temporary, header, _batches(fetch, progress), about
    )
    temporary.replace(path)  # a cancelled or failed export never leaves half a file
    return count


def _write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterator[Sequence[object]],
    about: Sequence[tuple[str, str]],
) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        for name, value in about:
            writer.writerow([f"# {name}: {value}"])
        writer.writerow([csv_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([csv_cell(cell) for cell in row])
            count += 1
    return count


def _write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterator[Sequence[object]],
    about: Sequence[tuple[str, str]],
) -> int:
    from openpyxl import Workbook  # 100 ms: loaded on the first export, not at start-up
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")

    def cells(values: Sequence[object]) -> list[object]:
        # openpyxl stores text starting with "=" as a formula: a string cell keeps it text.
        return [
            _text_cell(WriteOnlyCell(sheet, value=v)) if runs_as_formula(v) else v for v in values
        ]

    sheet.append(cells(header))
    count = 0
    for row in rows:
        sheet.append(cells(row))
        count += 1
    info = book.create_sheet("About")
    for name, value in about:
        info.append(cells([name, value]))
    info.append(["Rows", count])
    book.save(path)
    return count


def _text_cell(cell: Any) -> Any:
    cell.data_type = "s"
    return cell
