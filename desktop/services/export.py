"""Export a table exactly as shown: the same columns, the same text, every matching row.

Rows come in batches from a ``fetch(offset, limit)`` query, so an export of
200,000 events never holds them all; it runs off the Qt thread and reports
progress. Each export records what it holds (the filters, the period, the timezone):
on a second sheet "About" (Excel), or in a second file beside it, ``<name>-about.txt``
(CSV), so the CSV itself is the header and the rows only and every spreadsheet tool
reads it cleanly. Cells are usually the text shown; numbers and dates may be given as
such (a date-time naive, in the timezone the About names), and stay numbers and real
date-times in Excel. The Excel sheet's header row is frozen, with a filter on it, and
its columns are sized to what they hold.

Text that a spreadsheet would run (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``, or
anything else starting with ``= + - @``, a tab or a carriage return: OWASP's CSV
injection list) is written as text: with a leading ``'`` in CSV, as a string cell in
Excel (the text itself unchanged). A number we computed stays a number.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, tzinfo
from itertools import chain, islice
from pathlib import Path
from typing import Any, Literal

from desktop.files import atomic_write_text

ExportFormat = Literal["csv", "xlsx"]
Fetch = Callable[[int, int], Sequence[Sequence[object]]]
Progress = Callable[[int], None]
BATCH = 2000
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATETIME_WIDTH = 19
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
    if kind == "csv":  # written first: the table never appears without what it holds
        lines = [f"{name}: {value}" for name, value in [*about, ("Rows", str(count))]]
        atomic_write_text(about_path(path), "\n".join(lines) + "\n")
    temporary.replace(path)  # a cancelled or failed export never leaves half a file
    return count


def exported_at(now: datetime, zone: tzinfo) -> str:
    """When an export was made, for its "Exported" line: the console's clock in the
    organization's zone, as every other time in the file (and the audit log's row)."""
    return now.astimezone(zone).isoformat(timespec="seconds")


def about_path(path: Path) -> Path:
    """Where a CSV export's description goes: ``history.csv`` -> ``history-about.txt``."""
    return path.with_name(f"{path.stem}-about.txt")


def _write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterator[Sequence[object]],
    about: Sequence[tuple[str, str]],
) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([csv_cell(_csv_value(cell)) for cell in row])
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
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Export")

    def cells(values: Sequence[object]) -> list[object]:
        # openpyxl stores text starting with "=" as a formula: a string cell keeps it text.
        out: list[object] = []
        for v in values:
            if runs_as_formula(v):
                out.append(_text_cell(WriteOnlyCell(sheet, value=v)))
            elif isinstance(v, datetime):
                cell = WriteOnlyCell(sheet, value=v)
                cell.number_format = DATETIME_FORMAT
                out.append(cell)
            else:
                out.append(v)
        return out

    # Sized to what the first rows hold (a write-only sheet sets widths before any row).
    first = list(islice(rows, BATCH))
    for index, width in enumerate(_widths(header, first), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(cells(header))
    count = 0
    for row in chain(first, rows):
        sheet.append(cells(row))
        count += 1
    last = get_column_letter(max(1, len(header)))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    info = book.create_sheet("About")
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 80
    for name, value in about:
        info.append(cells([name, value]))
    info.append(["Rows", count])
    book.save(path)
    return count


def _widths(header: Sequence[str], rows: Sequence[Sequence[object]]) -> list[float]:
    """Each column's width in characters: its longest text, within 8 to 60."""
    longest = [len(str(title)) for title in header]
    for row in rows:
        for index, value in enumerate(row[: len(longest)]):
            shown = DATETIME_WIDTH if isinstance(value, datetime) else len(str(value or ""))
            longest[index] = max(longest[index], shown)
    return [min(60.0, max(8.0, n + 2.0)) for n in longest]


def _csv_value(value: object) -> object:
    return value.strftime("%Y-%m-%d %H:%M:%S") if isinstance(value, datetime) else value


def _text_cell(cell: Any) -> Any:
    cell.data_type = "s"
    return cell
